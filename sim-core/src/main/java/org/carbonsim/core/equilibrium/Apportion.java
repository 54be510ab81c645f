package org.carbonsim.core.equilibrium;

import java.util.Arrays;
import java.util.Comparator;

/** Rounds continuous tonnes (or fen) to whole ones with an exact total. Immutable (stateless). */
final class Apportion {
    private Apportion() {}

    /**
     * Whole tonnes near {@code amounts} summing to {@code total}: each amount is floored, then the
     * remaining tonnes go one each to the largest fractional parts (ties to the lower index). Float
     * error that leaves the floors above the total is taken back from the smallest fractional parts.
     */
    static long[] largestRemainder(double[] amounts, long total) {
        int n = amounts.length;
        long[] tonnes = new long[n];
        long assigned = 0;
        for (int i = 0; i < n; i++) {
            tonnes[i] = (long) Math.floor(Math.max(0, amounts[i]));
            assigned += tonnes[i];
        }
        long remaining = total - assigned;
        if (remaining == 0 || n == 0) {
            if (remaining != 0) {
                throw new IllegalStateException("cannot apportion " + total + " t over nothing");
            }
            return tonnes;
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Comparator<Integer> byFractionDescending = Comparator.comparingDouble(
                        (Integer i) -> Math.max(0, amounts[i]) - Math.floor(Math.max(0, amounts[i])))
                .reversed()
                .thenComparingInt(i -> i);
        Arrays.sort(order, byFractionDescending);
        if (remaining > 0) {
            for (int k = 0; remaining > 0; k = (k + 1) % n) {
                tonnes[order[k]]++;
                remaining--;
            }
        } else {
            int guard = 0;
            for (int k = n - 1; remaining < 0; k = (k - 1 + n) % n) {
                if (tonnes[order[k]] > 0) {
                    tonnes[order[k]]--;
                    remaining++;
                    guard = 0;
                } else if (++guard > n) {
                    throw new IllegalStateException("cannot apportion " + total + " t");
                }
            }
        }
        return tonnes;
    }
}

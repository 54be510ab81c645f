package org.carbonsim.core.equilibrium;

import java.math.BigInteger;
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

    /**
     * {@code total} shared in proportion to {@code weights} (whole, >= 0) in whole units that sum to it
     * exactly: each share is {@code total × weight / Σ weights} rounded down, worked out exactly, and the
     * units the rounding leaves (fewer than there are weights) go one each to the largest remainders,
     * ties to the lower index. No share exceeds its exact value rounded up, so where {@code total} is at
     * most {@code Σ weights} none exceeds its weight.
     *
     * @throws IllegalArgumentException if a weight or the total is negative, or the weights are all 0
     *     and the total is not
     */
    static long[] proportional(long total, long[] weights) {
        long whole = 0;
        for (long weight : weights) {
            if (weight < 0) {
                throw new IllegalArgumentException("weights must be >= 0, got " + Arrays.toString(weights));
            }
            whole = Math.addExact(whole, weight);
        }
        if (total < 0 || whole == 0 && total != 0) {
            throw new IllegalArgumentException("cannot share " + total + " by " + Arrays.toString(weights));
        }
        long[] shares = new long[weights.length];
        if (total == 0) {
            return shares;
        }
        long[] remainders = new long[weights.length];
        long left = total;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] == 0) {
                continue;
            }
            if (total <= Long.MAX_VALUE / weights[i]) {
                long product = total * weights[i];
                shares[i] = product / whole;
                remainders[i] = product % whole;
            } else {
                BigInteger[] division = BigInteger.valueOf(total)
                        .multiply(BigInteger.valueOf(weights[i]))
                        .divideAndRemainder(BigInteger.valueOf(whole));
                shares[i] = division[0].longValueExact();
                remainders[i] = division[1].longValueExact();
            }
            left -= shares[i];
        }
        Integer[] order = new Integer[weights.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(
                order,
                Comparator.comparingLong((Integer i) -> remainders[i])
                        .reversed()
                        .thenComparingInt(i -> i));
        for (int k = 0; left > 0; k++) {
            shares[order[k]]++;
            left--;
        }
        return shares;
    }
}

package org.carbonsim.core.equilibrium;

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
        double[] fractions = new double[n];
        for (int i = 0; i < n; i++) {
            double amount = Math.max(0, amounts[i]);
            fractions[i] = amount - Math.floor(amount);
        }
        int[] order = byFractionDescending(fractions);
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
     * The indices of {@code fractions}, largest fraction first (as {@link Double#compare} orders them),
     * equal fractions by index. The solvers apportion every firm's tonnes each solve, and boxed indices
     * compared through a comparator that took each fraction afresh cost more than the rest of the
     * rounding: here a stable merge sort carries each index with its fraction's bits ({@link
     * Double#doubleToLongBits}, which orders fractions, non-negative or not a number, as {@link
     * Double#compare} does), from indices in ascending order. The order is total (no two indices are
     * equal), so any sort gives this one.
     */
    static int[] byFractionDescending(double[] fractions) {
        int n = fractions.length;
        int[] order = new int[n];
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
            keys[i] = Double.doubleToLongBits(fractions[i]);
        }
        int[] nextOrder = new int[n];
        long[] nextKeys = new long[n];
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(lo + width, n);
                int hi = Math.min(lo + 2 * width, n);
                int a = lo;
                int b = mid;
                for (int k = lo; k < hi; k++) {
                    // the left run first on equal fractions: its indices are the lower ones
                    if (b >= hi || (a < mid && keys[a] >= keys[b])) {
                        nextOrder[k] = order[a];
                        nextKeys[k] = keys[a++];
                    } else {
                        nextOrder[k] = order[b];
                        nextKeys[k] = keys[b++];
                    }
                }
            }
            int[] swapOrder = order;
            order = nextOrder;
            nextOrder = swapOrder;
            long[] swapKeys = keys;
            keys = nextKeys;
            nextKeys = swapKeys;
        }
        return order;
    }
}

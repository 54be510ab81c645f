package org.carbonsim.core.market;

import java.util.Arrays;

/**
 * Sorts an auction side's priority keys: each a price key in the high 32 bits and the order's arrival
 * index in the low 32, all distinct, ascending. Where the price keys span few values for the number of
 * orders, as in a primary auction where every covered enterprise bids at dozens of levels a few per
 * cent apart, a counting sort over the price keys is several times faster than a comparison sort, and
 * it gives the same order: the keys go in with their indices ascending and the counting sort is
 * stable, and no two keys are equal, so there is only one ascending order. Elsewhere it is {@link
 * Arrays#sort}. Not thread-safe: it keeps its scratch arrays between sorts.
 */
final class PriorityKeys {
    /** Below this many keys a comparison sort is as fast. */
    static final int COUNTING_MIN_KEYS = 256;
    /** The counting sort is used while the price keys span at most this many values per key. */
    static final int COUNTING_SPAN_PER_KEY = 16;

    private long[] scratch = new long[0];
    private int[] starts = new int[0];

    /** Sorts {@code keys[0, n)}, distinct and each with a price key in {@code [0, 2^31)} in its high 32 bits, ascending. */
    void sort(long[] keys, int n) {
        if (n < COUNTING_MIN_KEYS) {
            Arrays.sort(keys, 0, n);
            return;
        }
        long lowest = Long.MAX_VALUE;
        long highest = Long.MIN_VALUE;
        for (int r = 0; r < n; r++) {
            long price = keys[r] >>> 32;
            lowest = Math.min(lowest, price);
            highest = Math.max(highest, price);
        }
        long span = highest - lowest + 1;
        if (span > (long) COUNTING_SPAN_PER_KEY * n) {
            Arrays.sort(keys, 0, n);
            return;
        }
        countingSort(keys, n, lowest, (int) span);
    }

    /**
     * A stable counting sort of {@code keys[0, n)} by price key, whose {@code span} values start at
     * {@code lowest}; keys of one price keep the order they came in, which must be their indices'.
     */
    private void countingSort(long[] keys, int n, long lowest, int span) {
        if (starts.length < span + 1) {
            starts = new int[span + 1];
        } else {
            Arrays.fill(starts, 0, span + 1, 0);
        }
        if (scratch.length < n) {
            scratch = new long[n];
        }
        for (int r = 0; r < n; r++) {
            starts[(int) ((keys[r] >>> 32) - lowest) + 1]++;
        }
        for (int p = 1; p <= span; p++) {
            starts[p] += starts[p - 1];
        }
        for (int r = 0; r < n; r++) {
            long key = keys[r];
            scratch[starts[(int) ((key >>> 32) - lowest)]++] = key;
        }
        System.arraycopy(scratch, 0, keys, 0, n);
    }
}

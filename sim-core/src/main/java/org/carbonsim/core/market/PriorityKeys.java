package org.carbonsim.core.market;

import java.util.Arrays;

/**
 * Sorts an auction side's priority keys: each a price key in the high 32 bits and the order's arrival
 * index in the low 32, all distinct, ascending. Where the price keys span few values for the number of
 * orders, as in a primary auction where every covered enterprise bids at dozens of levels a few per
 * cent apart, a counting sort over the price keys is several times faster than a comparison sort, and
 * it gives the same order: the keys go in with their indices ascending and the counting sort is
 * stable, and no two keys are equal, so there is only one ascending order. Where they span more, as
 * once prices have risen tenfold and the levels spread over tens of thousands of ticks, two stable
 * counting passes, by the low half of the price key's bits and then by the high half (a radix sort),
 * give that order as well, while each pass's buckets are no more than the counting sort's limit.
 * Elsewhere it is {@link Arrays#sort}. Not thread-safe: it keeps its scratch arrays between sorts.
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
        switch (methodFor(n, span)) {
            case COUNTING -> countingSort(keys, n, lowest, (int) span);
            case RADIX -> {
                int bits = bitsOf(span);
                int lowBits = (bits + 1) / 2;
                if (scratch.length < n) {
                    scratch = new long[n];
                }
                countingPass(keys, scratch, n, lowest, 0, lowBits);
                countingPass(scratch, keys, n, lowest, lowBits, bits - lowBits);
            }
            default -> Arrays.sort(keys, 0, n);
        }
    }

    /** How a side sorts. */
    enum Method {
        /** {@link Arrays#sort}. */
        COMPARISON,
        /** One stable counting pass over the price keys' span. */
        COUNTING,
        /** Two stable counting passes, by the low half of the span's bits, then the high half. */
        RADIX
    }

    /** How {@code n} keys whose price keys span {@code span} values ({@code highest - lowest + 1}) are sorted. */
    static Method methodFor(int n, long span) {
        if (n < COUNTING_MIN_KEYS) {
            return Method.COMPARISON;
        }
        long bucketsAtMost = (long) COUNTING_SPAN_PER_KEY * n;
        if (span <= bucketsAtMost) {
            return Method.COUNTING;
        }
        return (1L << ((bitsOf(span) + 1) / 2)) <= bucketsAtMost ? Method.RADIX : Method.COMPARISON;
    }

    /** The bits of an offset from the lowest price key, below {@code span}. */
    private static int bitsOf(long span) {
        return 64 - Long.numberOfLeadingZeros(span - 1);
    }

    /**
     * One stable pass of the radix sort: {@code from[0, n)} into {@code to} by the {@code digitBits}
     * bits of each price key less {@code lowest} from bit {@code shift} up.
     */
    private void countingPass(long[] from, long[] to, int n, long lowest, int shift, int digitBits) {
        int buckets = 1 << digitBits;
        int mask = buckets - 1;
        if (starts.length < buckets + 1) {
            starts = new int[buckets + 1];
        } else {
            Arrays.fill(starts, 0, buckets + 1, 0);
        }
        for (int r = 0; r < n; r++) {
            starts[((int) (((from[r] >>> 32) - lowest) >>> shift) & mask) + 1]++;
        }
        for (int d = 1; d <= buckets; d++) {
            starts[d] += starts[d - 1];
        }
        for (int r = 0; r < n; r++) {
            long key = from[r];
            to[starts[(int) (((key >>> 32) - lowest) >>> shift) & mask]++] = key;
        }
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

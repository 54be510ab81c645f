package org.carbonsim.core.market;

import java.util.Arrays;

/**
 * An open-addressing hash map from {@code long} keys to non-negative {@code int} values with linear
 * probing and backward-shift deletion, so lookups stay short without tombstones. It grows (allocating)
 * only when it passes half full; otherwise get, put and remove allocate nothing. Not thread-safe.
 */
final class LongIntHashMap {
    static final int MISSING = -1;

    private long[] keys;
    private int[] values;
    private int mask;
    /** 64 − log2(capacity): a slot is the top bits of the key's Fibonacci hash. */
    private int shift;

    private int size;

    LongIntHashMap(int expectedSize) {
        int capacity = Integer.highestOneBit(Math.max(4, expectedSize) * 2 - 1) << 1;
        keys = new long[capacity];
        values = new int[capacity];
        Arrays.fill(values, MISSING);
        mask = capacity - 1;
        shift = Long.numberOfLeadingZeros(mask);
    }

    int size() {
        return size;
    }

    /** The value mapped to {@code key}, or {@link #MISSING}. */
    int get(long key) {
        int i = slot(key);
        while (true) {
            int value = values[i];
            if (value == MISSING || keys[i] == key) {
                return value;
            }
            i = (i + 1) & mask;
        }
    }

    /** Maps {@code key} to {@code value} ({@code value >= 0}), replacing any previous value. */
    void put(long key, int value) {
        int i = slot(key);
        while (values[i] != MISSING) {
            if (keys[i] == key) {
                values[i] = value;
                return;
            }
            i = (i + 1) & mask;
        }
        keys[i] = key;
        values[i] = value;
        if (++size * 2 > values.length) {
            grow();
        }
    }

    /** Removes {@code key}; returns its value or {@link #MISSING}. */
    int remove(long key) {
        int i = slot(key);
        while (true) {
            int value = values[i];
            if (value == MISSING) {
                return MISSING;
            }
            if (keys[i] == key) {
                shiftBack(i);
                size--;
                return value;
            }
            i = (i + 1) & mask;
        }
    }

    void clear() {
        Arrays.fill(values, MISSING);
        size = 0;
    }

    private void shiftBack(int hole) {
        int j = hole;
        while (true) {
            j = (j + 1) & mask;
            if (values[j] == MISSING) {
                values[hole] = MISSING;
                return;
            }
            int home = slot(keys[j]);
            if (((j - home) & mask) >= ((j - hole) & mask)) {
                keys[hole] = keys[j];
                values[hole] = values[j];
                hole = j;
            }
        }
    }

    /**
     * Fibonacci hashing: the top bits of the key times 2^64 / φ. Consecutive keys (a session numbers
     * its orders upward) land about 0.38 × capacity apart, so the clusters that linear probing walks
     * and backward-shift deletion shifts stay a slot or two long.
     */
    private int slot(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldValues.length * 2];
        Arrays.fill(values, MISSING);
        mask = values.length - 1;
        shift = Long.numberOfLeadingZeros(mask);
        for (int i = 0; i < oldValues.length; i++) {
            if (oldValues[i] != MISSING) {
                int j = slot(oldKeys[i]);
                while (values[j] != MISSING) {
                    j = (j + 1) & mask;
                }
                keys[j] = oldKeys[i];
                values[j] = oldValues[i];
            }
        }
    }
}

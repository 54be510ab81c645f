package org.carbonsim.core.market;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link PriorityKeys} against {@link Arrays#sort}, the sort it replaces: on random auction sides, the
 * orders' indices ascending with gaps (as the reserve leaves them) and their price keys drawn from
 * spans narrow enough for the counting sort, about at its limit, wide enough for the radix sort's two
 * passes and wide enough for the comparison sort, the keys must come out in exactly the same order.
 */
class PriorityKeysTest {
    private static final int SIDES = 2_000;

    @Test
    void sortsEveryRandomSideAsTheComparisonSortDoes() {
        PriorityKeys sorter = new PriorityKeys();
        int counted = 0;
        int radixSorted = 0;
        for (long seed = 1; seed <= SIDES; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            int n = random.nextInt(4) == 0 ? random.nextInt(PriorityKeys.COUNTING_MIN_KEYS) : random.nextInt(6_000);
            long span =
                    switch (random.nextInt(5)) {
                        case 0 -> 1 + random.nextInt(8);
                        case 1 -> 1 + random.nextLong(Math.max(1, (long) PriorityKeys.COUNTING_SPAN_PER_KEY * n));
                        case 2 -> (long) PriorityKeys.COUNTING_SPAN_PER_KEY * n + random.nextInt(3);
                        case 3 -> (long) PriorityKeys.COUNTING_SPAN_PER_KEY * n + 1 + random.nextLong(1L << 22);
                        default -> 1 + random.nextLong(Integer.MAX_VALUE);
                    };
            long base = random.nextLong(Integer.MAX_VALUE - span + 1);
            long[] keys = new long[n];
            int index = 0;
            for (int r = 0; r < n; r++) {
                index += 1 + (random.nextInt(5) == 0 ? random.nextInt(3) : 0);
                keys[r] = ((base + random.nextLong(span)) << 32) | index;
            }
            long[] expected = keys.clone();
            Arrays.sort(expected);
            long[] sorted = Arrays.copyOf(keys, n + random.nextInt(5));
            sorter.sort(sorted, n);
            assertArrayEquals(expected, Arrays.copyOf(sorted, n), "seed=" + seed + ", n=" + n + ", span=" + span);
            long highest = 0;
            long lowest = Long.MAX_VALUE;
            for (long key : keys) {
                highest = Math.max(highest, key >>> 32);
                lowest = Math.min(lowest, key >>> 32);
            }
            switch (PriorityKeys.methodFor(n, n == 0 ? 0 : highest - lowest + 1)) {
                case COUNTING -> counted++;
                case RADIX -> radixSorted++;
                default -> {}
            }
        }
        assertEquals(true, counted > SIDES / 5, "the counting sort was tried on " + counted + " sides only");
        assertEquals(true, radixSorted > SIDES / 10, "the radix sort was tried on " + radixSorted + " sides only");
    }
}

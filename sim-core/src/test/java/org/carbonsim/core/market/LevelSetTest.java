package org.carbonsim.core.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The non-empty level index against {@link TreeSet}, over ladders that end inside and on word, block
 * and top-word edges, and what its bitmaps cost.
 */
class LevelSetTest {
    @ParameterizedTest
    @ValueSource(ints = {1, 63, 64, 65, 4095, 4096, 4097, 262_143, 262_144, 262_145, 400_000, 5_070_000})
    void behavesLikeTreeSet(int levels) {
        for (long seed = 1; seed <= 4; seed++) {
            SplittableRandom random = new SplittableRandom(seed * 31 + levels);
            LevelSet set = new LevelSet(levels);
            TreeSet<Integer> expected = new TreeSet<>();
            for (int step = 0; step < 20_000; step++) {
                // Clustered levels keep the set sparse but busy, with long gaps between clusters.
                int level = random.nextInt(4) == 0
                        ? random.nextInt(levels)
                        : Math.min(levels - 1, (levels / 2) + random.nextInt(Math.min(levels, 200)) / 2);
                String where = "levels=" + levels + " seed=" + seed + " step=" + step + " level=" + level;
                if (random.nextBoolean()) {
                    set.add(level);
                    expected.add(level);
                } else {
                    set.remove(level);
                    expected.remove(level);
                }
                int from = random.nextInt(levels + 2) - 1;
                Integer ceiling = from < 0 ? (expected.isEmpty() ? null : expected.first()) : expected.ceiling(from);
                Integer floor = expected.floor(from);
                assertEquals(ceiling == null ? levels : ceiling, set.next(Math.max(from, 0)), where + " next " + from);
                assertEquals(
                        floor == null ? -1 : floor, set.previous(Math.min(from, levels - 1)), where + " prev " + from);
            }
        }
    }

    @Test
    void emptySideHasNoNeighbours() {
        LevelSet set = new LevelSet(400_000);
        set.add(4_000);
        set.remove(4_000);
        assertEquals(400_000, set.next(0), "next on an emptied set");
        assertEquals(-1, set.previous(399_999), "previous on an emptied set");
    }

    @Test
    void findsTheFarEndsOfTheLadder() {
        LevelSet set = new LevelSet(400_000);
        set.add(0);
        set.add(399_999);
        assertEquals(399_999, set.next(1), "the top level from the bottom");
        assertEquals(0, set.previous(399_998), "the bottom level from the top");
        assertEquals(400_000, set.next(400_000), "past the ladder");
        assertEquals(-1, set.previous(-1), "below the ladder");
    }

    @Test
    void costsTheBlocksInUseNotTheLadder() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assertTrue(threads.isThreadAllocatedMemorySupported(), "thread allocation accounting unsupported");
        long before = threads.getCurrentThreadAllocatedBytes();
        LevelSet set = new LevelSet(5_070_000);
        long made = threads.getCurrentThreadAllocatedBytes() - before;
        // Bitmaps over the whole ladder were 644 KB; the top bitmap and a reference per block are about 6 KB.
        assertTrue(made < 16_384, "bytes for an empty set of 5,070,000 levels: " + made);
        assertEquals(2_062, fillAndEmpty(set, 100_000), "levels walked from 100,000");
        before = threads.getCurrentThreadAllocatedBytes();
        int walked = fillAndEmpty(set, 3_000_000);
        long again = threads.getCurrentThreadAllocatedBytes() - before;
        assertEquals(2_062, walked, "levels walked from 3,000,000");
        assertEquals(0, again, "bytes for a second day of as many blocks, elsewhere on the ladder");
        assertEquals(5_070_000, set.next(0), "next on the emptied set");
        assertEquals(-1, set.previous(5_069_999), "previous on the emptied set");
    }

    /**
     * Adds every 97th level of 200,000 from {@code from} (50 blocks), walks them, then removes them;
     * returns how many levels the walk found where they were added, stopping at the first that is not.
     */
    private static int fillAndEmpty(LevelSet set, int from) {
        for (int level = from; level < from + 200_000; level += 97) {
            set.add(level);
        }
        int walked = 0;
        for (int level = set.next(0); level < 5_070_000 && level == from + 97 * walked; level = set.next(level + 1)) {
            walked++;
        }
        for (int level = from; level < from + 200_000; level += 97) {
            set.remove(level);
        }
        return walked;
    }
}

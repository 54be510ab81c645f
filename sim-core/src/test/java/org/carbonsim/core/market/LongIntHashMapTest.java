package org.carbonsim.core.market;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The id index against {@link HashMap} over seeded random puts, gets and removes, and over the ids a
 * session gives: consecutive, with the older ones cancelled in random order.
 */
class LongIntHashMapTest {
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void behavesLikeHashMap(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        LongIntHashMap map = new LongIntHashMap(2);
        Map<Long, Integer> expected = new HashMap<>();
        for (int step = 0; step < 50_000; step++) {
            long key = random.nextInt(3) == 0 ? random.nextLong() : random.nextInt(500) * 1024L;
            int op = random.nextInt(3);
            String where = "seed=" + seed + " step=" + step + " key=" + key;
            if (op == 0) {
                int value = random.nextInt(1_000_000);
                map.put(key, value);
                expected.put(key, value);
            } else if (op == 1) {
                assertEquals((int) expected.getOrDefault(key, LongIntHashMap.MISSING), map.remove(key), where);
                expected.remove(key);
            } else {
                assertEquals((int) expected.getOrDefault(key, LongIntHashMap.MISSING), map.get(key), where);
            }
            assertEquals(expected.size(), map.size(), where);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void behavesLikeHashMapOnConsecutiveIds(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        LongIntHashMap map = new LongIntHashMap(4);
        Map<Long, Integer> expected = new HashMap<>();
        long next = 1;
        for (int step = 0; step < 50_000; step++) {
            String where = "seed=" + seed + " step=" + step;
            if (random.nextInt(5) < 3 || expected.isEmpty()) {
                int value = random.nextInt(1_000_000);
                map.put(next, value);
                expected.put(next, value);
                next++;
            } else {
                long key = next - 1 - random.nextInt((int) Math.min(next - 1, 3_000));
                assertEquals(
                        (int) expected.getOrDefault(key, LongIntHashMap.MISSING),
                        map.remove(key),
                        where + " key=" + key);
                expected.remove(key);
            }
            long probe = next - 1 - random.nextInt((int) Math.min(next, 4_000));
            assertEquals(
                    (int) expected.getOrDefault(probe, LongIntHashMap.MISSING),
                    map.get(probe),
                    where + " key=" + probe);
            assertEquals(expected.size(), map.size(), where);
        }
    }
}

package org.carbonsim.core.model;

import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * An enterprise's recorded years, kept in an array by year with a sorted map beyond its span, read
 * back exactly what a sorted map of the same records does: the latest record of each year, none for
 * a year never recorded, whatever the order and spread of the years.
 */
class RecordedYearsTest {
    @Test
    void readsBackWhatASortedMapDoes() {
        for (long seed = 1; seed <= 300; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            RecordedYears recorded = new RecordedYears();
            TreeMap<Integer, EnterpriseYear> expected = new TreeMap<>();
            // narrow spreads stay in the array; wide ones and the extremes push years beyond it
            int spread =
                    switch (random.nextInt(4)) {
                        case 0 -> 12;
                        case 1 -> 200;
                        case 2 -> 600;
                        default -> Integer.MAX_VALUE;
                    };
            int centre = random.nextInt(3) == 0 ? Integer.MIN_VALUE + 3 : 2000;
            int puts = 1 + random.nextInt(80);
            for (int n = 0; n < puts; n++) {
                int year = (int) Math.max(
                        Integer.MIN_VALUE,
                        Math.min(
                                Integer.MAX_VALUE,
                                (long) centre
                                        + (spread == Integer.MAX_VALUE
                                                ? random.nextInt()
                                                : random.nextInt(-spread, spread + 1))));
                EnterpriseYear record = EnterpriseYear.idle("E" + n, year);
                recorded.put(year, record);
                expected.put(year, record);
                checkAll(recorded, expected, seed, random);
            }
        }
    }

    /** Every recorded year, and years near them and at the extremes, read the same from both. */
    private static void checkAll(
            RecordedYears recorded, TreeMap<Integer, EnterpriseYear> expected, long seed, SplittableRandom random) {
        for (int year : expected.keySet()) {
            for (long near = (long) year - 2; near <= (long) year + 2; near++) {
                if (near >= Integer.MIN_VALUE && near <= Integer.MAX_VALUE) {
                    int y = (int) near;
                    assertSame(expected.get(y), recorded.get(y), "seed=" + seed + " year " + y);
                }
            }
        }
        for (int y : new int[] {Integer.MIN_VALUE, Integer.MAX_VALUE, 0, random.nextInt()}) {
            assertSame(expected.get(y), recorded.get(y), "seed=" + seed + " year " + y);
        }
    }
}

package org.carbonsim.core.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class NearestRankTest {
    @Test
    void nearestRankPicksTheValueAtRankCeilingOfPTimesN() {
        double[] values = {4, 1, 3, 2};
        assertEquals(1, NearestRank.percentile(values, 1)); // ⌈0.04⌉ = 1
        assertEquals(1, NearestRank.percentile(values, 25)); // ⌈1⌉ = 1
        assertEquals(2, NearestRank.percentile(values, 50)); // ⌈2⌉ = 2, not 2.5
        assertEquals(3, NearestRank.percentile(values, 50.1)); // ⌈2.004⌉ = 3
        assertEquals(3, NearestRank.percentile(values, 75));
        assertEquals(4, NearestRank.percentile(values, 100));
        assertEquals(7, NearestRank.percentile(new double[] {7}, 30));
        assertEquals(4, values[0], "the input is not sorted in place");
    }

    @Test
    void nearestRankRejectsEmptyInputAndBadPercentiles() {
        assertEquals(
                "a percentile needs at least one value",
                assertThrows(IllegalArgumentException.class, () -> NearestRank.percentile(new double[0], 50))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> NearestRank.percentile(new double[] {1}, 0));
        assertThrows(IllegalArgumentException.class, () -> NearestRank.percentile(new double[] {1}, 101));
    }
}

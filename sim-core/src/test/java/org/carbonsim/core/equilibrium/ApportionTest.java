package org.carbonsim.core.equilibrium;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class ApportionTest {
    @Test
    void largestFractionsGetTheRemainingTonnes() {
        // Floors 1 + 2 + 3 = 6; total 8 leaves 2 for the largest fractions, 0.7 (index 1) and 0.5 (index 2).
        assertArrayEquals(new long[] {1, 3, 4}, Apportion.largestRemainder(new double[] {1.2, 2.7, 3.5}, 8));
    }

    @Test
    void floatErrorAboveTheTotalIsTakenFromSmallestFractions() {
        // Floors 5 + 5 = 10 but the total is 9: one tonne comes off the smaller fraction (index 0).
        assertArrayEquals(new long[] {4, 5}, Apportion.largestRemainder(new double[] {5.0, 5.1}, 9));
    }
}

package org.carbonsim.core.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SandwichTest {
    @Test
    void oneMomentOneParameterGivesSdOverSlopeTimesTheSimulationFactor() {
        // V = c (d w d)^-1 d w omega w d (d w d)^-1 = c omega / d^2 = 1.25 * 4 / 4
        List<Double> se = Sandwich.standardErrors(new double[][] {{2}}, new double[] {3}, new double[][] {{4}}, 1.25)
                .orElseThrow();
        assertEquals(Math.sqrt(1.25), se.get(0), 1e-12);
    }

    @Test
    void twoSeparateMomentsGiveEachParameterItsOwnError() {
        double[][] d = {{2, 0}, {0, 0.5}};
        double[][] omega = {{1, 0}, {0, 9}};
        List<Double> se =
                Sandwich.standardErrors(d, new double[] {1, 1}, omega, 1).orElseThrow();
        assertEquals(0.5, se.get(0), 1e-12);
        assertEquals(6, se.get(1), 1e-12);
    }

    @Test
    void aParameterTheMomentsDoNotSeeHasNoStandardError() {
        double[][] d = {{2, 0}, {1, 0}};
        assertTrue(Sandwich.standardErrors(d, new double[] {1, 1}, new double[][] {{1, 0}, {0, 1}}, 1)
                .isEmpty());
    }
}

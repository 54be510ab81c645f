package org.carbonsim.core.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ObjectiveTest {
    private static final Target VWAP = new Target(Moment.VWAP, 2024, 40, 2);

    @Test
    void termIsWeightTimesSquaredSymmetricRelativeDeviation() {
        assertEquals(0, Objective.contribution(VWAP, 40), 0);
        // (44 - 40) / ((44 + 40) / 2) = 4 / 42
        assertEquals(2 * (4.0 / 42) * (4.0 / 42), Objective.contribution(VWAP, 44), 1e-15);
        assertEquals(40, VWAP.scale(), 0, "at the fit the scale is the observed value");
    }

    @Test
    void termIsAtMostFourWeightsAndUndefinedCountsAsTheWorst() {
        assertTrue(Objective.contribution(VWAP, 1e12) < 4 * 2 + 1e-9);
        assertEquals(4 * 2, Objective.contribution(VWAP, 0), 1e-12, "a price of 0 against 40 is the worst");
        assertEquals(4 * 2, Objective.contribution(VWAP, Double.NaN), 0, "undefined counts as the worst");
    }

    @Test
    void observedZeroShareIsScaledByTheFloor() {
        Target none = new Target(Moment.LIMIT_HIT_SHARE, 2024, 0, 1);
        assertEquals(0.01, none.scale(), 0);
        assertEquals(1, Objective.contribution(none, 0.01), 1e-12, "(0.01 - 0) / max(0.005, 0.01)");
    }

    @Test
    void objectiveSumsOnlyTheIncludedTargets() {
        Target volume = new Target(Moment.VOLUME, 2025, 100, 1);
        double both = Objective.of(List.of(VWAP, volume), new boolean[] {true, true}, new double[] {44, 120});
        double first = Objective.of(List.of(VWAP, volume), new boolean[] {true, false}, new double[] {44, 120});
        assertEquals(Objective.contribution(VWAP, 44), first, 0);
        assertEquals(first + Objective.contribution(volume, 120), both, 1e-15);
    }
}

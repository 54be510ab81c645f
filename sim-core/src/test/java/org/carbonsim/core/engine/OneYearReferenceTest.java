package org.carbonsim.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.carbonsim.core.model.AbatementCurve;
import org.carbonsim.core.model.TechnologyStep;
import org.junit.jupiter.api.Test;

/** Which technology steps the reported reference counts in a year of the run. */
class OneYearReferenceTest {
    private static final TechnologyStep QUICK = new TechnologyStep("quick", 4_000, 0.1, 0);
    private static final TechnologyStep ONE_YEAR = new TechnologyStep("one year", 3_000, 0.2, 1);
    private static final TechnologyStep TWO_YEARS = new TechnologyStep("two years", 2_000, 0.3, 2);
    private static final AbatementCurve.Steps CURVE = new AbatementCurve.Steps(List.of(QUICK, ONE_YEAR, TWO_YEARS));

    /**
     * Ordered at the first year's verification at the earliest, a step with lead time L abates from
     * the run's year L on (0 the first): the first year has the quick step alone, the second also the
     * one-year step, the third every step, at their own prices.
     */
    @Test
    void aStepCountsFromItsLeadTimeAfterTheRunsFirstYear() {
        assertEquals(List.of(QUICK), steps(OneYearReference.readyIn(CURVE, 0)));
        assertEquals(List.of(ONE_YEAR, QUICK), steps(OneYearReference.readyIn(CURVE, 1)));
        assertSame(CURVE, OneYearReference.readyIn(CURVE, 2));
        assertEquals(0.1, OneYearReference.readyIn(CURVE, 0).maxShare(), 1e-12);
        assertEquals(3_000, OneYearReference.readyIn(CURVE, 1).marginalCostFen(0.05), "the one-year step first");
    }

    @Test
    void aContinuousCurveIsUnchanged() {
        AbatementCurve linear = new AbatementCurve.Linear(10_000, 0.4);
        assertSame(linear, OneYearReference.readyIn(linear, 0));
    }

    private static List<TechnologyStep> steps(AbatementCurve curve) {
        return ((AbatementCurve.Steps) curve).steps();
    }
}

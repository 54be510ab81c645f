package org.carbonsim.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.util.List;
import org.carbonsim.core.allocation.Allocator;
import org.carbonsim.core.compliance.OffsetRule;
import org.carbonsim.core.coverage.CoverageDecider;
import org.carbonsim.core.model.AbatementCurve;
import org.carbonsim.core.model.Economy;
import org.carbonsim.core.model.TechnologyStep;
import org.carbonsim.core.scenario.Scenario;
import org.carbonsim.core.scenario.ScenarioEdit;
import org.carbonsim.core.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * Which technology steps the reported reference counts in a year of the run, and the later years the
 * enterprises foresee.
 */
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

    /**
     * The years some lead times reach, as the investment outlook foresees them, are those years as
     * every later year is foreseen: the bundled expansion scenario, whose threshold falls in its third
     * year and whose enterprises leave after two years below it, foreseen six years past its end from
     * each of its years.
     */
    @Test
    void theYearsTheLeadsReachAreForeseenAsAllTheLaterYearsAre() {
        Scenario scenario = ScenarioLoader.load(
                Path.of("../scenarios/hubei-expansion-2025-2027.json"),
                List.of(
                        new ScenarioEdit("$.agents.compliance.bankValue", "FORESIGHT"),
                        new ScenarioEdit("$.agents.compliance.foresightYearsAfterRun", "6")));
        Economy economy = new Economy(scenario.sectors(), scenario.enterprises());
        Allocator allocator = new Allocator(scenario.allocation(), scenario.sectors(), scenario.enterprises());
        OffsetRule rule = new OffsetRule(scenario.compliance());
        OneYearReference reference = new OneYearReference(scenario, economy);
        CoverageDecider decider = new CoverageDecider(scenario.coverage(), scenario.sectors());
        int first = scenario.calendar().startYear();
        for (int year = first; year < first + scenario.calendar().years(); year++) {
            decider.decide(year, economy.enterprises(), economy);
            List<ForeseenYear> all = reference.foreseenYears(year, decider.copy(), allocator, rule);
            assertEquals(first + scenario.calendar().years() - 1 + 6 - year, all.size(), "years after " + year);
            for (List<Integer> leads :
                    List.of(List.of(1), List.of(2, 4), List.of(0, 3, 9, 20), List.of(1, 2, 3, 4, 5, 6, 7, 8))) {
                int from = year;
                List<ForeseenYear> reached = all.stream()
                        .filter(foreseen -> leads.contains(foreseen.year() - from))
                        .toList();
                assertEquals(
                        reached,
                        reference.foreseenYears(year, leads, decider.copy(), allocator, rule),
                        "leads " + leads + " from " + year);
            }
        }
    }
}

package org.carbonsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.carbonsim.core.engine.RunResult;
import org.carbonsim.core.engine.RunTotals;
import org.carbonsim.core.engine.Simulation;
import org.carbonsim.core.engine.YearResult;
import org.carbonsim.core.scenario.Scenario;
import org.carbonsim.core.scenario.ScenarioLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The cost-effectiveness of the abatement a run did, on bundled scenarios at seeds where the
 * reference-based efficiency of {@code hubei-pilot} reads above 1 (2, 12) and at the scenarios' own
 * seeds: every year's figure is in (0, 1] up to rounding (half a fen per enterprise, far below 1e-7
 * here), and the whole run's is the sum of the years' least costs over the sum of their abatement
 * costs. {@code hubei-pilot}'s firms all abate where their marginal costs meet the same prices, so its
 * figure is 1 to within that rounding; {@code classroom-ten-firms} reads below 1 in 2024.
 */
class CostEffectivenessTest {
    @ParameterizedTest
    @CsvSource({"hubei-pilot, 2014", "hubei-pilot, 2", "hubei-pilot, 12", "classroom-ten-firms, 20240202"})
    void everyYearIsAtMostOneAndTheRunSumsItsYears(String name, long seed) {
        Scenario scenario = ScenarioLoader.load(BundledScenariosTest.DIR.resolve(name + ".json"));
        RunResult run = Simulation.run(scenario, seed);
        long leastCost = 0;
        long cost = 0;
        for (YearResult year : run.years()) {
            String where = name + " seed=" + seed + " " + year.year();
            assertTrue(year.abatementCost() > 0, where + ": the year abated at a cost " + year);
            double figure = year.costEffectiveness().orElseThrow();
            assertTrue(figure > 0, where + ": cost-effectiveness " + figure);
            // the realised cost is rounded per enterprise, the least cost once: half a fen each
            assertTrue(
                    year.abatementLeastCost() <= year.abatementCost() + year.coveredEnterprises() / 2 + 1,
                    where + ": least cost " + year.abatementLeastCost() + " fen above the realised "
                            + year.abatementCost() + " fen beyond rounding");
            assertTrue(figure <= 1 + 1e-7, where + ": cost-effectiveness " + figure);
            assertEquals((double) year.abatementLeastCost() / year.abatementCost(), figure, 0, where);
            leastCost += year.abatementLeastCost();
            cost += year.abatementCost();
        }
        RunTotals totals = run.totals();
        assertEquals(leastCost, totals.abatementLeastCost(), name + " seed=" + seed);
        assertEquals(
                (double) leastCost / cost,
                totals.costEffectiveness().orElseThrow(),
                1e-15,
                name + " seed=" + seed + ": the whole run's figure");
    }
}

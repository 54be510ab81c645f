package org.carbonsim.core.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.carbonsim.core.scenario.Scenario;
import org.carbonsim.core.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * A firm whose abatement curve rises far above the penalty-equivalent price. A and B emit 100,000 t
 * each and are allocated 70,000 t each (a cap of 140,000 t, no reserve). A abates up to 40% at a
 * marginal cost rising to CNY 40; B up to 30% at one rising to CNY 1,000. Under the Hubei-style
 * penalty at the initial price of CNY 40 a tonne short costs 2 × 40 (the fine) + 2 × 40 (two tonnes
 * deducted) = CNY 160, where B's curve gives 0.3 × 160 ÷ 1,000 = 4.8%, 4,800 t. The market lacks
 * 60,000 − 40,000 − 4,800 = 15,200 t at that price. No tonne is worth more than 160 to B: it neither
 * buys above that price nor abates past the 4,800 t, and pays the penalty on what it still lacks.
 */
class PenaltyCeilingTest {
    private static final long PENALTY_EQUIVALENT_FEN = 16_000;

    private static final String JSON = "{\n"
            + "  \"schemaVersion\": 1,\n"
            + "  \"name\": \"steep-curve\",\n"
            + "  \"description\": \"engine test\",\n"
            + "  \"seed\": 5,\n"
            + "  \"calendar\": {\"startYear\": 2024, \"years\": 1, \"tradingDaysPerYear\": 60},\n"
            + "  \"market\": {\"initialPrice\": 40.00},\n"
            + "  \"sectors\": [{\"id\": \"industry\", \"name\": \"Industry\", \"productUnit\": \"t\","
            + " \"allocation\": {\"type\": \"historicalEmissions\", \"baseYears\": [2023]}}],\n"
            + "  \"enterprises\": [\n"
            + "    {\"id\": \"A\", \"name\": \"A\", \"sector\": \"industry\", \"baseOutput\": 100000,"
            + " \"emissionIntensity\": 1.0, \"abatement\": {\"type\": \"linear\", \"maxCost\": 40, \"maxShare\": 0.4},"
            + " \"history\": [{\"year\": 2023, \"output\": 100000, \"emissions\": 100000}]},\n"
            + "    {\"id\": \"B\", \"name\": \"B\", \"sector\": \"industry\", \"baseOutput\": 100000,"
            + " \"emissionIntensity\": 1.0, \"abatement\": {\"type\": \"linear\", \"maxCost\": 1000, \"maxShare\": 0.3},"
            + " \"history\": [{\"year\": 2023, \"output\": 100000, \"emissions\": 100000}]}\n"
            + "  ],\n"
            + "  \"coverage\": {\"thresholds\": [{\"fromYear\": 2024, \"emissionsTonnes\": 13000}]},\n"
            + "  \"allocation\": {\"cap\": {\"type\": \"given\", \"byYear\": {\"2024\": 140000}},"
            + " \"governmentReserveShare\": 0, \"preAllocationShare\": 1.0},\n"
            + "  \"agents\": {\"defaultStrategy\": \"COMPLIANCE\"},\n"
            + "  \"compliance\": {\"penalty\": {\"type\": \"hubei\"}}\n"
            + "}\n";

    @Test
    void noTonneTradesOrIsAbatedAbovePenaltyEquivalentPrice() {
        Scenario scenario = ScenarioLoader.parse(JSON, "steep-curve.json", Path.of("."));
        for (long seed = 1; seed <= 5; seed++) {
            RunResult result = Simulation.run(scenario, seed);
            long highest = 0;
            for (DayResult day : result.days()) {
                highest = Math.max(highest, day.highFen());
            }
            assertTrue(
                    highest <= PENALTY_EQUIVALENT_FEN,
                    "seed=" + seed + " no trade above the penalty-equivalent CNY 160: highest " + highest + " fen");
            EnterpriseResult b = result.enterprises().stream()
                    .filter(row -> row.enterpriseId().equals("B"))
                    .findFirst()
                    .orElseThrow();
            assertTrue(b.abatement() <= 4_800, "seed=" + seed + " B abates only what costs at most CNY 160: " + b);
            assertTrue(b.shortfall() > 0, "seed=" + seed + " B pays the penalty on the rest: " + b);
        }
    }
}

package org.carbonsim.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.carbonsim.core.policy.ReserveDecision;
import org.carbonsim.core.scenario.Scenario;
import org.carbonsim.core.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * A market stability reserve in a run keeps only what it withheld from the auctions: its intake is
 * taken out of next year's auctions, and where they hold fewer tonnes than the intake it cannot later
 * release the difference.
 */
class StabilityReserveRunTest {
    /**
     * Two firms emit 600,000 t a year each, with no abatement, output shocks or traders. 2024's cap of
     * 2,600,000 t (260,000 t auctioned) leaves them 1,140,000 t to bank, above the upper threshold of
     * 1,100,000 t: the reserve (empty at the start, intake rate 1) takes in all of 2025's auctions,
     * only 10,000 t under its cap of 100,000 t. 2025 then draws the bank down to 30,000 t, below the
     * lower threshold, and the reserve releases into 2026's auctions what it holds: 10,000 t.
     */
    private static final String JSON =
            """
            {
              "schemaVersion": 1,
              "name": "reserve-limit",
              "description": "reserve intake limited by next year's auctions",
              "seed": 7,
              "calendar": {"startYear": 2024, "years": 3},
              "market": {"initialPrice": 50, "limitPct": 0},
              "sectors": [
                {"id": "cement", "name": "Cement", "productUnit": "t clinker",
                 "allocation": {"type": "historicalEmissions", "baseYears": [2023]}}
              ],
              "enterprises": [
                {"id": "C1", "sector": "cement", "baseOutput": 600000, "emissionIntensity": 1,
                 "history": [{"year": 2023, "output": 600000, "emissions": 1170000}]},
                {"id": "C2", "sector": "cement", "baseOutput": 600000, "emissionIntensity": 1,
                 "history": [{"year": 2023, "output": 600000, "emissions": 1170000}]}
              ],
              "coverage": {"thresholds": [{"fromYear": 2024, "emissionsTonnes": 1000}]},
              "allocation": {"cap": {"type": "given", "byYear": {"2024": 2600000, "2025": 100000, "2026": 2000000}},
                             "auctionShare": 0.1, "preAllocationShare": 1},
              "policy": {"auctions": {"days": [0], "reservePrice": 0},
                         "stabilityReserve": {"upperThresholdTonnes": 1100000, "lowerThresholdTonnes": 500000,
                                              "intakeRate": 1, "releaseTonnes": 1000000}},
              "compliance": {"banking": {"type": "allowed"},
                             "penalty": {"type": "eu", "perTonne": 100, "makeGood": true}}
            }
            """;

    @Test
    void theReserveReleasesOnlyWhatItWithheld() {
        Scenario scenario = ScenarioLoader.parse(JSON, "reserve-limit.json", null);
        RunResult run = Simulation.run(scenario, 7);

        List<Long> banked = run.years().stream().map(YearResult::banked).toList();
        assertEquals(List.of(1_140_000L, 30_000L, 630_000L), banked, "seed=7 banks at the year-ends");
        List<Long> offered = run.auctions().stream()
                .map(auction -> auction.year() * 10_000_000L + auction.offeredTonnes())
                .toList();
        // 2025's 10,000 t all withheld (no auction); 2026: 200,000 t + the 10,000 t the reserve holds,
        // not + 260,000 t, 2024's auction volume, which capped the intake when 2024 closed
        assertEquals(
                List.of(2024 * 10_000_000L + 260_000, 2026 * 10_000_000L + 210_000),
                offered,
                "seed=7 auctions offered, as year * 10,000,000 + tonnes");
    }

    /**
     * The same run year by year as the reserve saw it (reserve.csv): 2024 closes with 1,140,000 t in
     * circulation, above 1,100,000 t, and takes in min(1 × 1,140,000, 260,000 auctioned in 2024) =
     * 260,000 t; 2025's auctions give up only their 10,000 t, so 2025 opens holding 10,000 t and closes
     * with 30,000 t in circulation, below 500,000 t: it releases all 10,000 t into 2026's auctions,
     * whose 630,000 t at the end lie between the thresholds.
     */
    @Test
    void eachYearOfTheReserveAddsUp() {
        Scenario scenario = ScenarioLoader.parse(JSON, "reserve-limit.json", null);
        RunResult run = Simulation.run(scenario, 7);

        assertEquals(
                List.of(
                        new ReserveYear(2024, 0, 0, 0, 1_140_000, ReserveDecision.INTAKE, 260_000, 0, 260_000),
                        new ReserveYear(2025, 10_000, 10_000, 0, 30_000, ReserveDecision.RELEASE, 0, 10_000, 0),
                        new ReserveYear(2026, 0, 0, 10_000, 630_000, ReserveDecision.NONE, 0, 0, 0)),
                run.reserve(),
                "seed=7 the reserve's years");
    }

    @Test
    void aScenarioWithoutAReserveHasNoReserveYears() {
        String withoutReserve = JSON.replaceFirst(",\\s*\"stabilityReserve\": \\{[^}]*\\}", "");
        Scenario scenario = ScenarioLoader.parse(withoutReserve, "no-reserve.json", null);
        assertTrue(scenario.policy().stabilityReserve().isEmpty(), withoutReserve);
        assertEquals(List.of(), Simulation.run(scenario, 7).reserve(), "seed=7 a run without a stability reserve");
    }
}

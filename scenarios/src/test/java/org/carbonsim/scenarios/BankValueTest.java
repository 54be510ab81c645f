package org.carbonsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.carbonsim.core.engine.Simulation;
import org.carbonsim.core.engine.YearResult;
import org.carbonsim.core.scenario.Scenario;
import org.carbonsim.core.scenario.ScenarioEdit;
import org.carbonsim.core.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * The national ETS of 2024 allocates verified emissions to industry, so the market is long. Without a
 * bank value a surplus is worth only its abatement cost and the price collapses to a few fen; with
 * the scenario's bank value (0.9 of the CNY 79.42 opening price) enterprises hold rather than sell
 * below it, and the price stays near it, as the published market's did.
 */
class BankValueTest {
    private static final Path FILE = BundledScenariosTest.DIR.resolve("national-ets-industry.json");

    @Test
    void aLongMarketHoldsNearTheBankValueAndCollapsesWithout() {
        Scenario anchored = ScenarioLoader.load(FILE).withYears(1);
        Scenario unanchored = ScenarioLoader.load(
                        FILE, List.of(new ScenarioEdit("agents.compliance.bankValueShare", "0")))
                .withYears(1);
        YearResult with = Simulation.run(anchored, 2024).years().get(0);
        YearResult without = Simulation.run(unanchored, 2024).years().get(0);
        long bankValueFen = Math.round(0.9 * 7_942);
        assertTrue(
                with.vwapFen() >= bankValueFen * 0.95 && with.vwapFen() <= 7_942 * 1.05,
                "seed=2024 VWAP with a bank value of " + bankValueFen + " fen: " + with);
        assertTrue(without.vwapFen() < 1_000, "seed=2024 VWAP without a bank value: " + without);
    }
}

package org.carbonsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.carbonsim.core.engine.RunResult;
import org.carbonsim.core.engine.Simulation;
import org.carbonsim.core.engine.YearResult;
import org.carbonsim.core.scenario.Scenario;
import org.carbonsim.core.scenario.ScenarioEdit;
import org.carbonsim.core.scenario.ScenarioLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * With zero-intelligence firms as the default strategy, {@code classroom-ten-firms} keeps trading in
 * its second year: a firm's side and daily quantity follow its position each day instead of being
 * fixed when it first trades, so firms that sold in 2024 can buy in 2025 and the market clears most of
 * what verification shows. Zero-intelligence firms bid at random below their value, so some still end
 * short: the test asks for most of them to comply, not all.
 */
class ZeroIntelligenceFirmsTest {
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void zeroIntelligenceFirmsTradeEveryYear(long seed) {
        Scenario scenario = ScenarioLoader.load(
                BundledScenariosTest.DIR.resolve("classroom-ten-firms.json"),
                List.of(new ScenarioEdit("agents.defaultStrategy", "ZERO_INTELLIGENCE")));
        RunResult run = Simulation.run(scenario, seed);
        long firstYearVolume = run.years().get(0).volume();
        for (YearResult year : run.years()) {
            assertTrue(
                    year.volume() > firstYearVolume / 2,
                    "seed=" + seed + " " + year.year() + " trades " + year.volume() + " t against " + firstYearVolume
                            + " t in the first year");
            assertTrue(
                    year.complianceRate() >= 0.7,
                    "seed=" + seed + " " + year.year() + " compliance " + year.complianceRate());
            long buyers = run.enterprises().stream()
                    .filter(e -> e.year() == year.year() && e.bought() > 0)
                    .count();
            long sellers = run.enterprises().stream()
                    .filter(e -> e.year() == year.year() && e.sold() > 0)
                    .count();
            assertTrue(
                    buyers > 0 && sellers > 0,
                    "seed=" + seed + " " + year.year() + ": " + buyers + " buyers and " + sellers + " sellers");
        }
    }
}

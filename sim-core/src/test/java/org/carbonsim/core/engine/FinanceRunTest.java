package org.carbonsim.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.carbonsim.core.finance.ForwardDay;
import org.carbonsim.core.scenario.Scenario;
import org.carbonsim.core.scenario.ScenarioLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * classroom-ten-firms with a finance block: over seeded runs the registry's conservation holds every
 * year (the simulation checks it and throws otherwise), forwards trade and deliver, the cash firms
 * finance themselves, and the same seed gives an equal result; without the block the run is
 * classroom-ten-firms' own.
 */
class FinanceRunTest {
    private static final String FINANCE = ", \"finance\": {"
            + "\"forwards\": {\"months\": [6, 12], \"hedging\": {\"share\": 0.5, \"month\": 12},"
            + " \"speculators\": {\"count\": 4, \"cash\": 50000, \"maxLots\": 5, \"dailyProbability\": 0.3},"
            + " \"arbitrageur\": {\"cash\": 5000000, \"holdingsTonnes\": 200000, \"maxLots\": 50}},"
            + " \"pledges\": {\"haircutPct\": 30, \"ratePct\": 6, \"termDays\": 40},"
            + " \"cashFirms\": [{\"sector\": \"chemicals\", \"cash\": 1000, \"incomePerYear\": 3000000}]}";

    private static Scenario scenario(boolean finance) throws IOException {
        String json = Files.readString(Path.of("..", "scenarios", "classroom-ten-firms.json"), StandardCharsets.UTF_8);
        String text = finance ? json.substring(0, json.lastIndexOf('}')) + FINANCE + "}\n" : json;
        return ScenarioLoader.parse(text, "classroom-ten-firms.json", Path.of("..", "scenarios"));
    }

    @ParameterizedTest(name = "seed={0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void forwardsDeliverAndCashFirmsFinanceThemselvesWithEverythingConserved(long seed) throws IOException {
        Scenario scenario = scenario(true);
        RunResult run = Simulation.run(scenario, seed);
        FinanceResult finance = run.finance().orElseThrow();
        assertEquals(scenario.calendar().years(), finance.years().size(), "seed=" + seed);
        long delivered = 0;
        long volume = 0;
        int deals = 0;
        for (FinanceYearResult year : finance.years()) {
            delivered += year.forwards().deliveredTonnes();
            volume += year.forwards().volumeTonnes();
            deals += year.financing().deals();
        }
        assertTrue(volume > 0, "seed=" + seed + ": forwards traded");
        assertTrue(delivered > 0, "seed=" + seed + ": forwards delivered");
        assertTrue(deals > 0, "seed=" + seed + ": the chemicals firms, with no cash, financed themselves");
        for (ForwardDay day : finance.forwardDays()) {
            assertTrue(day.volumeTonnes() % 100 == 0, "seed=" + seed + ": whole lots, " + day);
        }
        assertEquals(run, Simulation.run(scenario, seed), "seed=" + seed + ": the same seed gives an equal result");
    }

    @ParameterizedTest(name = "seed={0}")
    @ValueSource(longs = {1, 2})
    void withoutTheBlockNothingChanges(long seed) throws IOException {
        RunResult run = Simulation.run(scenario(false), seed);
        assertTrue(run.finance().isEmpty(), "seed=" + seed);
    }
}

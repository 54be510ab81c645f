package org.carbonsim.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.carbonsim.core.scenario.Scenario;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whole runs with two-year compliance cycles: nothing is surrendered before a cycle's deadline, the
 * deadline settles both years' emissions, and the registry's conservation (in total and by vintage)
 * holds at the end of every year, across the cycle boundary. Seeded: the seed is in every message.
 */
class ComplianceCyclesRunTest {
    private static final String CYCLES = "\"cycles\": [{\"fromYear\": 2024, \"toYear\": 2025},"
            + " {\"fromYear\": 2026, \"toYear\": 2027, \"borrowingShare\": 0.5}]";

    @ParameterizedTest(name = "seed={0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void eachCycleIsSettledAtItsLastYearsDeadline(long seed) {
        Scenario scenario = TestScenarios.twoFirms(4, 0.05, "", "", "", CYCLES, "");
        RunResult result = new Simulation(scenario, seed, false).run();
        Map<String, Long> owed = new HashMap<>();
        for (EnterpriseResult row : result.enterprises()) {
            long settled = row.surrendered() + row.offsets() + row.shortfall();
            owed.merge(row.enterpriseId(), row.emissions(), Long::sum);
            if (row.year() == 2024 || row.year() == 2026) {
                assertEquals(0, settled, "seed=" + seed + " " + row.enterpriseId() + " settled before the deadline");
                assertEquals(
                        0, row.banked(), "seed=" + seed + " " + row.enterpriseId() + " banked before the deadline");
            } else {
                // borrowed tonnes (second cycle) are surrendered from the next vintage: they count
                long cycleEmissions = owed.remove(row.enterpriseId());
                assertTrue(
                        settled <= cycleEmissions,
                        "seed=" + seed + " " + row.year() + " " + row.enterpriseId() + " settled " + settled + " t of "
                                + cycleEmissions);
                if (row.year() == 2025) {
                    assertEquals(
                            cycleEmissions,
                            settled,
                            "seed=" + seed + " " + row.enterpriseId() + ": the 2024-2025 deadline settles both years");
                }
            }
        }
        for (LedgerYear year : result.ledger()) {
            assertEquals(
                    year.issuedTonnes() - year.surrenderedTonnes() - year.cancelledTonnes(),
                    year.heldTonnes(),
                    "seed=" + seed + " " + year.year() + ": allowances not conserved");
        }
    }
}

package org.carbonsim.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.carbonsim.core.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * A market short as a whole and slowed by a 1% band: 144,000 t allocated to two firms whose emissions
 * are at least 160,000 t, with the 16,000 t government reserve outside the market. Without a deadline
 * reserve sale the short firm pays the penalty on everything the market did not sell it; with it the
 * reserve sells the short firm what it lacks at the deadline day's upper limit, while the reserve lasts.
 */
class DeadlineReserveSaleTest {
    private static final long RESERVE_TONNES = 16_000;

    private static RunResult run(boolean reserveSale) {
        Scenario scenario =
                TestScenarios.twoFirms(1, 0, "\"limitPct\": 1", "", "", "\"deadlineReserveSale\": " + reserveSale, "");
        return Simulation.run(scenario, 3);
    }

    private static long shortfall(RunResult result) {
        long tonnes = 0;
        for (EnterpriseResult row : result.enterprises()) {
            tonnes += row.shortfall();
        }
        return tonnes;
    }

    @Test
    void theReserveSellsTheShortFirmWhatItLacksWhileTheReserveLasts() {
        RunResult without = run(false);
        RunResult with = run(true);
        long before = shortfall(without);
        long after = shortfall(with);
        assertTrue(before > 0, "seed=3 the market alone leaves no firm short");
        assertEquals(
                Math.max(0, before - RESERVE_TONNES),
                after,
                "seed=3 the reserve's 16,000 t cover the shortfall of " + before + " t as far as they go");
        assertTrue(
                without.years().get(0).complianceRate() < 1, "seed=3 without the sale the short firm pays the penalty");
        if (after == 0) {
            assertEquals(1.0, with.years().get(0).complianceRate(), "seed=3 every firm complies after the sale");
        }
        assertEquals(
                without.ledger().get(0).issuedTonnes(),
                with.ledger().get(0).issuedTonnes(),
                "seed=3 the sale issues nothing: it moves the reserve's allowances");
    }
}

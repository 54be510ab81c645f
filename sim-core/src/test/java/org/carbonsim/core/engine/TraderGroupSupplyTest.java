package org.carbonsim.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.carbonsim.core.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * A trader group's starting allowances are deposited from outside the cap. They are the group's own
 * trading stock, so the reference equilibrium does not count them as a bank the covered firms can
 * comply with: a market maker holding more than the cap gap must not drive the reference price to 0.
 */
class TraderGroupSupplyTest {
    private static final String MARKET_MAKER = "\"traders\": [{\"type\": \"marketMaker\", \"count\": 1,"
            + " \"spreadTicks\": 20, \"quoteTonnes\": 100, \"inventoryLimitTonnes\": 1000,"
            + " \"cash\": 1000000, \"holdingsTonnes\": 100000}]";

    @Test
    void traderGroupsStartingAllowancesLeaveTheReferencePriceUnchanged() {
        Scenario without = TestScenarios.twoFirms(2, 0, "", "", "");
        Scenario with = TestScenarios.twoFirms(2, 0, "", MARKET_MAKER, "");
        RunResult plain = Simulation.run(without, 1);
        RunResult stocked = Simulation.run(with, 1);
        long firstYearPrice = plain.years().get(0).equilibriumPrice();
        assertTrue(firstYearPrice > 0, "seed=1 the two-firm market needs abatement, reference " + firstYearPrice);
        assertEquals(
                firstYearPrice,
                stocked.years().get(0).equilibriumPrice(),
                "seed=1 a market maker's 100,000 t from outside the cap moved the first year's reference price");
    }
}

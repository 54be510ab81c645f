package org.carbonsim.core.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.carbonsim.core.policy.CorridorDecision.Action;
import org.junit.jupiter.api.Test;

class CorridorDecisionTest {
    /** Floor 20 yuan, ceiling 60 yuan, at most 50,000 t sold from the reserve a day. */
    private static final PriceCorridor CORRIDOR = new PriceCorridor(2_000, 6_000, 50_000);

    @Test
    void sellsTheDailyLimitAtTheCeilingWhenThePriceReachesIt() {
        assertEquals(
                new CorridorDecision(Action.SELL, 6_000, 50_000),
                CorridorDecision.decide(CORRIDOR, 6_000, 200_000, Long.MAX_VALUE));
    }

    @Test
    void saleAboveTheCeilingIsLimitedByTheReserve() {
        assertEquals(
                new CorridorDecision(Action.SELL, 6_000, 30_000),
                CorridorDecision.decide(CORRIDOR, 6_500, 30_000, Long.MAX_VALUE));
        assertEquals(CorridorDecision.NONE, CorridorDecision.decide(CORRIDOR, 6_500, 0, Long.MAX_VALUE));
    }

    @Test
    void buysAtTheFloorWhenThePriceFallsToIt() {
        assertEquals(
                new CorridorDecision(Action.BUY, 2_000, 80_000), CorridorDecision.decide(CORRIDOR, 2_000, 0, 80_000));
        assertEquals(
                new CorridorDecision(Action.BUY, 2_000, 80_000), CorridorDecision.decide(CORRIDOR, 1_500, 0, 80_000));
    }

    @Test
    void doesNothingInsideTheCorridor() {
        assertEquals(CorridorDecision.NONE, CorridorDecision.decide(CORRIDOR, 2_001, 200_000, 80_000));
        assertEquals(CorridorDecision.NONE, CorridorDecision.decide(CORRIDOR, 5_999, 200_000, 80_000));
    }

    @Test
    void noCorridorNeverActs() {
        assertEquals(CorridorDecision.NONE, CorridorDecision.decide(PriceCorridor.NONE, 0, 200_000, 80_000));
        assertEquals(CorridorDecision.NONE, CorridorDecision.decide(PriceCorridor.NONE, 1_000_000, 200_000, 80_000));
    }
}

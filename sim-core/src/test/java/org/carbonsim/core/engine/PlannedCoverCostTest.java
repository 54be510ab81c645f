package org.carbonsim.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.carbonsim.core.agents.MarginalCost;
import org.junit.jupiter.api.Test;

/** The room a firm that plans to borrow has to buy instead: its forgoable tonnes, nothing else. */
class PlannedCoverCostTest {
    /** A verified firm valuing a banked tonne at 1,193 fen, penalty-equivalent 3,579, banking 40 t. */
    private static final MarginalCost ABATED = MarginalCost.abated(3_579, 1_193, 40);

    @Test
    void theTonnesItPlansToBorrowAddToWhatItMayHoldBeyondItsNeed() {
        MarginalCost cost = PlannedCoverCost.of(ABATED, 1_000);
        assertEquals(1_040, cost.forgoableTonnes());
        assertEquals(40, cost.bankTargetTonnes());
    }

    @Test
    void theCostAtEveryShortfallIsTheWrappedCosts() {
        MarginalCost cost = PlannedCoverCost.of(ABATED, 1_000);
        for (long shortfall : new long[] {-1_040, -500, 0, 1, 800}) {
            assertEquals(ABATED.costFenPerTonne(shortfall), cost.costFenPerTonne(shortfall), "at " + shortfall);
        }
        assertEquals(ABATED.targetShortfallAt(1_105, -1_040, 800), cost.targetShortfallAt(1_105, -1_040, 800));
        assertEquals(ABATED.abatementCapacityTonnes(), cost.abatementCapacityTonnes());
    }

    @Test
    void aFirmThatPlansNoBorrowingKeepsItsCost() {
        assertSame(ABATED, PlannedCoverCost.of(ABATED, 0));
    }
}

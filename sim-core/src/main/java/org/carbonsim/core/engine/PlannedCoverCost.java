package org.carbonsim.core.engine;

import java.util.Objects;
import org.carbonsim.core.agents.MarginalCost;

/**
 * The cost of a firm whose need leaves out {@code coverTonnes} it plans to meet without buying or
 * abating (what it borrows from next year's allocation at its cycle's deadline, or before the deadline
 * its share of what the path takes from the cycle's later allocation, {@link
 * YearPlans#plannedCoverTonnes}): it may hold that many tonnes more than its need, bought instead of
 * borrowed, so it may hold a shortfall down to minus {@link #forgoableTonnes}, {@code coverTonnes} below
 * the cost it wraps. A borrowed tonne is paid for with a tonne of next year's allocation, worth what the
 * firm values a banked allowance at, so below that value the firm buys rather than borrows. Without
 * this room a firm planning to borrow its whole share counted the share of the borrowing room the
 * market did not use as a surplus and offered it at its bank value, while no firm bid: in a cycle
 * whose first year had already settled the pool's trading, the deadline year then had no quote to
 * move its close from the first year's (CycleBorrowingMarketsPropertyTest, seed 147). Everything else
 * is the wrapped cost's. Immutable.
 *
 * @param cost the firm's cost without the room
 * @param coverTonnes the tonnes its need leaves to borrowing, t, &gt; 0
 */
record PlannedCoverCost(MarginalCost cost, long coverTonnes) implements MarginalCost {
    PlannedCoverCost {
        Objects.requireNonNull(cost, "cost");
        if (coverTonnes <= 0) {
            throw new IllegalArgumentException("coverTonnes must be > 0 t, got " + coverTonnes);
        }
    }

    /** {@code cost} with room for {@code coverTonnes} bought instead of borrowed; {@code cost} itself for none. */
    static MarginalCost of(MarginalCost cost, long coverTonnes) {
        return coverTonnes <= 0 ? cost : new PlannedCoverCost(cost, coverTonnes);
    }

    @Override
    public long costFenPerTonne(long shortfallTonnes) {
        return cost.costFenPerTonne(shortfallTonnes);
    }

    @Override
    public long abatementCapacityTonnes() {
        return cost.abatementCapacityTonnes();
    }

    @Override
    public long forgoableTonnes() {
        return Math.addExact(cost.forgoableTonnes(), coverTonnes);
    }

    @Override
    public long bankTargetTonnes() {
        return cost.bankTargetTonnes();
    }

    @Override
    public long largestShortfallAtMost(long priceFen, long lo, long hi) {
        return cost.largestShortfallAtMost(priceFen, lo, hi);
    }

    @Override
    public long targetShortfallAt(long priceFen, long lo, long hi) {
        return cost.targetShortfallAt(priceFen, lo, hi);
    }
}

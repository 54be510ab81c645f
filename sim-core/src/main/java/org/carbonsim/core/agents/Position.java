package org.carbonsim.core.agents;

import java.util.Objects;

/**
 * One trader's account as its strategy sees it: allowances held (t), cash (fen), the expected year-end
 * need (t of expected emissions still to cover) and how uncertain it is, the marginal abatement cost at the margin (supplied
 * by the caller, possibly as a function of the position) and a reservation value (fen per tonne) for
 * traders that have one. Trades are settled into it by the market session; allocation, surrender and
 * other non-trading flows go through {@link #transferAllowances} and {@link #transferCash}. Sums are
 * overflow-checked. Not thread-safe.
 */
public final class Position {
    /*
     * The fields are declared in the order the JVM lays them out in (each size together, in the order
     * declared): what a desk reads at every turn (its owner id, the change count and the tonnes traded)
     * first, so that at a national market's size, where a turn's first read of a position misses the
     * cache, it is one cache line and not two; what a review reads next.
     */
    private final int ownerId;
    /** How many times anything below has changed. */
    private long changes;

    private long boughtTonnes;
    private long soldTonnes;
    private long allowancesTonnes;
    private long expectedNeedTonnes;
    private long needUncertaintyTonnes;
    private long encumberedTonnes;
    private long cashFen;
    private long reservationValueFen;
    private long feesPaidFen;
    private MarginalCost marginalCost;
    private boolean cashLimited;
    /** Where {@link #changes} is counted too, by {@link #ownerId}; null when only here. */
    private final PositionChanges sharedChanges;
    /** {@link #marginalCostFen}'s last answer, for {@link #memoCost} at {@link #memoShortfallTonnes}. */
    private MarginalCost memoCost;

    private long memoShortfallTonnes;
    private long memoCostFen;

    public Position(
            int ownerId,
            long allowancesTonnes,
            long cashFen,
            long expectedNeedTonnes,
            MarginalCost marginalCost,
            long reservationValueFen) {
        this(ownerId, allowancesTonnes, cashFen, expectedNeedTonnes, marginalCost, reservationValueFen, null);
    }

    private Position(
            int ownerId,
            long allowancesTonnes,
            long cashFen,
            long expectedNeedTonnes,
            MarginalCost marginalCost,
            long reservationValueFen,
            PositionChanges sharedChanges) {
        if (sharedChanges != null && (ownerId < 0 || sharedChanges.of(ownerId) != 0)) {
            throw new IllegalArgumentException("owner " + ownerId + " cannot count its changes in a shared array");
        }
        this.sharedChanges = sharedChanges;
        this.ownerId = ownerId;
        this.allowancesTonnes = allowancesTonnes;
        this.cashFen = cashFen;
        this.expectedNeedTonnes = expectedNeedTonnes;
        this.marginalCost = Objects.requireNonNull(marginalCost, "marginalCost");
        this.reservationValueFen = reservationValueFen;
    }

    /** A position with holdings and cash, no need, a zero marginal cost and no reservation value. */
    public static Position of(int ownerId, long allowancesTonnes, long cashFen) {
        return new Position(ownerId, allowancesTonnes, cashFen, 0, MarginalCost.constant(0), 0);
    }

    /**
     * {@link #of(int, long, long)} whose changes are counted in {@code changes} too, by its owner id (0
     * or more), where no change of that owner's has been counted yet.
     */
    public static Position of(int ownerId, long allowancesTonnes, long cashFen, PositionChanges changes) {
        return new Position(
                ownerId, allowancesTonnes, cashFen, 0, MarginalCost.constant(0), 0, Objects.requireNonNull(changes));
    }

    public int ownerId() {
        return ownerId;
    }

    public long allowancesTonnes() {
        return allowancesTonnes;
    }

    public long cashFen() {
        return cashFen;
    }

    /**
     * Allowances counted in {@link #allowancesTonnes} that may not be sold: pledged, or promised on
     * forwards, t.
     */
    public long encumberedTonnes() {
        return encumberedTonnes;
    }

    /** Allowances the trader may sell: its allowances less the encumbered ones, t. */
    public long sellableTonnes() {
        return Math.max(0, allowancesTonnes - encumberedTonnes);
    }

    /** Sets the encumbered allowances, t. */
    public void updateEncumbered(long tonnes) {
        encumberedTonnes = tonnes;
        changed();
    }

    /** Whether the trader buys only what its cash pays for. */
    public boolean cashLimited() {
        return cashLimited;
    }

    /** Makes the trader buy only what its cash pays for. */
    public void limitToCash() {
        cashLimited = true;
        changed();
    }

    /** Expected emissions to cover at the deadline, t. */
    public long expectedNeedTonnes() {
        return expectedNeedTonnes;
    }

    /**
     * One standard deviation of the error of the expected need, t: how far the owner's current
     * estimate of its emissions may be off (0 once they are verified).
     */
    public long needUncertaintyTonnes() {
        return needUncertaintyTonnes;
    }

    /** Expected need minus holdings, t: positive when short, negative when long. */
    public long shortfallTonnes() {
        return Math.subtractExact(expectedNeedTonnes, allowancesTonnes);
    }

    public MarginalCost marginalCost() {
        return marginalCost;
    }

    /**
     * The marginal abatement cost at the current shortfall, fen per tonne. The last answer is
     * remembered with the cost and shortfall it is for: a cost is immutable, and a trader asks it turn
     * after turn while its shortfall stays where its last fill left it.
     */
    public long marginalCostFen() {
        long shortfall = shortfallTonnes();
        if (marginalCost != memoCost || shortfall != memoShortfallTonnes) {
            memoCostFen = marginalCost.costFenPerTonne(shortfall);
            memoCost = marginalCost;
            memoShortfallTonnes = shortfall;
        }
        return memoCostFen;
    }

    /** The most a buyer pays, or the least a seller accepts, per tonne, fen; 0 when it has none. */
    public long reservationValueFen() {
        return reservationValueFen;
    }

    /** Tonnes bought in trades since the position was created. */
    public long boughtTonnes() {
        return boughtTonnes;
    }

    /** Tonnes sold in trades since the position was created. */
    public long soldTonnes() {
        return soldTonnes;
    }

    /** Exchange fees paid since the position was created, fen. */
    public long feesPaidFen() {
        return feesPaidFen;
    }

    /**
     * How many times anything about the position has changed (holdings, cash, need, its uncertainty,
     * marginal cost, reservation value, encumbrance, the cash limit): a strategy that sees the same
     * count as at its last turn sees the same position.
     */
    public long changeCount() {
        return changes;
    }

    private void changed() {
        changes++;
        if (sharedChanges != null) {
            sharedChanges.changed(ownerId);
        }
    }

    /** Replaces the expected year-end need, t (for example after an emissions forecast changes). */
    public void updateExpectedNeed(long tonnes) {
        expectedNeedTonnes = tonnes;
        changed();
    }

    /** Replaces the standard deviation of the expected need's error, t (at least 0). */
    public void updateNeedUncertainty(long tonnes) {
        if (tonnes < 0) {
            throw new IllegalArgumentException("need uncertainty must be >= 0 t, got " + tonnes);
        }
        needUncertaintyTonnes = tonnes;
        changed();
    }

    /** Replaces the marginal abatement cost (for example after this year's abatement plan). */
    public void updateMarginalCost(MarginalCost cost) {
        marginalCost = Objects.requireNonNull(cost, "cost");
        changed();
    }

    /** Replaces the reservation value, fen per tonne. */
    public void updateReservationValue(long fenPerTonne) {
        reservationValueFen = fenPerTonne;
        changed();
    }

    /** A non-trading change of holdings (issuance, true-up, surrender), t; negative removes. */
    public void transferAllowances(long deltaTonnes) {
        allowancesTonnes = Math.addExact(allowancesTonnes, deltaTonnes);
        changed();
    }

    /** A non-trading change of cash (penalty, auction payment), fen; negative removes. */
    public void transferCash(long deltaFen) {
        cashFen = Math.addExact(cashFen, deltaFen);
        changed();
    }

    /** Settles a purchase: {@code tonnes} in, {@code costFen + feeFen} out. */
    public void settleBuy(long tonnes, long costFen, long feeFen) {
        allowancesTonnes = Math.addExact(allowancesTonnes, tonnes);
        cashFen = Math.subtractExact(cashFen, Math.addExact(costFen, feeFen));
        boughtTonnes = Math.addExact(boughtTonnes, tonnes);
        feesPaidFen = Math.addExact(feesPaidFen, feeFen);
        changed();
    }

    /** Settles a sale: {@code tonnes} out, {@code proceedsFen - feeFen} in. */
    public void settleSell(long tonnes, long proceedsFen, long feeFen) {
        allowancesTonnes = Math.subtractExact(allowancesTonnes, tonnes);
        cashFen = Math.addExact(cashFen, Math.subtractExact(proceedsFen, feeFen));
        soldTonnes = Math.addExact(soldTonnes, tonnes);
        feesPaidFen = Math.addExact(feesPaidFen, feeFen);
        changed();
    }
}

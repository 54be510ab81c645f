package org.carbonsim.core.agents;

/**
 * A firm's marginal abatement cost at the margin of its position, in fen per tonne, as a function of
 * its shortfall (expected year-end need minus holdings; negative for a surplus). The cost must not
 * fall as the shortfall grows: a firm that buys less must abate more. {@link #abatementCapacityTonnes}
 * bounds how far beyond covering its own need the firm could abate to sell allowances, and {@link
 * #forgoableTonnes} how much of the abatement its need already assumes it could give up (a negative
 * shortfall then means abating less). Immutable implementations only.
 */
public interface MarginalCost {
    /** The marginal abatement cost, fen per tonne, when the firm's shortfall is {@code shortfallTonnes}. */
    long costFenPerTonne(long shortfallTonnes);

    /** How many tonnes beyond its current need the firm could still abate, t; 0 for a fixed cost. */
    long abatementCapacityTonnes();

    /**
     * How many tonnes of the abatement already in its need the firm could still forgo, t: it may hold a
     * shortfall down to minus this and abate less instead of selling; and with a bank target (a firm
     * that foresees a scarcity to come and means to carry allowances into it), that target on top. 0
     * when the plan is fixed and nothing is to be banked (or for a fixed cost).
     */
    default long forgoableTonnes() {
        return 0;
    }

    /**
     * Of {@link #forgoableTonnes}, the surplus the firm means to carry into later years, t: what it
     * foresees the market banking, its share of it. It bids for it in primary auctions as for a
     * shortfall. 0 when it banks nothing for its own sake.
     */
    default long bankTargetTonnes() {
        return 0;
    }

    /**
     * The largest shortfall in {@code [lo, hi]} whose cost is at most {@code priceFen}, given that the
     * cost at {@code lo} is. A bisection; implementations that can invert their cost directly override
     * it, and must return the same answer.
     */
    default long largestShortfallAtMost(long priceFen, long lo, long hi) {
        while (lo < hi) {
            long mid = lo + (hi - lo + 1) / 2;
            if (costFenPerTonne(mid) <= priceFen) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /**
     * The shortfall in {@code [lo, hi]} the firm means to hold at {@code priceFen}, given that the cost
     * at {@code lo} is at most the price: the largest whose cost is at most the price ({@link
     * #largestShortfallAtMost}), except at a tie with the penalty-equivalent price, where a tonne short
     * past what the firm can still abate costs exactly what a tonne bought does. A covered enterprise
     * is obliged to surrender, and the fine is its last resort, so at that price it buys (and does not
     * sell what it needs): it goes short only when the price is above its penalty-equivalent. Were it
     * to go short at the tie, a year short by a tonne or two, whose price rises to the
     * penalty-equivalent, would see every short firm stop buying there and every long firm (which
     * then values its surplus at that close) bank it: half the firms fined for a market a tonne short.
     */
    default long targetShortfallAt(long priceFen, long lo, long hi) {
        return largestShortfallAtMost(priceFen, lo, hi);
    }

    /** A cost that does not depend on the position: the caller's estimate of the MAC at the margin. */
    static MarginalCost constant(long costFenPerTonne) {
        if (costFenPerTonne < 0) {
            throw new IllegalArgumentException("costFenPerTonne must be >= 0 fen/t, got " + costFenPerTonne);
        }
        return new Constant(costFenPerTonne);
    }

    /**
     * The cost once the year's abatement is done and its emissions verified: a shortfall can only be
     * bought or paid for, at {@code shortfallFen} per tonne (the penalty-equivalent price), and a
     * surplus is worth what banking it is worth, {@code surplusFen} per tonne (0 when it cannot be
     * banked).
     */
    static MarginalCost abated(long shortfallFen, long surplusFen) {
        return abated(shortfallFen, surplusFen, 0);
    }

    /**
     * {@link #abated(long, long)} for a firm that means to carry {@code bankTargetTonnes} into later
     * years ({@link #forgoableTonnes}): below {@code surplusFen} it buys until it holds that surplus.
     */
    static MarginalCost abated(long shortfallFen, long surplusFen, long bankTargetTonnes) {
        if (surplusFen < 0 || shortfallFen < surplusFen) {
            throw new IllegalArgumentException(
                    "need 0 <= surplusFen <= shortfallFen (fen/t), got " + surplusFen + " and " + shortfallFen);
        }
        if (bankTargetTonnes < 0) {
            throw new IllegalArgumentException("bankTargetTonnes must be >= 0 t, got " + bankTargetTonnes);
        }
        return new Abated(shortfallFen, surplusFen, bankTargetTonnes);
    }

    /**
     * The cost after verification: {@code shortfallFen} per tonne short, {@code surplusFen} per tonne
     * of surplus given up, down to a surplus of {@code bankTargetTonnes}. Immutable.
     *
     * @param shortfallFen fen per tonne of shortfall
     * @param surplusFen fen per tonne of surplus
     * @param bankTargetTonnes the surplus the firm means to bank, t (0: it holds no surplus for its
     *     own sake)
     */
    record Abated(long shortfallFen, long surplusFen, long bankTargetTonnes) implements MarginalCost {
        /** The surplus it would carry into later years, t: it may hold a shortfall down to minus this. */
        @Override
        public long forgoableTonnes() {
            return bankTargetTonnes;
        }

        @Override
        public long costFenPerTonne(long shortfallTonnes) {
            return shortfallTonnes > 0 ? shortfallFen : surplusFen;
        }

        /** A step at zero: every shortfall when the price reaches the penalty, else none. */
        @Override
        public long largestShortfallAtMost(long priceFen, long lo, long hi) {
            return priceFen >= shortfallFen ? hi : Math.max(lo, Math.min(hi, 0));
        }

        /** At the penalty-equivalent price it buys its shortfall rather than go short. */
        @Override
        public long targetShortfallAt(long priceFen, long lo, long hi) {
            return priceFen == shortfallFen ? Math.max(lo, Math.min(hi, 0)) : largestShortfallAtMost(priceFen, lo, hi);
        }

        @Override
        public long abatementCapacityTonnes() {
            return 0;
        }
    }

    /**
     * A cost rising linearly with the shortfall, {@code slopeFenPerTonne} fen per tonne for each tonne
     * of shortfall (0 at or below zero shortfall), with room to abate {@code capacityTonnes} beyond it.
     */
    static MarginalCost linear(double slopeFenPerTonne, long capacityTonnes) {
        if (!(slopeFenPerTonne > 0) || Double.isInfinite(slopeFenPerTonne)) {
            throw new IllegalArgumentException(
                    "slopeFenPerTonne must be a finite number > 0 fen/t per t, got " + slopeFenPerTonne);
        }
        if (capacityTonnes < 0) {
            throw new IllegalArgumentException("capacityTonnes must be >= 0 t, got " + capacityTonnes);
        }
        return new Linear(slopeFenPerTonne, capacityTonnes);
    }

    /**
     * A fixed marginal cost. Immutable.
     *
     * @param costFen the cost at the margin, fen per tonne
     */
    record Constant(long costFen) implements MarginalCost {
        @Override
        public long costFenPerTonne(long shortfallTonnes) {
            return costFen;
        }

        @Override
        public long abatementCapacityTonnes() {
            return 0;
        }
    }

    /**
     * A marginal cost of {@code slopeFenPerTonne × shortfall}, rounded to the fen. Immutable.
     *
     * @param slopeFenPerTonne fen per tonne added by each tonne of shortfall
     * @param capacityTonnes tonnes the firm could abate beyond its need
     */
    record Linear(double slopeFenPerTonne, long capacityTonnes) implements MarginalCost {
        @Override
        public long costFenPerTonne(long shortfallTonnes) {
            return shortfallTonnes <= 0 ? 0 : Math.round(slopeFenPerTonne * shortfallTonnes);
        }

        @Override
        public long abatementCapacityTonnes() {
            return capacityTonnes;
        }
    }
}

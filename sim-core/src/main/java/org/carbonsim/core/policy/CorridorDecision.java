package org.carbonsim.core.policy;

import java.util.Objects;

/**
 * What the government does about the day's price under a {@link PriceCorridor}: at or above the
 * ceiling it offers reserve allowances at the ceiling, up to the corridor's daily sale limit and what
 * the reserve holds; at or below the floor it bids at the floor for up to its buy limit; otherwise
 * nothing. A floor of 0 and a ceiling of {@link Long#MAX_VALUE} mean none. Immutable.
 *
 * @param action sell, buy or nothing
 * @param priceFen price of the government's order, fen per tonne (0 when nothing)
 * @param quantityTonnes size of the order, t (0 when nothing)
 */
public record CorridorDecision(Action action, long priceFen, long quantityTonnes) {
    /** What the government does. */
    public enum Action {
        /** Leave the market alone. */
        NONE,
        /** Sell reserve allowances at the ceiling. */
        SELL,
        /** Buy allowances at the floor. */
        BUY
    }

    /** No operation. */
    public static final CorridorDecision NONE = new CorridorDecision(Action.NONE, 0, 0);

    public CorridorDecision {
        Objects.requireNonNull(action, "action");
        if (priceFen < 0 || quantityTonnes < 0) {
            throw new IllegalArgumentException("priceFen and quantityTonnes must be >= 0");
        }
        if ((action == Action.NONE) != (quantityTonnes == 0)) {
            throw new IllegalArgumentException("a sale or purchase needs tonnes; no action needs none");
        }
    }

    /**
     * Decides the day's corridor operation.
     *
     * @param corridor the floor, ceiling and daily sale limit
     * @param referencePriceFen the day's reference price (the previous close or the current price), fen
     * @param reserveTonnes allowances the government holds to sell, t
     * @param buyLimitTonnes most it will buy today, t ({@link Long#MAX_VALUE} for no limit)
     */
    public static CorridorDecision decide(
            PriceCorridor corridor, long referencePriceFen, long reserveTonnes, long buyLimitTonnes) {
        Objects.requireNonNull(corridor, "corridor");
        if (referencePriceFen < 0 || reserveTonnes < 0 || buyLimitTonnes < 0) {
            throw new IllegalArgumentException("price, reserve and buy limit must be >= 0");
        }
        if (corridor.ceilingFen() != Long.MAX_VALUE && referencePriceFen >= corridor.ceilingFen()) {
            long tonnes = Math.min(corridor.dailyReserveSaleTonnes(), reserveTonnes);
            return tonnes == 0 ? NONE : new CorridorDecision(Action.SELL, corridor.ceilingFen(), tonnes);
        }
        if (corridor.floorFen() > 0 && referencePriceFen <= corridor.floorFen()) {
            return buyLimitTonnes == 0 ? NONE : new CorridorDecision(Action.BUY, corridor.floorFen(), buyLimitTonnes);
        }
        return NONE;
    }
}

package org.carbonsim.core.engine;

/**
 * Receives every trade of a {@link MarketSession} after it has been settled, with primitive arguments
 * (for example to stream {@code trades.csv}). Prices in ticks, quantities in tonnes; the government's
 * owner id is {@link MarketSession#GOVERNMENT_OWNER_ID}. A listener must not call back into the
 * session.
 */
@FunctionalInterface
public interface TradeListener {
    /** A listener that ignores every trade. */
    TradeListener NONE = (day, buyOrderId, sellOrderId, buyOwnerId, sellOwnerId, priceTicks, quantityTonnes) -> {};

    void onTrade(
            int day,
            long buyOrderId,
            long sellOrderId,
            int buyOwnerId,
            int sellOwnerId,
            long priceTicks,
            long quantityTonnes);
}

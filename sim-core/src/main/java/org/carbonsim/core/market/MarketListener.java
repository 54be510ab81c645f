package org.carbonsim.core.market;

/**
 * Receives the events of an {@link OrderBook} as they happen, with primitive arguments so that the
 * matching loop allocates nothing. Prices are in ticks, quantities in tonnes. A listener must not call
 * back into the book that is reporting to it.
 */
public interface MarketListener {
    /** A listener that ignores every event. */
    MarketListener NONE = new MarketListener() {
        @Override
        public void onTrade(
                long buyOrderId,
                long sellOrderId,
                int buyOwnerId,
                int sellOwnerId,
                long priceTicks,
                long quantityTonnes) {}
    };

    /** A trade at {@code priceTicks}: the resting order's price in continuous trading, the uniform price in an auction. */
    void onTrade(
            long buyOrderId, long sellOrderId, int buyOwnerId, int sellOwnerId, long priceTicks, long quantityTonnes);

    /**
     * {@code cancelledTonnes} of order {@code orderId} left the book without trading: an explicit
     * cancel, the remainder of a market or IOC order, a remainder stopped by self-trade prevention, or
     * a day order dropped at the end of the day.
     */
    default void onCancel(long orderId, long cancelledTonnes) {}

    /** A command on {@code orderId} was rejected with {@code reason}; the book is unchanged. */
    default void onReject(long orderId, Result reason) {}
}

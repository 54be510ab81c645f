package org.carbonsim.core.market;

/** Receives the fill of each order in a {@link CallAuction} uncross, one event per order that fills. */
@FunctionalInterface
public interface AuctionListener {
    void onFill(long orderId, int ownerId, Side side, long priceTicks, long filledTonnes);
}

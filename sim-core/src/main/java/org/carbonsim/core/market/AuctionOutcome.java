package org.carbonsim.core.market;

/**
 * The result of a call-auction uncross: the uniform clearing price in ticks, the executed volume in
 * tonnes, and the imbalance (demand minus supply at the clearing price, in tonnes; negative when
 * supply exceeds demand). When nothing can trade the price is {@link OrderBook#NO_PRICE} and the
 * volume and imbalance are 0. Immutable.
 */
public record AuctionOutcome(long clearingPriceTicks, long volumeTonnes, long imbalanceTonnes) {
    /** The outcome of an auction in which nothing trades. */
    public static final AuctionOutcome NO_TRADE = new AuctionOutcome(OrderBook.NO_PRICE, 0, 0);

    public AuctionOutcome {
        if (volumeTonnes < 0) {
            throw new IllegalArgumentException("volumeTonnes must be >= 0 t, got " + volumeTonnes);
        }
    }

    /** Whether anything traded. */
    public boolean traded() {
        return volumeTonnes > 0;
    }
}

package org.carbonsim.core.agents;

/**
 * A bid in a primary auction: up to {@code tonnes} at no more than {@code priceTicks}. Immutable.
 *
 * @param priceTicks limit price, ticks
 * @param tonnes quantity, t (0 for no bid)
 */
public record AuctionBid(long priceTicks, long tonnes) {
    /** No bid. */
    public static final AuctionBid NONE = new AuctionBid(0, 0);

    public AuctionBid {
        if (priceTicks < 0 || tonnes < 0) {
            throw new IllegalArgumentException(
                    "need priceTicks >= 0 and tonnes >= 0 t, got " + priceTicks + " and " + tonnes);
        }
    }
}

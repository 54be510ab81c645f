package org.carbonsim.core.agents;

import java.util.SplittableRandom;

/**
 * How one trader decides: called once per round of each trading day (and once in each call phase),
 * it reads the market and its own position and places, amends or cancels orders through the
 * gateway. All randomness comes from the generator passed in, owned by the session. Strategies keep
 * per-trader state and are Not thread-safe.
 */
public interface TradingStrategy {
    /** Acts for the trader whose account is {@code position}. */
    void act(MarketView market, Position position, OrderGateway orders, SplittableRandom random);

    /**
     * The bid this trader places in a primary auction open to investors, when the last close is
     * {@code lastCloseTicks}: tonnes at a limit price in ticks, or {@link AuctionBid#NONE}. Only
     * investors bid this way; covered enterprises bid their shortfall at their marginal cost.
     */
    default AuctionBid auctionBid(long lastCloseTicks, Position position, long tickSizeFen, int feeBasisPoints) {
        return AuctionBid.NONE;
    }
}

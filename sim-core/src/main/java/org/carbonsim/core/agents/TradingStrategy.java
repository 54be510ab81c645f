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
}

package org.carbonsim.core.agents;

import java.util.SplittableRandom;

/**
 * A covered enterprise played by a person (a student in the classroom): the engine places no order
 * for it; its orders come from outside, between the rounds of each trading day. Stateless.
 */
public final class PlayedFirm implements TradingStrategy {
    /** Never: the engine gives a played firm no turn. */
    @Override
    public int restUntilDay(MarketView market) {
        return Integer.MAX_VALUE;
    }

    @Override
    public void act(MarketView market, Position position, OrderGateway orders, SplittableRandom random) {
        // the person decides: nothing to do on the engine's turn
    }
}

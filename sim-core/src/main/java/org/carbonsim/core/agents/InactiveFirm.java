package org.carbonsim.core.agents;

import java.util.SplittableRandom;
import org.carbonsim.core.market.OrderType;
import org.carbonsim.core.market.Side;

/**
 * A covered enterprise that ignores the market until the deadline day, then buys its shortfall (expected
 * need minus holdings) with a limit order at the band's upper edge, which trades against any offer in
 * the band and rests for the remainder; each later round of that day it re-submits what is still
 * missing. It never sells, and it rests until the deadline day; after it, until the next year's.
 * Not thread-safe.
 */
public final class InactiveFirm implements TradingStrategy {
    private long orderId = -1;

    /** The next deadline day ({@link MarketView#daysToDeadline()}): it has nothing to do before it. */
    @Override
    public int restUntilDay(MarketView market) {
        return market.day() + market.daysToDeadline();
    }

    @Override
    public void act(MarketView market, Position position, OrderGateway orders, SplittableRandom random) {
        if (market.daysToDeadline() != 0) {
            return;
        }
        orders.cancelIfLive(orderId);
        long shortfall = position.shortfallTonnes();
        if (shortfall > 0) {
            orders.submit(position.ownerId(), Side.BUY, OrderType.LIMIT, market.upperLimitTicks(), shortfall);
            orderId = orders.lastOrderId();
        }
    }
}

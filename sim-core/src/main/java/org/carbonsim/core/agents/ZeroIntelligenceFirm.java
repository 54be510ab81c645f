package org.carbonsim.core.agents;

import java.util.SplittableRandom;
import org.carbonsim.core.market.OrderType;
import org.carbonsim.core.market.Side;

/**
 * A covered enterprise trading as a zero-intelligence-constrained trader (Gode and Sunder 1993) on
 * its own position: each day it buys when its shortfall is positive and sells when it holds a surplus,
 * whatever it did the day before (a firm long in one year can be short in the next, or after
 * verification), working {@code ceil(|shortfall| / days left to the deadline)} tonnes that day in lots
 * spread over the rounds left. Its reservation value is its marginal abatement cost at its current
 * shortfall: it bids uniformly at random between {@code minPriceFen} and that value and asks between
 * that value and {@code maxPriceFen} (a value outside the range is bid or asked as it is), within the
 * day's band, so it never trades at a loss; it never sells more than it holds. Not thread-safe.
 */
public final class ZeroIntelligenceFirm implements TradingStrategy {
    private final long minPriceFen;
    private final long maxPriceFen;
    private long orderId = -1;
    private int currentDay = -1;
    private long dayStartTraded;
    private long dayQuantityTonnes;

    /**
     * @param minPriceFen lowest price it ever bids, fen per tonne
     * @param maxPriceFen highest price it ever asks, fen per tonne
     */
    public ZeroIntelligenceFirm(long minPriceFen, long maxPriceFen) {
        if (minPriceFen < 1 || maxPriceFen < minPriceFen) {
            throw new IllegalArgumentException(
                    "need 1 <= minPriceFen <= maxPriceFen, got [" + minPriceFen + ", " + maxPriceFen + "] fen/t");
        }
        this.minPriceFen = minPriceFen;
        this.maxPriceFen = maxPriceFen;
    }

    @Override
    public void act(MarketView market, Position position, OrderGateway orders, SplittableRandom random) {
        orders.cancelIfLive(orderId);
        long shortfall = position.shortfallTonnes();
        long traded = Math.addExact(position.boughtTonnes(), position.soldTonnes());
        if (market.day() != currentDay) {
            currentDay = market.day();
            dayStartTraded = traded;
            long daysLeft = Math.max(1, market.daysToDeadline() + 1L);
            dayQuantityTonnes = -Math.floorDiv(-Math.abs(shortfall), daysLeft);
        }
        long leftToday = dayQuantityTonnes - (traded - dayStartTraded);
        long roundsLeft = Math.max(1, market.roundsPerDay() - market.round());
        long lot = Math.max(1, -Math.floorDiv(-leftToday, roundsLeft));
        long quantity = Math.min(Math.min(lot, Math.abs(shortfall)), leftToday);
        Side side = shortfall > 0 ? Side.BUY : Side.SELL;
        if (side == Side.SELL) {
            quantity = Math.min(quantity, position.sellableTonnes());
        }
        if (shortfall == 0 || quantity <= 0) {
            return;
        }
        long value = position.marginalCostFen();
        // a value outside the range is bid or asked as it is
        long price = ZeroIntelligenceTrader.randomPriceTicks(
                market, side, Math.min(minPriceFen, value), value, Math.max(maxPriceFen, value), random);
        if (price == ZeroIntelligenceTrader.NO_PRICE) {
            return;
        }
        orders.submit(position.ownerId(), side, OrderType.LIMIT, price, quantity);
        orderId = orders.lastOrderId();
    }
}

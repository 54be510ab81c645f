package org.carbonsim.core.agents;

import java.util.SplittableRandom;
import org.carbonsim.core.market.OrderType;
import org.carbonsim.core.market.Result;
import org.carbonsim.core.market.Side;
import org.carbonsim.core.scenario.MarketRules;

/**
 * A covered enterprise trading as a zero-intelligence-constrained trader (Gode and Sunder 1993) on
 * its own position: each day it buys when its shortfall is positive and sells when it holds a surplus,
 * whatever it did the day before (a firm long in one year can be short in the next, or after
 * verification), working {@code ceil(|shortfall| / days left to the deadline)} tonnes that day in lots
 * spread over the turns it expects that day after this one and this one (its clock's rate times the
 * share of the day left, at least 1). Below one review a day it looks only on its market days
 * ({@link DeskReviews}) and works there the days' quantities since its last, compounded ({@link
 * #dayQuantityTonnes}). Its reservation value is its marginal abatement cost at its current
 * shortfall: it bids uniformly at random between {@code minPriceFen} and that value and asks between
 * that value and {@code maxPriceFen} (a value outside the range is bid or asked as it is), within the
 * day's band, so it never trades at a loss; it never sells more than it holds. Once it has nothing
 * left to do that day it rests until the next. Not thread-safe.
 */
public final class ZeroIntelligenceFirm implements TradingStrategy {
    private final long minPriceFen;
    private final long maxPriceFen;
    private final double reviewsPerDay;
    /** The wait between its market days, a coin of {@code reviewsPerDay} a day. */
    private final GeometricWait reviews;
    /** Its clock rate, remembered between turns. */
    private final DeskClock clock;

    private long orderId = -1;
    /**
     * The day its latest order was placed on, while that order may still rest ({@link OwnOrder#mayRest}),
     * else -1: every order is a day order, which the close cancels, so only an order of today's can be
     * live.
     */
    private int orderDay = -1;

    private int currentDay = -1;
    private long dayStartTraded;
    private long dayQuantityTonnes;
    /** The day of its next turn when it has nothing left to do today. */
    private int restDay;
    /** Below one review a day: its next market day, drawn at its first turn of a day ({@link DeskReviews}). */
    private int nextMarketDay = -1;

    /**
     * @param minPriceFen lowest price it ever bids, fen per tonne
     * @param maxPriceFen highest price it ever asks, fen per tonne
     * @param reviewsPerDay turns a trading day it expects before the deadline day (every round on it);
     *     below 1, the share of trading days on which it looks, once, at the opening
     */
    public ZeroIntelligenceFirm(long minPriceFen, long maxPriceFen, double reviewsPerDay) {
        if (minPriceFen < 1 || maxPriceFen < minPriceFen || !(reviewsPerDay > 0)) {
            throw new IllegalArgumentException("need 1 <= minPriceFen <= maxPriceFen and reviewsPerDay > 0, got ["
                    + minPriceFen + ", " + maxPriceFen + "] fen/t and " + reviewsPerDay);
        }
        this.minPriceFen = minPriceFen;
        this.maxPriceFen = maxPriceFen;
        this.reviewsPerDay = reviewsPerDay;
        this.reviews = GeometricWait.of(reviewsPerDay);
        this.clock = new DeskClock(reviewsPerDay);
    }

    /** A firm with a turn every round. */
    public ZeroIntelligenceFirm(long minPriceFen, long maxPriceFen) {
        this(minPriceFen, maxPriceFen, MarketRules.MAX_ROUNDS_PER_DAY);
    }

    /**
     * Its next market day below one review a day; else tomorrow once it has nothing left to do today,
     * and otherwise its clock decides.
     */
    @Override
    public int restUntilDay(MarketView market) {
        return Math.max(market.day(), Math.max(restDay, nextMarketDay));
    }

    /** The desk's clock over the day's later rounds ({@link DeskReviews}); every round on the deadline day. */
    @Override
    public double turnsPerDay(MarketView market) {
        return clock.turnsPerDay(market);
    }

    /** Yes: its order is a day order, entered again at each opening. */
    @Override
    public boolean entersEachDay() {
        return true;
    }

    /** Yes: its desk's clock has one rate on a deadline day and another on every other day. */
    @Override
    public boolean clockChangesOnlyOnDeadlineDays() {
        return true;
    }

    /**
     * Tonnes it works on a day with {@code daysLeft} days to the deadline (today included), {@code days}
     * days after its last market day: what working {@code 1 / (days left)} of what was left on each of
     * those days would have come to, {@code 1 − Π (1 − 1/m)} over {@code m = daysLeft … daysLeft + days
     * − 1}, which is {@code days / (daysLeft + days − 1)} of {@code tonnes}, rounded up ({@code
     * ceil(tonnes / daysLeft)} when it looked yesterday).
     */
    static long dayQuantityTonnes(long tonnes, long days, long daysLeft) {
        return -Math.floorDiv(-Math.multiplyExact(tonnes, days), daysLeft + days - 1);
    }

    @Override
    public void act(MarketView market, Position position, OrderGateway orders, SplittableRandom random) {
        if (orderDay == market.day()) {
            orders.cancelIfLive(orderId);
            orderDay = -1;
        }
        long shortfall = position.shortfallTonnes();
        long traded = Math.addExact(position.boughtTonnes(), position.soldTonnes());
        if (market.day() != currentDay) {
            long daysLeft = Math.max(1, market.daysToDeadline() + 1L);
            long days = 1;
            if (DeskReviews.skipsDays(reviewsPerDay)) {
                days = currentDay < 0 ? 1 : (long) market.day() - currentDay;
                nextMarketDay = DeskReviews.nextMarketDay(reviews, market, Long.MAX_VALUE, random);
            }
            currentDay = market.day();
            dayStartTraded = traded;
            dayQuantityTonnes = dayQuantityTonnes(Math.abs(shortfall), days, daysLeft);
        }
        long leftToday = dayQuantityTonnes - (traded - dayStartTraded);
        long turnsLeft = DeskReviews.expectedTurnsLeft(reviewsPerDay, market);
        long lot = Math.max(1, -Math.floorDiv(-leftToday, turnsLeft));
        long quantity = Math.min(Math.min(lot, Math.abs(shortfall)), leftToday);
        Side side = shortfall > 0 ? Side.BUY : Side.SELL;
        if (side == Side.SELL) {
            quantity = Math.min(quantity, position.sellableTonnes());
        }
        if (shortfall == 0 || quantity <= 0) {
            restDay = market.day() + 1;
            return;
        }
        long value = position.marginalCostFen();
        // a value outside the range is bid or asked as it is
        long price = ZeroIntelligenceTrader.randomPriceTicks(
                market, side, Math.min(minPriceFen, value), value, Math.max(maxPriceFen, value), random);
        if (price == ZeroIntelligenceTrader.NO_PRICE) {
            restDay = market.day() + 1;
            return;
        }
        Result result = orders.submit(position.ownerId(), side, OrderType.LIMIT, price, quantity);
        orderId = orders.lastOrderId();
        orderDay = OwnOrder.mayRest(result) ? market.day() : -1;
    }
}

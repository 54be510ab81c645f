package org.carbonsim.core.agents;

import java.util.Objects;
import java.util.SplittableRandom;
import org.carbonsim.core.market.OrderType;
import org.carbonsim.core.market.Side;

/**
 * A zero-intelligence-constrained trader (Gode and Sunder 1993). Its reservation value is the
 * position's {@link Position#reservationValueFen()}: a buyer bids uniformly at random in {@code
 * [minPrice, value]} and a seller asks uniformly in {@code [cost, maxPrice]}, both within the day's
 * band, so it never trades at a loss. It offers one lot at a time, replacing its order each round,
 * until it has traded {@code unitsPerDay} tonnes that day (or the band leaves no price within its
 * limits), then rests until the next day. Not thread-safe.
 */
public final class ZeroIntelligenceTrader implements TradingStrategy {
    private final Side side;
    private final long unitsPerDay;
    private final long lotTonnes;
    private final long minPriceFen;
    private final long maxPriceFen;
    private long orderId = -1;
    private int currentDay = -1;
    private long dayStartTraded;
    /** The day of its next turn when it has nothing left to do today. */
    private int restDay;

    /**
     * @param side whether it buys or sells
     * @param unitsPerDay tonnes it wants to trade each day
     * @param lotTonnes tonnes per order
     * @param minPriceFen lowest price it ever bids, fen per tonne
     * @param maxPriceFen highest price it ever asks, fen per tonne
     */
    public ZeroIntelligenceTrader(Side side, long unitsPerDay, long lotTonnes, long minPriceFen, long maxPriceFen) {
        this.side = Objects.requireNonNull(side, "side");
        if (unitsPerDay < 1 || lotTonnes < 1 || minPriceFen < 1 || maxPriceFen < minPriceFen) {
            throw new IllegalArgumentException("need unitsPerDay >= 1 t, lotTonnes >= 1 t and 1 <= minPriceFen <= "
                    + "maxPriceFen, got " + unitsPerDay + " t, " + lotTonnes + " t, [" + minPriceFen + ", "
                    + maxPriceFen + "] fen/t");
        }
        this.unitsPerDay = unitsPerDay;
        this.lotTonnes = lotTonnes;
        this.minPriceFen = minPriceFen;
        this.maxPriceFen = maxPriceFen;
    }

    /** A buyer or seller with the range of a configured group. */
    public static ZeroIntelligenceTrader of(Side side, TraderGroup.ZeroIntelligence group) {
        return new ZeroIntelligenceTrader(side, group.unitsPerTrader(), 1, group.minValueFen(), group.maxValueFen());
    }

    public Side side() {
        return side;
    }

    /** Tomorrow once it has nothing left to do today; else its clock decides. */
    @Override
    public int restUntilDay(MarketView market) {
        return Math.max(market.day(), restDay);
    }

    @Override
    public void act(MarketView market, Position position, OrderGateway orders, SplittableRandom random) {
        orders.cancelIfLive(orderId);
        long traded = side == Side.BUY ? position.boughtTonnes() : position.soldTonnes();
        if (market.day() != currentDay) {
            currentDay = market.day();
            dayStartTraded = traded;
        }
        long quantity = Math.min(lotTonnes, unitsPerDay - (traded - dayStartTraded));
        if (side == Side.SELL) {
            quantity = Math.min(quantity, position.allowancesTonnes());
        }
        long price = quantity <= 0
                ? NO_PRICE
                : randomPriceTicks(market, side, minPriceFen, position.reservationValueFen(), maxPriceFen, random);
        if (price == NO_PRICE) {
            restDay = market.day() + 1;
            return;
        }
        orders.submit(position.ownerId(), side, OrderType.LIMIT, price, quantity);
        orderId = orders.lastOrderId();
    }

    /** What {@link #randomPriceTicks} returns when the band leaves no price within the trader's limits. */
    static final long NO_PRICE = -1;

    /**
     * A zero-intelligence-constrained price, ticks, uniform within the day's band: a buyer between
     * {@code minPriceFen} and its {@code valueFen}, a seller between its {@code valueFen} and {@code
     * maxPriceFen}; {@link #NO_PRICE} (and no random draw) when that range is empty.
     */
    static long randomPriceTicks(
            MarketView market, Side side, long minPriceFen, long valueFen, long maxPriceFen, SplittableRandom random) {
        long tick = market.tickSizeFen();
        long lo;
        long hi;
        if (side == Side.BUY) {
            lo = Math.max(market.lowerLimitTicks(), ticksUp(minPriceFen, tick));
            hi = Math.min(market.upperLimitTicks(), ticksDown(valueFen, tick));
        } else {
            lo = Math.max(market.lowerLimitTicks(), ticksUp(valueFen, tick));
            hi = Math.min(market.upperLimitTicks(), ticksDown(maxPriceFen, tick));
        }
        return lo > hi ? NO_PRICE : lo + random.nextLong(hi - lo + 1);
    }

    /**
     * {@code fen / tick}: the fen themselves at a tick of one fen (0.01 yuan, the tick of every bundled
     * scenario that sets one), where the division would give them back at the cost of a long division.
     */
    private static long ticksDown(long fen, long tick) {
        return tick == 1 ? fen : fen / tick;
    }

    /** {@code fen} over {@code tick} rounded up, without a division at a tick of one fen, as {@link #ticksDown}. */
    private static long ticksUp(long fen, long tick) {
        return tick == 1 ? fen : -Math.floorDiv(-fen, tick);
    }
}

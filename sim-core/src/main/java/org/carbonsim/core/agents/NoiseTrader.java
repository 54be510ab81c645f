package org.carbonsim.core.agents;

import java.util.SplittableRandom;
import org.carbonsim.core.market.OrderType;
import org.carbonsim.core.market.Side;

/**
 * An individual investor placing a small random order on some days: with probability {@code
 * dailyProbability}, in its first round, a buy or a sell with even odds, of 1 to {@code maxOrderTonnes}
 * t, at the last price times {@code 1 + u} with {@code u} uniform in {@code [-priceSpread,
 * priceSpread]}, inside the band. It sells only what it holds and buys only what its cash covers with
 * the fee. Its trading days come as they would from a coin tossed each day: after each it rests for a
 * geometric number of days, drawn once, until the next. Not thread-safe.
 */
public final class NoiseTrader implements TradingStrategy {
    /** The wait between its trading days, a coin of {@code dailyProbability} a day. */
    private final GeometricWait tradingDays;

    private final long maxOrderTonnes;
    private final double priceSpread;
    /** The next day it trades; -1 before its first turn. */
    private int tradingDay = -1;

    /**
     * @param dailyProbability chance of trading on a day, in [0, 1]
     * @param maxOrderTonnes largest order, t
     * @param priceSpread relative spread of its prices around the last price, in [0, 1)
     */
    public NoiseTrader(double dailyProbability, long maxOrderTonnes, double priceSpread) {
        if (!(dailyProbability >= 0 && dailyProbability <= 1)
                || maxOrderTonnes < 1
                || !(priceSpread >= 0 && priceSpread < 1)) {
            throw new IllegalArgumentException("need dailyProbability in [0, 1], maxOrderTonnes >= 1 t and priceSpread"
                    + " in [0, 1), got " + dailyProbability + ", " + maxOrderTonnes + " t, " + priceSpread);
        }
        this.tradingDays = GeometricWait.of(dailyProbability);
        this.maxOrderTonnes = maxOrderTonnes;
        this.priceSpread = priceSpread;
    }

    /** A noise trader of a configured group. */
    public static NoiseTrader of(TraderGroup.NoiseTraders group) {
        return new NoiseTrader(group.dailyProbability(), group.maxOrderTonnes(), group.priceSpread());
    }

    /** Its next trading day. */
    @Override
    public int restUntilDay(MarketView market) {
        return Math.max(market.day(), tradingDay);
    }

    @Override
    public void act(MarketView market, Position position, OrderGateway orders, SplittableRandom random) {
        if (market.inCallPhase()) {
            return;
        }
        if (tradingDay < 0) {
            tradingDay = market.day() + daysWithoutTrade(random);
        }
        if (market.day() < tradingDay) {
            return;
        }
        tradingDay = market.day() + 1 + daysWithoutTrade(random);
        boolean buy = random.nextBoolean();
        long quantity = 1 + random.nextLong(maxOrderTonnes);
        double offset = priceSpread == 0 ? 0 : random.nextDouble(-priceSpread, priceSpread);
        long price = market.clampTicks(TradeMath.scale(market.lastPriceTicks(), offset));
        if (buy) {
            quantity = Math.min(
                    quantity,
                    TradeMath.affordableTonnes(
                            position.cashFen(), price, market.tickSizeFen(), market.feeBasisPoints()));
        } else {
            quantity = Math.min(quantity, position.allowancesTonnes());
        }
        if (quantity > 0) {
            orders.submit(position.ownerId(), buy ? Side.BUY : Side.SELL, OrderType.LIMIT, price, quantity);
        }
    }

    /** Days before its next trading day: a coin that comes up with {@code dailyProbability} each day. */
    private int daysWithoutTrade(SplittableRandom random) {
        return (int) tradingDays.failures(random, NEVER_DAYS);
    }

    /** A wait no run reaches, days. */
    private static final int NEVER_DAYS = 1 << 28;
}

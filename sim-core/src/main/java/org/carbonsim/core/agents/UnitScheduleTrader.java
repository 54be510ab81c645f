package org.carbonsim.core.agents;

import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.carbonsim.core.market.OrderType;
import org.carbonsim.core.market.Side;

/**
 * A Gode and Sunder (1993) trader with a schedule of units: a buyer's redemption value for each tonne
 * it may buy, in the order it buys them (non-increasing), or a seller's cost for each tonne it may
 * sell (non-decreasing). Each round it replaces its one-tonne order for its next unit. Budget
 * constrained (ZI-C), a buyer bids uniformly in {@code [minPrice, value of its next unit]} and a seller
 * asks uniformly in {@code [cost of its next unit, maxPrice]}, so it never trades at a loss;
 * unconstrained (ZI-U), both draw uniformly in {@code [minPrice, maxPrice]} whatever the unit is worth.
 * Prices stay within the day's band. It stops when its schedule is used up. Not thread-safe.
 */
public final class UnitScheduleTrader implements TradingStrategy {
    private final Side side;
    private final long[] unitsFen;
    private final long minPriceFen;
    private final long maxPriceFen;
    private final boolean budgetConstrained;
    private long orderId = -1;
    /** Whether its schedule is traded: it needs no more turns. */
    private boolean done;

    /**
     * @param side whether it buys or sells
     * @param unitsFen value (buyer) or cost (seller) of each tonne in trading order, fen per tonne
     * @param minPriceFen lowest price it ever bids or asks, fen per tonne
     * @param maxPriceFen highest price it ever bids or asks, fen per tonne
     * @param budgetConstrained whether it never trades a unit at a loss (ZI-C) or ignores its values (ZI-U)
     */
    public UnitScheduleTrader(
            Side side, long[] unitsFen, long minPriceFen, long maxPriceFen, boolean budgetConstrained) {
        this.side = Objects.requireNonNull(side, "side");
        this.unitsFen = unitsFen.clone();
        if (this.unitsFen.length == 0 || minPriceFen < 1 || maxPriceFen < minPriceFen) {
            throw new IllegalArgumentException("need at least one unit and 1 <= minPriceFen <= maxPriceFen, got "
                    + this.unitsFen.length + " units and [" + minPriceFen + ", " + maxPriceFen + "] fen/t");
        }
        for (int i = 0; i < this.unitsFen.length; i++) {
            if (this.unitsFen[i] < 0) {
                throw new IllegalArgumentException("unit " + i + " is worth " + this.unitsFen[i] + " fen/t, below 0");
            }
        }
        this.minPriceFen = minPriceFen;
        this.maxPriceFen = maxPriceFen;
        this.budgetConstrained = budgetConstrained;
    }

    /** A buyer or seller with the schedule {@code unitsFen} and the price range of {@code group}. */
    public static UnitScheduleTrader of(Side side, List<Long> unitsFen, TraderGroup.UnitSchedules group) {
        return new UnitScheduleTrader(
                side,
                unitsFen.stream().mapToLong(Long::longValue).toArray(),
                group.minPriceFen(),
                group.maxPriceFen(),
                group.budgetConstrained());
    }

    public Side side() {
        return side;
    }

    /** The schedule: value or cost of each tonne in trading order, fen per tonne (a copy). */
    public long[] unitsFen() {
        return unitsFen.clone();
    }

    /**
     * What the units this trader has traded were worth to it, fen: for a buyer the sum of the values of
     * the units bought, for a seller minus the sum of the costs of the units sold. Summed over the
     * buyers and sellers of a market, it is the surplus the trades realised (prices cancel out).
     */
    public long realisedFen(Position position) {
        long traded = side == Side.BUY ? position.boughtTonnes() : position.soldTonnes();
        long sum = 0;
        for (int i = 0; i < Math.min(traded, unitsFen.length); i++) {
            sum = Math.addExact(sum, unitsFen[i]);
        }
        return side == Side.BUY ? sum : -sum;
    }

    /** Never again once its schedule is traded (or a seller has nothing left to sell). */
    @Override
    public int restUntilDay(MarketView market) {
        return done ? Integer.MAX_VALUE : market.day();
    }

    @Override
    public void act(MarketView market, Position position, OrderGateway orders, SplittableRandom random) {
        orders.cancelIfLive(orderId);
        long traded = side == Side.BUY ? position.boughtTonnes() : position.soldTonnes();
        if (traded >= unitsFen.length || (side == Side.SELL && position.allowancesTonnes() < 1)) {
            done = true;
            return;
        }
        long tick = market.tickSizeFen();
        long unitFen = unitsFen[(int) traded];
        long loFen = minPriceFen;
        long hiFen = maxPriceFen;
        if (budgetConstrained && side == Side.BUY) {
            hiFen = Math.min(hiFen, unitFen);
        } else if (budgetConstrained) {
            loFen = Math.max(loFen, unitFen);
        }
        long lo = Math.max(market.lowerLimitTicks(), -Math.floorDiv(-loFen, tick));
        long hi = Math.min(market.upperLimitTicks(), hiFen / tick);
        if (lo > hi) {
            return;
        }
        long price = lo + random.nextLong(hi - lo + 1);
        orders.submit(position.ownerId(), side, OrderType.LIMIT, price, 1);
        orderId = orders.lastOrderId();
    }
}

package org.carbonsim.core.agents;

import java.util.ArrayList;
import java.util.List;
import org.carbonsim.core.market.OrderType;
import org.carbonsim.core.market.Result;
import org.carbonsim.core.market.Side;

/** A market view with settable closes and a gateway that records orders without matching them. */
final class FakeMarket implements MarketView, OrderGateway {
    /** One submitted order as a value. */
    record Order(long id, int ownerId, Side side, OrderType type, long priceTicks, long quantityTonnes) {}

    final List<Order> orders = new ArrayList<>();
    long[] closesOldestFirst = {1_000};
    /** Each day's volume, t, index for index with {@link #closesOldestFirst}; empty for none. */
    long[] volumesOldestFirst = {};

    int day;
    int tradingDays = 242;
    /** The deadline's day of the year; below 0 for the year's last trading day. */
    int deadlineDay = -1;

    int roundsPerDay = 1;
    int round;
    /** What {@link #tickSizeFen()} returns. */
    long tickFen = 1;

    long lowerTicks = 900;
    long upperTicks = 1_100;
    /** The others' best quotes; {@link #NO_PRICE} for an empty side. */
    long bestBid = NO_PRICE;

    long bestAsk = NO_PRICE;
    /** What {@link #auctionCoverShare()} returns. */
    double auctionCoverShare;
    /** What {@link #feeBasisPoints()} returns. */
    int feeBasisPoints;

    private long nextId = 1;

    /** A market of 40 trading days a year whose deadline is day 10, with the other defaults. */
    static FakeMarket withEarlyDeadline() {
        FakeMarket market = new FakeMarket();
        market.tradingDays = 40;
        market.deadlineDay = 10;
        return market;
    }

    @Override
    public int day() {
        return day;
    }

    @Override
    public int dayOfYear() {
        return day % tradingDays;
    }

    @Override
    public int tradingDays() {
        return tradingDays;
    }

    @Override
    public int deadlineDayOfYear() {
        return deadlineDay < 0 ? tradingDays - 1 : deadlineDay;
    }

    @Override
    public double auctionCoverShare() {
        return auctionCoverShare;
    }

    @Override
    public int round() {
        return round;
    }

    @Override
    public int roundsPerDay() {
        return roundsPerDay;
    }

    @Override
    public boolean inCallPhase() {
        return false;
    }

    @Override
    public long tickSizeFen() {
        return tickFen;
    }

    @Override
    public int feeBasisPoints() {
        return feeBasisPoints;
    }

    @Override
    public long referencePriceTicks() {
        return closeTicks(0);
    }

    @Override
    public long lastPriceTicks() {
        return closeTicks(0);
    }

    @Override
    public long bestBidTicks() {
        return bestBid;
    }

    @Override
    public long bestAskTicks() {
        return bestAsk;
    }

    @Override
    public long bestBidTicksWithout(long priceTicks, long tonnes) {
        return bestBidTicks();
    }

    @Override
    public long bestAskTicksWithout(long priceTicks, long tonnes) {
        return bestAskTicks();
    }

    @Override
    public long lowerLimitTicks() {
        return lowerTicks;
    }

    @Override
    public long upperLimitTicks() {
        return upperTicks;
    }

    @Override
    public int closeCount() {
        return closesOldestFirst.length;
    }

    @Override
    public long closeTicks(int daysAgo) {
        return closesOldestFirst[closesOldestFirst.length - 1 - daysAgo];
    }

    @Override
    public long volumeTonnes(int daysAgo) {
        return volumesOldestFirst.length == 0 ? 0 : volumesOldestFirst[volumesOldestFirst.length - 1 - daysAgo];
    }

    @Override
    public Result submit(int ownerId, Side side, OrderType type, long priceTicks, long quantityTonnes) {
        orders.add(new Order(nextId++, ownerId, side, type, priceTicks, quantityTonnes));
        return Result.RESTING;
    }

    @Override
    public long lastOrderId() {
        return nextId - 1;
    }

    @Override
    public Result cancel(long orderId) {
        return Result.UNKNOWN_ORDER;
    }

    @Override
    public Result amend(long orderId, long newPriceTicks, long newQuantityTonnes) {
        return Result.UNKNOWN_ORDER;
    }

    @Override
    public long remainingTonnes(long orderId) {
        return 0;
    }
}

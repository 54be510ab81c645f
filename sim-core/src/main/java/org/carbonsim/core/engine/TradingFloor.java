package org.carbonsim.core.engine;

import org.carbonsim.core.market.OrderType;
import org.carbonsim.core.market.RestingOrderVisitor;
import org.carbonsim.core.market.Result;
import org.carbonsim.core.market.Side;

/**
 * What {@link ExternalTraders} see and do between two rounds of a trading day: the day, the book and
 * the played enterprises' positions, and order entry into the same book the agents trade on. Prices
 * in ticks of {@link #tickFen} fen, quantities in tonnes. Valid only during the {@link
 * ExternalTraders#beforeRound} call it is handed to. Not thread-safe.
 */
public interface TradingFloor {
    /** The compliance year. */
    int year();

    /** The 0-based trading day of the year. */
    int day();

    /** The 0-based round of continuous trading about to run. */
    int round();

    int tradingDays();

    int roundsPerDay();

    /** The compliance deadline's day of the year. */
    int deadlineDay();

    /** The verification's day of the year. */
    int verificationDay();

    long tickFen();

    /** The previous close, ticks. */
    long lastCloseTicks();

    /** The lowest price the book accepts today, ticks. */
    long lowerLimitTicks();

    /** The highest price the book accepts today, ticks. */
    long upperLimitTicks();

    /** The best bid, ticks, or 0 when none. */
    long bestBidTicks();

    /** The best offer, ticks, or 0 when none. */
    long bestAskTicks();

    /** Visits the orders resting on {@code side}, best price first, with their owner ids. */
    void forEachRestingOrder(Side side, RestingOrderVisitor visitor);

    /** The owner id under which {@code enterpriseId}'s orders rest, or -1 before it first trades. */
    int ownerId(String enterpriseId);

    /** The position of a covered {@code enterpriseId} now. */
    FirmState firm(String enterpriseId);

    /**
     * Places an order for the played {@code enterpriseId}; the id it got is {@link #lastOrderId}. The
     * caller checks the enterprise holds what it sells: the registry settles only what is held.
     */
    Result submit(String enterpriseId, Side side, OrderType type, long priceTicks, long quantityTonnes);

    /** The id of the order of the latest {@link #submit}. */
    long lastOrderId();

    /** Cancels {@code orderId} when it rests for {@code enterpriseId}; UNKNOWN_ORDER otherwise. */
    Result cancel(String enterpriseId, long orderId);
}

package org.carbonsim.core.market;

/**
 * How an incoming order treats what it cannot fill at once. A {@code LIMIT} order rests until it is
 * filled, cancelled or the day ends; a {@code MARKET} order has no price, trades what it can inside
 * the daily price band and cancels the rest; an {@code IOC} limit order trades what it can at its
 * price or better and cancels the rest; a {@code FOK} limit order trades in full at its price or
 * better or is rejected without trading.
 */
public enum OrderType {
    LIMIT,
    MARKET,
    IOC,
    FOK
}

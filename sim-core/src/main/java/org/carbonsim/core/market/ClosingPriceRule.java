package org.carbonsim.core.market;

/**
 * How the day's closing price is set. Every rule falls back to the reference price (the previous
 * close) when nothing traded. VWAPs are rounded to the nearest tick, halves up.
 */
public enum ClosingPriceRule {
    /** The price of the day's last trade. */
    LAST_TRADE,
    /** The volume-weighted average price of the day's last N trades (N from {@link BookConfig#closingVwapTrades}). */
    VWAP_LAST_TRADES,
    /** The volume-weighted average price of all the day's trades: Hubei's rule since October 2023. */
    VWAP_DAY
}

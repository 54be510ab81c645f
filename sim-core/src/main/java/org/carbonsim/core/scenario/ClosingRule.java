package org.carbonsim.core.scenario;

/** How the exchange sets the day's closing price, which is the next day's reference price. */
public enum ClosingRule {
    /** Price of the day's last trade. */
    LAST_TRADE,
    /** Volume-weighted average of the day's last N trades. */
    VWAP_LAST_TRADES,
    /** Volume-weighted average of the whole day (Hubei since October 2023). */
    VWAP_DAY
}

package org.carbonsim.core.scenario;

/**
 * How the exchange closes a day on which nothing traded. Hubei and the other pilots keep the previous
 * close; futures exchanges settle such a day at the standing quotes, which lets the price band follow
 * one-sided pressure in a thin market (a class of a few firms, say) instead of freezing where it began.
 */
public enum NoTradeClose {
    /** The previous close: the pilots' rule. */
    PREVIOUS_CLOSE,
    /**
     * The previous close moved down to the best offer when that is lower, or up to the best bid when
     * that is higher; otherwise unchanged.
     */
    BEST_QUOTE
}

package org.carbonsim.core.agents;

/** The signal an institutional speculator trades on. */
public enum SpeculatorStyle {
    /** Buys after rises and sells after falls over its lookback. */
    TREND,
    /** Sells above its lookback average and buys below it. */
    MEAN_REVERSION
}

package org.carbonsim.core.agents;

/** How a covered enterprise trades. */
public enum StrategyKind {
    /** Compares its marginal abatement cost with the price and trades part of its gap each day. */
    COMPLIANCE,
    /** Does nothing until the deadline, then buys its shortfall. */
    INACTIVE,
    /** Zero-intelligence-constrained (Gode and Sunder 1993): random prices within its reservation value. */
    ZERO_INTELLIGENCE
}

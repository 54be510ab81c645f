package org.carbonsim.core.finance;

/**
 * A year of the forward market: tonnes and value traded, tonnes delivered through the registry,
 * margin calls made and left unmet, members in default for margin, deliveries failed, and the
 * default penalties paid (fen). Immutable.
 */
public record ForwardYear(
        long volumeTonnes,
        long turnoverFen,
        long deliveredTonnes,
        int marginCalls,
        int unmetMarginCalls,
        int marginDefaults,
        int deliveryDefaults,
        long penaltiesFen) {
    /** No forward market. */
    public static final ForwardYear NONE = new ForwardYear(0, 0, 0, 0, 0, 0, 0, 0);
}

package org.carbonsim.core.policy;

/**
 * Hubei-style intervention: when the close has hit the daily limit {@code limitHits} times in the
 * last {@code windowDays} trading days (Hubei: 6 in 20), the government sells {@code quantityTonnes}
 * from its reserve after upper-limit hits, or buys that many back after lower-limit hits. Immutable.
 *
 * @param limitHits hits that trigger an intervention
 * @param windowDays trading days looked back
 * @param quantityTonnes allowances sold or bought per intervention, t
 * @param sells whether it sells after upper-limit hits
 * @param buys whether it buys after lower-limit hits
 * @param bankable whether allowances sold in an intervention may be banked
 */
public record InterventionRule(
        int limitHits, int windowDays, long quantityTonnes, boolean sells, boolean buys, boolean bankable) {
    public InterventionRule {
        if (limitHits < 1 || windowDays < limitHits) {
            throw new IllegalArgumentException("need 1 <= limitHits <= windowDays");
        }
        if (quantityTonnes <= 0) {
            throw new IllegalArgumentException("quantityTonnes must be > 0");
        }
    }
}

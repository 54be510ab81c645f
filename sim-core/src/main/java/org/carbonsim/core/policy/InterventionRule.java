package org.carbonsim.core.policy;

/**
 * Hubei-style intervention: when the close has hit the daily limit {@code limitHits} times in the
 * last {@code windowDays} trading days (Hubei: 6 in 20), the government sells {@code quantityTonnes}
 * from its reserve after upper-limit hits, or buys that many back after lower-limit hits. Immutable.
 *
 * <p>Hubei's rule also lets the government act on a severe imbalance of supply and demand. With
 * {@code verifiedShortfallSale} it does so at verification, the day the imbalance becomes known: when
 * the covered enterprises' verified positions, with the offset credits they may use, are short as a
 * whole, it offers that shortfall from the reserve at the last close. After verification abatement is
 * done, so nothing else can meet that demand, and without the sale the price would climb limit-up
 * until the limit-hit rule fired. A surplus needs no such sale: it can be banked, or is worth nothing.
 *
 * @param limitHits hits that trigger an intervention
 * @param windowDays trading days looked back
 * @param quantityTonnes allowances sold or bought per intervention, t
 * @param sells whether it sells after upper-limit hits
 * @param buys whether it buys after lower-limit hits
 * @param bankable whether allowances sold in an intervention may be banked
 * @param verifiedShortfallSale whether the reserve sells the covered enterprises' aggregate verified
 *     shortfall at verification
 * @param fromYear the first year the rule is in force (Hubei's dates from November 2015), or {@link
 *     #FROM_THE_START}: before it the government neither counts limit hits nor sells at verification
 */
public record InterventionRule(
        int limitHits,
        int windowDays,
        long quantityTonnes,
        boolean sells,
        boolean buys,
        boolean bankable,
        boolean verifiedShortfallSale,
        int fromYear) {
    /** What {@code fromYear} is for a rule in force from the run's first year. */
    public static final int FROM_THE_START = Integer.MIN_VALUE;

    public InterventionRule {
        if (limitHits < 1 || windowDays < limitHits) {
            throw new IllegalArgumentException("need 1 <= limitHits <= windowDays");
        }
        if (quantityTonnes <= 0) {
            throw new IllegalArgumentException("quantityTonnes must be > 0");
        }
    }

    /** The limit-hit rule alone, with no sale at verification, in force from the start. */
    public InterventionRule(
            int limitHits, int windowDays, long quantityTonnes, boolean sells, boolean buys, boolean bankable) {
        this(limitHits, windowDays, quantityTonnes, sells, buys, bankable, false, FROM_THE_START);
    }

    /** Whether the rule is in force in {@code year}. */
    public boolean inForceIn(int year) {
        return year >= fromYear;
    }
}

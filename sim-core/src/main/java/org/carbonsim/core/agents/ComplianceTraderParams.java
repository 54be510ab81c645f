package org.carbonsim.core.agents;

/**
 * Behaviour of compliance traders. Immutable.
 *
 * @param dailyGapShare share of the remaining gap between holdings and expected need traded on an
 *     ordinary day, before urgency
 * @param procrastination 0 trades evenly through the year; towards 1 leaves most trading to the last
 *     weeks before the deadline (the rush seen in Chinese pilots)
 * @param expectationWeight weight of the latest close in adaptive price expectations (1 = naive)
 * @param priceAggression how far past the last price a trader bids or asks, as a share of it
 * @param bankValueShare where banking is allowed, the share of last year's average price (the
 *     initial price in the first year) at which an enterprise values a banked allowance: it neither
 *     sells below that nor abates less than where its marginal cost reaches it, and buys to bank
 *     below it (0 = a surplus is worth only its abatement cost, the default)
 */
public record ComplianceTraderParams(
        double dailyGapShare,
        double procrastination,
        double expectationWeight,
        double priceAggression,
        double bankValueShare) {
    /** Behaviour without a bank value. */
    public ComplianceTraderParams(
            double dailyGapShare, double procrastination, double expectationWeight, double priceAggression) {
        this(dailyGapShare, procrastination, expectationWeight, priceAggression, 0);
    }

    public ComplianceTraderParams {
        if (!(bankValueShare >= 0 && bankValueShare <= 1)) {
            throw new IllegalArgumentException("bankValueShare must be in [0, 1], got " + bankValueShare);
        }
        if (!(dailyGapShare > 0 && dailyGapShare <= 1)) {
            throw new IllegalArgumentException("dailyGapShare must be in (0, 1], got " + dailyGapShare);
        }
        if (!(procrastination >= 0 && procrastination < 1)) {
            throw new IllegalArgumentException("procrastination must be in [0, 1), got " + procrastination);
        }
        if (!(expectationWeight > 0 && expectationWeight <= 1)) {
            throw new IllegalArgumentException("expectationWeight must be in (0, 1], got " + expectationWeight);
        }
        if (!(priceAggression >= 0 && priceAggression <= 1)) {
            throw new IllegalArgumentException("priceAggression must be in [0, 1], got " + priceAggression);
        }
    }
}

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
 */
public record ComplianceTraderParams(
        double dailyGapShare, double procrastination, double expectationWeight, double priceAggression) {
    public ComplianceTraderParams {
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

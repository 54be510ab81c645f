package org.carbonsim.core.agents;

/**
 * When an enterprise's desk looks at the market, {@code reviewsPerDay} times a trading day on
 * average: once in the day's first round, because the last close cancelled its day order and it
 * enters it again ({@link TradingStrategy#entersEachDay}), and the other {@code reviewsPerDay − 1}
 * times on a Poisson clock over the day's later rounds; every round on the deadline day. At {@code
 * reviewsPerDay} of the rounds a day or more (the default) it looks every round. Shared by the
 * compliance traders and the zero-intelligence firms.
 */
final class DeskReviews {
    private DeskReviews() {}

    /**
     * The clock's rate for {@link TradingStrategy#turnsPerDay}: {@code (reviewsPerDay − 1) ×
     * roundsPerDay / (roundsPerDay − 1)}, so that it rings in each later round with probability
     * {@code (reviewsPerDay − 1) / (roundsPerDay − 1)}; every round on the deadline day or in a
     * one-round day.
     */
    static double clockTurnsPerDay(double reviewsPerDay, MarketView market) {
        int rounds = market.roundsPerDay();
        if (market.daysToDeadline() == 0 || rounds == 1) {
            return rounds;
        }
        return (reviewsPerDay - 1) * rounds / (rounds - 1);
    }

    /** This turn and the turns the desk expects in the rest of today, at least 1. */
    static long expectedTurnsLeft(double reviewsPerDay, MarketView market) {
        int rounds = market.roundsPerDay();
        long roundsLeft = Math.max(1, rounds - market.round());
        if (reviewsPerDay >= rounds) {
            // a desk that looks every round: what the arithmetic below gives, without it
            return roundsLeft;
        }
        double perRound = Math.min(1, clockTurnsPerDay(reviewsPerDay, market) / market.roundsPerDay());
        return Math.max(1, Math.round(1 + (roundsLeft - 1) * perRound));
    }
}

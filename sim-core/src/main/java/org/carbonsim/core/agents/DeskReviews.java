package org.carbonsim.core.agents;

import java.util.SplittableRandom;

/**
 * When an enterprise's desk looks at the market, {@code reviewsPerDay} times a trading day on
 * average. At one a day or more, every trading day: once in the day's first round, because the last
 * close cancelled its day order and it enters it again ({@link TradingStrategy#entersEachDay}), and
 * the other {@code reviewsPerDay − 1} times on a Poisson clock over the day's later rounds; at the
 * rounds of a day or more (the default) every round. Below one a day, on its <em>market days</em>
 * only, once each, at the opening: each trading day after a market day is the next with probability
 * {@code reviewsPerDay}, independently (a Bernoulli clock in whole days, so the wait is geometric),
 * and the deadline day always is. On the deadline day it looks every round whatever the rate. Shared
 * by the compliance traders and the zero-intelligence firms.
 */
final class DeskReviews {
    private DeskReviews() {}

    /**
     * The clock's rate for {@link TradingStrategy#turnsPerDay}: {@code (reviewsPerDay − 1) ×
     * roundsPerDay / (roundsPerDay − 1)}, so that it rings in each later round with probability
     * {@code (reviewsPerDay − 1) / (roundsPerDay − 1)}, and 0 at one review a day or fewer; every
     * round on the deadline day or in a one-round day.
     */
    static double clockTurnsPerDay(double reviewsPerDay, MarketView market) {
        int rounds = market.roundsPerDay();
        if (market.daysToDeadline() == 0 || rounds == 1) {
            return rounds;
        }
        return Math.max(0, reviewsPerDay - 1) * rounds / (rounds - 1);
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

    /**
     * Whether a desk reviewing {@code reviewsPerDay} times a day has market days: below one a day it
     * does not look every trading day.
     */
    static boolean skipsDays(double reviewsPerDay) {
        return reviewsPerDay < 1;
    }

    /**
     * The desk's next market day after today, counted like {@link MarketView#day()}, drawn at its
     * first turn of a market day when it {@link #skipsDays}: today plus a wait of {@code 1 +} the
     * failures before the first success of the coin of {@code reviews} (whose chance is the
     * desk's reviews a day), at most {@code mostDays} and never past the deadline day. Today itself on the
     * deadline day, when it looks every round and the day after is its next look. One uniform draw of
     * {@code random}, none on the deadline day.
     *
     * @param mostDays the longest wait the desk's pacing allows, days (at least 1)
     */
    static int nextMarketDay(GeometricWait reviews, MarketView market, long mostDays, SplittableRandom random) {
        int toDeadline = market.daysToDeadline();
        if (toDeadline == 0) {
            return market.day();
        }
        long cap = Math.max(1, Math.min(mostDays, toDeadline));
        return market.day() + (int) (1 + reviews.failures(random, cap - 1));
    }
}

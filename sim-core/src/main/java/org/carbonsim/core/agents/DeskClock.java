package org.carbonsim.core.agents;

/**
 * A desk's clock rate ({@link DeskReviews#clockTurnsPerDay}), remembered: it changes from day to day
 * only on the deadline day, yet the session asks it after every turn. The rate of the days before and
 * after the deadline day is worked out once for the market's rounds a day, with the same arithmetic.
 * Not thread-safe.
 */
final class DeskClock {
    private final double reviewsPerDay;
    /** The rounds a day {@link #rate} was worked out for; 0 before the first. */
    private int rounds;

    private double rate;

    DeskClock(double reviewsPerDay) {
        this.reviewsPerDay = reviewsPerDay;
    }

    /** {@code DeskReviews.clockTurnsPerDay(reviewsPerDay, market)}. */
    double turnsPerDay(MarketView market) {
        if (market.daysToDeadline() == 0) {
            return DeskReviews.clockTurnsPerDay(reviewsPerDay, market);
        }
        int marketRounds = market.roundsPerDay();
        if (marketRounds != rounds) {
            rate = DeskReviews.clockTurnsPerDay(reviewsPerDay, market);
            rounds = marketRounds;
        }
        return rate;
    }
}

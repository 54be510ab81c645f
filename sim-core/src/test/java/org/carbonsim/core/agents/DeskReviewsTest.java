package org.carbonsim.core.agents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** A desk's clock: the opening turn, then the rest of its reviews over the day's later rounds. */
class DeskReviewsTest {
    /** A market of {@code rounds} rounds a day, on day 0 of a 242-day year, at round {@code round}. */
    private static FakeMarket market(int rounds, int round) {
        FakeMarket market = new FakeMarket();
        market.roundsPerDay = rounds;
        market.round = round;
        return market;
    }

    @Test
    void theClockCarriesTheReviewsBeyondTheOpeningOverTheLaterRounds() {
        // 4 rounds: one review a day is the opening alone; two rings each of the 3 later rounds with
        // probability 1/3, a rate of 4/3 a day over 4 rounds; four (the rounds a day) rings every round.
        assertEquals(0, DeskReviews.clockTurnsPerDay(1, market(4, 0)), 1e-12);
        assertEquals(4.0 / 3, DeskReviews.clockTurnsPerDay(2, market(4, 0)), 1e-12);
        assertEquals(4, DeskReviews.clockTurnsPerDay(4, market(4, 0)), 1e-12);
        assertEquals(1, DeskReviews.clockTurnsPerDay(1, market(1, 0)), 1e-12, "a one-round day: every round");
        FakeMarket deadline = new FakeMarket();
        deadline.day = deadline.tradingDays - 1;
        assertEquals(1, DeskReviews.clockTurnsPerDay(1, deadline), 1e-12, "every round on the deadline day");
    }

    @Test
    void theDeskReviewsEveryRoundOnAnEarlyDeadlineDayAndNotOnTheYearsLastDay() {
        FakeMarket market = market(4, 0);
        market.tradingDays = 40;
        market.deadlineDay = 10;
        market.day = 10;
        assertEquals(4, DeskReviews.clockTurnsPerDay(2, market), 1e-12, "every round on the deadline day");
        market.day = 39;
        assertEquals(4.0 / 3, DeskReviews.clockTurnsPerDay(2, market), 1e-12, "the year's last day is ordinary");
    }

    @Test
    void turnsLeftCountThisTurnAndTheClocksExpectedRings() {
        // Two reviews a day in 4 rounds: at the opening, 1 + 3 × 1/3 = 2 turns; at round 2, 1 + 1/3 → 1.
        assertEquals(2, DeskReviews.expectedTurnsLeft(2, market(4, 0)));
        assertEquals(1, DeskReviews.expectedTurnsLeft(2, market(4, 2)));
        assertEquals(1, DeskReviews.expectedTurnsLeft(1, market(4, 0)), "the opening alone");
        assertEquals(4, DeskReviews.expectedTurnsLeft(10_000, market(4, 0)), "every round: the rounds left");
        assertEquals(2, DeskReviews.expectedTurnsLeft(10_000, market(4, 2)));
        assertEquals(1, DeskReviews.expectedTurnsLeft(10_000, market(4, 4)), "the closing call phase");
    }

    @Test
    void aRememberedClockGivesTheRateItsDayGivesThroughDeadlinesAndRoundChanges() {
        // a desk's clock asked after every turn, as the session asks it, over two years with an early
        // deadline and the market's rounds a day changing: the remembered rate is the rate, bit for bit
        for (long seed = 1; seed <= 200; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            double reviewsPerDay = random.nextInt(4) == 0 ? 1 + random.nextInt(12) : 0.1 + 10 * random.nextDouble();
            DeskClock clock = new DeskClock(reviewsPerDay);
            FakeMarket market = new FakeMarket();
            market.tradingDays = 5 + random.nextInt(20);
            market.deadlineDay = random.nextInt(market.tradingDays);
            market.roundsPerDay = 1 + random.nextInt(8);
            for (int day = 0; day < 2 * market.tradingDays; day++) {
                market.day = day;
                if (random.nextInt(10) == 0) {
                    market.roundsPerDay = 1 + random.nextInt(8);
                }
                for (int turn = 0; turn < 3; turn++) {
                    double expected = DeskReviews.clockTurnsPerDay(reviewsPerDay, market);
                    assertEquals(
                            Double.doubleToRawLongBits(expected),
                            Double.doubleToRawLongBits(clock.turnsPerDay(market)),
                            "seed=" + seed + " day " + day + " rounds " + market.roundsPerDay);
                }
            }
        }
    }
}

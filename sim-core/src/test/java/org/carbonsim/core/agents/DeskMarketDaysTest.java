package org.carbonsim.core.agents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A desk reviewing less than once a day: its clock in whole days between market days, the rush and
 * the deadline day it never skips, and the pacing that works the skipped days' shares.
 */
class DeskMarketDaysTest {
    /** A rate so small that the clock always waits as long as it may. */
    private static final double NEARLY_NEVER = 1e-12;

    @Test
    void belowOneReviewADayTheClockHasNoRingsInTheLaterRounds() {
        FakeMarket market = new FakeMarket();
        market.roundsPerDay = 4;
        assertEquals(0, DeskReviews.clockTurnsPerDay(0.5, market), 1e-12, "not a negative rate");
        assertEquals(1, DeskReviews.expectedTurnsLeft(0.5, market), "the opening alone");
        assertTrue(DeskReviews.skipsDays(0.999));
        assertTrue(!DeskReviews.skipsDays(1), "one review a day looks every day");
    }

    @Test
    void theNextMarketDayNeverPassesTheDeadlineNorTheLongestWait() {
        // a 242-day year whose deadline is its last day (241); today is day 5
        FakeMarket market = new FakeMarket();
        market.day = 5;
        SplittableRandom random = new SplittableRandom(1);
        assertEquals(
                241,
                DeskReviews.nextMarketDay(GeometricWait.of(NEARLY_NEVER), market, Long.MAX_VALUE, random),
                "the deadline day");
        assertEquals(
                12, DeskReviews.nextMarketDay(GeometricWait.of(NEARLY_NEVER), market, 7, random), "at most 7 days on");
        assertEquals(6, DeskReviews.nextMarketDay(GeometricWait.of(NEARLY_NEVER), market, 1, random), "tomorrow");
        assertEquals(
                6,
                DeskReviews.nextMarketDay(GeometricWait.of(1), market, Long.MAX_VALUE, random),
                "a sure coin: tomorrow");
        market.day = 241;
        SplittableRandom unused = new SplittableRandom(2);
        assertEquals(
                241,
                DeskReviews.nextMarketDay(GeometricWait.of(0.5), market, Long.MAX_VALUE, unused),
                "the deadline day: today");
        assertEquals(new SplittableRandom(2).nextLong(), unused.nextLong(), "no number drawn on the deadline day");
    }

    @Test
    void theWaitIsOneDayMoreThanTheGeometricFailures() {
        // u = 1 - nextDouble() of seed 7; with p = 0.5 the failures are floor(log(u) / log(0.5))
        double u = 1 - new SplittableRandom(7).nextDouble();
        long failures = (long) Math.floor(Math.log(u) / Math.log(0.5));
        FakeMarket market = new FakeMarket();
        market.day = 5;
        assertEquals(
                5 + 1 + failures,
                DeskReviews.nextMarketDay(GeometricWait.of(0.5), market, Long.MAX_VALUE, new SplittableRandom(7)),
                "seed=7 u=" + u);
    }

    @ParameterizedTest
    @ValueSource(longs = {31, 32, 33})
    void aShareOfTheDaysAreMarketDays(long seed) {
        // one market day in 3 on average: the mean wait from one to the next is 3 days
        SplittableRandom random = new SplittableRandom(seed);
        FakeMarket market = new FakeMarket();
        market.tradingDays = 1_000_000;
        double p = 1.0 / 3;
        int n = 20_000;
        long days = 0;
        for (int i = 0; i < n; i++) {
            days += DeskReviews.nextMarketDay(GeometricWait.of(p), market, Long.MAX_VALUE, random) - market.day;
        }
        double mean = (double) days / n;
        double sd = Math.sqrt((1 - p) / (p * p) / n);
        assertTrue(Math.abs(mean - 3) < 5 * sd, "seed=" + seed + " mean wait " + mean + " days, expected 3");
    }

    @Test
    void theRushStartsWhereTheDaysShareIsTheWholeGap() {
        // no procrastination, 40 days: urgency(d) = 40 / (40 − d); 0.05 × urgency reaches 1 when 40 − d <= 2
        assertEquals(38, UrgencySchedule.of(40, 0).firstWholeGapDay(0.05));
        assertEquals(0, UrgencySchedule.of(40, 0).firstWholeGapDay(1), "a desk that works its whole gap every day");
        // 0.01 × 40 < 1 even on the deadline day: no rush before it
        assertEquals(39, UrgencySchedule.of(40, 0).firstWholeGapDay(0.01));
    }

    /** A 1,000 t shortfall at a constant 5,000 fen a tonne, with cash. */
    private static Position shortFirm() {
        Position firm = Position.of(0, 0, 100_000_000);
        firm.updateExpectedNeed(1_000);
        firm.updateMarginalCost(MarginalCost.constant(5_000));
        return firm;
    }

    private static ComplianceTraderParams params(double dailyGapShare, double reviewsPerDay) {
        return new ComplianceTraderParams(
                dailyGapShare,
                0,
                1,
                0.02,
                0,
                0,
                0,
                0,
                FinalAbatement.SHORTFALL,
                BankValue.LAST_YEAR_SHARE,
                reviewsPerDay,
                0,
                ComplianceTraderParams.DEFAULT_DEADLINE_QUOTES);
    }

    @Test
    void aDeskThatSkipsDaysWorksTheirSharesCompounded() {
        // 40-day year, deadline day 10, dailyGapShare 1/11 and no procrastination: day d's share is
        // 1/(11 − d). First on day 2, it works days 0 to 2: 1 − (10/11)(9/10)(8/9) = 3/11 of its gap.
        // Nothing fills in this market; back on day 5, days 3, 4 and 5 leave (7/8)(6/7)(5/6) = 5/8 of
        // the gap, so it works 3/8 of 1,000 t = 375 t.
        FakeMarket market = FakeMarket.withEarlyDeadline();
        Position firm = shortFirm();
        ComplianceTrader desk = new ComplianceTrader(params(1.0 / 11, 0.5));
        market.day = 2;
        desk.act(market, firm, market, new SplittableRandom(1));
        assertEquals(273, market.orders.get(0).quantityTonnes(), "ceil(1,000 × 3/11) on day 2");
        market.day = 5;
        desk.act(market, firm, market, new SplittableRandom(1));
        assertEquals(375, market.orders.get(1).quantityTonnes(), "ceil(1,000 × 3/8) on day 5");
    }

    @Test
    void aDeskRestsUntilItsNextMarketDayTheRushOrTheDeadline() {
        // 40-day year, deadline day 39, dailyGapShare 0.05: the rush starts on day 38
        FakeMarket market = new FakeMarket();
        market.tradingDays = 40;
        Position firm = shortFirm();
        ComplianceTrader desk = new ComplianceTrader(params(0.05, NEARLY_NEVER));
        market.day = 5;
        desk.act(market, firm, market, new SplittableRandom(1));
        assertEquals(38, desk.restUntilDay(market), "from day 5 it waits for the rush");
        market.day = 38;
        desk.act(market, firm, market, new SplittableRandom(1));
        assertEquals(39, desk.restUntilDay(market), "in the rush: every day");
        market.day = 39;
        desk.act(market, firm, market, new SplittableRandom(1));
        assertEquals(39, desk.restUntilDay(market), "the deadline day: its clock rings every round");
        assertEquals(4, DeskReviews.clockTurnsPerDay(NEARLY_NEVER, roundsOf(market, 4)), 1e-12);
        ComplianceTrader daily = new ComplianceTrader(params(0.05, 1));
        market.day = 5;
        daily.act(market, shortFirm(), market, new SplittableRandom(1));
        assertEquals(5, daily.restUntilDay(market), "one review a day: its clock and the next opening decide");
    }

    private static FakeMarket roundsOf(FakeMarket market, int rounds) {
        market.roundsPerDay = rounds;
        return market;
    }

    @Test
    void aZeroIntelligenceFirmWorksTheSkippedDaysQuantities() {
        // 1,000 t with 10 days left, 3 days after its last market day: 1 − (11/12)(10/11)(9/10) = 3/12
        assertEquals(250, ZeroIntelligenceFirm.dayQuantityTonnes(1_000, 3, 10));
        assertEquals(
                100, ZeroIntelligenceFirm.dayQuantityTonnes(1_000, 1, 10), "ceil(1,000 / 10) when it looked yesterday");
        assertEquals(4, ZeroIntelligenceFirm.dayQuantityTonnes(7, 3, 4), "ceil(7 × 3/6)");
        assertEquals(1_000, ZeroIntelligenceFirm.dayQuantityTonnes(1_000, 5, 1), "all of it on the deadline day");
    }
}

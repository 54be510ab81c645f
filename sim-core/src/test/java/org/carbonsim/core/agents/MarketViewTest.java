package org.carbonsim.core.agents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The calendar a strategy reads: the days it has left to the compliance deadline. */
class MarketViewTest {
    /** A 40-day year whose deadline is day {@code deadline} of the year (below 0: the last day), on day {@code day}. */
    private static FakeMarket on(int deadline, int day) {
        FakeMarket market = new FakeMarket();
        market.tradingDays = 40;
        market.deadlineDay = deadline;
        market.day = day;
        return market;
    }

    @Test
    void anEarlyDeadlineIsCountedToUpToItAndNextYearsAfterIt() {
        assertEquals(10, on(10, 0).daysToDeadline(), "seed=none the year's first day");
        assertEquals(1, on(10, 9).daysToDeadline(), "seed=none the day before the deadline");
        assertEquals(0, on(10, 10).daysToDeadline(), "seed=none the deadline day");
        assertEquals(39, on(10, 11).daysToDeadline(), "seed=none the day after it: 29 days of this year, 10 of next");
        assertEquals(11, on(10, 39).daysToDeadline(), "seed=none the year's last day");
        assertEquals(10, on(10, 40).daysToDeadline(), "seed=none the next year's first day");
        assertEquals(0, on(10, 50).daysToDeadline(), "seed=none the next year's deadline day");
    }

    @Test
    void theDeadlineOnTheLastDayIsCountedToTheYearsEnd() {
        assertEquals(39, on(-1, 0).deadlineDayOfYear(), "seed=none the default deadline");
        assertEquals(39, on(-1, 0).daysToDeadline(), "seed=none the year's first day");
        assertEquals(0, on(-1, 39).daysToDeadline(), "seed=none the year's last day");
        assertEquals(39, on(-1, 40).daysToDeadline(), "seed=none the next year's first day");
        assertEquals(0, on(0, 0).daysToDeadline(), "seed=none a deadline on the year's first day");
        assertEquals(39, on(0, 1).daysToDeadline(), "seed=none and the day after it");
    }
}

package org.carbonsim.core.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.carbonsim.core.policy.StabilityReserve;
import org.junit.jupiter.api.Test;

/**
 * {@link ForeseenIssues}: the rule that settles the issues foreseen with a stability reserve, worked by
 * hand on paths whose banks are written out, with the reserve's own rules ({@link ForeseenReserve}).
 */
class ForeseenIssuesTest {

    @Test
    void aFixedPointIsFoundWhereOneExists() {
        // Two later years, each issuing 1,000 t and auctioning 300 t before the reserve; thresholds 833 and
        // 400 t with a buffer zone to 1,100 t. The path banks 1,000 t out of this year and
        // 100 t + the first later year's issue out of that year (it emits 900 t). The fixed point: 1,000 t
        // read gives up 167 t, so 833 t issued; then 933 t read gives up 100 t, so 900 t issued.
        // Halfway steps: (1,000, 1,000) -> (917, 867) -> (875, 842) -> (854, 850) -> (844, 865)
        // -> (839, 877) -> (836, 886) -> (835, 892) -> (834, 895) -> (834, 897) -> (834, 898), whose answer
        // (833, 899) is within a tonne: the eleventh time the reserve is asked.
        ForeseenReserve reserve = new ForeseenReserve(new StabilityReserve(833, 400, 0.24, 100, 50, 1_100), 50);
        long[] base = {1_000, 1_000};
        long[] auctions = {300, 300};
        ForeseenIssues.Outcome outcome = ForeseenIssues.settle(
                base, issued -> reserve.issuedTonnes(base, auctions, List.of(1_000L, 100 + issued[0], 0L)));

        assertEquals(ForeseenIssues.Settled.FIXED_POINT, outcome.settled());
        assertArrayEquals(new long[] {834, 898}, outcome.issuedTonnes());
        assertEquals(11, outcome.rounds());
        long[] answer = reserve.issuedTonnes(base, auctions, List.of(1_000L, 100 + outcome.issuedTonnes()[0], 0L));
        assertArrayEquals(new long[] {833, 899}, answer, "the reserve's answer to the issues taken");
    }

    @Test
    void theAnswerThatIsAlreadyTheIssuesEndsAtOnce() {
        // banks between the thresholds: the reserve does nothing, the issues before it are the fixed point
        ForeseenReserve reserve = new ForeseenReserve(new StabilityReserve(833, 400, 0.24, 100, 50), 50);
        long[] base = {1_000, 1_000};
        ForeseenIssues.Outcome outcome = ForeseenIssues.settle(
                base, issued -> reserve.issuedTonnes(base, new long[] {300, 300}, List.of(500L, 600L, 0L)));

        assertEquals(ForeseenIssues.Settled.FIXED_POINT, outcome.settled());
        assertArrayEquals(base, outcome.issuedTonnes());
        assertEquals(1, outcome.rounds());
    }

    @Test
    void withNoFixedPointTheCyclesAverageIsTaken() {
        // One later year, issuing nothing before the reserve, which holds 1,000 t and releases them all
        // when the bank it reads is below 500 t; the path banks into that year what it issues. Below
        // 500 t the reserve issues 1,000 t, at 500 t or above nothing: no issue gives itself back.
        // Halfway steps: 0 -> 500 -> 250 -> 625 -> 313 -> 657 -> 329 -> 665 -> 333 -> 667 -> 334 -> 667,
        // a cycle of 667 t and 334 t (the reserve's answers 0 and 1,000 t average 500 t); their average,
        // 500.5 t, rounds half up to 501 t, found the eleventh time the reserve is asked.
        ForeseenReserve reserve = new ForeseenReserve(new StabilityReserve(900, 500, 0.24, 1_000, 1_000), 1_000);
        long[] base = {0};
        ForeseenIssues.Outcome outcome = ForeseenIssues.settle(
                base, issued -> reserve.issuedTonnes(base, new long[] {0}, List.of(issued[0], 0L)));

        assertEquals(ForeseenIssues.Settled.CYCLE_AVERAGE, outcome.settled());
        assertArrayEquals(new long[] {501}, outcome.issuedTonnes());
        assertEquals(11, outcome.rounds());
    }

    @Test
    void theRoundBoundTakesTheIssuesTheLastRoundSteppedTo() {
        // an answer always 1,000 t above the issues: each round moves them 500 t, never back
        ForeseenIssues.Outcome outcome =
                ForeseenIssues.settle(new long[] {0}, issued -> new long[] {issued[0] + 1_000});

        assertEquals(ForeseenIssues.Settled.ROUND_BOUND, outcome.settled());
        assertArrayEquals(new long[] {500L * ForeseenIssues.MAX_ROUNDS}, outcome.issuedTonnes());
        assertEquals(ForeseenIssues.MAX_ROUNDS, outcome.rounds());
    }
}

package org.carbonsim.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.carbonsim.core.agents.MarketView;
import org.carbonsim.core.agents.OrderGateway;
import org.carbonsim.core.agents.Position;
import org.carbonsim.core.agents.TradingStrategy;
import org.carbonsim.core.scenario.ClosingRule;
import org.carbonsim.core.scenario.MarketRules;
import org.carbonsim.core.scenario.NoTradeClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Who gets a turn when: rests, Poisson clocks, the deadline day and call phases. */
class MarketSessionActivationTest {
    /** Records the day and round of each of its turns; rests or rings as told. */
    private static class Watcher implements TradingStrategy {
        final List<int[]> turns = new ArrayList<>();
        final double perDay;
        final boolean entersEachDay;
        int restUntil;

        Watcher(double perDay) {
            this(perDay, false);
        }

        Watcher(double perDay, boolean entersEachDay) {
            this.perDay = perDay;
            this.entersEachDay = entersEachDay;
        }

        @Override
        public boolean entersEachDay() {
            return entersEachDay;
        }

        @Override
        public void act(MarketView market, Position position, OrderGateway orders, SplittableRandom random) {
            turns.add(new int[] {market.day(), market.inCallPhase() ? -1 : market.round()});
        }

        @Override
        public int restUntilDay(MarketView market) {
            return Math.max(market.day(), restUntil);
        }

        @Override
        public double turnsPerDay(MarketView market) {
            return perDay;
        }

        long turnsOn(int day) {
            return turns.stream().filter(t -> t[0] == day).count();
        }
    }

    private static MarketRules rules(boolean openingAuction) {
        return new MarketRules(
                1,
                1000,
                3_000,
                ClosingRule.VWAP_DAY,
                10,
                openingAuction,
                false,
                0,
                NoTradeClose.PREVIOUS_CLOSE,
                4,
                List.of());
    }

    @Test
    void aClockThatRingsEveryRoundGivesATurnEveryRound() {
        MarketSession session = new MarketSession(rules(false), 10, 4, new SplittableRandom(1));
        Watcher watcher = new Watcher(4);
        session.addAgent(watcher, 0, 0);
        for (int day = 0; day < 10; day++) {
            session.runDay();
        }
        assertEquals(40, watcher.turns.size());
        for (int i = 0; i < 40; i++) {
            assertEquals(i / 4, watcher.turns.get(i)[0]);
            assertEquals(i % 4, watcher.turns.get(i)[1]);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13})
    void aSlowClockRingsAtItsRateAndAtEveryDeadlineOpening(long seed) {
        int tradingDays = 20;
        int days = 2_000;
        MarketSession session = new MarketSession(rules(false), tradingDays, 4, new SplittableRandom(seed));
        Watcher watcher = new Watcher(0.5);
        session.addAgent(watcher, 0, 0);
        for (int day = 0; day < days; day++) {
            session.runDay();
        }
        for (int day = tradingDays - 1; day < days; day += tradingDays) {
            int deadline = day;
            assertTrue(
                    watcher.turns.stream().anyMatch(t -> t[0] == deadline && t[1] == 0),
                    "seed=" + seed + " no turn at the opening of deadline day " + day);
        }
        // a clock of 0.5 a day over the ordinary days; the deadline openings come on top
        long ordinary = watcher.turns.stream()
                .filter(t -> t[0] % tradingDays != tradingDays - 1)
                .count();
        double expected = 0.5 * days * (tradingDays - 1) / tradingDays;
        double sd = Math.sqrt(expected);
        assertTrue(
                Math.abs(ordinary - expected) < 5 * sd,
                "seed=" + seed + " " + ordinary + " turns on ordinary days, expected about " + expected);
    }

    @Test
    void aClockThatNeverRingsRingsAtTheNextEarlyDeadlinesOpening() {
        // 20-day years with the deadline on day 5: a trader that joins on day 0 is woken on day 5 and,
        // having had its turn on that deadline day, on day 25, next year's; one that joins on day 6
        // (after this year's deadline) on day 25 too.
        MarketSession session = new MarketSession(rules(false), 20, 5, 4, new SplittableRandom(1), TradeListener.NONE);
        assertEquals(5, session.deadlineDay());
        assertEquals(5, session.view().deadlineDayOfYear());
        Watcher early = new Watcher(0);
        session.addAgent(early, 0, 0);
        for (int day = 0; day < 6; day++) {
            session.runDay();
        }
        Watcher late = new Watcher(0);
        session.addAgent(late, 0, 0);
        for (int day = 6; day < 26; day++) {
            session.runDay();
        }
        assertEquals(
                List.of(List.of(0, 0), List.of(5, 0), List.of(25, 0)), asLists(early.turns), "seed=1 joined on day 0");
        assertEquals(List.of(List.of(6, 0), List.of(25, 0)), asLists(late.turns), "seed=1 joined on day 6");
    }

    @Test
    void aSessionRefusesADeadlineOutsideTheYear() {
        IllegalArgumentException before = assertThrows(
                IllegalArgumentException.class,
                () -> new MarketSession(rules(false), 20, -1, 4, new SplittableRandom(1), TradeListener.NONE));
        assertEquals("deadlineDay must be a day of the year, 0 to 19, got -1", before.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> new MarketSession(rules(false), 20, 20, 4, new SplittableRandom(1), TradeListener.NONE));
        assertEquals(19, new MarketSession(rules(false), 20, 4, new SplittableRandom(1)).deadlineDay(), "the default");
    }

    private static List<List<Integer>> asLists(List<int[]> turns) {
        return turns.stream().map(t -> List.of(t[0], t[1])).toList();
    }

    @ParameterizedTest
    @ValueSource(longs = {21, 22, 23})
    void aDeskEntersAtEveryOpeningAndItsClockAddsTheRest(long seed) {
        // A clock that never rings: exactly one turn a day, in the first round (a desk's clock rings every
        // round on the deadline day, DeskReviews, but this one does not).
        MarketSession session = new MarketSession(rules(false), 20, 4, new SplittableRandom(seed));
        Watcher openingOnly = new Watcher(0, true);
        session.addAgent(openingOnly, 0, 0);
        // A clock of 2 a day besides: every day opens with a turn, and the later rounds ring at 2 / 4 each.
        Watcher withClock = new Watcher(2, true);
        session.addAgent(withClock, 0, 0);
        int days = 400;
        for (int day = 0; day < days; day++) {
            session.runDay();
        }
        for (int day = 0; day < days; day++) {
            int d = day;
            List<Integer> rounds = openingOnly.turns.stream()
                    .filter(t -> t[0] == d)
                    .map(t -> t[1])
                    .toList();
            assertEquals(List.of(0), rounds, "seed=" + seed + " the opening-only desk's rounds on day " + day);
            assertTrue(
                    withClock.turns.stream().anyMatch(t -> t[0] == d && t[1] == 0),
                    "seed=" + seed + " the clocked desk has no turn at the opening of day " + day);
        }
        long later = withClock.turns.stream()
                .filter(t -> t[0] % 20 != 19 && t[1] > 0)
                .count();
        double expected = 0.5 * 3 * days * 19 / 20;
        assertTrue(
                Math.abs(later - expected) < 5 * Math.sqrt(expected),
                "seed=" + seed + " " + later + " turns after the opening on ordinary days, expected about " + expected);
    }

    /** A desk-like clock: 2 turns a day, every round on the deadline day; counts how often it is asked. */
    private static final class DeadlineClock extends Watcher {
        private final boolean declaresIt;
        int asked;

        DeadlineClock(boolean declaresIt) {
            super(2, true);
            this.declaresIt = declaresIt;
        }

        @Override
        public boolean clockChangesOnlyOnDeadlineDays() {
            return declaresIt;
        }

        @Override
        public double turnsPerDay(MarketView market) {
            asked++;
            return market.daysToDeadline() == 0 ? market.roundsPerDay() : perDay;
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {31, 32, 33})
    void aClockThatChangesOnlyOnDeadlineDaysIsAskedOnceAStretchAndRingsAsWhenAskedAtEveryTurn(long seed) {
        // 20-day years, the deadline on day 19: over 60 days the stretches are days 0-18, 19, 20-38,
        // 39, 40-58 and 59, six in all
        MarketSession declared = new MarketSession(rules(false), 20, 4, new SplittableRandom(seed));
        MarketSession asked = new MarketSession(rules(false), 20, 4, new SplittableRandom(seed));
        DeadlineClock once = new DeadlineClock(true);
        DeadlineClock always = new DeadlineClock(false);
        declared.addAgent(once, 0, 0);
        asked.addAgent(always, 0, 0);
        for (int day = 0; day < 60; day++) {
            declared.runDay();
            asked.runDay();
        }
        assertEquals(asLists(always.turns), asLists(once.turns), "seed=" + seed + " the turns");
        assertEquals(always.turns.size(), always.asked, "seed=" + seed + " asked after every turn");
        assertEquals(6, once.asked, "seed=" + seed + " asked once a stretch");
    }

    @Test
    void aRestingTraderHasNoTurnBeforeItsDayNotEvenInACallPhase() {
        MarketSession session = new MarketSession(rules(true), 30, 4, new SplittableRandom(5));
        Watcher watcher = new Watcher(4);
        watcher.restUntil = 7;
        session.addAgent(watcher, 0, 0);
        for (int day = 0; day < 10; day++) {
            session.runDay();
        }
        // its first turn, on day 0's opening call, tells the schedule it rests until day 7
        assertEquals(-1, watcher.turns.get(0)[1]);
        assertEquals(1, watcher.turns.stream().filter(t -> t[0] < 7).count(), "one turn before day 7");
        int[] firstAfter = watcher.turns.get(1);
        assertEquals(7, firstAfter[0]);
        assertEquals(-1, firstAfter[1], "day 7 opens with its call phase turn");
        assertEquals(5, watcher.turnsOn(7), "the call phase and every round of day 7");
    }

    @Test
    void aTraderThatRestsForGoodIsNeverVisitedAgain() {
        MarketSession session = new MarketSession(rules(false), 30, 4, new SplittableRandom(5));
        Watcher watcher = new Watcher(4);
        watcher.restUntil = Integer.MAX_VALUE;
        session.addAgent(watcher, 0, 0);
        for (int day = 0; day < 60; day++) {
            session.runDay();
        }
        assertEquals(1, watcher.turns.size());
    }

    @Test
    void aTraderAddedDuringARoundHasItsFirstTurnInTheNext() {
        MarketSession session = new MarketSession(rules(false), 30, 4, new SplittableRandom(9));
        Watcher late = new Watcher(4);
        session.addAgent(
                new Watcher(4) {
                    @Override
                    public void act(MarketView market, Position position, OrderGateway orders, SplittableRandom r) {
                        if (market.day() == 0 && market.round() == 2) {
                            session.addAgent(late, 0, 0);
                        }
                    }
                },
                0,
                0);
        session.runDay();
        session.runDay();
        assertEquals(3, late.turns.get(0)[1], "added during round 2, it acts in round 3");
        assertEquals(1 + 4, late.turns.size(), "then every round");
    }
}

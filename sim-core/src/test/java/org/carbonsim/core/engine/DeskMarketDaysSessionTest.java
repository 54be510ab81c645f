package org.carbonsim.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.carbonsim.core.agents.BankValue;
import org.carbonsim.core.agents.ComplianceTrader;
import org.carbonsim.core.agents.ComplianceTraderParams;
import org.carbonsim.core.agents.FinalAbatement;
import org.carbonsim.core.agents.MarginalCost;
import org.carbonsim.core.agents.MarketView;
import org.carbonsim.core.agents.OrderGateway;
import org.carbonsim.core.agents.Position;
import org.carbonsim.core.agents.TradingStrategy;
import org.carbonsim.core.agents.ZeroIntelligenceFirm;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Desks on market days in a session: the activation schedule visits a desk reviewing less than once a
 * day only on its market days, once, at the opening; on every day of the rush and every round of the
 * deadline day; and on about that share of the other days; a zero-intelligence firm likewise, without
 * a rush. The same seed gives the same turns and trades.
 */
class DeskMarketDaysSessionTest {
    private static final int DAYS = 60;
    private static final int YEARS = 3;
    private static final int ROUNDS = 4;
    private static final int DESKS_PER_SIDE = 10;
    private static final double REVIEWS_PER_DAY = 1.0 / 3;
    /** dailyGapShare 0.1 without procrastination over 60 days: 0.1 × 60 / (60 − d) reaches 1 on day 54. */
    private static final int RUSH_DAY = 54;

    /** A desk whose turns are recorded as (day, round). */
    private static final class Recorded implements TradingStrategy {
        final TradingStrategy desk;
        final List<List<Integer>> turns = new ArrayList<>();

        Recorded(TradingStrategy desk) {
            this.desk = desk;
        }

        @Override
        public void act(MarketView market, Position position, OrderGateway orders, SplittableRandom random) {
            turns.add(List.of(market.day(), market.round()));
            desk.act(market, position, orders, random);
        }

        @Override
        public int restUntilDay(MarketView market) {
            return desk.restUntilDay(market);
        }

        @Override
        public double turnsPerDay(MarketView market) {
            return desk.turnsPerDay(market);
        }

        @Override
        public boolean entersEachDay() {
            return desk.entersEachDay();
        }
    }

    /** A run's desks and trades. */
    private record Run(List<Recorded> desks, List<Sessions.Trade> trades) {}

    private static Run run(long seed) {
        ComplianceTraderParams params = new ComplianceTraderParams(
                0.1,
                0,
                1,
                0.02,
                0,
                0,
                0,
                0,
                FinalAbatement.SHORTFALL,
                BankValue.LAST_YEAR_SHARE,
                REVIEWS_PER_DAY,
                0,
                ComplianceTraderParams.DEFAULT_DEADLINE_QUOTES);
        Sessions.Recorder recorder = new Sessions.Recorder();
        MarketSession session =
                new MarketSession(Sessions.rules(1000, 5_000, 0), DAYS, ROUNDS, new SplittableRandom(seed), recorder);
        List<Recorded> desks = new ArrayList<>();
        for (int i = 0; i < DESKS_PER_SIDE; i++) {
            Recorded buyer = new Recorded(new ComplianceTrader(params));
            Position bought = session.addAgent(buyer, 0, Long.MAX_VALUE / 4);
            bought.updateExpectedNeed(10_000);
            bought.updateMarginalCost(MarginalCost.constant(5_000 * (110 + 4 * i) / 100));
            Recorded seller = new Recorded(new ComplianceTrader(params));
            Position sold = session.addAgent(seller, 1_000_000, 0);
            sold.updateExpectedNeed(990_000);
            sold.updateMarginalCost(MarginalCost.constant(5_000 * (50 + 4 * i) / 100));
            desks.add(buyer);
            desks.add(seller);
        }
        for (int day = 0; day < DAYS * YEARS; day++) {
            session.runDay();
        }
        return new Run(desks, recorder.trades);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void aDeskIsVisitedOnlyOnItsMarketDaysTheRushAndTheDeadline(long seed) {
        assertMarketDays(seed, run(seed).desks(), RUSH_DAY);
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13})
    void aZeroIntelligenceFirmLooksOnItsMarketDaysAndEveryRoundOfTheDeadline(long seed) {
        MarketSession session =
                new MarketSession(Sessions.rules(1000, 5_000, 0), DAYS, ROUNDS, new SplittableRandom(seed));
        List<Recorded> firms = new ArrayList<>();
        for (int i = 0; i < 2 * DESKS_PER_SIDE; i++) {
            Recorded recorded = new Recorded(new ZeroIntelligenceFirm(2_500, 10_000, REVIEWS_PER_DAY));
            firms.add(recorded);
            boolean buyer = i < DESKS_PER_SIDE;
            Position position = session.addAgent(recorded, buyer ? 0 : 1_000_000, buyer ? Long.MAX_VALUE / 4 : 0);
            position.updateExpectedNeed(buyer ? 10_000 : 990_000);
            position.updateMarginalCost(MarginalCost.constant(buyer ? 6_000 : 4_000));
        }
        for (int day = 0; day < DAYS * YEARS; day++) {
            session.runDay();
        }
        // a zero-intelligence firm has no rush: only the deadline day is never skipped
        assertMarketDays(seed, firms, DAYS - 1);
    }

    /**
     * Each desk's turns: from the opening, every round until its day's quantity is traded, on the
     * deadline day; the opening alone on the year's first day and from {@code rushDay} on; the opening
     * or nothing on the other days, about {@link #REVIEWS_PER_DAY} of which are market days (a wait is
     * cut short only at the rush, and each day is a market day with that probability).
     */
    private static void assertMarketDays(long seed, List<Recorded> desks, int rushDay) {
        long ordinaryDays = 0;
        long marketDays = 0;
        for (int d = 0; d < desks.size(); d++) {
            List<List<Integer>> turns = desks.get(d).turns;
            for (int day = 0; day < DAYS * YEARS; day++) {
                int today = day;
                List<Integer> rounds = turns.stream()
                        .filter(t -> t.get(0) == today)
                        .map(t -> t.get(1))
                        .toList();
                String where = "seed=" + seed + " desk " + d + " day " + day + ": rounds " + rounds;
                int dayOfYear = day % DAYS;
                if (dayOfYear == DAYS - 1) {
                    assertTrue(!rounds.isEmpty(), where + ", none on the deadline day");
                    assertEquals(List.of(0, 1, 2, 3).subList(0, rounds.size()), rounds, where);
                } else if (dayOfYear >= rushDay || dayOfYear == 0) {
                    assertEquals(List.of(0), rounds, where + ", the opening of the rush or the year's first day");
                } else {
                    assertTrue(rounds.isEmpty() || rounds.equals(List.of(0)), where);
                    ordinaryDays++;
                    marketDays += rounds.size();
                }
            }
        }
        double expected = ordinaryDays * REVIEWS_PER_DAY;
        double sd = Math.sqrt(ordinaryDays * REVIEWS_PER_DAY * (1 - REVIEWS_PER_DAY));
        assertTrue(
                Math.abs(marketDays - expected) < 5 * sd,
                "seed=" + seed + " " + marketDays + " market days of " + ordinaryDays + ", expected about " + expected);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void theSameSeedGivesTheSameTurnsAndTrades(long seed) {
        Run first = run(seed);
        Run second = run(seed);
        assertEquals(first.trades(), second.trades(), "seed=" + seed + " trades");
        for (int d = 0; d < first.desks().size(); d++) {
            assertEquals(first.desks().get(d).turns, second.desks().get(d).turns, "seed=" + seed + " desk " + d);
        }
        assertTrue(!first.trades().isEmpty(), "seed=" + seed + " the desks trade");
    }
}

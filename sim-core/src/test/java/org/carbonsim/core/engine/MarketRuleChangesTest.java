package org.carbonsim.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.carbonsim.core.agents.InactiveFirm;
import org.carbonsim.core.agents.Position;
import org.carbonsim.core.market.OrderType;
import org.carbonsim.core.market.Result;
import org.carbonsim.core.market.Side;
import org.carbonsim.core.scenario.ClosingRule;
import org.carbonsim.core.scenario.MarketRuleChange;
import org.carbonsim.core.scenario.MarketRules;
import org.carbonsim.core.scenario.NoTradeClose;
import org.junit.jupiter.api.Test;

/**
 * {@code market.changes} in the session and in a run: from the year a change starts, the day opens
 * with its band, closes by its closing rule and charges its fee; before it, the first year's rules
 * hold.
 */
class MarketRuleChangesTest {
    /**
     * 2024: the VWAP of the last 2 trades, a band of ±20% and a fee of 10 bp; from 2025 the day's
     * VWAP, ±5% and 50 bp, the closing trades carried over.
     */
    private static final MarketRules RULES = new MarketRules(
            1,
            2_000,
            2_000,
            ClosingRule.VWAP_LAST_TRADES,
            2,
            false,
            false,
            10,
            NoTradeClose.PREVIOUS_CLOSE,
            1,
            List.of(new MarketRuleChange(
                    2025, 500, ClosingRule.VWAP_DAY, 2, false, false, 50, NoTradeClose.PREVIOUS_CLOSE)));

    @Test
    void theCloseBandAndFeeOfEachYearAreThoseInForceInIt() {
        // one trading day a year; a buyer and a seller that do nothing of their own (no need, and
        // every day is their deadline day), whose orders are placed from outside
        MarketSession session = new MarketSession(RULES, 1, 1, new SplittableRandom(1));
        Position buyer = session.addAgent(new InactiveFirm(), 0, 100_000_000);
        Position seller = session.addAgent(new InactiveFirm(), 1_000, 0);

        session.openYear(2024);
        session.beginDay();
        trade(session, buyer, seller, 2_100, 100);
        trade(session, buyer, seller, 2_200, 100);
        trade(session, buyer, seller, 2_300, 200);
        DailyBar first = session.endDay();
        // the last 2 trades: (2,200 x 100 + 2,300 x 200) / 300 = 2,266.67 -> 2,267; the day's VWAP
        // (210,000 + 680,000) / 400 = 2,225 is not the close; the band is 2,000 ± 20%
        assertEquals(2_267, first.closeTicks(), "2024 close");
        assertEquals(2_225, first.vwapTicks(), "2024 VWAP");
        assertEquals(List.of(1_600L, 2_400L), List.of(first.bandLowTicks(), first.bandHighTicks()), "2024 band");
        // fee: 10 bp of 890,000 fen from each side
        assertEquals(2 * 890, session.exchangeFeesFen(), "2024 fees");

        session.openYear(2025);
        assertEquals(500, session.rulesInForce().limitBasisPoints());
        session.beginDay();
        // 2,400 is inside 2024's band around 2,267 (up to 2,720) but outside ±5%: 2,154 to 2,380
        assertEquals(
                Result.REJECTED_OUT_OF_BAND,
                session.submitExternalOrder(seller.ownerId(), Side.SELL, OrderType.LIMIT, 2_400, 100));
        trade(session, buyer, seller, 2_380, 100);
        trade(session, buyer, seller, 2_200, 100);
        trade(session, buyer, seller, 2_300, 300);
        DailyBar second = session.endDay();
        // the day's VWAP: (238,000 + 220,000 + 690,000) / 500 = 2,296; the last 2 trades would give
        // (220,000 + 690,000) / 400 = 2,275
        assertEquals(2_296, second.closeTicks(), "2025 close");
        assertEquals(List.of(2_154L, 2_380L), List.of(second.bandLowTicks(), second.bandHighTicks()), "2025 band");
        assertTrue(second.limitUp(), "2,380 is the upper limit of ±5%");
        assertFalse(first.limitUp(), "2024 printed no trade at its upper limit");
        // fee: 50 bp of 1,148,000 fen from each side, on top of 2024's
        assertEquals(2 * 890 + 2 * 5_740, session.exchangeFeesFen(), "2025 fees");
        assertEquals(100_000_000 - 890_000 - 890 - 1_148_000 - 5_740, buyer.cashFen(), "buyer's cash");
    }

    @Test
    void theCallAuctionsAndTheCloseOfATradelessDayAreThoseOfTheYear() {
        // 2024: continuous trading only, a day without trades keeps the previous close; from 2025 an
        // opening and a closing call auction, and a tradeless day closes at a better quote
        MarketRules rules = new MarketRules(
                1,
                1_000,
                2_000,
                ClosingRule.VWAP_DAY,
                10,
                false,
                false,
                0,
                NoTradeClose.PREVIOUS_CLOSE,
                1,
                List.of(new MarketRuleChange(
                        2025, 1_000, ClosingRule.VWAP_DAY, 10, true, true, 0, NoTradeClose.BEST_QUOTE)));
        MarketSession session = new MarketSession(rules, 1, 1, new SplittableRandom(1));
        List<String> turns = new ArrayList<>();
        session.addAgent(
                (market, position, orders, random) -> turns.add(
                        "day " + market.day() + (market.inCallPhase() ? " call" : " round " + market.round())),
                0,
                0);
        List<Long> closes = new ArrayList<>();
        for (int year = 2024; year <= 2025; year++) {
            session.openYear(year);
            session.beginDay();
            // a lone offer below the previous close of 2,000 that nobody takes
            session.submitGovernmentOrder(Side.SELL, OrderType.LIMIT, 1_900, 100);
            session.trade();
            closes.add(session.endDay().closeTicks());
        }
        assertEquals(List.of("day 0 round 0", "day 1 call", "day 1 round 0", "day 1 call"), turns);
        assertEquals(List.of(2_000L, 1_900L), closes);
    }

    @Test
    void aSessionNotToldTheYearKeepsTheFirstYearsRules() {
        MarketSession session = new MarketSession(RULES, 1, 1, new SplittableRandom(1));
        assertEquals(RULES, session.rulesInForce());
        session.openYear(2023);
        assertEquals(RULES.in(2024), session.rulesInForce(), "a year before any change has the first year's");
        assertEquals(List.of(), session.rulesInForce().changes());
    }

    @Test
    void aRunClosesEachDayByTheRuleOfItsYear() {
        // two years of 40 days with noise traders; last 3 trades in 2024, the day's VWAP from 2025; the
        // band ±10% then ±3%, where every limit hit is counted
        RunResult run = new Simulation(
                        TestScenarios.twoFirms(
                                2,
                                0.05,
                                "\"closingRule\": \"VWAP_LAST_TRADES\", \"closingTrades\": 3, \"changes\":"
                                        + " [{\"fromYear\": 2025, \"closingRule\": \"VWAP_DAY\", \"limitPct\": 3}]",
                                "\"traders\": [{\"type\": \"noiseTraders\", \"count\": 6, \"dailyProbability\":"
                                        + " 0.5, \"maxOrderTonnes\": 200, \"cash\": 200000, \"holdingsTonnes\": 2000}]",
                                ""),
                        3,
                        true)
                .run();
        List<String> wrong = new ArrayList<>();
        int daysWithMoreThanThreeTrades = 0;
        long previousCloseFen = 4_000;
        for (DayResult day : run.days()) {
            List<TradeRecord> trades = run.trades().stream()
                    .filter(t -> t.year() == day.year() && t.day() == day.day())
                    .toList();
            long lastThree = trades.isEmpty()
                    ? previousCloseFen
                    : vwapFen(trades.subList(Math.max(0, trades.size() - 3), trades.size()));
            long whole = trades.isEmpty() ? previousCloseFen : vwapFen(trades);
            long expected = day.year() == 2024 ? lastThree : whole;
            if (day.closeFen() != expected) {
                wrong.add(day.year() + " day " + day.day() + ": close " + day.closeFen() + ", expected " + expected);
            }
            if (trades.size() > 3 && lastThree != whole) {
                daysWithMoreThanThreeTrades++;
            }
            long limitBp = day.year() == 2024 ? 1_000 : 300;
            long upper = previousCloseFen * (10_000 + limitBp) / 10_000;
            if (day.bandHighFen() != upper) {
                wrong.add(day.year() + " day " + day.day() + ": band top " + day.bandHighFen() + ", expected " + upper);
            }
            boolean hitsUpper = trades.stream().anyMatch(t -> t.priceFen() == upper);
            if (day.limitUp() != hitsUpper) {
                wrong.add(day.year() + " day " + day.day() + ": limit up " + day.limitUp());
            }
            previousCloseFen = day.closeFen();
        }
        assertEquals(List.of(), wrong, "seed=3");
        assertTrue(daysWithMoreThanThreeTrades > 0, "seed=3: no day where the two rules differ");
        assertNotEquals(
                0,
                run.days().stream().filter(d -> d.year() == 2025 && d.limitUp()).count(),
                "seed=3: no limit hit against 2025's ±3%");
    }

    private static long vwapFen(List<TradeRecord> trades) {
        long notional = 0;
        long tonnes = 0;
        for (TradeRecord t : trades) {
            notional += t.priceFen() * t.quantityTonnes();
            tonnes += t.quantityTonnes();
        }
        long quotient = notional / tonnes;
        long remainder = notional % tonnes;
        return remainder >= tonnes - remainder ? quotient + 1 : quotient;
    }

    /** The seller offers {@code tonnes} at {@code priceTicks} and the buyer takes them. */
    private static void trade(MarketSession session, Position buyer, Position seller, long priceTicks, long tonnes) {
        assertEquals(
                Result.RESTING,
                session.submitExternalOrder(seller.ownerId(), Side.SELL, OrderType.LIMIT, priceTicks, tonnes));
        assertEquals(
                Result.FILLED,
                session.submitExternalOrder(buyer.ownerId(), Side.BUY, OrderType.LIMIT, priceTicks, tonnes));
    }
}

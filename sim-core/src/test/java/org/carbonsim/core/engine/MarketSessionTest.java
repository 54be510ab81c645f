package org.carbonsim.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.carbonsim.core.agents.ComplianceTrader;
import org.carbonsim.core.agents.ComplianceTraderParams;
import org.carbonsim.core.agents.MarginalCost;
import org.carbonsim.core.agents.MarketView;
import org.carbonsim.core.agents.OrderGateway;
import org.carbonsim.core.agents.Position;
import org.carbonsim.core.agents.SpeculatorStyle;
import org.carbonsim.core.agents.StrategyKind;
import org.carbonsim.core.agents.TraderGroup;
import org.carbonsim.core.agents.TradingStrategy;
import org.carbonsim.core.market.ClosingPriceRule;
import org.carbonsim.core.market.OrderType;
import org.carbonsim.core.market.Side;
import org.carbonsim.core.scenario.ClosingRule;
import org.carbonsim.core.scenario.MarketRules;
import org.carbonsim.core.scenario.NoTradeClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Settlement, determinism and the limits every strategy must respect, on seeded sessions. */
class MarketSessionTest {
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void tradingConservesAllowancesAndCashIncludingFees(long seed) {
        MixedPopulation market = new MixedPopulation(seed);
        long allowances = market.totalAllowances();
        long cash = market.totalCashWithFees();
        market.run();
        long volume = market.bars.stream().mapToLong(DailyBar::volumeTonnes).sum();
        assertTrue(volume > 1_000, "seed=" + seed + " only " + volume + " t traded");
        assertTrue(market.session.exchangeFeesFen() > 0, "seed=" + seed + " no fees collected");
        Position government = market.session.governmentPosition();
        assertTrue(government.soldTonnes() > 0, "seed=" + seed + " the government sale did not trade");
        assertEquals(-government.soldTonnes(), government.allowancesTonnes(), "seed=" + seed + " government holdings");
        assertEquals(allowances, market.totalAllowances(), "seed=" + seed + " allowances changed");
        assertEquals(cash, market.totalCashWithFees(), "seed=" + seed + " cash plus fees changed");
    }

    @ParameterizedTest
    @ValueSource(longs = {7, 8})
    void theViewRemembersEachClosedDaysVolumeBesideItsClose(long seed) {
        MixedPopulation market = new MixedPopulation(seed).run();
        MarketView view = market.session.view();
        int days = market.bars.size();
        assertEquals(days + 1, view.closeCount(), "seed=" + seed + " the opening price and one close a day");
        for (int daysAgo = 0; daysAgo < days; daysAgo++) {
            DailyBar bar = market.bars.get(days - 1 - daysAgo);
            assertEquals(bar.closeTicks(), view.closeTicks(daysAgo), "seed=" + seed + " close " + daysAgo);
            assertEquals(bar.volumeTonnes(), view.volumeTonnes(daysAgo), "seed=" + seed + " volume " + daysAgo);
        }
        assertEquals(0, view.volumeTonnes(days), "seed=" + seed + " no day traded the opening price");
        assertTrue(market.bars.stream().anyMatch(b -> b.volumeTonnes() > 0), "seed=" + seed + " nothing traded");
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13})
    void sameSeedGivesIdenticalBarsAndTrades(long seed) {
        MixedPopulation first = new MixedPopulation(seed).run();
        MixedPopulation second = new MixedPopulation(seed).run();
        assertEquals(first.bars, second.bars, "seed=" + seed + " daily bars differ");
        assertEquals(first.recorder.trades, second.recorder.trades, "seed=" + seed + " trades differ");
        MixedPopulation other = new MixedPopulation(seed + 1000).run();
        assertNotEquals(
                first.recorder.trades,
                other.recorder.trades,
                "seed=" + seed + " and seed=" + (seed + 1000) + " gave the same trades");
    }

    @ParameterizedTest
    @ValueSource(longs = {21, 22, 23, 24})
    void inactiveFirmBuysExactlyItsShortfallOnTheDeadlineDayAndNothingBefore(long seed) {
        int days = 30;
        Sessions.Recorder recorder = new Sessions.Recorder();
        MarketSession session =
                new MarketSession(Sessions.rules(1000, 3_000, 5), days, 5, new SplittableRandom(seed), recorder);
        session.addTraderGroup(new TraderGroup.NoiseTraders(8, 0.6, 40, 500_000, 100, 0.03));
        session.addTraderGroup(new TraderGroup.MarketMaker(1, 10, 200, 5_000, 50_000_000, 5_000));
        Position firm = session.addInactiveFirm(300, 0, 800);
        for (int day = 0; day < days; day++) {
            session.runDay();
            if (day < days - 1) {
                assertEquals(300, firm.allowancesTonnes(), "seed=" + seed + " inactive firm traded on day " + day);
            }
        }
        long bought = 0;
        for (Sessions.Trade trade : recorder.trades) {
            assertNotEquals(firm.ownerId(), trade.sellOwnerId(), "seed=" + seed + " inactive firm sold");
            if (trade.buyOwnerId() == firm.ownerId()) {
                assertEquals(days - 1, trade.day(), "seed=" + seed + " inactive firm bought before the deadline");
                bought += trade.quantityTonnes();
            }
        }
        assertEquals(500, bought, "seed=" + seed + " inactive firm's purchases");
        assertEquals(800, firm.allowancesTonnes(), "seed=" + seed + " inactive firm's holdings at the deadline");
    }

    @ParameterizedTest
    @ValueSource(longs = {31, 32, 33, 34, 35})
    void speculatorsStayWithinPositionAndCashLimitsAndMarketMakerWithinInventory(long seed) {
        long positionLimit = 120;
        long makerLimit = 150;
        long makerStart = 1_000;
        LimitWatch watch = new LimitWatch();
        MarketSession session =
                new MarketSession(Sessions.rules(1000, 3_000, 5), 100, 4, new SplittableRandom(seed), watch);
        watch.session = session;
        session.addTraderGroup(new TraderGroup.NoiseTraders(20, 0.7, 40, 1_000_000, 200, 0.04));
        session.addTraderGroup(new TraderGroup.Speculators(2, SpeculatorStyle.TREND, 3, 250_000, positionLimit, 50));
        session.addTraderGroup(
                new TraderGroup.Speculators(2, SpeculatorStyle.MEAN_REVERSION, 5, 250_000, positionLimit, 50));
        session.addTraderGroup(new TraderGroup.MarketMaker(1, 8, 60, makerLimit, 10_000_000, makerStart));
        watch.firstSpeculator = 20;
        watch.maker = 24;
        watch.positionLimit = positionLimit;
        watch.makerLimit = makerLimit;
        watch.makerStart = makerStart;
        watch.seed = seed;
        for (int day = 0; day < 100; day++) {
            session.runDay();
        }
        assertTrue(watch.speculatorTrades > 0, "seed=" + seed + " speculators never traded");
        assertTrue(
                watch.maxSpeculatorHolding > positionLimit / 2 || watch.minSpeculatorCash < 100_000,
                "seed=" + seed + " speculators never came near a limit: max holding " + watch.maxSpeculatorHolding
                        + " t, min cash " + watch.minSpeculatorCash + " fen");
        assertTrue(
                watch.maxMakerInventory > makerLimit / 2,
                "seed=" + seed + " market maker's inventory never passed " + makerLimit / 2 + " t: "
                        + watch.maxMakerInventory);
    }

    @ParameterizedTest
    @ValueSource(longs = {41, 42, 43})
    void enterprisesTradeByTheirStrategyKind(long seed) {
        int days = 40;
        Sessions.Recorder recorder = new Sessions.Recorder();
        MarketSession session =
                new MarketSession(Sessions.rules(1000, 3_000, 0), days, 4, new SplittableRandom(seed), recorder);
        ComplianceTraderParams params = new ComplianceTraderParams(0.1, 0, 1, 0.02);
        Position compliance = session.addEnterprise(
                StrategyKind.COMPLIANCE, params, 0, 100_000_000, 2_000, MarginalCost.constant(4_000));
        Position inactive =
                session.addEnterprise(StrategyKind.INACTIVE, params, 0, 100_000_000, 300, MarginalCost.constant(4_000));
        Position zi = session.addEnterprise(
                StrategyKind.ZERO_INTELLIGENCE, params, 5_000, 0, 2_000, MarginalCost.constant(2_000));
        for (int day = 0; day < days; day++) {
            session.runDay();
        }
        assertTrue(compliance.boughtTonnes() > 0, "seed=" + seed + " the compliance firm never bought");
        assertEquals(0, compliance.soldTonnes(), "seed=" + seed + " the short compliance firm sold");
        assertTrue(compliance.allowancesTonnes() <= 2_000, "seed=" + seed + " the compliance firm overbought");
        assertTrue(inactive.boughtTonnes() > 0, "seed=" + seed + " the inactive firm never bought");
        assertEquals(0, zi.boughtTonnes(), "seed=" + seed + " a long zero-intelligence firm bought");
        assertEquals(
                compliance.boughtTonnes() + inactive.boughtTonnes(),
                zi.soldTonnes(),
                "seed=" + seed + " the zero-intelligence firm is the only seller");
        for (Sessions.Trade trade : recorder.trades) {
            assertTrue(
                    trade.priceTicks() >= 2_000,
                    "seed=" + seed + " the seller sold below its reservation value: " + trade);
            if (trade.buyOwnerId() == inactive.ownerId()) {
                assertEquals(days - 1, trade.day(), "seed=" + seed + " the inactive firm bought before the deadline");
            }
        }
    }

    @Test
    void closingRulesMapOneToOne() {
        assertEquals(ClosingPriceRule.LAST_TRADE, MarketSession.closingPriceRule(ClosingRule.LAST_TRADE));
        assertEquals(ClosingPriceRule.VWAP_LAST_TRADES, MarketSession.closingPriceRule(ClosingRule.VWAP_LAST_TRADES));
        assertEquals(ClosingPriceRule.VWAP_DAY, MarketSession.closingPriceRule(ClosingRule.VWAP_DAY));
    }

    @Test
    void aDayWithoutTradesClosesAtThePreviousCloseOrMovesToTheBestQuote() {
        // Reference 2,000 fen, band ±10%: a lone offer at 1,900 and then a lone bid at 1,950 trade with
        // nobody. The pilots' rule keeps 2,000 both days (the bid is below it); BEST_QUOTE closes at
        // the offer, 1,900, and then at the bid above that, 1,950.
        assertEquals(List.of(2_000L, 2_000L), quoteOnlyCloses(NoTradeClose.PREVIOUS_CLOSE), "seed=none previous");
        assertEquals(List.of(1_900L, 1_950L), quoteOnlyCloses(NoTradeClose.BEST_QUOTE), "seed=none best quote");
    }

    @Test
    void underEitherRuleATonneCouldTradeAtTheCloseMovedToTheQuotesThatStood() {
        // The same two silent days, with a firm holding 500 t and paying without a cash limit, so both
        // quotes could be filled: under the pilots' rule the published close stays at 2,000 fen, a
        // print nobody can reach while the offer at 1,900 stands, so a tonne could trade at the offer.
        // The next day's bid of 1,950 is below that close, which stands (under BEST_QUOTE, whose close
        // is already 1,900, the bid is above it).
        for (NoTradeClose rule : NoTradeClose.values()) {
            MarketSession session =
                    new MarketSession(Sessions.rules(1000, 2_000, 0, rule), 10, 1, new SplittableRandom(1));
            session.addInactiveFirm(500, 0, 0);
            assertEquals(2_000, session.lastTradableTicks(), "seed=none " + rule + " before the first day");
            silentDay(session, Side.SELL, 1_900);
            assertEquals(1_900, session.lastTradableTicks(), "seed=none " + rule + " after the offer");
            session.beginDay();
            assertEquals(1_900, session.view().lastTradablePriceTicks(), "seed=none " + rule + " next morning");
            session.submitGovernmentOrder(Side.BUY, OrderType.LIMIT, 1_950, 100);
            session.trade();
            session.endDay();
            assertEquals(
                    rule == NoTradeClose.BEST_QUOTE ? 1_950 : 2_000,
                    session.lastTradableTicks(),
                    "seed=none " + rule + " after the bid");
        }
    }

    @Test
    void aBidNobodyHoldsAnAllowanceToFillIsNoPriceATonneCouldTradeAt() {
        // Under the pilots' rule, reference 2,000 fen: a bid at 2,100 stands all day while the only firm
        // holds nothing (a first year whose allowances are issued at verification), so no tonne could
        // trade at it and the close stands. Once 500 t are issued to the firm, the same bid is a price.
        MarketSession session = new MarketSession(
                Sessions.rules(1000, 2_000, 0, NoTradeClose.PREVIOUS_CLOSE), 10, 1, new SplittableRandom(1));
        Position firm = session.addInactiveFirm(0, 0, 500);
        silentDay(session, Side.BUY, 2_100);
        assertEquals(2_000, session.lastTradableTicks(), "seed=none nothing issued");
        firm.transferAllowances(500);
        silentDay(session, Side.BUY, 2_100);
        assertEquals(2_100, session.lastTradableTicks(), "seed=none 500 t issued");
        firm.updateEncumbered(500);
        silentDay(session, Side.BUY, 2_100);
        assertEquals(2_000, session.lastTradableTicks(), "seed=none all 500 t pledged");
    }

    @Test
    void anOfferNobodyCouldPayForIsNoPriceATonneCouldTradeAt() {
        // Under the pilots' rule, reference 2,000 fen: an offer at 1,900 stands all day while the only
        // trader buys within its cash and has 1,899 fen, so no tonne could trade at it; with 1,900 fen,
        // one could.
        MarketSession session = new MarketSession(
                Sessions.rules(1000, 2_000, 0, NoTradeClose.PREVIOUS_CLOSE), 10, 1, new SplittableRandom(1));
        Position trader = session.addInactiveFirm(0, 1_899, 0);
        trader.limitToCash();
        silentDay(session, Side.SELL, 1_900);
        assertEquals(2_000, session.lastTradableTicks(), "seed=none no cash for a tonne");
        trader.transferCash(1);
        silentDay(session, Side.SELL, 1_900);
        assertEquals(1_900, session.lastTradableTicks(), "seed=none cash for a tonne");
    }

    /** A day on which only the government's order of 100 t at {@code priceTicks} stands. */
    private static void silentDay(MarketSession session, Side side, long priceTicks) {
        session.beginDay();
        session.submitGovernmentOrder(side, OrderType.LIMIT, priceTicks, 100);
        session.trade();
        session.endDay();
    }

    @Test
    void aSilentDayAfterAPrimaryAuctionClosesAtTheAuctionsPrice() {
        // Reference 2,000 fen: an auction sold at 1,700 before the day's trading and the exchange trades
        // nothing. The day closes at 1,700 under the pilots' rule; under BEST_QUOTE the lone offer at
        // 1,900 is above that, so it stays at 1,700. The next silent day keeps 1,700.
        for (NoTradeClose rule : NoTradeClose.values()) {
            MarketSession session =
                    new MarketSession(Sessions.rules(1000, 2_000, 0, rule), 10, 1, new SplittableRandom(1));
            session.auctionCleared(1_700);
            session.beginDay();
            session.submitGovernmentOrder(Side.SELL, OrderType.LIMIT, 1_900, 100);
            session.trade();
            DailyBar auctionDay = session.endDay();
            session.beginDay();
            session.trade();
            DailyBar next = session.endDay();
            assertEquals(
                    List.of(1_700L, 1_700L), List.of(auctionDay.closeTicks(), next.closeTicks()), "seed=none " + rule);
        }
    }

    private static List<Long> quoteOnlyCloses(NoTradeClose rule) {
        MarketSession session = new MarketSession(Sessions.rules(1000, 2_000, 0, rule), 10, 1, new SplittableRandom(1));
        session.beginDay();
        session.submitGovernmentOrder(Side.SELL, OrderType.LIMIT, 1_900, 100);
        session.trade();
        DailyBar first = session.endDay();
        session.beginDay();
        session.submitGovernmentOrder(Side.BUY, OrderType.LIMIT, 1_950, 100);
        session.trade();
        DailyBar second = session.endDay();
        assertEquals(0, first.volumeTonnes() + second.volumeTonnes(), "nothing trades");
        return List.of(first.closeTicks(), second.closeTicks());
    }

    @Test
    void feesGoToTheExchangeFromBothSides() {
        MarketSession session = new MarketSession(Sessions.rules(0, 2_000, 10), 10, 1, new SplittableRandom(7));
        ComplianceTraderParams params = new ComplianceTraderParams(1, 0, 1, 0);
        Position buyer = session.addAgent(new ComplianceTrader(params), 0, 10_000_000);
        buyer.updateExpectedNeed(100);
        buyer.updateMarginalCost(MarginalCost.constant(2_500));
        Position seller = session.addAgent(new ComplianceTrader(params), 100, 0);
        seller.updateMarginalCost(MarginalCost.constant(1_500));
        DailyBar bar = session.runDay();
        // 100 t at 2,000 fen is 200,000 fen of turnover; 10 bp of it is 200 fen from each side.
        assertEquals(100, bar.volumeTonnes(), "seed=7 volume");
        assertEquals(200_000, bar.turnoverFen(), "seed=7 turnover");
        assertEquals(10_000_000 - 200_000 - 200, buyer.cashFen(), "seed=7 buyer's cash");
        assertEquals(200_000 - 200, seller.cashFen(), "seed=7 seller's cash");
        assertEquals(400, session.exchangeFeesFen(), "seed=7 exchange fees");
    }

    @Test
    void aComplianceTraderKeepsAnUnchangedOrderWithItsPriorityAndDoesNotChaseItsOwnBid() {
        // One buyer of 1,000 t (MAC 25 CNY) and nothing else but a government bid of 100 t at 2,100 fen,
        // reference 2,000 fen, band ±20%, concession 10%. Its expected price is the last price pulled
        // up to the others' best bid, 2,100, so it bids min(2,500, 2,100 × 1.1) = 2,310 for the day's
        // whole gap. Its own bid is then the best, but it reads the others' quotes, so every later
        // round gives the same order, which stays with the id it was first given.
        MarketSession session = new MarketSession(Sessions.rules(2000, 2_000, 0), 10, 4, new SplittableRandom(3));
        Position buyer = session.addAgent(new ComplianceTrader(new ComplianceTraderParams(1, 0, 1, 0.1)), 0, 0);
        buyer.updateExpectedNeed(1_000);
        buyer.updateMarginalCost(MarginalCost.constant(2_500));
        List<String> restingBids = new ArrayList<>();
        session.onRoundStart(round -> session.forEachRestingOrder(
                Side.BUY,
                (orderId, ownerId, side, priceTicks, tonnes) ->
                        restingBids.add(ownerId + ":" + orderId + "@" + priceTicks + "x" + tonnes)));
        session.beginDay();
        session.submitGovernmentOrder(Side.BUY, OrderType.LIMIT, 2_100, 100);
        long government = session.lastGovernmentOrderId();
        session.trade();
        long own = government + 1;
        String others = "-1:" + government + "@2100x100";
        String mine = "0:" + own + "@2310x1000";
        assertEquals(
                List.of(others, mine, others, mine, others, mine, others),
                restingBids,
                "seed=3 resting bids at the start of rounds 0-3");
    }

    @Test
    void aTraderReadsItsOrdersOfTodayFromTheBookAndThoseOfEarlierDaysAsGone() {
        // a trader with a turn in the opening call and in both rounds of each of three days rests a bid
        // at each turn that nothing fills, a tonne more each time, and reads at each turn what is left of
        // the one before: all of it when placed earlier today (in the opening call too), nothing when
        // placed yesterday, as the close cancelled it. In a day's last round it cancels the bid first,
        // which then has nothing left
        MarketRules rules =
                new MarketRules(1, 0, 2_000, ClosingRule.VWAP_DAY, 10, true, false, 0, NoTradeClose.PREVIOUS_CLOSE);
        MarketSession session = new MarketSession(rules, 10, 2, new SplittableRandom(1));
        List<String> seen = new ArrayList<>();
        session.addAgent(
                new TradingStrategy() {
                    private long lastId = -1;
                    private long tonnes;

                    @Override
                    public void act(MarketView market, Position position, OrderGateway orders, SplittableRandom r) {
                        seen.add(market.day() + "/" + (market.inCallPhase() ? "call" : market.round()) + ":"
                                + orders.remainingTonnes(lastId));
                        if (market.round() == 1 && !market.inCallPhase()) {
                            orders.cancelIfLive(lastId);
                            seen.add("cancelled:" + orders.remainingTonnes(lastId));
                        }
                        orders.submit(position.ownerId(), Side.BUY, OrderType.LIMIT, 1_000, ++tonnes);
                        lastId = orders.lastOrderId();
                    }
                },
                0,
                1_000_000_000);
        for (int day = 0; day < 3; day++) {
            session.runDay();
        }
        assertEquals(
                List.of(
                        "0/call:0",
                        "0/0:1",
                        "0/1:2",
                        "cancelled:0",
                        "1/call:0",
                        "1/0:4",
                        "1/1:5",
                        "cancelled:0",
                        "2/call:0",
                        "2/0:7",
                        "2/1:8",
                        "cancelled:0"),
                seen,
                "seed=1 what the trader reads of its previous bid at each turn");
    }

    /** Checks every limit after every settled trade. */
    private static final class LimitWatch implements TradeListener {
        MarketSession session;
        int firstSpeculator;
        int maker;
        long positionLimit;
        long makerLimit;
        long makerStart;
        long seed;
        long speculatorTrades;
        long maxSpeculatorHolding;
        long minSpeculatorCash = Long.MAX_VALUE;
        long maxMakerInventory;

        @Override
        public void onTrade(
                int day,
                long buyOrderId,
                long sellOrderId,
                int buyOwnerId,
                int sellOwnerId,
                long priceTicks,
                long quantityTonnes) {
            for (int owner : new int[] {buyOwnerId, sellOwnerId}) {
                Position position = session.position(owner);
                if (owner >= firstSpeculator && owner < maker) {
                    speculatorTrades++;
                    assertTrue(
                            position.allowancesTonnes() >= 0 && position.allowancesTonnes() <= positionLimit,
                            "seed=" + seed + " speculator " + owner + " holds " + position.allowancesTonnes()
                                    + " t on day " + day);
                    assertTrue(
                            position.cashFen() >= 0,
                            "seed=" + seed + " speculator " + owner + " has " + position.cashFen() + " fen on day "
                                    + day);
                    maxSpeculatorHolding = Math.max(maxSpeculatorHolding, position.allowancesTonnes());
                    minSpeculatorCash = Math.min(minSpeculatorCash, position.cashFen());
                } else if (owner == maker) {
                    long inventory = Math.abs(position.allowancesTonnes() - makerStart);
                    assertTrue(
                            inventory <= makerLimit,
                            "seed=" + seed + " market maker's inventory " + inventory + " t on day " + day);
                    assertTrue(
                            position.cashFen() >= 0,
                            "seed=" + seed + " market maker has " + position.cashFen() + " fen");
                    maxMakerInventory = Math.max(maxMakerInventory, inventory);
                }
            }
        }
    }
}

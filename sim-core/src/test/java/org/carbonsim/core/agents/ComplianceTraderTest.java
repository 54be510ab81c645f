package org.carbonsim.core.agents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.carbonsim.core.market.Side;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The compliance trader's schedule and target, apart from any market. */
class ComplianceTraderTest {
    private static final int DAYS = 242;

    /** Share of a gap traded in the last tenth of the year when each day trades share × urgency of what remains. */
    private static double scheduledLastTenthShare(double procrastination) {
        double remaining = 1;
        double late = 0;
        for (int day = 0; day < DAYS; day++) {
            double fraction = Math.min(1, ComplianceTrader.urgency(day, DAYS, procrastination) / DAYS);
            double traded = remaining * fraction;
            remaining -= traded;
            if (day >= DAYS - DAYS / 10) {
                late += traded;
            }
        }
        assertEquals(0, remaining, 1e-9, "seed=none the schedule leaves " + remaining + " of the gap untraded");
        return late;
    }

    @Test
    void withoutProcrastinationTheScheduleIsEven() {
        assertEquals(1, ComplianceTrader.urgency(0, DAYS, 0), 1e-12, "seed=none urgency on day 0");
        assertEquals(DAYS, ComplianceTrader.urgency(DAYS - 1, DAYS, 0), 1e-9, "seed=none urgency on the last day");
        assertEquals(24.0 / DAYS, scheduledLastTenthShare(0), 1e-9, "seed=none last-tenth share");
    }

    @Test
    void procrastinationBunchesTheScheduleBeforeTheDeadline() {
        double share = scheduledLastTenthShare(0.9);
        assertTrue(share > 0.55 && share < 0.65, "seed=none last-tenth share " + share + " for procrastination 0.9");
        assertEquals(DAYS, ComplianceTrader.urgency(DAYS - 1, DAYS, 0.9), 1e-6, "seed=none urgency on the last day");
        assertTrue(
                ComplianceTrader.urgency(100, DAYS, 0.9) < ComplianceTrader.urgency(100, DAYS, 0),
                "seed=none a procrastinator is less urgent mid-year");
    }

    @Test
    void theScheduleCoversTheDaysToTheDeadlineAndKeepsTheDeadlinesUrgencyAfterIt() {
        UrgencySchedule schedule = UrgencySchedule.of(11, 0.5);
        assertEquals(11, schedule.daysToPace(), "seed=none days 0 to 10");
        for (int day = 0; day < 11; day++) {
            assertEquals(ComplianceTrader.urgency(day, 11, 0.5), schedule.at(day), 0, "seed=none day " + day);
        }
        assertEquals(11, schedule.at(10), 1e-9, "seed=none the whole gap's urgency on the deadline day");
        assertEquals(schedule.at(10), schedule.at(11), 0, "seed=none the day after the deadline");
        assertEquals(schedule.at(10), schedule.at(39), 0, "seed=none the year's last day");
    }

    /** A fresh trader working a 1,000 t shortfall on {@code day} of a 40-day year whose deadline is day 10. */
    private static FakeMarket.Order firstOrderOn(int day, ComplianceTraderParams params) {
        FakeMarket market = FakeMarket.withEarlyDeadline();
        market.day = day;
        Position firm = Position.of(0, 0, 100_000_000);
        firm.updateExpectedNeed(1_000);
        firm.updateMarginalCost(MarginalCost.constant(5_000));
        new ComplianceTrader(params).act(market, firm, market, new SplittableRandom(1));
        assertEquals(1, market.orders.size(), "seed=1 orders: " + market.orders);
        return market.orders.get(0);
    }

    @Test
    void aTraderPacesItsGapToAnEarlyDeadlineAndWorksItWholeOnThatDay() {
        // dailyGapShare 1/11, no procrastination: day d works 1/(11 − d) of what is left, so a trader
        // that lets days 0 to 9 go by has 1 − Π (10 − d)/(11 − d) = 10/11 of its gap to work on day 9.
        ComplianceTraderParams even = new ComplianceTraderParams(1.0 / 11, 0, 1, 0.02);
        assertEquals(910, firstOrderOn(9, even).quantityTonnes(), "seed=1 ceil(1,000 × 10/11) on day 9");
        ComplianceTraderParams slow = new ComplianceTraderParams(0.01, 0.5, 1, 0.02);
        assertEquals(1_000, firstOrderOn(10, slow).quantityTonnes(), "seed=1 the whole gap on the deadline day");
        assertEquals(1_020, firstOrderOn(10, slow).priceTicks(), "seed=1 the close of 1,000 ticks plus 2%");
    }

    @Test
    void aBuyerLeavesToTheAuctionsAheadTheShareTheyAreExpectedToMeet() {
        // Short 1,000 t, the whole gap worked each day: with no auction ahead it bids for 1,000 t; with
        // auctions expected to meet 30% of the covered firms' purchases it buys 1,000 − floor(300) = 700 t
        // on the exchange, and with 0.3333 it buys 1,000 − floor(333.3) = 667 t (the rest rounded up);
        // when they are expected to meet all of it, it bids for nothing.
        assertEquals(1_000, exchangeBid(0).quantityTonnes(), "seed=1 no auction ahead");
        assertEquals(700, exchangeBid(0.3).quantityTonnes(), "seed=1 30% met by the auctions ahead");
        assertEquals(667, exchangeBid(0.3333).quantityTonnes(), "seed=1 a third met, the rest rounded up");
        assertEquals(1_020, exchangeBid(0.3).priceTicks(), "seed=1 the price is its usual bid");
        assertNull(exchangeBid(1), "seed=1 all of it met by the auctions ahead: no bid");
    }

    @Test
    void aSellerIgnoresTheAuctionsAhead() {
        // Long 1,000 t whose abatement costs 500 fen a tonne, the close 1,000: it sells its surplus at
        // ceil(1,000 × 0.98) = 980 whatever the auctions ahead bring the buyers.
        for (double cover : new double[] {0, 0.5, 1}) {
            Position firm = Position.of(0, 1_000, 100_000_000);
            firm.updateMarginalCost(MarginalCost.constant(500));
            FakeMarket market = new FakeMarket();
            market.auctionCoverShare = cover;
            new ComplianceTrader(tolerant(0)).act(market, firm, market, new SplittableRandom(1));
            assertEquals(1, market.orders.size(), "seed=1 one order at cover " + cover);
            assertEquals(Side.SELL, market.orders.get(0).side(), "seed=1 a sale at cover " + cover);
            assertEquals(1_000, market.orders.get(0).quantityTonnes(), "seed=1 its whole surplus at cover " + cover);
            assertEquals(980, market.orders.get(0).priceTicks(), "seed=1 the close less 2% at cover " + cover);
        }
    }

    /** The order a firm short 1,000 t places at its first turn when the auctions ahead meet {@code cover}; null if none. */
    @Test
    void aFirmTradesOnTheExchangeAsIfItHeldWhatTheAuctionsAheadWillBring() {
        // Marginal cost 1 fen a tonne per tonne short, 2,000 t short (needs 3,000, holds 1,000), close
        // 1,000 ticks of 1 fen, the whole gap worked each day. Without auctions ahead it buys to where
        // its cost is 1,000 fen: 2,000 − 1,000 = 1,000 t at 1,020 (2% over the close).
        FakeMarket.Order plain = orderWithAuctionsAhead(0);
        assertEquals(Side.BUY, plain.side(), "seed=1 no auction ahead: a buyer");
        assertEquals(1_000, plain.quantityTonnes(), "seed=1 no auction ahead: 2,000 − 1,000");
        assertEquals(1_020, plain.priceTicks(), "seed=1 its usual bid");
        // The auctions ahead are expected to bring a quarter of its shortfall, floor(2,000 × 0.25) = 500 t:
        // it buys the 500 t it still lacks where its cost meets the close.
        FakeMarket.Order quarter = orderWithAuctionsAhead(0.25);
        assertEquals(Side.BUY, quarter.side(), "seed=1 a quarter met: still a buyer");
        assertEquals(500, quarter.quantityTonnes(), "seed=1 2,000 − 500 − 1,000");
        // They are expected to bring 60%, 1,200 t: it would stand 800 t short, where its cost is 800 fen,
        // below the close, so it sells 1,000 − 800 = 200 t now, at its usual ask (2% under the close,
        // above its cost of 800 fen at that position), and buys them back at auction.
        FakeMarket.Order most = orderWithAuctionsAhead(0.6);
        assertEquals(Side.SELL, most.side(), "seed=1 60% met: a seller");
        assertEquals(200, most.quantityTonnes(), "seed=1 2,000 − 1,200 − 1,000 = −200");
        assertEquals(980, most.priceTicks(), "seed=1 its usual ask");
    }

    private static FakeMarket.Order orderWithAuctionsAhead(double cover) {
        FakeMarket market = new FakeMarket();
        market.auctionCoverShare = cover;
        Position firm = Position.of(0, 1_000, 100_000_000);
        firm.updateExpectedNeed(3_000);
        firm.updateMarginalCost(MarginalCost.linear(1.0, 0));
        new ComplianceTrader(tolerant(0)).act(market, firm, market, new SplittableRandom(1));
        assertEquals(1, market.orders.size(), "seed=1 orders: " + market.orders);
        return market.orders.get(0);
    }

    private static FakeMarket.Order exchangeBid(double cover) {
        FakeMarket market = new FakeMarket();
        market.auctionCoverShare = cover;
        new ComplianceTrader(tolerant(0)).act(market, shortFirm(), market, new SplittableRandom(1));
        return market.orders.isEmpty() ? null : market.orders.get(0);
    }

    /**
     * Behaviour with the whole gap worked each day, 2% concession and {@code toleranceBasisPoints} of
     * re-pricing tolerance.
     */
    private static ComplianceTraderParams tolerant(int toleranceBasisPoints) {
        return new ComplianceTraderParams(
                1,
                0,
                1,
                0.02,
                0,
                0,
                0,
                0,
                FinalAbatement.SHORTFALL,
                BankValue.LAST_YEAR_SHARE,
                ComplianceTraderParams.DEFAULT_REVIEWS_PER_DAY,
                toleranceBasisPoints,
                ComplianceTraderParams.DEFAULT_DEADLINE_QUOTES);
    }

    /**
     * The bound the block session reads at a desk's planning turn ({@link
     * ComplianceTrader#blockTonnesBound}) is at least the desk's day's share at every tick of a ±30%
     * block band, after whatever it trades later that day, and the desk joins the block session
     * exactly when that share reaches the minimum at some tick; once in, it deals its whole gap, at
     * least its day's share. A bound too low would silently drop a desk from the session.
     */
    @Test
    void theBlockBoundHoldsTheDaysShareAtEveryTickOfTheBand() {
        for (long seed = 1; seed <= 300; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            FakeMarket market = new FakeMarket();
            market.day = random.nextInt(DAYS);
            market.auctionCoverShare = random.nextBoolean() ? 0 : random.nextDouble();
            market.feeBasisPoints = random.nextInt(3) * 10;
            ComplianceTraderParams params = new ComplianceTraderParams(
                    random.nextDouble(0.001, 1),
                    random.nextDouble(0, 0.9),
                    1,
                    0.02,
                    0,
                    0,
                    0,
                    random.nextInt(3) * 0.5,
                    FinalAbatement.SHORTFALL,
                    BankValue.LAST_YEAR_SHARE,
                    ComplianceTraderParams.DEFAULT_REVIEWS_PER_DAY,
                    0,
                    ComplianceTraderParams.DEFAULT_DEADLINE_QUOTES,
                    0,
                    random.nextBoolean());
            Position firm = Position.of(0, random.nextLong(0, 2_000_000), random.nextLong(1, 3_000_000_000L));
            firm.updateExpectedNeed(random.nextLong(0, 2_000_000));
            firm.updateNeedUncertainty(random.nextLong(0, 50_000));
            firm.updateMarginalCost(MarginalCost.linear(random.nextDouble(0.0005, 0.01), random.nextLong(0, 500_000)));
            if (random.nextBoolean()) {
                firm.limitToCash();
            }
            ComplianceTrader desk = new ComplianceTrader(params);
            desk.act(market, firm, market, random);
            long bound = desk.blockTonnesBound(market, firm);
            // its later trades that day, either way
            for (int fills = random.nextInt(3); fills > 0; fills--) {
                long tonnes = random.nextLong(1, 200_000);
                if (random.nextBoolean()) {
                    firm.settleBuy(tonnes, tonnes * 1_000, 0);
                } else if (firm.sellableTonnes() > 0) {
                    long sold = Math.min(tonnes, firm.sellableTonnes());
                    firm.settleSell(sold, sold * 1_000, 0);
                }
            }
            long min = random.nextLong(1, 300_000);
            boolean reaches = false;
            for (long tick = 700; tick <= 1_300; tick++) {
                long share = desk.blockDayShareAt(market, firm, tick);
                long whole = desk.blockTonnesAt(market, firm, tick);
                assertTrue(
                        Math.abs(share) <= bound,
                        "seed=" + seed + " tick " + tick + ": day's share " + share + " above the bound " + bound);
                assertTrue(
                        share == 0 || Long.signum(share) == Long.signum(whole) && Math.abs(whole) >= Math.abs(share),
                        "seed=" + seed + " tick " + tick + ": whole gap " + whole + " short of the day's share "
                                + share);
                reaches |= Math.abs(share) >= min;
            }
            assertEquals(
                    reaches,
                    desk.joinsBlockSession(market, firm, 700, 1_300, min),
                    "seed=" + seed + ": joins the session exactly when its day's share reaches " + min + " t");
        }
    }

    /** {@code params} quoting by {@code quotes} on the deadline day. */
    private static ComplianceTraderParams quoting(ComplianceTraderParams params, DeadlineQuotes quotes) {
        return variant(params, quotes, params.targetsNetOfFee());
    }

    /** {@code params} with a desk that sets its target net of the fee or not. */
    private static ComplianceTraderParams netOfFee(ComplianceTraderParams params, boolean targetsNetOfFee) {
        return variant(params, params.deadlineQuotes(), targetsNetOfFee);
    }

    private static ComplianceTraderParams variant(
            ComplianceTraderParams params, DeadlineQuotes quotes, boolean targetsNetOfFee) {
        return new ComplianceTraderParams(
                params.dailyGapShare(),
                params.procrastination(),
                params.expectationWeight(),
                params.priceAggression(),
                params.bankValueShare(),
                params.estimateIntervalDays(),
                params.estimateErrorSd(),
                params.uncertaintyBuffer(),
                params.finalAbatement(),
                params.bankValue(),
                params.reviewsPerDay(),
                params.repriceToleranceBasisPoints(),
                quotes,
                params.bankValueSpread(),
                targetsNetOfFee);
    }

    /** A firm short 1,000 t whose abatement costs 5,000 fen a tonne: it bids the expected price plus 2%. */
    private static Position shortFirm() {
        Position firm = Position.of(0, 0, 100_000_000);
        firm.updateExpectedNeed(1_000);
        firm.updateMarginalCost(MarginalCost.constant(5_000));
        return firm;
    }

    /** The limit prices of the orders the trader places over turns of one day at the given last prices. */
    private static List<Long> bidsAt(ComplianceTrader trader, Position firm, long... lastPricesTicks) {
        FakeMarket market = new FakeMarket();
        for (long price : lastPricesTicks) {
            market.closesOldestFirst = new long[] {price};
            trader.act(market, firm, market, new SplittableRandom(1));
        }
        return market.orders.stream().map(FakeMarket.Order::priceTicks).collect(Collectors.toList());
    }

    @Test
    void aDeskKeepsItsOrderWhileThePriceStaysWithinItsTolerance() {
        // 50 bp of 1,000 ticks is 5: a move to 1,005 is within it (5 × 10,000 ≤ 50 × 1,000), one to
        // 1,006 is not and the desk re-prices at floor(1,006 × 1.02) = 1,026. Its tolerance is then
        // measured from 1,006: back to 1,001 is 5 ticks, within 50 bp of 1,006 (50,000 ≤ 50,300).
        ComplianceTrader trader = new ComplianceTrader(tolerant(50));
        assertEquals(
                List.of(1_020L, 1_026L),
                bidsAt(trader, shortFirm(), 1_000, 1_005, 1_006, 1_001),
                "seed=1 re-priced only past 50 bp");
        assertEquals(
                List.of(1_020L, 1_025L, 1_026L, 1_021L),
                bidsAt(new ComplianceTrader(tolerant(0)), shortFirm(), 1_000, 1_005, 1_006, 1_001),
                "seed=1 at tolerance 0 every move of a tick re-prices");
    }

    @Test
    void aFillOrANewDayMakesTheDeskReviewWhateverThePrice() {
        ComplianceTrader trader = new ComplianceTrader(tolerant(100));
        Position firm = shortFirm();
        FakeMarket market = new FakeMarket();
        trader.act(market, firm, market, new SplittableRandom(1));
        firm.settleBuy(100, 102_000, 0);
        trader.act(market, firm, market, new SplittableRandom(1));
        market.day = 1;
        trader.act(market, firm, market, new SplittableRandom(1));
        assertEquals(
                List.of(1_000L, 900L, 900L),
                market.orders.stream().map(FakeMarket.Order::quantityTonnes).collect(Collectors.toList()),
                "seed=1 the whole 1,000 t, then the 900 t left after a fill of 100 t, then again the next day");
    }

    /**
     * Worked by hand: a firm 100 t short on a linear marginal cost of 10 fen a tonne of shortfall (CNY
     * 0.10 a tonne per tonne, room to abate 1,000 t more) looks first at a last price of 1,000 ticks:
     * its cost at a shortfall of 100 t is exactly 1,000 fen, so it has nothing to trade and plans
     * nothing for the day. Later that day another desk bids 1,020: at that price it would abate 102 t,
     * so it sells the 2 t, asking its marginal cost of 1,000 (the expected 1,020 less 2% rounds up to
     * 1,000 too). Before, a desk that planned nothing had traded its day's quantity, rested until
     * tomorrow and never saw the bid; the day order was gone by the next opening, and a buyer's bid
     * could rise day after day against sellers that each looked once before it came (seed 51 of
     * TextbookMarketsPropertyTest: a step firm's last 2 t lifted the final close 3% above the least-cost
     * price, the sellers' costs at 88.45).
     */
    @Test
    void aDeskThatPlannedNothingAnswersABidThatComesLaterTheSameDay() {
        ComplianceTrader trader = new ComplianceTrader(tolerant(0));
        Position firm = Position.of(0, 1_000, 0);
        firm.updateExpectedNeed(1_100);
        firm.updateMarginalCost(MarginalCost.linear(10, 1_000));
        FakeMarket market = new FakeMarket();
        trader.act(market, firm, market, new SplittableRandom(1));
        assertEquals(List.of(), market.orders, "seed=1 nothing to trade at its own marginal cost");
        market.bestBid = 1_020;
        trader.act(market, firm, market, new SplittableRandom(1));
        assertEquals(1, market.orders.size(), "seed=1 it sells into the later bid");
        FakeMarket.Order ask = market.orders.get(0);
        assertEquals(Side.SELL, ask.side());
        assertEquals(2, ask.quantityTonnes(), "seed=1 the 2 t it would abate at 1,020");
        assertEquals(1_000, ask.priceTicks(), "seed=1 at its marginal cost");
    }

    /**
     * Against a reference: over a random walk of the last price within a day, a desk with a random
     * tolerance places an order exactly at the turns where the price has moved more than its tolerance
     * from the price of its last review, each at that price plus 2%, rounded down.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void aDeskRepricesExactlyWhenThePriceLeavesItsTolerance(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int tolerance = random.nextInt(201);
        long[] prices = new long[200];
        long price = 1_000;
        for (int i = 0; i < prices.length; i++) {
            price = Math.max(950, Math.min(1_070, price + random.nextInt(-8, 9)));
            prices[i] = price;
        }
        List<Long> expected = new ArrayList<>();
        long reviewedAt = -1;
        for (long p : prices) {
            if (reviewedAt < 0 || Math.abs(p - reviewedAt) * 10_000 > tolerance * reviewedAt) {
                reviewedAt = p;
                expected.add((long) Math.floor(p * 1.02));
            }
        }
        assertEquals(
                expected,
                bidsAt(new ComplianceTrader(tolerant(tolerance)), shortFirm(), prices),
                "seed=" + seed + " tolerance " + tolerance + " bp");
    }

    /** A cost of {@code offsetFen + s} fen per tonne at shortfall {@code s ≥ 0}, nothing to forgo or abate beyond it. */
    private static MarginalCost risingFrom(long offsetFen) {
        return new MarginalCost() {
            @Override
            public long costFenPerTonne(long shortfallTonnes) {
                return offsetFen + Math.max(0, shortfallTonnes);
            }

            @Override
            public long abatementCapacityTonnes() {
                return 0;
            }
        };
    }

    /**
     * The one order a fresh trader (whole gap each day, 2% concession) places on {@code day} of a
     * 40-day year whose deadline is day 10, at a last price of 1,000 ticks of 1 fen, the others' best
     * bid and ask as given, holding {@code allowances} against a need of {@code need}.
     */
    private static FakeMarket.Order orderAgainstQuotes(
            int day, long allowances, long need, MarginalCost cost, long bestBid, long bestAsk) {
        return orderAgainstQuotes(DeadlineQuotes.TAKE, day, allowances, need, cost, bestBid, bestAsk);
    }

    /** {@link #orderAgainstQuotes(int, long, long, MarginalCost, long, long)} quoting by {@code quotes} on the deadline day. */
    private static FakeMarket.Order orderAgainstQuotes(
            DeadlineQuotes quotes, int day, long allowances, long need, MarginalCost cost, long bestBid, long bestAsk) {
        FakeMarket market = FakeMarket.withEarlyDeadline();
        market.day = day;
        market.bestBid = bestBid;
        market.bestAsk = bestAsk;
        Position firm = Position.of(0, allowances, 100_000_000);
        firm.updateExpectedNeed(need);
        firm.updateMarginalCost(cost);
        new ComplianceTrader(quoting(tolerant(0), quotes)).act(market, firm, market, new SplittableRandom(1));
        assertEquals(1, market.orders.size(), "seed=1 orders: " + market.orders);
        return market.orders.get(0);
    }

    @Test
    void byDefaultADeskTakesQuotesOnTheDeadlineDay() {
        assertEquals(DeadlineQuotes.TAKE, ComplianceTraderParams.DEFAULT_DEADLINE_QUOTES, "seed=none the default");
    }

    @Test
    void aHagglingDeskQuotesOnTheDeadlineDayAsOnAnyOther() {
        assertEquals(
                1_020,
                orderAgainstQuotes(DeadlineQuotes.HAGGLE, 10, 0, 1_000, MarginalCost.constant(1_060), 0, 1_050)
                        .priceTicks(),
                "seed=1 min(1,060, floor(1,000 × 1.02)) whatever the ask");
        assertEquals(
                980,
                orderAgainstQuotes(DeadlineQuotes.HAGGLE, 10, 1_000, 0, MarginalCost.abated(4_800, 930), 950, 0)
                        .priceTicks(),
                "seed=1 max(930, ceil(1,000 × 0.98)) whatever the bid");
    }

    @Test
    void onTheDeadlineDayABuyerLiftsAnAskUpToItsMarginalCost() {
        // Short 1,000 t at a MAC of 1,060 fen: on other days it bids min(1,060, floor(1,000 × 1.02)) = 1,020.
        MarginalCost mac = MarginalCost.constant(1_060);
        FakeMarket.Order lifted = orderAgainstQuotes(10, 0, 1_000, mac, FakeMarket.NO_PRICE, 1_050);
        assertEquals(1_050, lifted.priceTicks(), "seed=1 the ask of 1,050, above 1,020 and below the MAC of 1,060");
        assertEquals(1_000, lifted.quantityTonnes(), "seed=1 all 1,000 t are worth 1,060 fen");
        assertEquals(
                1_020,
                orderAgainstQuotes(10, 0, 1_000, mac, FakeMarket.NO_PRICE, 1_070)
                        .priceTicks(),
                "seed=1 an ask of 1,070 is above its MAC: it bids as on any other day");
        assertEquals(
                1_020,
                orderAgainstQuotes(9, 0, 1_000, mac, FakeMarket.NO_PRICE, 1_050).priceTicks(),
                "seed=1 a day before the deadline it still haggles");
        assertEquals(
                1_020,
                orderAgainstQuotes(10, 0, 1_000, mac, FakeMarket.NO_PRICE, 1_010)
                        .priceTicks(),
                "seed=1 an ask below its usual bid is filled by that bid");
    }

    @Test
    void onTheDeadlineDayANewAskMakesTheDeskReviewThoughThePriceItExpectsIsUnchanged() {
        // An ask above the last price leaves the expected price at 1,000; the desk must still see it.
        ComplianceTrader trader = new ComplianceTrader(quoting(tolerant(100), DeadlineQuotes.TAKE));
        FakeMarket market = FakeMarket.withEarlyDeadline();
        market.day = 10;
        Position firm = Position.of(0, 0, 100_000_000);
        firm.updateExpectedNeed(1_000);
        firm.updateMarginalCost(MarginalCost.constant(1_060));
        trader.act(market, firm, market, new SplittableRandom(1));
        market.bestAsk = 1_050;
        trader.act(market, firm, market, new SplittableRandom(1));
        assertEquals(
                List.of(1_020L, 1_050L),
                market.orders.stream().map(FakeMarket.Order::priceTicks).collect(Collectors.toList()),
                "seed=1 its usual bid, then the new ask lifted");
    }

    @Test
    void onTheDeadlineDayABuyerLiftsOnlyTheTonnesStillWorthTheAsk() {
        // MAC 60 + s fen at shortfall s, short 1,000 t (MAC 1,060): at the expected 1,000 it would buy
        // down to s = 940, 60 t; at the ask of 1,050 only down to s = 990, 10 t.
        FakeMarket.Order lifted = orderAgainstQuotes(10, 0, 1_000, risingFrom(60), FakeMarket.NO_PRICE, 1_050);
        assertEquals(1_050, lifted.priceTicks(), "seed=1 the ask");
        assertEquals(10, lifted.quantityTonnes(), "seed=1 the 10 t whose MAC is at least 1,050");
    }

    @Test
    void onTheDeadlineDayASellerHitsABidDownToItsReservationValue() {
        // Long 1,000 t after verification, a banked tonne worth 930 fen: on other days it asks
        // max(930, ceil(1,000 × 0.98)) = 980.
        MarginalCost verified = MarginalCost.abated(4_800, 930);
        FakeMarket.Order hit = orderAgainstQuotes(10, 1_000, 0, verified, 950, FakeMarket.NO_PRICE);
        assertEquals(Side.SELL, hit.side(), "seed=1 a seller");
        assertEquals(950, hit.priceTicks(), "seed=1 the bid of 950, below 980 and above the bank value of 930");
        assertEquals(1_000, hit.quantityTonnes(), "seed=1 its whole surplus");
        assertEquals(
                980,
                orderAgainstQuotes(10, 1_000, 0, verified, 920, FakeMarket.NO_PRICE)
                        .priceTicks(),
                "seed=1 a bid of 920 is below what a banked tonne is worth to it");
        assertEquals(
                980,
                orderAgainstQuotes(9, 1_000, 0, verified, 950, FakeMarket.NO_PRICE)
                        .priceTicks(),
                "seed=1 a day before the deadline it still haggles");
        assertEquals(
                950,
                orderAgainstQuotes(10, 1_000, 0, MarginalCost.abated(4_800, 0), 950, FakeMarket.NO_PRICE)
                        .priceTicks(),
                "seed=1 a surplus that cannot be banked takes any bid in the band");
    }

    @Test
    void targetShortfallIsWhereTheMarginalCostMeetsThePrice() {
        MarginalCost linear = MarginalCost.linear(3, 10_000);
        assertEquals(2_500, ComplianceTrader.targetShortfall(linear, 0, 7_500), "seed=none linear target");
        MarginalCost fixed = MarginalCost.constant(5_000);
        assertEquals(
                0, ComplianceTrader.targetShortfall(fixed, 1_000, 4_000), "seed=none buys when abating costs more");
        assertEquals(
                1_000,
                ComplianceTrader.targetShortfall(fixed, 1_000, 6_000),
                "seed=none abates when buying costs more");
        assertEquals(0, ComplianceTrader.targetShortfall(fixed, -1_000, 6_000), "seed=none sells a surplus");
    }

    @Test
    void aFirmThatPlannedTooMuchAbatementTargetsANegativeShortfall() {
        // A linear MAC of 1 fen per tonne abated, planned at 1,000 t (MAC 1,000 fen): at shortfall s the
        // firm abates 1,000 + s, so cost(s) = 1,000 + s down to s = -1,000, the plan it could forgo.
        MarginalCost aroundPlan = new MarginalCost() {
            @Override
            public long costFenPerTonne(long shortfallTonnes) {
                return Math.max(0, 1_000 + shortfallTonnes);
            }

            @Override
            public long abatementCapacityTonnes() {
                return 3_000;
            }

            @Override
            public long forgoableTonnes() {
                return 1_000;
            }
        };
        assertEquals(
                -400,
                ComplianceTrader.targetShortfall(aroundPlan, -2_000, 600),
                "seed=none below the planned MAC the firm keeps 400 t and abates that much less");
        assertEquals(
                -1_000,
                ComplianceTrader.targetShortfall(aroundPlan, 0, 0),
                "seed=none at a zero price it forgoes all its planned abatement, no more");
        assertEquals(500, ComplianceTrader.targetShortfall(aroundPlan, 0, 1_500), "seed=none above plan");
    }

    /**
     * The order of a firm holding 2,000 t whose need is {@code needTonnes}, abating at 1 fen a tonne per
     * tonne of shortfall, at a close of 1,000 fen and a fee of {@code feeBasisPoints}; null if none.
     */
    private static FakeMarket.Order orderNetOfFee(long needTonnes, int feeBasisPoints, boolean netOfFee) {
        FakeMarket market = new FakeMarket();
        market.feeBasisPoints = feeBasisPoints;
        Position firm = Position.of(0, 2_000, 100_000_000);
        firm.updateExpectedNeed(needTonnes);
        firm.updateMarginalCost(MarginalCost.linear(1, 1_000_000));
        ComplianceTraderParams withFee = netOfFee(tolerant(0), netOfFee);
        new ComplianceTrader(withFee).act(market, firm, market, new SplittableRandom(1));
        assertTrue(market.orders.size() <= 1, "seed=1 at most one order: " + market.orders);
        return market.orders.isEmpty() ? null : market.orders.get(0);
    }

    @Test
    void aDeskNetOfTheFeeTradesOnlyWhereTheFeeIsWorthPaying() {
        // Marginal cost 1 fen a tonne per tonne of shortfall, close 1,000 fen, fee 50 bp: a bought tonne
        // costs ceil(1,000 × 1.005) = 1,005 fen and a sold one brings floor(1,000 × 0.995) = 995 fen, so
        // the firm buys down to a shortfall of 1,005 t and sells up to 995 t; at the price itself its
        // target is 1,000 t.
        FakeMarket.Order buy = orderNetOfFee(3_100, 50, true);
        assertEquals(Side.BUY, buy.side(), "seed=1 short 1,100 t: a purchase");
        assertEquals(95, buy.quantityTonnes(), "seed=1 1,100 − 1,005");
        assertEquals(100, orderNetOfFee(3_100, 50, false).quantityTonnes(), "seed=1 fee aside: 1,100 − 1,000");
        assertNull(orderNetOfFee(3_003, 50, true), "seed=1 short 1,003 t, between 995 and 1,005: no order");
        assertEquals(3, orderNetOfFee(3_003, 50, false).quantityTonnes(), "seed=1 fee aside it buys 1,003 − 1,000");
        FakeMarket.Order sell = orderNetOfFee(2_900, 50, true);
        assertEquals(Side.SELL, sell.side(), "seed=1 short 900 t: a sale");
        assertEquals(95, sell.quantityTonnes(), "seed=1 995 − 900");
        assertEquals(100, orderNetOfFee(2_900, 50, false).quantityTonnes(), "seed=1 fee aside: 1,000 − 900");
        assertEquals(3, orderNetOfFee(3_003, 0, true).quantityTonnes(), "seed=1 no fee: the price itself");
    }

    @Test
    void afterVerificationAFirmBuysItsShortfallAndSellsOnlyAboveTheBankValue() {
        // Penalty-equivalent price 4,800 fen, bank value 1,500 fen.
        MarginalCost verified = MarginalCost.abated(4_800, 1_500);
        assertEquals(0, ComplianceTrader.targetShortfall(verified, 2_000, 2_000), "seed=none buys all 2,000 t");
        assertEquals(2_000, ComplianceTrader.targetShortfall(verified, 2_000, 5_000), "seed=none pays the penalty");
        assertEquals(1_500, verified.costFenPerTonne(-300), "seed=none a surplus asks at least its bank value");
        assertEquals(0, verified.abatementCapacityTonnes(), "seed=none no abatement left");
    }

    /** A cost that rises by {@code slope} fen per tonne from {@code planned} abated, like a revised plan. */
    private static MarginalCost aroundPlan(long planned, long slope, long capacity, long beyondFen) {
        return new MarginalCost() {
            @Override
            public long costFenPerTonne(long shortfallTonnes) {
                if (shortfallTonnes > capacity) {
                    return beyondFen;
                }
                return Math.min(beyondFen, Math.max(0, (planned + shortfallTonnes) * slope));
            }

            @Override
            public long abatementCapacityTonnes() {
                return capacity;
            }

            @Override
            public long forgoableTonnes() {
                return planned;
            }
        };
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void theRememberedTargetAndCostAreTheComputedOnes(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        ComplianceTrader desk = new ComplianceTrader(tolerant(0));
        MarginalCost cost = MarginalCost.constant(0);
        for (int step = 0; step < 20_000; step++) {
            if (step % 500 == 0) {
                int kind = random.nextInt(4);
                cost = kind == 0
                        ? MarginalCost.linear(0.01 + random.nextDouble(), random.nextLong(100_000))
                        : kind == 1
                                ? MarginalCost.constant(random.nextLong(10_000))
                                : kind == 2
                                        ? MarginalCost.abated(6_000 + random.nextLong(4_000), random.nextLong(6_000))
                                        : aroundPlan(
                                                random.nextLong(5_000),
                                                1 + random.nextLong(3),
                                                random.nextLong(20_000),
                                                8_000 + random.nextLong(4_000));
            }
            // A few ticks around a level, as a trader's expected price wanders, and fills that move the shortfall.
            long priceFen = 4_000 + random.nextLong(-40, 41) + (step % 500 < 250 ? 0 : random.nextLong(-3_000, 6_000));
            long shortfall = random.nextLong(-30_000, 30_000);
            String where = "seed=" + seed + " step=" + step + " cost=" + cost + " shortfall=" + shortfall + " price="
                    + priceFen;
            assertEquals(
                    ComplianceTrader.targetShortfall(cost, shortfall, priceFen),
                    desk.rememberedTarget(cost, shortfall, priceFen),
                    where);
            assertEquals(cost.costFenPerTonne(shortfall), desk.rememberedCostFen(cost, shortfall), where + " cost");
            long refill = shortfall + random.nextLong(-2, 3);
            assertEquals(
                    cost.costFenPerTonne(refill), desk.rememberedCostFen(cost, refill), where + " cost at " + refill);
        }
    }

    @Test
    void anAuctionBidIsWorthWhatTheMarketSaysNotThePenalty() {
        // Penalty-equivalent 9,600 fen, last close 2,000 ticks of 1 fen, 2% markup: 2,040.
        assertEquals(2_040, ComplianceTrader.auctionBidTicks(9_600, 2_000, 1, 0.02), "seed=none capped");
        // A firm whose marginal cost is below the market bids its cost.
        assertEquals(1_500, ComplianceTrader.auctionBidTicks(1_500, 2_000, 1, 0.02), "seed=none at its cost");
        // 10-fen ticks: 9,600 fen is 960 ticks, above 200 × 1.02 = 204.
        assertEquals(204, ComplianceTrader.auctionBidTicks(9_600, 200, 10, 0.02), "seed=none tick size");
    }

    @Test
    void aConcessionIsAtLeastOneTick() {
        // 2,000 ticks, 2%: 2,040 and 1,960, the share itself.
        assertEquals(2_040, ComplianceTrader.concededBidTicks(2_000, 0.02), "seed=none bid at 2,000");
        assertEquals(1_960, ComplianceTrader.concededAskTicks(2_000, 0.02), "seed=none ask at 2,000");
        // 49 ticks, 2%: 49.98 rounds down to 49 and 48.02 up to 49, so one tick each way: 50 and 48.
        assertEquals(50, ComplianceTrader.concededBidTicks(49, 0.02), "seed=none bid at 49");
        assertEquals(48, ComplianceTrader.concededAskTicks(49, 0.02), "seed=none ask at 49");
        // 49 ticks at half the step, 1%: the same single tick.
        assertEquals(50, ComplianceTrader.concededBidTicks(49, 0.01), "seed=none bid at 49, 1%");
        assertEquals(48, ComplianceTrader.concededAskTicks(49, 0.01), "seed=none ask at 49, 1%");
        // No concession: the expected price itself.
        assertEquals(49, ComplianceTrader.concededBidTicks(49, 0), "seed=none bid at 49, 0%");
        assertEquals(49, ComplianceTrader.concededAskTicks(49, 0), "seed=none ask at 49, 0%");
        // One tick: an ask never goes below one tick.
        assertEquals(2, ComplianceTrader.concededBidTicks(1, 0.02), "seed=none bid at 1");
        assertEquals(1, ComplianceTrader.concededAskTicks(1, 0.02), "seed=none ask at 1");
    }

    @Test
    void anAuctionBidIsTheFirmsDemandCurveInTwoPerCentSteps() {
        ComplianceTraderParams params = new ComplianceTraderParams(0.01, 0.5, 0.3, 0.02, 0, 20, 0.05, 1);
        // Marginal cost 1 fen a tonne per tonne short, 10,000 t short, close 5,000 ticks of 1 fen, reserve
        // 4,900 ticks. Top level min(10,000, 5,000 × 1.02) = 5,100: every tonne whose cost is at least
        // 5,100 fen, down to a shortfall of 5,099 t, so 4,901 t. Next level 5,100 × 0.98 = 4,998: down to
        // 4,997 t, 102 t more. The next, 4,898, is under the reserve.
        Position position = new Position(0, 40_000, 100_000_000, 50_000, MarginalCost.linear(1.0, 0), 0);
        assertEquals(
                List.of(new AuctionBid(5_100, 4_901), new AuctionBid(4_998, 102)),
                ComplianceTrader.auctionBids(position, params, 5_000, 1, 4_900, 0),
                "seed=none two levels above the reserve");
        // Unsure of 1,000 t of its need (buffer 1 sd): the first 1,000 t of the curve are not bid for.
        position.updateNeedUncertainty(1_000);
        assertEquals(
                List.of(new AuctionBid(5_100, 3_901), new AuctionBid(4_998, 102)),
                ComplianceTrader.auctionBids(position, params, 5_000, 1, 4_900, 0),
                "seed=none less the buffer");
        // A reserve above its top level: no bid.
        assertEquals(
                List.of(),
                ComplianceTrader.auctionBids(position, params, 5_000, 1, 5_101, 0),
                "seed=none reserve above the market");
    }

    @Test
    void oneBufferServesTheFirmsInTurnAndHoldsOnlyTheLastFirmsBids() {
        ComplianceTraderParams params = new ComplianceTraderParams(0.01, 0.5, 0.3, 0.02, 0, 20, 0.05, 1);
        // The firms of the tests above, written in turn into one buffer as the government's auction
        // asks them: the verified firm's two bids (10,000 t at 5,100, its 6,000 t bank target lower
        // down), then the firm 10,000 t short at 1 fen a tonne per tonne with a reserve of 4,900 (4,901 t
        // at 5,100 and 102 t at 4,998), then that firm with a reserve above its top level (no bid).
        AuctionBids buffer = new AuctionBids();
        Position verified = new Position(0, 40_000, 100_000_000, 50_000, MarginalCost.abated(9_600, 3_000, 6_000), 0);
        ComplianceTrader.auctionBids(verified, params, 5_000, 1, 1, 0, buffer);
        assertEquals(
                ComplianceTrader.auctionBids(verified, params, 5_000, 1, 1, 0),
                buffer.toList(),
                "seed=none the verified firm's bids");
        assertEquals(2, buffer.count(), "seed=none the verified firm's two bids");
        assertEquals(5_100, buffer.priceTicks(0), "seed=none its shortfall at the market");
        assertEquals(10_000, buffer.tonnes(0), "seed=none its shortfall");
        assertEquals(6_000, buffer.tonnes(1), "seed=none its bank target");
        Position linear = new Position(0, 40_000, 100_000_000, 50_000, MarginalCost.linear(1.0, 0), 0);
        ComplianceTrader.auctionBids(linear, params, 5_000, 1, 4_900, 0, buffer);
        assertEquals(
                List.of(new AuctionBid(5_100, 4_901), new AuctionBid(4_998, 102)),
                buffer.toList(),
                "seed=none the next firm's bids, none of the first's");
        assertEquals(4_998, buffer.priceTicks(1), "seed=none the second level's price");
        assertEquals(102, buffer.tonnes(1), "seed=none the second level's tonnes");
        ComplianceTrader.auctionBids(linear, params, 5_000, 1, 5_101, 0, buffer);
        assertEquals(0, buffer.count(), "seed=none a reserve above the market leaves the buffer empty");
        assertThrows(IndexOutOfBoundsException.class, () -> buffer.tonnes(0), "seed=none no bid 0 left to read");
    }

    @Test
    void anAuctionBidLeavesToTheLaterAuctionsWhatTheyAreExpectedToBring() {
        ComplianceTraderParams params = new ComplianceTraderParams(0.01, 0.5, 0.3, 0.02, 0, 20, 0.05, 1);
        // The firm of the test above, 10,000 t short at a marginal cost of 1 fen a tonne per tonne short,
        // close 5,000 ticks of 1 fen, reserve 4,900, with later auctions expected to meet 40% of the
        // shortfalls: 4,000 t of its 10,000. It bids from 6,000 t short: the top level, min(6,000, 5,100)
        // = 5,100, wants every tonne costing at least 5,100 fen at that position, down to 5,099 t short,
        // so 901 t; the next, 4,998, down to 4,997 t, 102 t more. Bidding its whole shortfall, 4,901 t
        // at the top, it would ask this auction for 4,000 t the later ones are to bring it.
        Position position = new Position(0, 40_000, 100_000_000, 50_000, MarginalCost.linear(1.0, 0), 0);
        assertEquals(
                List.of(new AuctionBid(5_100, 901), new AuctionBid(4_998, 102)),
                ComplianceTrader.auctionBids(position, params, 5_000, 1, 4_900, 0.4),
                "seed=none 40% left to the later auctions");
        // Expected to get all it lacks later: its marginal cost at the position they leave it in, 0 t
        // short, is 0, under the reserve, so it bids nothing now.
        assertEquals(
                List.of(),
                ComplianceTrader.auctionBids(position, params, 5_000, 1, 4_900, 1),
                "seed=none all left to the later auctions");
        // Unsure of 1,000 t (buffer 1 sd): 40% of the 9,000 t beyond the buffer, 3,600 t, is left to the
        // later auctions; from 6,400 t short the top level wants down to 5,099 t, less the buffer: 301 t.
        position.updateNeedUncertainty(1_000);
        assertEquals(
                List.of(new AuctionBid(5_100, 301), new AuctionBid(4_998, 102)),
                ComplianceTrader.auctionBids(position, params, 5_000, 1, 4_900, 0.4),
                "seed=none 40% of the part beyond the buffer left to the later auctions");
    }

    @Test
    void aVerifiedFirmBidsItsShortfallAtTheMarketAndItsBankTargetAtItsBankValue() {
        ComplianceTraderParams params = new ComplianceTraderParams(0.01, 0.5, 0.3, 0.02, 0, 20, 0.05, 1);
        // Verified 10,000 t short (penalty-equivalent CNY 96), meaning to bank 6,000 t at CNY 30, close
        // 5,000 ticks of 1 fen, reserve 1 tick: 10,000 t at 5,100; nothing more until the first level at
        // or below its bank value of 3,000 fen, where it bids the 6,000 t it means to bank.
        Position position = new Position(0, 40_000, 100_000_000, 50_000, MarginalCost.abated(9_600, 3_000, 6_000), 0);
        List<AuctionBid> bids = ComplianceTrader.auctionBids(position, params, 5_000, 1, 1, 0);
        assertEquals(2, bids.size(), "seed=none two bids: " + bids);
        assertEquals(new AuctionBid(5_100, 10_000), bids.get(0), "seed=none the shortfall at the market");
        assertEquals(6_000, bids.get(1).tonnes(), "seed=none the bank target");
        assertTrue(
                bids.get(1).priceTicks() <= 3_000 && bids.get(1).priceTicks() > 3_000 * 0.98,
                "seed=none the bank target at the first level at or under 3,000: " + bids.get(1));
    }

    @Test
    void anAuctionBidCoversOnlyTheShortfallBeyondTheBuffer() {
        ComplianceTraderParams params = new ComplianceTraderParams(0.01, 0.5, 0.3, 0.02, 0, 20, 0.05, 1);
        Position position = new Position(0, 40_000, 0, 50_000, MarginalCost.constant(9_600), 0);
        position.updateNeedUncertainty(2_500);
        assertEquals(7_500, ComplianceTrader.auctionBidTonnes(position, params), "seed=none 10,000 t short, 1 sd");
        position.updateNeedUncertainty(12_000);
        assertEquals(0, ComplianceTrader.auctionBidTonnes(position, params), "seed=none unsure of any need");
        position.updateNeedUncertainty(0);
        assertEquals(10_000, ComplianceTrader.auctionBidTonnes(position, params), "seed=none verified");
    }

    @Test
    void aLongFirmHasNoShortfallToLeaveToTheAuctions() {
        ComplianceTraderParams params = new ComplianceTraderParams(0.01, 0.5, 0.3, 0.02, 0, 20, 0.05, 1);
        // 4,000 t long and meaning to bank 6,000 t: the auctions ahead are counted against shortfalls only
        Position longFirm = new Position(0, 54_000, 0, 50_000, MarginalCost.abated(9_600, 3_000, 6_000), 0);
        assertEquals(0, ComplianceTrader.auctionBidTonnes(longFirm, params), "seed=none long");
    }
}

package org.carbonsim.core.agents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.carbonsim.core.market.Side;
import org.junit.jupiter.api.Test;

/** What each strategy submits for a given market picture, without an exchange. */
class StrategySignalTest {
    private static final long[] RISING = {950, 970, 990, 1_000};
    private static final long[] FALLING = {1_050, 1_030, 1_010, 1_000};

    private static FakeMarket.Order only(FakeMarket market) {
        assertEquals(1, market.orders.size(), "seed=none orders: " + market.orders);
        return market.orders.get(0);
    }

    @Test
    void trendSpeculatorBuysAfterARiseAndSellsAfterAFall() {
        FakeMarket up = new FakeMarket();
        up.closesOldestFirst = RISING;
        new InstitutionalSpeculator(SpeculatorStyle.TREND, 3, 500, 40, 0.005)
                .act(up, Position.of(0, 100, 1_000_000), up, new SplittableRandom(1));
        assertEquals(Side.BUY, only(up).side(), "seed=1 trend after a rise");
        assertEquals(40, only(up).quantityTonnes(), "seed=1 trend order size");

        FakeMarket down = new FakeMarket();
        down.closesOldestFirst = FALLING;
        new InstitutionalSpeculator(SpeculatorStyle.TREND, 3, 500, 40, 0.005)
                .act(down, Position.of(0, 100, 1_000_000), down, new SplittableRandom(1));
        assertEquals(Side.SELL, only(down).side(), "seed=1 trend after a fall");
    }

    @Test
    void aGroupWithSpreadLookbacksReadsTheSameClosesOverDifferentHorizons() {
        // lookbacks 1, 2 and 3 (spread evenly from lookbackDays 1 to lookbackDaysMax 3); the latest close,
        // 990, is below the close a day ago (1,010), above two days ago (960) and below three (1,000)
        TraderGroup.Speculators group = new TraderGroup.Speculators(3, SpeculatorStyle.TREND, 1, 3, 0, 500, 40, 0);
        Side[] expected = {Side.SELL, Side.BUY, Side.SELL};
        for (int i = 0; i < 3; i++) {
            FakeMarket market = new FakeMarket();
            market.closesOldestFirst = new long[] {1_000, 960, 1_010, 990};
            InstitutionalSpeculator.of(group, i)
                    .act(market, Position.of(0, 100, 1_000_000), market, new SplittableRandom(1));
            assertEquals(expected[i], only(market).side(), "seed=1 trader " + i + " of the group");
        }
        assertEquals(
                List.of(10, 15, 20, 25, 30),
                IntStream.range(0, 5)
                        .mapToObj(
                                new TraderGroup.Speculators(5, SpeculatorStyle.TREND, 10, 30, 0, 500, 40, 0)
                                        ::lookbackDaysOf)
                        .toList(),
                "five lookbacks spread evenly over 10..30 days");
        assertEquals(
                7,
                new TraderGroup.Speculators(1, SpeculatorStyle.TREND, 7, 30, 0, 500, 40, 0).lookbackDaysOf(0),
                "a group of one takes lookbackDays");
    }

    @Test
    void meanReversionSpeculatorSellsAboveItsAverageAndBuysBelow() {
        FakeMarket above = new FakeMarket();
        above.closesOldestFirst = RISING;
        new InstitutionalSpeculator(SpeculatorStyle.MEAN_REVERSION, 3, 500, 40, 0.005)
                .act(above, Position.of(0, 100, 1_000_000), above, new SplittableRandom(1));
        assertEquals(Side.SELL, only(above).side(), "seed=1 mean reversion above the average");

        FakeMarket below = new FakeMarket();
        below.closesOldestFirst = FALLING;
        new InstitutionalSpeculator(SpeculatorStyle.MEAN_REVERSION, 3, 500, 40, 0.005)
                .act(below, Position.of(0, 100, 1_000_000), below, new SplittableRandom(1));
        assertEquals(Side.BUY, only(below).side(), "seed=1 mean reversion below the average");
    }

    @Test
    void speculatorBuysOnlyUpToItsPositionLimitAndItsCash() {
        FakeMarket atLimit = new FakeMarket();
        atLimit.closesOldestFirst = RISING;
        new InstitutionalSpeculator(SpeculatorStyle.TREND, 3, 120, 40, 0.005)
                .act(atLimit, Position.of(0, 100, 1_000_000), atLimit, new SplittableRandom(1));
        assertEquals(20, only(atLimit).quantityTonnes(), "seed=1 room below the position limit");

        FakeMarket poor = new FakeMarket();
        poor.closesOldestFirst = RISING;
        new InstitutionalSpeculator(SpeculatorStyle.TREND, 3, 500, 40, 0.005)
                .act(poor, Position.of(0, 0, 10_100), poor, new SplittableRandom(1));
        FakeMarket.Order order = only(poor);
        assertTrue(
                order.priceTicks() * order.quantityTonnes() <= 10_100, "seed=1 a bid the cash cannot cover: " + order);
    }

    @Test
    void speculatorWithAParticipationShareSizesItsOrderToTheLookbacksAverageVolume() {
        // Lookback 3: the last three days traded 700, 500 and 300 t, 500 t a day on average.
        long[] volumes = {0, 300, 500, 700};
        FakeMarket quiet = new FakeMarket();
        quiet.closesOldestFirst = RISING;
        quiet.volumesOldestFirst = volumes;
        new InstitutionalSpeculator(SpeculatorStyle.TREND, 3, 500, 40, 0.005, 0.05)
                .act(quiet, Position.of(0, 100, 1_000_000), quiet, new SplittableRandom(1));
        assertEquals(25, only(quiet).quantityTonnes(), "seed=1 5% of 500 t a day");

        FakeMarket busy = new FakeMarket();
        busy.closesOldestFirst = FALLING;
        busy.volumesOldestFirst = volumes;
        new InstitutionalSpeculator(SpeculatorStyle.TREND, 3, 500, 40, 0.005, 0.1)
                .act(busy, Position.of(0, 100, 1_000_000), busy, new SplittableRandom(1));
        assertEquals(Side.SELL, only(busy).side(), "seed=1 trend after a fall");
        assertEquals(40, only(busy).quantityTonnes(), "seed=1 10% of 500 t is 50 t, above the 40 t order");

        FakeMarket idle = new FakeMarket();
        idle.closesOldestFirst = RISING;
        idle.volumesOldestFirst = new long[] {0, 0, 0, 0};
        new InstitutionalSpeculator(SpeculatorStyle.TREND, 3, 500, 40, 0.005, 0.05)
                .act(idle, Position.of(0, 100, 1_000_000), idle, new SplittableRandom(1));
        assertTrue(idle.orders.isEmpty(), "seed=1 a market that traded nothing gets no order: " + idle.orders);
    }

    /**
     * Has {@code strategy} act for {@code firm} on every day before {@code deadline}, checks it placed
     * nothing, and returns the one order it places on the deadline day.
     */
    private static FakeMarket.Order orderOnTheDeadline(
            FakeMarket market, InactiveFirm strategy, Position firm, int deadline) {
        for (int day = 0; day < deadline; day++) {
            market.day = day;
            strategy.act(market, firm, market, new SplittableRandom(1));
        }
        assertTrue(market.orders.isEmpty(), "seed=1 orders before the deadline: " + market.orders);
        market.day = deadline;
        strategy.act(market, firm, market, new SplittableRandom(1));
        return only(market);
    }

    @Test
    void inactiveFirmWaitsForTheDeadlineThenBidsItsShortfallAtTheUpperEdge() {
        FakeMarket market = new FakeMarket();
        market.tradingDays = 10;
        Position firm = Position.of(3, 200, 0);
        firm.updateExpectedNeed(700);
        FakeMarket.Order order = orderOnTheDeadline(market, new InactiveFirm(), firm, 9);
        assertEquals(Side.BUY, order.side(), "seed=1 side");
        assertEquals(500, order.quantityTonnes(), "seed=1 quantity");
        assertEquals(market.upperTicks, order.priceTicks(), "seed=1 price");
    }

    @Test
    void inactiveFirmBuysOnAnEarlyDeadlineDayAndThenRestsUntilNextYearsDeadline() {
        FakeMarket market = FakeMarket.withEarlyDeadline();
        Position firm = Position.of(3, 200, 0);
        firm.updateExpectedNeed(700);
        InactiveFirm strategy = new InactiveFirm();
        assertEquals(10, strategy.restUntilDay(market), "seed=none it rests until the deadline day");
        FakeMarket.Order order = orderOnTheDeadline(market, strategy, firm, 10);
        assertEquals(Side.BUY, order.side(), "seed=1 side");
        assertEquals(500, order.quantityTonnes(), "seed=1 quantity");
        market.day = 11;
        strategy.act(market, firm, market, new SplittableRandom(1));
        assertEquals(1, market.orders.size(), "seed=1 nothing is due after the deadline: " + market.orders);
        assertEquals(50, strategy.restUntilDay(market), "seed=none then it rests until next year's deadline");
    }

    @Test
    void zeroIntelligenceFirmPacesItsShortfallToAnEarlyDeadline() {
        // 1,100 t short on day 0 with the deadline on day 10: 11 days left, 100 t today, in one lot
        // (one round a day); with the deadline on the last of 40 days it would be 28 t.
        FakeMarket market = FakeMarket.withEarlyDeadline();
        Position firm = Position.of(0, 0, 10_000_000);
        firm.updateExpectedNeed(1_100);
        firm.updateMarginalCost(MarginalCost.constant(1_050));
        new ZeroIntelligenceFirm(500, 2_000).act(market, firm, market, new SplittableRandom(3));
        FakeMarket.Order order = only(market);
        assertEquals(Side.BUY, order.side(), "seed=3 side");
        assertEquals(100, order.quantityTonnes(), "seed=3 a day's share of the shortfall");
    }

    @Test
    void zeroIntelligenceBuyerNeverBidsAboveItsValueNorSellerAsksBelowItsCost() {
        FakeMarket market = new FakeMarket();
        Position buyer = Position.of(0, 0, 1_000_000);
        buyer.updateReservationValue(980);
        Position seller = Position.of(1, 1_000, 0);
        seller.updateReservationValue(1_020);
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < 500; i++) {
            market.day = i;
            new ZeroIntelligenceTrader(Side.BUY, 1, 1, 1, 2_000).act(market, buyer, market, random);
            new ZeroIntelligenceTrader(Side.SELL, 1, 1, 1, 2_000).act(market, seller, market, random);
        }
        for (FakeMarket.Order order : market.orders) {
            if (order.side() == Side.BUY) {
                assertTrue(order.priceTicks() >= 900 && order.priceTicks() <= 980, "seed=5 bid " + order);
            } else {
                assertTrue(order.priceTicks() >= 1_020 && order.priceTicks() <= 1_100, "seed=5 ask " + order);
            }
        }
        assertEquals(1_000, market.orders.size(), "seed=5 one order each per call");
    }

    @Test
    void aSpeculatorBidsTwoPercentBelowTheCloseInAnAuctionWithinItsLimits() {
        InstitutionalSpeculator speculator = new InstitutionalSpeculator(SpeculatorStyle.TREND, 3, 500, 40, 0.005);
        // Close 2,000 ticks of 1 fen: it bids 1,960 for one order (40 t) when room and cash allow.
        assertEquals(
                new AuctionBid(1_960, 40),
                speculator.auctionBid(2_000, Position.of(0, 0, 1_000_000), 1, 0),
                "seed=none a full order");
        assertEquals(
                new AuctionBid(1_960, 15),
                speculator.auctionBid(2_000, Position.of(0, 485, 1_000_000), 1, 0),
                "seed=none only the room left under its 500 t limit");
        assertEquals(
                new AuctionBid(1_960, 5),
                speculator.auctionBid(2_000, Position.of(0, 0, 9_800), 1, 0),
                "seed=none only what 9,800 fen buys at 1,960");
        assertEquals(
                AuctionBid.NONE,
                new ZeroIntelligenceTrader(Side.BUY, 10, 10, 1_000, 5_000)
                        .auctionBid(2_000, Position.of(0, 0, 1_000_000), 1, 0),
                "seed=none other traders do not bid");
    }
}

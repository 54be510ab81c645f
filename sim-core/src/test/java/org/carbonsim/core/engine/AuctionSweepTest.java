package org.carbonsim.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.carbonsim.core.agents.AuctionBids;
import org.carbonsim.core.agents.AuctionDemandWalk;
import org.carbonsim.core.agents.MarginalCost;
import org.carbonsim.core.market.AuctionOutcome;
import org.carbonsim.core.market.AuctionStyle;
import org.carbonsim.core.market.CallAuction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A primary auction reads the enterprises' demand curves only down to the level where the bids meet
 * the lot ({@link AuctionSweep}). It must clear at the price, and fill every order with the tonnes,
 * that the auction of every level of every curve does: with many enterprises or few, cash that caps
 * the bids or not, trader groups' bids among theirs, lots the bids meet high up and lots they never
 * meet.
 */
class AuctionSweepTest {
    private static final int TRADER_OWNER_BASE = 1_000;

    /** One enterprise's inputs to its demand curve. */
    private record Bidder(
            int ownerId,
            MarginalCost cost,
            long shortfallTonnes,
            long lowestTonnes,
            long bufferTonnes,
            long expectedTicks,
            double markup,
            long cashFen) {
        /** Starts {@code walk} on its demand curve in an auction of {@code tickFen} and {@code reserveTicks}. */
        void start(AuctionDemandWalk walk, long tickFen, long reserveTicks) {
            walk.start(cost, shortfallTonnes, lowestTonnes, bufferTonnes, expectedTicks, markup, tickFen, reserveTicks);
        }
    }

    /** One trader group's bid. */
    private record TraderBid(int ownerId, long priceTicks, long tonnes) {}

    /** The auction's outcome and every fill, in the order they were reported, as text to compare. */
    private record Cleared(AuctionOutcome outcome, List<String> fills, int bids) {}

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void theSweepClearsAndFillsAsEveryLevelOfEveryCurveDoes(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int cases = 300;
        int stoppedEarly = 0;
        int neverMet = 0;
        AuctionSweep sweep = new AuctionSweep();
        for (int i = 0; i < cases; i++) {
            long tickFen = new long[] {1, 1, 5, 10, 100}[random.nextInt(5)];
            long beyond = 100 + random.nextLong(40_000);
            long expectedTicks = 1 + random.nextLong((beyond + beyond / 4) / tickFen + 1);
            long reserveTicks = 1 + (random.nextBoolean() ? 0 : random.nextLong(expectedTicks));
            List<Bidder> bidders = new ArrayList<>();
            int enterprises = 1 + random.nextInt(random.nextBoolean() ? 4 : 40);
            long bauTotal = 0;
            for (int e = 0; e < enterprises; e++) {
                long bau = 1 + random.nextLong(random.nextBoolean() ? 5_000 : 5_000_000);
                bauTotal += bau;
                MarginalCost cost = AuctionDemandCurveTest.randomCost(random, bau, beyond);
                long lowest = -cost.forgoableTonnes();
                long shortfall = lowest + random.nextLong(2 * bau) - bau / 10;
                long buffer = random.nextBoolean() ? 0 : random.nextLong(bau / 20 + 1);
                double markup = random.nextInt(4) == 0 ? 0 : 0.5 * random.nextDouble();
                long cash = random.nextInt(4) == 0 ? random.nextLong(bau * beyond / 4 + 1) : Long.MAX_VALUE / 4;
                bidders.add(new Bidder(e + 1, cost, shortfall, lowest, buffer, expectedTicks, markup, cash));
            }
            List<TraderBid> traders = new ArrayList<>();
            int traderCount = random.nextInt(3) == 0 ? 0 : random.nextInt(6);
            for (int t = 0; t < traderCount; t++) {
                long price = reserveTicks + random.nextLong(expectedTicks + 2);
                traders.add(new TraderBid(TRADER_OWNER_BASE + t, price, 1 + random.nextLong(bauTotal / 10 + 1)));
            }
            long lot = 1 + random.nextLong(random.nextBoolean() ? bauTotal / 20 + 1 : 2 * bauTotal + 1);
            String context = "seed=" + seed + " case " + i + ": " + enterprises + " enterprises, " + traderCount
                    + " traders, lot " + lot + " t, reserve " + reserveTicks + " ticks of " + tickFen + " fen";

            Cleared everyLevel = everyLevel(bidders, traders, lot, tickFen, reserveTicks);
            Cleared swept = swept(sweep, bidders, traders, lot, tickFen, reserveTicks);
            assertEquals(everyLevel.outcome(), swept.outcome(), context);
            assertEquals(everyLevel.fills(), swept.fills(), context);
            if (swept.bids() < everyLevel.bids()) {
                stoppedEarly++;
            } else if (everyLevel.outcome().volumeTonnes() < lot) {
                neverMet++;
            }
        }
        assertTrue(stoppedEarly >= cases / 5, "seed=" + seed + ": the sweep stopped early in only " + stoppedEarly);
        assertTrue(neverMet >= cases / 20, "seed=" + seed + ": the bids fell short of the lot in only " + neverMet);
    }

    /**
     * By hand: two enterprises whose whole need costs more than any level (each bids its need at its
     * top level), a lot of 150 t. Enterprise 1 bids 100 t at 50 ticks, enterprise 2 100 t at 49: the
     * sweep stops at 49, where 200 t meet the lot, and enterprise 1 fills 100 t, enterprise 2 the 50 t
     * left, at 49 ticks.
     */
    @Test
    void aLotMetAtTheSecondLevelFillsTheTopBidWholeAndTheRestAtTheSecond() {
        // verified needs: a tonne short costs the penalty-equivalent, 10,000 yuan, a tonne over nothing
        MarginalCost steep = MarginalCost.abated(1_000_000, 0);
        AuctionSweep sweep = new AuctionSweep();
        sweep.clear();
        sweep.enterprise(1, Long.MAX_VALUE / 4).start(steep, 100, 0, 0, 50, 0, 1, 1);
        sweep.enterprise(2, Long.MAX_VALUE / 4).start(steep, 100, 0, 0, 49, 0, 1, 1);
        CallAuction auction = new CallAuction(AuctionStyle.PRIMARY);
        long askId = sweep.addBids(auction, 150, 1);
        assertEquals(2, auction.bidCount(), "the bids read: each enterprise's top level");
        assertEquals(3, askId);
        assertEquals(3, sweep.firstTraderOrderId());
        auction.addAsk(askId, 0, 1, 150);
        List<String> fills = new ArrayList<>();
        AuctionOutcome outcome = auction.uncross(
                50, 1, (id, owner, side, price, tonnes) -> fills.add(owner + " " + side + " " + price + " " + tonnes));
        assertEquals(new AuctionOutcome(49, 150, 50), outcome);
        assertEquals(List.of("1 BUY 49 100", "2 BUY 49 50", "0 SELL 49 150"), fills);
    }

    /** The auction as it ran before: every level of every curve, as cash allows, then the trader groups. */
    private static Cleared everyLevel(
            List<Bidder> bidders, List<TraderBid> traders, long lot, long tickFen, long reserveTicks) {
        CallAuction auction = new CallAuction(AuctionStyle.PRIMARY);
        AuctionBids bids = new AuctionBids();
        AuctionDemandWalk walk = new AuctionDemandWalk();
        long orderId = 1;
        for (Bidder b : bidders) {
            b.start(walk, tickFen, reserveTicks);
            bids.read(walk);
            long cash = b.cashFen();
            for (int k = 0; k < bids.count(); k++) {
                long price = bids.priceTicks(k);
                long tonnes = Math.min(bids.tonnes(k), cash / (price * tickFen));
                if (tonnes > 0) {
                    auction.addBid(orderId++, b.ownerId(), price, tonnes);
                    cash -= tonnes * price * tickFen;
                }
            }
        }
        for (TraderBid t : traders) {
            auction.addBid(orderId++, t.ownerId(), t.priceTicks(), t.tonnes());
        }
        return cleared(auction, orderId, lot, reserveTicks);
    }

    private static Cleared swept(
            AuctionSweep sweep,
            List<Bidder> bidders,
            List<TraderBid> traders,
            long lot,
            long tickFen,
            long reserveTicks) {
        sweep.clear();
        for (Bidder b : bidders) {
            b.start(sweep.enterprise(b.ownerId(), b.cashFen()), tickFen, reserveTicks);
        }
        for (TraderBid t : traders) {
            sweep.trader(t.ownerId(), t.priceTicks(), t.tonnes());
        }
        CallAuction auction = new CallAuction(AuctionStyle.PRIMARY);
        long askId = sweep.addBids(auction, lot, tickFen);
        assertEquals(askId - traders.size(), sweep.firstTraderOrderId(), "the trader groups' bids come last");
        return cleared(auction, askId, lot, reserveTicks);
    }

    private static Cleared cleared(CallAuction auction, long askId, long lot, long reserveTicks) {
        auction.addAsk(askId, 0, reserveTicks, lot);
        List<String> fills = new ArrayList<>();
        AuctionOutcome outcome = auction.uncross(
                reserveTicks,
                reserveTicks,
                (id, owner, side, price, tonnes) -> fills.add(owner + " " + side + " " + price + " " + tonnes));
        return new Cleared(outcome, fills, auction.bidCount());
    }
}

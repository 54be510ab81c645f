package org.carbonsim.core.market;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.carbonsim.core.market.Event.Fill;
import org.junit.jupiter.api.Test;

/** Hand-computed uncrosses of the standalone call auction. */
class CallAuctionTest {
    private final CallAuction auction = new CallAuction();
    private final RecordingListener fills = new RecordingListener();

    private List<Object> uncross(long reference, long reserve) {
        List<Object> all = new ArrayList<>();
        all.add(auction.uncross(reference, reserve, fills));
        all.addAll(fills.drain());
        return all;
    }

    @Test
    void callAuctionPicksMaxVolumeThenMinImbalanceThenNearestReference() {
        // Volume: at 100 demand 30 supply 10; at 101 demand 20 supply 20 (max volume 20, imbalance 0).
        auction.addBid(1, 1, 102, 10);
        auction.addBid(2, 2, 101, 10);
        auction.addBid(3, 3, 100, 10);
        auction.addAsk(4, 4, 100, 10);
        auction.addAsk(5, 5, 101, 10);
        auction.addAsk(6, 6, 103, 10);
        assertEquals(
                List.of(
                        new AuctionOutcome(101, 20, 0),
                        new Fill(1, 1, Side.BUY, 101, 10),
                        new Fill(2, 2, Side.BUY, 101, 10),
                        new Fill(4, 4, Side.SELL, 101, 10),
                        new Fill(5, 5, Side.SELL, 101, 10)),
                uncross(50, 0));
    }

    @Test
    void equalVolumeAndImbalanceChoosesPriceNearestReference() {
        // Any price in [95, 105] clears 10 t with no imbalance: the reference 98 wins.
        auction.addBid(1, 1, 105, 10);
        auction.addAsk(2, 2, 95, 10);
        List<Object> nearReference = uncross(98, 0);
        List<Object> aboveRange = uncross(200, 0);
        List<Object> noReference = uncross(0, 0);
        assertEquals(
                List.of(new AuctionOutcome(98, 10, 0), new AuctionOutcome(105, 10, 0), new AuctionOutcome(95, 10, 0)),
                List.of(nearReference.get(0), aboveRange.get(0), noReference.get(0)));
    }

    @Test
    void clearingRangeResolvesToPriceNearestReference() {
        auction.addBid(1, 1, 102, 10);
        auction.addAsk(2, 2, 98, 10);
        auction.addAsk(3, 3, 102, 10);
        auction.addBid(4, 4, 98, 10);
        // 98..102 all clear 10 t; imbalance at 98 is |20-10|=10, at 99..101 0, at 102 |10-20|=10.
        assertEquals(new AuctionOutcome(100, 10, 0), uncross(100, 0).get(0));
        auction.clear();
        auction.addBid(1, 1, 101, 10);
        auction.addAsk(2, 2, 100, 10);
        assertEquals(new AuctionOutcome(100, 10, 0), uncross(0, 0).get(0));
        auction.clear();
        auction.addBid(1, 1, 103, 10);
        auction.addAsk(2, 2, 99, 10);
        assertEquals(new AuctionOutcome(99, 10, 0), uncross(97, 0).get(0));
    }

    @Test
    void marginalPriceFillsByTimePriority() {
        auction.addAsk(1, 9, 50, 15);
        auction.addBid(2, 1, 60, 5);
        auction.addBid(3, 2, 55, 8);
        auction.addBid(4, 3, 55, 8);
        // At 55: demand 21, supply 15 -> 15 t; order 2 fills 5, then 3 fills 8 (earlier), 4 gets 2.
        assertEquals(
                List.of(
                        new AuctionOutcome(55, 15, 6),
                        new Fill(2, 1, Side.BUY, 55, 5),
                        new Fill(3, 2, Side.BUY, 55, 8),
                        new Fill(4, 3, Side.BUY, 55, 2),
                        new Fill(1, 9, Side.SELL, 55, 15)),
                uncross(55, 0));
    }

    @Test
    void primaryAuctionSellsAtReserveWhenUncrossWouldBeBelow() {
        // Government offers 100 t from 1 tick; bids at 30, 25 and 20 with reserve 25.
        auction.addAsk(1, 0, 1, 100);
        auction.addBid(2, 1, 30, 40);
        auction.addBid(3, 2, 25, 30);
        auction.addBid(4, 3, 20, 50);
        assertEquals(
                List.of(
                        new AuctionOutcome(25, 70, -30),
                        new Fill(2, 1, Side.BUY, 25, 40),
                        new Fill(3, 2, Side.BUY, 25, 30),
                        new Fill(1, 0, Side.SELL, 25, 70)),
                uncross(0, 25));
    }

    @Test
    void noSaleWhenNoBidReachesReserve() {
        auction.addAsk(1, 0, 1, 100);
        auction.addBid(2, 1, 20, 40);
        assertEquals(List.of(AuctionOutcome.NO_TRADE), uncross(0, 25));
    }

    @Test
    void uncrossedOrdersTradeNothing() {
        auction.addBid(1, 1, 99, 10);
        auction.addAsk(2, 2, 100, 10);
        assertEquals(List.of(AuctionOutcome.NO_TRADE), uncross(100, 0));
    }

    @Test
    void aPrimaryAuctionClearsAtTheLowestBidThatFills() {
        // Undersubscribed: 150 t bid (100 at 50, 50 at 40) for 500 t offered at the reserve of 10. Every
        // price in [10, 40] sells 150 t with the same imbalance: the exchange's call takes the one nearest
        // the reference 30, a primary auction the price of its lowest bid, 40.
        CallAuction primary = new CallAuction(AuctionStyle.PRIMARY);
        for (CallAuction a : List.of(auction, primary)) {
            a.addBid(1, 1, 50, 100);
            a.addBid(2, 2, 40, 50);
            a.addAsk(3, 3, 10, 500);
        }
        assertEquals(new AuctionOutcome(30, 150, -350), auction.uncross(30, 10, fills), "the exchange's call");
        assertEquals(new AuctionOutcome(40, 150, -350), primary.uncross(30, 10, fills), "a primary auction");
    }

    @Test
    void anOversubscribedPrimaryAuctionClearsAtItsMarginalBid() {
        // 300 t bid at 50 for 100 t: every price up to 50 sells 100 t with 200 t unfilled; the primary
        // auction's price is the marginal bid's, 50, where the exchange's call takes the reference 30.
        CallAuction primary = new CallAuction(AuctionStyle.PRIMARY);
        for (CallAuction a : List.of(auction, primary)) {
            a.addBid(1, 1, 50, 300);
            a.addAsk(2, 2, 10, 100);
        }
        assertEquals(30, auction.uncross(30, 10, fills).clearingPriceTicks(), "the exchange's call");
        assertEquals(50, primary.uncross(30, 10, fills).clearingPriceTicks(), "a primary auction");
    }

    @Test
    void aPrimaryAuctionsMarginalBidsShareWhatIsLeftProRata() {
        // 250 t offered. The bid at 60 fills whole (50 t); the 200 t left go to the bids at the clearing
        // price 50 in proportion, 300 : 100, so 150 and 50, where time priority gives the first all 200.
        CallAuction primary = primaryAuction(250, new long[] {50, 300}, new long[] {50, 100}, new long[] {60, 50});
        assertEquals(
                List.of(
                        new AuctionOutcome(50, 250, 200),
                        new Fill(3, 3, Side.BUY, 50, 50),
                        new Fill(1, 1, Side.BUY, 50, 150),
                        new Fill(2, 2, Side.BUY, 50, 50),
                        new Fill(4, 4, Side.SELL, 50, 250)),
                uncrossed(primary, 30, 10));
    }

    @Test
    void theTonnesProRataRoundingLeavesGoOneEachInArrivalOrder() {
        // 5 t for bids of 3, 3 and 1 at one price: floor(15/7) = 2, 2 and floor(5/7) = 0, 4 t; the fifth
        // goes to the first bid, which arrived first. The third bid gets nothing and hears nothing.
        CallAuction primary = primaryAuction(5, new long[] {50, 3}, new long[] {50, 3}, new long[] {50, 1});
        assertEquals(
                List.of(
                        new AuctionOutcome(50, 5, 2),
                        new Fill(1, 1, Side.BUY, 50, 3),
                        new Fill(2, 2, Side.BUY, 50, 2),
                        new Fill(4, 4, Side.SELL, 50, 5)),
                uncrossed(primary, 30, 10));
    }

    @Test
    void proRataSharesOfLargeQuantitiesDoNotOverflow() {
        long big = 4_000_000_000_000L;
        assertEquals(2_000_000_000_000L, CallAuction.multiplyDivide(big, big / 2, big), "seed=none past 2^63");
        assertEquals(7, CallAuction.multiplyDivide(15, 3, 6), "seed=none small, rounded down");
    }

    /**
     * A primary auction of {@code offeredTonnes} asked at 10 ticks (order and owner {@code n + 1}) and
     * {@code n} bids of {price, tonnes}, orders and owners 1 to {@code n} in that order.
     */
    private static CallAuction primaryAuction(long offeredTonnes, long[]... bids) {
        CallAuction primary = new CallAuction(AuctionStyle.PRIMARY);
        for (int i = 0; i < bids.length; i++) {
            primary.addBid(i + 1, i + 1, bids[i][0], bids[i][1]);
        }
        primary.addAsk(bids.length + 1, bids.length + 1, 10, offeredTonnes);
        return primary;
    }

    private List<Object> uncrossed(CallAuction primary, long reference, long reserve) {
        List<Object> all = new ArrayList<>();
        all.add(primary.uncross(reference, reserve, fills));
        all.addAll(fills.drain());
        return all;
    }
}

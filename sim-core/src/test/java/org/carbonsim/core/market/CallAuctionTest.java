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
}

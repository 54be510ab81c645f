package org.carbonsim.core.market;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.carbonsim.core.market.Event.Cancel;
import org.carbonsim.core.market.Event.Reject;
import org.carbonsim.core.market.Event.Trade;
import org.junit.jupiter.api.Test;

/** Hand-computed cases of the order book's rules; each records events and asserts one list equality. */
class OrderBookTest {
    private final RecordingListener events = new RecordingListener();
    private OrderBook book = new OrderBook(BookConfig.of(1, 10_000), events);
    private final List<Object> results = new ArrayList<>();

    private void submit(long id, int owner, Side side, OrderType type, long price, long tonnes) {
        results.add(book.submit(id, owner, side, type, price, tonnes));
    }

    private List<Object> outcome() {
        List<Object> all = new ArrayList<>(results);
        all.addAll(events.drain());
        results.clear();
        return all;
    }

    @Test
    void limitOrdersRestWithoutCrossing() {
        submit(1, 1, Side.BUY, OrderType.LIMIT, 3000, 10);
        submit(2, 2, Side.SELL, OrderType.LIMIT, 3001, 5);
        assertEquals(
                List.of(Result.RESTING, Result.RESTING, 3000L, 3001L, 10L, 5L),
                List.of(
                        results.get(0),
                        results.get(1),
                        book.bestBidTicks(),
                        book.bestAskTicks(),
                        book.depthAt(Side.BUY, 3000),
                        book.depthAt(Side.SELL, 3001)));
    }

    @Test
    void theBestQuoteWithoutAnOrderIsTheNextLevelOnlyWhenThatOrderIsAllTheBestLevelHolds() {
        submit(1, 1, Side.BUY, OrderType.LIMIT, 3000, 10);
        submit(2, 2, Side.BUY, OrderType.LIMIT, 2990, 5);
        submit(3, 3, Side.SELL, OrderType.LIMIT, 3010, 7);
        assertEquals(
                List.of(2990L, 3000L, 3000L, 3000L, OrderBook.NO_PRICE),
                List.of(
                        book.bestBidTicksWithout(3000, 10), // alone at the best: the next level
                        book.bestBidTicksWithout(3000, 4), // part of the best level: it stays
                        book.bestBidTicksWithout(2990, 5), // below the best: no change
                        book.bestBidTicksWithout(3010, 7), // an ask's price: no change
                        book.bestAskTicksWithout(3010, 7)), // the only ask: none left
                "bids 10 t at 3,000 and 5 t at 2,990, an ask of 7 t at 3,010");
        submit(4, 4, Side.SELL, OrderType.LIMIT, 3010, 3);
        submit(5, 5, Side.SELL, OrderType.LIMIT, 3050, 1);
        assertEquals(
                List.of(3010L, 3050L),
                List.of(book.bestAskTicksWithout(3010, 7), book.bestAskTicksWithout(3010, 10)),
                "asks 7 t and 3 t at 3,010, 1 t at 3,050");
    }

    @Test
    void marketBuySweepsTwoLevels() {
        submit(1, 1, Side.SELL, OrderType.LIMIT, 3001, 5);
        submit(2, 2, Side.SELL, OrderType.LIMIT, 3000, 4);
        submit(3, 3, Side.SELL, OrderType.LIMIT, 3002, 9);
        submit(4, 4, Side.BUY, OrderType.MARKET, 0, 7);
        assertEquals(
                List.of(
                        Result.RESTING,
                        Result.RESTING,
                        Result.RESTING,
                        Result.FILLED,
                        new Trade(4, 2, 4, 2, 3000, 4),
                        new Trade(4, 1, 4, 1, 3001, 3),
                        3001L,
                        2L),
                withState(book.bestAskTicks(), book.quantityOf(1)));
    }

    @Test
    void tradeExecutesAtRestingOrdersPrice() {
        submit(1, 1, Side.BUY, OrderType.LIMIT, 3005, 5);
        submit(2, 2, Side.SELL, OrderType.LIMIT, 2990, 5);
        assertEquals(List.of(Result.RESTING, Result.FILLED, new Trade(1, 2, 1, 2, 3005, 5)), outcome());
    }

    @Test
    void earlierOrderAtSamePriceFillsFirst() {
        submit(1, 1, Side.BUY, OrderType.LIMIT, 3000, 5);
        submit(2, 2, Side.BUY, OrderType.LIMIT, 3000, 5);
        submit(3, 3, Side.SELL, OrderType.LIMIT, 3000, 7);
        assertEquals(
                List.of(
                        Result.RESTING,
                        Result.RESTING,
                        Result.FILLED,
                        new Trade(1, 3, 1, 3, 3000, 5),
                        new Trade(2, 3, 2, 3, 3000, 2)),
                outcome());
    }

    @Test
    void marketOrderOnEmptySideCancelsWholeQuantity() {
        submit(1, 1, Side.SELL, OrderType.MARKET, 0, 5);
        assertEquals(List.of(Result.CANCELLED_REMAINDER, new Cancel(1, 5)), outcome());
    }

    @Test
    void iocTradesWhatItCanAtItsPriceAndCancelsTheRest() {
        submit(1, 1, Side.SELL, OrderType.LIMIT, 3000, 3);
        submit(2, 1, Side.SELL, OrderType.LIMIT, 3002, 3);
        submit(3, 2, Side.BUY, OrderType.IOC, 3001, 5);
        assertEquals(
                List.of(
                        Result.RESTING,
                        Result.RESTING,
                        Result.CANCELLED_REMAINDER,
                        new Trade(3, 1, 2, 1, 3000, 3),
                        new Cancel(3, 2),
                        1),
                withState(book.restingOrders()));
    }

    @Test
    void fokRejectedWhenBookCannotFillItAndTradesNothing() {
        submit(1, 1, Side.SELL, OrderType.LIMIT, 3000, 3);
        submit(2, 1, Side.SELL, OrderType.LIMIT, 3002, 3);
        submit(3, 2, Side.BUY, OrderType.FOK, 3001, 4);
        submit(4, 2, Side.BUY, OrderType.FOK, 3002, 4);
        assertEquals(
                List.of(
                        Result.RESTING,
                        Result.RESTING,
                        Result.REJECTED_FOK_UNFILLABLE,
                        Result.FILLED,
                        new Reject(3, Result.REJECTED_FOK_UNFILLABLE),
                        new Trade(4, 1, 2, 1, 3000, 3),
                        new Trade(4, 2, 2, 1, 3002, 1)),
                outcome());
    }

    @Test
    void cancelRemovesOrderAndUnknownCancelIsReported() {
        submit(1, 1, Side.BUY, OrderType.LIMIT, 3000, 5);
        results.add(book.cancel(1));
        results.add(book.cancel(1));
        assertEquals(
                List.of(
                        Result.RESTING,
                        Result.CANCELLED,
                        Result.UNKNOWN_ORDER,
                        new Cancel(1, 5),
                        new Reject(1, Result.UNKNOWN_ORDER),
                        OrderBook.NO_PRICE),
                withState(book.bestBidTicks()));
    }

    @Test
    void duplicateLiveIdIsRejectedButFinishedIdMayBeReused() {
        submit(1, 1, Side.BUY, OrderType.LIMIT, 3000, 5);
        submit(1, 1, Side.BUY, OrderType.LIMIT, 3000, 5);
        book.cancel(1);
        submit(1, 1, Side.BUY, OrderType.LIMIT, 3000, 5);
        assertEquals(
                List.of(
                        Result.RESTING,
                        Result.REJECTED_DUPLICATE_ID,
                        Result.RESTING,
                        new Reject(1, Result.REJECTED_DUPLICATE_ID),
                        new Cancel(1, 5)),
                outcome());
    }

    @Test
    void amendToSmallerQuantityKeepsPriority() {
        submit(1, 1, Side.BUY, OrderType.LIMIT, 3000, 5);
        submit(2, 2, Side.BUY, OrderType.LIMIT, 3000, 5);
        results.add(book.amend(1, 3000, 2));
        submit(3, 3, Side.SELL, OrderType.LIMIT, 3000, 3);
        assertEquals(
                List.of(
                        Result.RESTING,
                        Result.RESTING,
                        Result.AMENDED,
                        Result.FILLED,
                        new Trade(1, 3, 1, 3, 3000, 2),
                        new Trade(2, 3, 2, 3, 3000, 1)),
                outcome());
    }

    @Test
    void amendToLargerQuantityLosesPriority() {
        submit(1, 1, Side.BUY, OrderType.LIMIT, 3000, 5);
        submit(2, 2, Side.BUY, OrderType.LIMIT, 3000, 5);
        results.add(book.amend(1, 3000, 6));
        submit(3, 3, Side.SELL, OrderType.LIMIT, 3000, 6);
        assertEquals(
                List.of(
                        Result.RESTING,
                        Result.RESTING,
                        Result.AMENDED,
                        Result.FILLED,
                        new Trade(2, 3, 2, 3, 3000, 5),
                        new Trade(1, 3, 1, 3, 3000, 1),
                        11L - 6L),
                withState(book.depthAt(Side.BUY, 3000)));
    }

    @Test
    void amendToNewPriceLosesPriorityAndMayTrade() {
        submit(1, 1, Side.SELL, OrderType.LIMIT, 3005, 5);
        submit(2, 2, Side.BUY, OrderType.LIMIT, 3000, 2);
        results.add(book.amend(1, 3000, 4));
        assertEquals(
                List.of(
                        Result.RESTING,
                        Result.RESTING,
                        Result.PARTIALLY_FILLED_RESTING,
                        new Trade(2, 1, 2, 1, 3000, 2),
                        2L,
                        3000L),
                withState(book.quantityOf(1), book.bestAskTicks()));
    }

    @Test
    void selfTradePreventionCancelsIncomingRemainder() {
        book = new OrderBook(BookConfig.of(1, 10_000).withSelfTradePrevention(true), events);
        submit(1, 7, Side.SELL, OrderType.LIMIT, 3000, 2);
        submit(2, 9, Side.SELL, OrderType.LIMIT, 3000, 2);
        submit(3, 9, Side.BUY, OrderType.LIMIT, 3001, 5);
        assertEquals(
                List.of(
                        Result.RESTING,
                        Result.RESTING,
                        Result.CANCELLED_REMAINDER,
                        new Trade(3, 1, 9, 7, 3000, 2),
                        new Cancel(3, 3),
                        2L),
                withState(book.quantityOf(2)));
    }

    @Test
    void bandEdgesRoundInward() {
        book.openDay(2999, 1000);
        submit(1, 1, Side.BUY, OrderType.LIMIT, 3299, 1);
        submit(2, 1, Side.BUY, OrderType.LIMIT, 3298, 1);
        submit(3, 1, Side.SELL, OrderType.LIMIT, 2699, 1);
        submit(4, 1, Side.SELL, OrderType.LIMIT, 2700, 1);
        // 2999 * 1.1 = 3298.9 rounds down to 3298; 2999 * 0.9 = 2699.1 rounds up to 2700.
        assertEquals(
                List.of(
                        Result.REJECTED_OUT_OF_BAND,
                        Result.RESTING,
                        Result.REJECTED_OUT_OF_BAND,
                        Result.FILLED,
                        new Reject(1, Result.REJECTED_OUT_OF_BAND),
                        new Reject(3, Result.REJECTED_OUT_OF_BAND),
                        new Trade(2, 4, 1, 1, 3298, 1),
                        2700L,
                        3298L,
                        true,
                        false),
                withState(
                        book.lowerLimitTicks(),
                        book.upperLimitTicks(),
                        book.dayStats().upperLimitTouched(),
                        book.dayStats().lowerLimitTouched()));
    }

    @Test
    void aBandIsAtLeastOneTickEachSide() {
        // 9 × 1.1 = 9.9 and 9 × 0.9 = 8.1 round inward to 9 and 9: a band of no width, in which the
        // price could never move again. It is widened to one tick each side: 8 to 10.
        book.openDay(9, 1000);
        assertEquals(List.of(8L, 10L), List.of(book.lowerLimitTicks(), book.upperLimitTicks()));
        submit(1, 1, Side.BUY, OrderType.LIMIT, 11, 1);
        submit(2, 1, Side.BUY, OrderType.LIMIT, 10, 1);
        assertEquals(List.of(Result.REJECTED_OUT_OF_BAND, Result.RESTING), results.subList(0, 2));
        // Where 10% is a tick or more, the edges are the rounded ones: 10 × 1.1 = 11, 10 × 0.9 = 9.
        book.openDay(10, 1000);
        assertEquals(List.of(9L, 11L), List.of(book.lowerLimitTicks(), book.upperLimitTicks()));
        // No band: nothing is widened.
        book.openDay(9, 0);
        assertEquals(List.of(0L, Long.MAX_VALUE), List.of(book.lowerLimitTicks(), book.upperLimitTicks()));
    }

    @Test
    void marketOrderNeverTradesOutsideBand() {
        OrderBook banded = new OrderBook(BookConfig.of(1, 10_000), events);
        banded.openDay(3000, 1000);
        results.add(banded.submit(1, 1, Side.SELL, OrderType.LIMIT, 3300, 2));
        results.add(banded.submit(2, 1, Side.SELL, OrderType.LIMIT, 3301, 2));
        results.add(banded.submit(3, 2, Side.BUY, OrderType.MARKET, 0, 5));
        assertEquals(
                List.of(
                        Result.RESTING,
                        Result.REJECTED_OUT_OF_BAND,
                        Result.CANCELLED_REMAINDER,
                        new Reject(2, Result.REJECTED_OUT_OF_BAND),
                        new Trade(3, 1, 2, 1, 3300, 2),
                        new Cancel(3, 3)),
                outcome());
    }

    @Test
    void limitPriceOutsideLadderIsRejected() {
        submit(1, 1, Side.BUY, OrderType.LIMIT, 10_001, 1);
        submit(2, 1, Side.BUY, OrderType.LIMIT, 0, 1);
        submit(3, 1, Side.BUY, OrderType.LIMIT, 100, 0);
        assertEquals(
                List.of(
                        Result.REJECTED_OUTSIDE_LADDER,
                        Result.REJECTED_OUTSIDE_LADDER,
                        Result.REJECTED_INVALID,
                        new Reject(1, Result.REJECTED_OUTSIDE_LADDER),
                        new Reject(2, Result.REJECTED_OUTSIDE_LADDER),
                        new Reject(3, Result.REJECTED_INVALID)),
                outcome());
    }

    @Test
    void closeDayCancelsRestingOrdersBestFirstBidsThenAsks() {
        submit(1, 1, Side.BUY, OrderType.LIMIT, 2990, 1);
        submit(2, 1, Side.BUY, OrderType.LIMIT, 2995, 2);
        submit(3, 1, Side.SELL, OrderType.LIMIT, 3010, 3);
        book.closeDay();
        assertEquals(
                List.of(
                        Result.RESTING,
                        Result.RESTING,
                        Result.RESTING,
                        new Cancel(2, 2),
                        new Cancel(1, 1),
                        new Cancel(3, 3),
                        0),
                withState(book.restingOrders()));
    }

    @Test
    void openingCallUncrossesAtOnePriceWithTimePriority() {
        book.openDay(3000, 1000);
        book.startCallPhase();
        submit(1, 1, Side.BUY, OrderType.LIMIT, 3010, 4);
        submit(2, 2, Side.BUY, OrderType.LIMIT, 3005, 3);
        submit(3, 3, Side.BUY, OrderType.LIMIT, 3005, 3);
        submit(4, 4, Side.SELL, OrderType.LIMIT, 2995, 5);
        submit(5, 5, Side.SELL, OrderType.LIMIT, 3005, 4);
        submit(6, 6, Side.BUY, OrderType.MARKET, 0, 1);
        // Demand at 3005 is 10 t, supply 9 t: 9 t trade at 3005; order 3 keeps 1 t.
        results.add(book.uncrossCallPhase());
        assertEquals(
                List.of(
                        Result.RESTING,
                        Result.RESTING,
                        Result.RESTING,
                        Result.RESTING,
                        Result.RESTING,
                        Result.REJECTED_WRONG_PHASE,
                        3005L,
                        new Reject(6, Result.REJECTED_WRONG_PHASE),
                        new Trade(1, 4, 1, 4, 3005, 4),
                        new Trade(2, 4, 2, 4, 3005, 1),
                        new Trade(2, 5, 2, 5, 3005, 2),
                        new Trade(3, 5, 3, 5, 3005, 2),
                        1L,
                        false),
                withState(book.quantityOf(3), book.inCallPhase()));
    }

    @Test
    void indicativeUncrossShowsThePriceAndVolumeTheCallWillTradeAndChangesNothing() {
        book.openDay(3000, 1000);
        book.startCallPhase();
        submit(1, 1, Side.BUY, OrderType.LIMIT, 3010, 4);
        List<Object> before = List.of(book.indicativeUncrossTicks(), book.indicativeUncrossTonnes());
        submit(2, 2, Side.BUY, OrderType.LIMIT, 3005, 6);
        submit(3, 3, Side.SELL, OrderType.LIMIT, 2995, 5);
        submit(4, 4, Side.SELL, OrderType.LIMIT, 3005, 4);
        // Demand at or above 3005 is 10 t, supply at or below 9 t: 9 t at 3005 (at 2995..3004 only 5 t sell).
        List<Object> indicative = List.of(book.indicativeUncrossTicks(), book.indicativeUncrossTonnes());
        int restingBefore = book.restingOrders();
        long uncross = book.uncrossCallPhase();
        assertEquals(
                List.of(List.of(OrderBook.NO_PRICE, 0L), List.of(3005L, 9L), 4, 3005L, List.of(OrderBook.NO_PRICE, 0L)),
                List.of(
                        before,
                        indicative,
                        restingBefore,
                        uncross,
                        List.of(book.indicativeUncrossTicks(), book.indicativeUncrossTonnes())));
    }

    @Test
    void indicativeUncrossOfAFlatTieIsTheReferencePrice() {
        book.openDay(3000, 0);
        book.startCallPhase();
        submit(1, 1, Side.BUY, OrderType.LIMIT, 3010, 10);
        submit(2, 2, Side.SELL, OrderType.LIMIT, 2990, 10);
        // Every price from 2990 to 3010 trades 10 t with no imbalance: the nearest to the reference 3000 wins.
        assertEquals(List.of(3000L, 10L), List.of(book.indicativeUncrossTicks(), book.indicativeUncrossTonnes()));
    }

    @Test
    void forEachLevelGivesTheLadderBestFirstWithTonnesAndOrderCounts() {
        submit(1, 1, Side.BUY, OrderType.LIMIT, 2990, 4);
        submit(2, 1, Side.BUY, OrderType.LIMIT, 3000, 2);
        submit(3, 2, Side.BUY, OrderType.LIMIT, 3000, 3);
        submit(4, 3, Side.SELL, OrderType.LIMIT, 3020, 7);
        submit(5, 3, Side.SELL, OrderType.LIMIT, 3010, 1);
        submit(6, 4, Side.BUY, OrderType.IOC, 3010, 1);
        List<List<Long>> bids = new ArrayList<>();
        List<List<Long>> asks = new ArrayList<>();
        book.forEachLevel(Side.BUY, (price, tonnes, orders) -> bids.add(List.of(price, tonnes, (long) orders)));
        book.forEachLevel(Side.SELL, (price, tonnes, orders) -> asks.add(List.of(price, tonnes, (long) orders)));
        assertEquals(
                List.of(List.of(List.of(3000L, 5L, 2L), List.of(2990L, 4L, 1L)), List.of(List.of(3020L, 7L, 1L))),
                List.of(bids, asks));
    }

    private List<Object> withState(Object... state) {
        List<Object> all = outcome();
        all.addAll(List.of(state));
        return all;
    }
}

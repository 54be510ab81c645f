package org.carbonsim.core.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The close (and the opening) cancels every resting order at once, level by level: it must do what
 * cancelling each order one by one did, best bid first and earliest first within a price, then the
 * offers. Two books take the same seeded days of orders, cancels, amends and call phases; one closes
 * each day with {@link OrderBook#closeDay}, the other cancels its resting orders one by one through
 * {@link OrderBook#cancel} first. The cancellations reported, and every result, event and resting
 * order of the days after, must be the same.
 */
class OrderBookCloseTest {
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void closingAtOnceCancelsWhatCancellingOneByOneCancels(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        BookConfig config = BookConfig.of(1, seed % 2 == 0 ? 100_000 : 2_000)
                .withSelfTradePrevention(random.nextBoolean())
                .withInitialOrderCapacity(1 + random.nextInt(8));
        RecordingListener closedEvents = new RecordingListener();
        RecordingListener oneByOneEvents = new RecordingListener();
        OrderBook closed = new OrderBook(config, closedEvents);
        OrderBook oneByOne = new OrderBook(config, oneByOneEvents);
        long nextId = 1;
        long mid = 1_000;
        int cancelledAtClose = 0;
        for (int day = 0; day < 60; day++) {
            String where = "seed=" + seed + " day " + day;
            int band = random.nextBoolean() ? 0 : 1_000;
            closed.openDay(mid, band);
            oneByOne.openDay(mid, band);
            assertEquals(oneByOneEvents.drain(), closedEvents.drain(), where + ": opening");
            boolean call = random.nextInt(3) == 0;
            if (call) {
                closed.startCallPhase();
                oneByOne.startCallPhase();
            }
            List<Long> ids = new ArrayList<>();
            int orders = random.nextInt(400);
            for (int k = 0; k < orders; k++) {
                int roll = random.nextInt(10);
                if (roll < 7 || ids.isEmpty()) {
                    long id = nextId++;
                    ids.add(id);
                    Side side = random.nextBoolean() ? Side.BUY : Side.SELL;
                    long spread = random.nextInt(4) == 0 ? 200 : 15;
                    long price = Math.max(1, mid + (side == Side.BUY ? -1 : 1) * random.nextLong(-3, spread));
                    OrderType type = call || random.nextInt(8) != 0 ? OrderType.LIMIT : OrderType.MARKET;
                    long tonnes = 1 + random.nextInt(50);
                    int owner = 1 + random.nextInt(6);
                    assertEquals(
                            oneByOne.submit(id, owner, side, type, price, tonnes),
                            closed.submit(id, owner, side, type, price, tonnes),
                            where + " order " + id);
                } else if (roll < 9) {
                    long id = ids.get(random.nextInt(ids.size()));
                    assertEquals(oneByOne.cancel(id), closed.cancel(id), where + " cancel " + id);
                } else {
                    long id = ids.get(random.nextInt(ids.size()));
                    long price = Math.max(1, mid + random.nextLong(-20, 21));
                    long tonnes = 1 + random.nextInt(50);
                    assertEquals(
                            oneByOne.amend(id, price, tonnes), closed.amend(id, price, tonnes), where + " amend " + id);
                }
                assertEquals(oneByOneEvents.drain(), closedEvents.drain(), where + " step " + k);
            }
            if (call && random.nextBoolean()) {
                assertEquals(oneByOne.uncrossCallPhase(), closed.uncrossCallPhase(), where + ": uncross");
                assertEquals(oneByOneEvents.drain(), closedEvents.drain(), where + ": uncross events");
            }
            assertEquals(resting(oneByOne), resting(closed), where + ": resting before the close");
            int resting = closed.restingOrders();
            for (long id : resting(oneByOne)) {
                assertEquals(Result.CANCELLED, oneByOne.cancel(id), where + ": cancel " + id + " one by one");
            }
            oneByOne.closeDay();
            closed.closeDay();
            List<Event> expected = oneByOneEvents.drain();
            assertEquals(expected, closedEvents.drain(), where + ": the close's cancellations");
            assertEquals(resting, expected.size(), where + ": one cancellation a resting order");
            cancelledAtClose += resting;
            assertEquals(0, closed.restingOrders(), where + ": resting after the close");
            assertEquals(OrderBook.NO_PRICE, closed.bestBidTicks(), where + ": best bid after the close");
            assertEquals(OrderBook.NO_PRICE, closed.bestAskTicks(), where + ": best ask after the close");
            for (long id : ids) {
                assertTrue(!closed.isLive(id), where + ": order " + id + " live after the close");
            }
            mid = Math.max(300, Math.min(1_700, mid + random.nextLong(-30, 31)));
        }
        assertTrue(
                cancelledAtClose > 1_000, "seed=" + seed + ": only " + cancelledAtClose + " orders rested at a close");
    }

    /** The resting orders' ids, bids best price first and earliest first within a price, then offers. */
    private static List<Long> resting(OrderBook book) {
        List<Long> ids = new ArrayList<>();
        book.forEachRestingOrder(Side.BUY, (id, owner, side, price, tonnes) -> ids.add(id));
        book.forEachRestingOrder(Side.SELL, (id, owner, side, price, tonnes) -> ids.add(id));
        return ids;
    }
}

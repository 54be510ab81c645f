package org.carbonsim.core.agents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.carbonsim.core.market.BookConfig;
import org.carbonsim.core.market.MarketListener;
import org.carbonsim.core.market.OrderBook;
import org.carbonsim.core.market.OrderType;
import org.carbonsim.core.market.Result;
import org.carbonsim.core.market.Side;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a trader reads of its order from the book's answer ({@link OwnOrder}) against what the book says
 * when asked ({@link OrderBook#quantityOf}, {@link OrderBook#isLive}), over seeded random days of limit,
 * market and immediate-or-cancel orders, cancels, with and without self-trade prevention and a band
 * that turns orders away. It fails when a resting order is read as gone or a filled one as resting.
 */
class OwnOrderTest {
    private static final int DAYS = 20;
    private static final int ORDERS_A_DAY = 400;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void theBooksAnswerTellsWhatRestsAsTheBookDoes(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        OrderBook book =
                new OrderBook(BookConfig.of(1, 400).withSelfTradePrevention(seed % 2 == 0), MarketListener.NONE);
        Gateway orders = new Gateway(book);
        int readFromAnswer = 0;
        for (int day = 0; day < DAYS; day++) {
            book.openDay(200, seed % 3 == 0 ? 0 : 500);
            List<Long> placed = new ArrayList<>();
            for (int i = 0; i < ORDERS_A_DAY; i++) {
                String where = "seed=" + seed + " day=" + day + " order=" + i;
                if (!placed.isEmpty() && random.nextInt(4) == 0) {
                    book.cancelIfLive(placed.get(random.nextInt(placed.size())));
                    continue;
                }
                OrderType type = random.nextInt(10) == 0
                        ? OrderType.MARKET
                        : random.nextInt(10) == 0 ? OrderType.IOC : OrderType.LIMIT;
                long quantity = 1 + random.nextInt(random.nextBoolean() ? 5 : 200);
                Result result = orders.submit(
                        random.nextInt(12),
                        random.nextBoolean() ? Side.BUY : Side.SELL,
                        type,
                        150 + random.nextInt(101),
                        quantity);
                long id = orders.lastOrderId();
                placed.add(id);
                int asked = orders.lookUps;
                long resting = OwnOrder.restingAfter(result, quantity, orders, id);
                if (orders.lookUps == asked) {
                    readFromAnswer++;
                }
                assertEquals(book.quantityOf(id), resting, where + " " + type + " " + result);
                if (!OwnOrder.mayRest(result)) {
                    assertFalse(book.isLive(id), where + " " + type + " " + result + " read as not resting");
                }
            }
            book.closeDay();
        }
        assertTrue(readFromAnswer > DAYS * ORDERS_A_DAY / 10, "seed=" + seed + ": answers read " + readFromAnswer);
    }

    /**
     * A gateway that places orders straight onto one book, numbering them upward as a session does, and
     * counts its look-ups; the test cancels on the book itself.
     */
    private static final class Gateway implements OrderGateway {
        private final OrderBook book;
        private long lastOrderId;
        private int lookUps;

        Gateway(OrderBook book) {
            this.book = book;
        }

        @Override
        public Result submit(int ownerId, Side side, OrderType type, long priceTicks, long quantityTonnes) {
            lastOrderId++;
            return book.submit(lastOrderId, ownerId, side, type, priceTicks, quantityTonnes);
        }

        @Override
        public long lastOrderId() {
            return lastOrderId;
        }

        @Override
        public long remainingTonnes(long orderId) {
            lookUps++;
            return book.quantityOf(orderId);
        }

        @Override
        public Result cancel(long orderId) {
            throw new UnsupportedOperationException("the test cancels on the book");
        }

        @Override
        public Result amend(long orderId, long newPriceTicks, long newQuantityTonnes) {
            throw new UnsupportedOperationException("no amendments here");
        }
    }
}

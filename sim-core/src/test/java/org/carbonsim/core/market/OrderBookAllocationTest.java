package org.carbonsim.core.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Guards the promise that the matching loop allocates nothing once warmed up. */
class OrderBookAllocationTest {
    private static final int COMMANDS = 100_000;
    private static final int OPENING_CALL_COMMANDS = 500;
    private static final byte LIMIT = 0;
    private static final byte MARKET = 1;
    private static final byte IOC = 2;
    private static final byte FOK = 3;
    private static final byte CANCEL = 4;
    private static final byte AMEND = 5;

    private final byte[] kinds = new byte[COMMANDS];
    private final long[] ids = new long[COMMANDS];
    private final int[] owners = new int[COMMANDS];
    private final boolean[] buys = new boolean[COMMANDS];
    private final long[] prices = new long[COMMANDS];
    private final long[] tonnes = new long[COMMANDS];
    private long checksum;

    private final MarketListener listener = new MarketListener() {
        @Override
        public void onTrade(
                long buyOrderId,
                long sellOrderId,
                int buyOwnerId,
                int sellOwnerId,
                long priceTicks,
                long quantityTonnes) {
            checksum += priceTicks * quantityTonnes;
        }

        @Override
        public void onCancel(long orderId, long cancelledTonnes) {
            checksum += cancelledTonnes;
        }

        @Override
        public void onReject(long orderId, Result reason) {
            checksum += reason.ordinal();
        }
    };

    @Test
    void matchingLoopAllocatesNothingOnceWarm() {
        generate(new SplittableRandom(42));
        OrderBook book = new OrderBook(
                BookConfig.of(1, 20_000).withSelfTradePrevention(true).withInitialOrderCapacity(1 << 16), listener);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assertTrue(threads.isThreadAllocatedMemorySupported(), "thread allocation accounting unsupported");
        for (int round = 0; round < 30; round++) {
            runDay(book);
        }
        long fewest = Long.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            long before = threads.getCurrentThreadAllocatedBytes();
            runDay(book);
            long after = threads.getCurrentThreadAllocatedBytes();
            fewest = Math.min(fewest, after - before);
        }
        assertTrue(
                book.dayStats().tradeCount() > 10_000,
                "the stream must trade: " + book.dayStats().tradeCount());
        assertEquals(0, fewest, "bytes allocated over " + COMMANDS + " warmed commands (checksum " + checksum + ")");
    }

    /** A day: an opening call over the first commands (indicative price, uncross), then continuous trading. */
    private void runDay(OrderBook book) {
        book.openDay(10_000, 1_000);
        book.startCallPhase();
        for (int i = 0; i < COMMANDS; i++) {
            if (i == OPENING_CALL_COMMANDS) {
                checksum += book.indicativeUncrossTicks() + book.indicativeUncrossTonnes();
                checksum += book.uncrossCallPhase();
            }
            switch (kinds[i]) {
                case LIMIT:
                    book.submit(
                            ids[i], owners[i], buys[i] ? Side.BUY : Side.SELL, OrderType.LIMIT, prices[i], tonnes[i]);
                    break;
                case MARKET:
                    book.submit(ids[i], owners[i], buys[i] ? Side.BUY : Side.SELL, OrderType.MARKET, 0, tonnes[i]);
                    break;
                case IOC:
                    book.submit(ids[i], owners[i], buys[i] ? Side.BUY : Side.SELL, OrderType.IOC, prices[i], tonnes[i]);
                    break;
                case FOK:
                    book.submit(ids[i], owners[i], buys[i] ? Side.BUY : Side.SELL, OrderType.FOK, prices[i], tonnes[i]);
                    break;
                case CANCEL:
                    book.cancel(ids[i]);
                    break;
                default:
                    book.amend(ids[i], prices[i], tonnes[i]);
                    break;
            }
        }
        book.closeDay();
    }

    private void generate(SplittableRandom random) {
        long mid = 10_000;
        for (int i = 0; i < COMMANDS; i++) {
            mid = Math.max(9_300, Math.min(10_700, mid + random.nextInt(-2, 3)));
            int roll = random.nextInt(100);
            boolean buy = random.nextBoolean();
            buys[i] = buy;
            owners[i] = random.nextInt(50);
            tonnes[i] = 1 + random.nextInt(100);
            long offset = random.nextInt(-2, 20);
            prices[i] = random.nextInt(50) == 0 ? 20_000 : buy ? mid - offset : mid + offset;
            if (roll < 55) {
                kinds[i] = LIMIT;
                ids[i] = i;
            } else if (roll < 63) {
                kinds[i] = MARKET;
                ids[i] = i;
            } else if (roll < 66) {
                kinds[i] = IOC;
                ids[i] = i;
            } else if (roll < 68) {
                kinds[i] = FOK;
                ids[i] = i;
            } else if (roll < 93) {
                kinds[i] = CANCEL;
                ids[i] = Math.max(0, i - 1 - random.nextInt(200));
            } else {
                kinds[i] = AMEND;
                ids[i] = Math.max(0, i - 1 - random.nextInt(200));
            }
        }
    }
}

package org.carbonsim.benchmarks;

import java.util.SplittableRandom;
import org.carbonsim.core.market.MarketListener;
import org.carbonsim.core.market.OrderBook;
import org.carbonsim.core.market.OrderType;
import org.carbonsim.core.market.Side;

/**
 * A pre-generated, seeded stream of order-book commands held in parallel primitive arrays, and the loop
 * that replays it. The generators shape the streams the benchmarks measure. Not thread-safe.
 */
final class Commands {
    static final byte LIMIT = 0;
    static final byte MARKET = 1;
    static final byte CANCEL = 2;

    /** Reference price (ticks) around which every stream's mid drifts: 30.00 yuan at a tick of one fen. */
    static final long MID_TICKS = 3_000;

    final byte[] kinds;
    final long[] ids;
    final boolean[] buys;
    final long[] prices;
    final long[] tonnes;

    private Commands(int length) {
        kinds = new byte[length];
        ids = new long[length];
        buys = new boolean[length];
        prices = new long[length];
        tonnes = new long[length];
    }

    int length() {
        return kinds.length;
    }

    /** Replays every command through {@code book}; returns a checksum of the results so nothing is dead code. */
    long replay(OrderBook book) {
        long checksum = 0;
        for (int i = 0; i < kinds.length; i++) {
            Side side = buys[i] ? Side.BUY : Side.SELL;
            switch (kinds[i]) {
                case LIMIT:
                    checksum += book.submit(ids[i], 0, side, OrderType.LIMIT, prices[i], tonnes[i])
                            .ordinal();
                    break;
                case MARKET:
                    checksum += book.submit(ids[i], 0, side, OrderType.MARKET, 0, tonnes[i])
                            .ordinal();
                    break;
                default:
                    checksum += book.cancel(ids[i]).ordinal();
                    break;
            }
        }
        return checksum;
    }

    /**
     * About 60% limit orders a few ticks either side of a randomly drifting mid, 10% market orders and
     * 30% cancels of recent orders.
     */
    static Commands realisticMix(long seed, int length) {
        SplittableRandom random = new SplittableRandom(seed);
        Commands c = new Commands(length);
        long mid = MID_TICKS;
        for (int i = 0; i < length; i++) {
            mid = Math.max(MID_TICKS - 200, Math.min(MID_TICKS + 200, mid + random.nextInt(-1, 2)));
            int roll = random.nextInt(100);
            boolean buy = random.nextBoolean();
            c.buys[i] = buy;
            c.tonnes[i] = 1 + random.nextInt(200);
            c.ids[i] = i;
            if (roll < 60) {
                c.kinds[i] = LIMIT;
                long offset = random.nextInt(-2, 15);
                c.prices[i] = buy ? mid - offset : mid + offset;
            } else if (roll < 70) {
                c.kinds[i] = MARKET;
            } else {
                c.kinds[i] = CANCEL;
                c.ids[i] = Math.max(0, i - 1 - random.nextInt(500));
            }
        }
        return c;
    }

    /** Only limit orders that never cross: bids below the mid, asks above, over 1,000 levels a side. */
    static Commands insertOnly(long seed, int length) {
        SplittableRandom random = new SplittableRandom(seed);
        Commands c = new Commands(length);
        for (int i = 0; i < length; i++) {
            boolean buy = random.nextBoolean();
            c.kinds[i] = LIMIT;
            c.ids[i] = i;
            c.buys[i] = buy;
            c.tonnes[i] = 1 + random.nextInt(200);
            long offset = 1 + random.nextInt(1_000);
            c.prices[i] = buy ? MID_TICKS - offset : MID_TICKS + offset;
        }
        return c;
    }

    /**
     * Sweep-heavy: one-tonne limit orders spread over 100 levels a side, and every tenth command a market
     * order large enough to walk many levels.
     */
    static Commands sweepHeavy(long seed, int length) {
        SplittableRandom random = new SplittableRandom(seed);
        Commands c = new Commands(length);
        for (int i = 0; i < length; i++) {
            boolean buy = random.nextBoolean();
            c.ids[i] = i;
            c.buys[i] = buy;
            if (i % 10 == 9) {
                c.kinds[i] = MARKET;
                c.tonnes[i] = 5 + random.nextInt(10);
            } else {
                c.kinds[i] = LIMIT;
                c.tonnes[i] = 1;
                long offset = 1 + random.nextInt(100);
                c.prices[i] = buy ? MID_TICKS - offset : MID_TICKS + offset;
            }
        }
        return c;
    }

    /** A listener that folds every event into one number. */
    static final class Checksum implements MarketListener {
        long value;

        @Override
        public void onTrade(
                long buyOrderId,
                long sellOrderId,
                int buyOwnerId,
                int sellOwnerId,
                long priceTicks,
                long quantityTonnes) {
            value += priceTicks * quantityTonnes;
        }

        @Override
        public void onCancel(long orderId, long cancelledTonnes) {
            value += cancelledTonnes;
        }
    }
}

package org.carbonsim.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.carbonsim.core.market.AuctionListener;
import org.carbonsim.core.market.AuctionOutcome;
import org.carbonsim.core.market.CallAuction;
import org.carbonsim.core.market.Side;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A uniform-price uncross of 100,000 seeded orders (half bids, half asks, around 30.00 yuan), reported
 * per order: collecting the orders, sorting, choosing the price and allocating fills. Not thread-safe
 * (JMH runs one thread per state).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CallAuctionBenchmark {
    static final int ORDERS = 100_000;

    private final long[] prices = new long[ORDERS];
    private final long[] tonnes = new long[ORDERS];
    private final boolean[] buys = new boolean[ORDERS];
    private CallAuction auction;
    private long filled;
    private final AuctionListener listener = this::record;

    @Setup(Level.Trial)
    public void generate() {
        SplittableRandom random = new SplittableRandom(4);
        for (int i = 0; i < ORDERS; i++) {
            buys[i] = random.nextBoolean();
            prices[i] = Commands.MID_TICKS + random.nextInt(-300, 301);
            tonnes[i] = 1 + random.nextInt(1_000);
        }
    }

    @Setup(Level.Iteration)
    public void freshAuction() {
        auction = new CallAuction();
    }

    @Benchmark
    @OperationsPerInvocation(ORDERS)
    public long uncross100kOrders() {
        auction.clear();
        for (int i = 0; i < ORDERS; i++) {
            if (buys[i]) {
                auction.addBid(i, 0, prices[i], tonnes[i]);
            } else {
                auction.addAsk(i, 0, prices[i], tonnes[i]);
            }
        }
        AuctionOutcome outcome = auction.uncross(Commands.MID_TICKS, 0, listener);
        return outcome.clearingPriceTicks() + outcome.volumeTonnes() + filled;
    }

    private void record(long orderId, int ownerId, Side side, long priceTicks, long filledTonnes) {
        filled += filledTonnes;
    }
}

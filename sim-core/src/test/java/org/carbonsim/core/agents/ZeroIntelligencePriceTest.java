package org.carbonsim.core.agents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.carbonsim.core.market.Side;
import org.junit.jupiter.api.Test;

/** A zero-intelligence price: uniform over the ticks between the fen bounds, within the day's band. */
class ZeroIntelligencePriceTest {
    /** The price as the rule states it, with plain divisions: a buyer's range rounded inward to ticks. */
    private static long reference(
            FakeMarket market, Side side, long minFen, long valueFen, long maxFen, SplittableRandom random) {
        long tick = market.tickFen;
        long lo = side == Side.BUY ? Math.floorDiv(minFen + tick - 1, tick) : Math.floorDiv(valueFen + tick - 1, tick);
        long hi = side == Side.BUY ? valueFen / tick : maxFen / tick;
        lo = Math.max(market.lowerTicks, lo);
        hi = Math.min(market.upperTicks, hi);
        return lo > hi ? ZeroIntelligenceTrader.NO_PRICE : lo + random.nextLong(hi - lo + 1);
    }

    @Test
    void thePriceIsDrawnOverTheTicksBetweenTheBoundsAtEveryTickSize() {
        long[] ticks = {1, 2, 5, 100};
        for (long seed = 1; seed <= 4_000; seed++) {
            SplittableRandom cases = new SplittableRandom(seed);
            FakeMarket market = new FakeMarket();
            market.tickFen = ticks[(int) (seed % ticks.length)];
            market.lowerTicks = 1 + cases.nextLong(2_000);
            market.upperTicks = market.lowerTicks + cases.nextLong(2_000);
            long scaleFen = 3_000 * market.tickFen;
            long minFen = 1 + cases.nextLong(scaleFen);
            long valueFen = cases.nextLong(2 * scaleFen);
            long maxFen = minFen + cases.nextLong(2 * scaleFen);
            Side side = cases.nextBoolean() ? Side.BUY : Side.SELL;
            long drawn = ZeroIntelligenceTrader.randomPriceTicks(
                    market, side, minFen, valueFen, maxFen, new SplittableRandom(seed));
            long expected = reference(market, side, minFen, valueFen, maxFen, new SplittableRandom(seed));
            assertEquals(expected, drawn, "seed=" + seed + " tick " + market.tickFen + " fen, " + side);
        }
    }
}

package org.carbonsim.core.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/**
 * A warmed trading day allocates only its {@link DailyBar}: strategies, settlement, the view and the
 * gateway reuse their state, and the book allocates nothing once its pool is large enough.
 */
class MarketSessionAllocationTest {
    private static final long BYTES_PER_DAY = 128;

    @Test
    void warmedTradingDayAllocatesOnlyItsBar() {
        long seed = 77;
        MixedPopulation market = new MixedPopulation(seed, false);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assertTrue(
                threads.isThreadAllocatedMemorySupported(),
                "seed=" + seed + " thread allocation accounting unsupported");
        for (int day = 0; day < 2_000; day++) {
            market.session.runDay();
        }
        long fewest = Long.MAX_VALUE;
        long volume = 0;
        for (int day = 0; day < 20; day++) {
            long before = threads.getCurrentThreadAllocatedBytes();
            DailyBar bar = market.session.runDay();
            long after = threads.getCurrentThreadAllocatedBytes();
            fewest = Math.min(fewest, after - before);
            volume += bar.volumeTonnes();
        }
        assertTrue(volume > 0, "seed=" + seed + " the warmed market must still trade");
        assertTrue(fewest <= BYTES_PER_DAY, "seed=" + seed + " a warmed day allocated " + fewest + " bytes");
    }
}

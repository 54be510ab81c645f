package org.carbonsim.core.montecarlo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The daily bands keep the block agreements' volume beside the book's only for a market with block
 * trades; worked by hand on three replications of two days, where the quantiles are exact.
 */
class DailyBandsTest {
    private static final int[] YEARS = {2024, 2024};
    private static final int[] DAYS = {0, 1};

    private static DailyBands threeRuns(boolean blockTrades) {
        DailyBands bands = new DailyBands(YEARS, DAYS, blockTrades);
        // day 0: no block in any run; day 1: 300, 100 and 200 t in blocks, the book 10, 30 and 20 t
        bands.add(new long[] {4_000, 4_100}, new long[] {5, 10}, new long[] {0, 300});
        bands.add(new long[] {4_000, 4_200}, new long[] {5, 30}, new long[] {0, 100});
        bands.add(new long[] {4_000, 4_300}, new long[] {5, 20}, new long[] {0, 200});
        return bands;
    }

    @Test
    void withBlockTradesEachDayHasTheQuantilesOfItsBlockVolume() {
        List<DayBand> bands = threeRuns(true).bands();
        Quantiles none = bands.get(0).blockVolume().orElseThrow();
        assertEquals(0.0, none.p5(), "day 0: no replication traded a block");
        assertEquals(0.0, none.p95(), "day 0: no replication traded a block");
        Quantiles day1 = bands.get(1).blockVolume().orElseThrow();
        // type 7 over 100, 200, 300: the median is the middle value, p5 = 100 + 0.05 × 2 × 100
        assertEquals(200.0, day1.p50(), 1e-9, "day 1: the median of 300, 100 and 200 t");
        assertEquals(110.0, day1.p5(), 1e-9, "day 1: p5");
        assertEquals(290.0, day1.p95(), 1e-9, "day 1: p95");
        assertEquals(20.0, bands.get(1).volume().p50(), 1e-9, "day 1: the book's volume is apart from the blocks'");
    }

    @Test
    void withoutBlockTradesNoDayHasABlockBand() {
        List<DayBand> bands = threeRuns(false).bands();
        assertEquals(2, bands.size());
        assertTrue(bands.stream().allMatch(b -> b.blockVolume().isEmpty()), "" + bands);
        assertEquals(threeRuns(true).bands().get(1).volume(), bands.get(1).volume(), "the book's bands are the same");
    }
}

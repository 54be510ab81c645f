package org.carbonsim.core.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import org.carbonsim.core.policy.StabilityReserve;
import org.junit.jupiter.api.Test;

/**
 * {@link ForeseenReserve}: the stability reserve foreseen along the least-cost path acts on each year's
 * bank as the run's reserve does, worked by hand. Thresholds 833 and 400 t, intake 24%, release 100 t,
 * 50 t held as the year opens; each later year would issue 1,000 t and auction 300 t before the reserve.
 */
class ForeseenReserveTest {
    private static final ForeseenReserve RESERVE =
            new ForeseenReserve(new StabilityReserve(833, 400, 0.24, 100, 50), 50);
    private static final long[] BASE = {1_000, 1_000, 1_000};
    private static final long[] SAME_AUCTIONS = {300, 300, 300};

    @Test
    void takesInAboveTheUpperThresholdAndReleasesWhatItTookBelowTheLower() {
        // a bank of 900 t: 216 t taken (the reserve holds 266 t); 500 t: nothing; 300 t: 100 t released
        assertArrayEquals(
                new long[] {784, 1_000, 1_100},
                RESERVE.issuedTonnes(BASE, SAME_AUCTIONS, List.of(900L, 500L, 300L, 0L)));
    }

    @Test
    void takesNoMoreThanTheAuctionsAndReleasesNoMoreThanItHolds() {
        // 24% of 2,000 t is 480 t, but only 300 t are to be auctioned; the release finds 50 + 300 t, then 250 t
        assertArrayEquals(
                new long[] {700, 1_100, 1_100},
                RESERVE.issuedTonnes(BASE, SAME_AUCTIONS, List.of(2_000L, 100L, 100L, 0L)));
        // with nothing taken in, the release is what the reserve held: 50 t, then nothing
        assertArrayEquals(
                new long[] {1_050, 1_000, 1_000},
                RESERVE.issuedTonnes(BASE, SAME_AUCTIONS, List.of(100L, 100L, 100L, 0L)));
    }

    @Test
    void takesNoMoreThanEachLaterYearsOwnAuctions() {
        // the second year auctions only 150 t, so a bank of 2,000 t takes 150 t
        assertArrayEquals(
                new long[] {1_000, 850, 1_000},
                RESERVE.issuedTonnes(BASE, new long[] {300, 150, 300}, List.of(500L, 2_000L, 500L, 0L)));
    }

    @Test
    void aBufferZoneTakesOnlyTheExcessOverTheUpperThreshold() {
        // a buffer to 1,000 t: a bank of 900 t gives up 67 t, not 216 t; 1,200 t is above it, 24%: 288 t
        ForeseenReserve buffered = new ForeseenReserve(new StabilityReserve(833, 400, 0.24, 100, 50, 1_000), 50);
        assertArrayEquals(
                new long[] {933, 712, 1_000},
                buffered.issuedTonnes(BASE, SAME_AUCTIONS, List.of(900L, 1_200L, 500L, 0L)));
    }
}

package org.carbonsim.core.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class StabilityReserveOperatorTest {
    /** EU parameters: intake 24% above 833 Mt, release 100 Mt below 400 Mt. */
    private static final StabilityReserve EU = new StabilityReserve(833_000_000L, 400_000_000L, 0.24, 100_000_000L, 0);

    /** The EU parameters scaled by 1/10 to a pilot-sized market. */
    private static final StabilityReserve SCALED = new StabilityReserve(83_300_000, 40_000_000, 0.24, 10_000_000, 0);

    @Test
    void intakeIsTwentyFourPercentOfCirculationAboveTheUpperThreshold() {
        // EC, 15 May 2019: TNAC 2018 = 1,654.9 Mt -> 0.24 * 1,654,900,000 = 397,176,000 t (397.2 Mt).
        StabilityReserveOperator operator = new StabilityReserveOperator(EU);

        ReserveOperation operation = operator.operate(1_654_900_000L, 2_000_000_000L);

        assertEquals(new ReserveOperation(1_654_900_000L, 397_176_000L, 0, 397_176_000L), operation);
        assertEquals(-397_176_000L, operation.auctionAdjustmentTonnes());
        // EC, 15 May 2023: TNAC 2022 = 1,134.8 Mt -> 0.24 * 1,134,800,000 = 272,352,000 t (272.4 Mt);
        // the reserve then holds 397,176,000 + 272,352,000 = 669,528,000 t.
        assertEquals(
                272_352_000L, operator.operate(1_134_800_000L, 2_000_000_000L).intakeTonnes());
        assertEquals(669_528_000L, operator.reserveTonnes());
    }

    @Test
    void intakeIsCappedAtThePlannedAuctionVolume() {
        // Scaled: TNAC 120 Mt > 83.3 Mt -> 0.24 * 120,000,000 = 28,800,000 t, but only 20,000,000 t are
        // planned for auction, so 20,000,000 t are withheld.
        StabilityReserveOperator operator = new StabilityReserveOperator(SCALED);

        ReserveOperation operation = operator.operate(120_000_000, 20_000_000);

        assertEquals(20_000_000, operation.intakeTonnes());
        assertEquals(20_000_000, operator.reserveTonnes());
    }

    @Test
    void settlingKeepsOnlyWhatTheAuctionsGaveUpOrTook() {
        // Scaled: intake 0.24 * 100,000,000 = 24,000,000 t capped at this year's 20,000,000 t, but next
        // year's auctions hold 15,000,000 t: the reserve keeps 15,000,000 t. A release of 10,000,000 t
        // into a year without auction days goes back to the reserve.
        StabilityReserveOperator operator = new StabilityReserveOperator(SCALED);
        ReserveOperation intake = operator.operate(100_000_000, 20_000_000);

        operator.settle(intake, -15_000_000);
        assertEquals(15_000_000, operator.reserveTonnes());

        ReserveOperation release = operator.operate(35_000_000, 0);
        assertEquals(5_000_000, operator.reserveTonnes());
        operator.settle(release, 0);
        assertEquals(15_000_000, operator.reserveTonnes());
        assertThrows(IllegalArgumentException.class, () -> operator.settle(release, 10_000_001));
        assertThrows(IllegalArgumentException.class, () -> operator.settle(intake, 1));
    }

    @Test
    void releaseBelowTheLowerThresholdIsLimitedByTheReserve() {
        // Scaled: intake 0.24 * 100,000,000 = 24,000,000 t; then TNAC 35 Mt < 40 Mt releases 10 Mt
        // (reserve 14 Mt), again 10 Mt (reserve 4 Mt), then only the 4 Mt left.
        StabilityReserveOperator operator = new StabilityReserveOperator(SCALED);
        operator.operate(100_000_000, 50_000_000);

        assertEquals(new ReserveOperation(35_000_000, 0, 10_000_000, 14_000_000), operator.operate(35_000_000, 0));
        assertEquals(10_000_000, operator.operate(35_000_000, 0).releaseTonnes());
        ReserveOperation last = operator.operate(35_000_000, 0);
        assertEquals(4_000_000, last.releaseTonnes());
        assertEquals(4_000_000, last.auctionAdjustmentTonnes());
        assertEquals(0, operator.reserveTonnes());
    }

    @Test
    void circulationAtOrBetweenTheThresholdsDoesNothing() {
        StabilityReserveOperator operator =
                new StabilityReserveOperator(new StabilityReserve(83_300_000, 40_000_000, 0.24, 10_000_000, 5_000_000));

        assertEquals(new ReserveOperation(83_300_000, 0, 0, 5_000_000), operator.operate(83_300_000, 50_000_000));
        assertEquals(new ReserveOperation(60_000_000, 0, 0, 5_000_000), operator.operate(60_000_000, 50_000_000));
        assertEquals(new ReserveOperation(40_000_000, 0, 0, 5_000_000), operator.operate(40_000_000, 50_000_000));
    }

    /** The EU parameters with the buffer zone from 2024: 833 to 1,096 Mt gives up its excess over 833 Mt. */
    private static final StabilityReserve EU_BUFFER =
            new StabilityReserve(833_000_000L, 400_000_000L, 0.24, 100_000_000L, 0, 1_096_000_000L);

    @Test
    void withinTheBufferZoneTheIntakeIsTheExcessOverTheUpperThreshold() {
        // TNAC 900 Mt: 900 - 833 = 67 Mt, where the rate alone would take 0.24 * 900 = 216 Mt
        assertEquals(
                67_000_000L,
                new StabilityReserveOperator(EU_BUFFER)
                        .operate(900_000_000L, 2_000_000_000L)
                        .intakeTonnes());
        // at the top of the zone the two rules meet, 1,096 - 833 = 263 Mt = 0.24 * 1,096 Mt (263.04 Mt)
        assertEquals(263_000_000L, EU_BUFFER.intakeTonnes(1_096_000_000L));
        assertEquals(263_040_240L, EU_BUFFER.intakeTonnes(1_096_001_000L));
        // the 2022 TNAC of 1,134.8 Mt is above the zone: 24%, as without it
        assertEquals(272_352_000L, EU_BUFFER.intakeTonnes(1_134_800_000L));
        // at or below the upper threshold, nothing
        assertEquals(0, EU_BUFFER.intakeTonnes(833_000_000L));
        assertEquals(1, EU_BUFFER.intakeTonnes(833_000_001L));
    }

    @Test
    void theThresholdsDecideStrictlyAndTheBufferZoneHasItsOwnDecision() {
        // EU with the buffer zone: above 1,096 Mt the rate, 833 to 1,096 Mt the excess, at either
        // threshold or between them nothing, below 400 Mt a release
        assertEquals(ReserveDecision.INTAKE, EU_BUFFER.decision(1_096_000_001L));
        assertEquals(ReserveDecision.BUFFER_INTAKE, EU_BUFFER.decision(1_096_000_000L));
        assertEquals(ReserveDecision.BUFFER_INTAKE, EU_BUFFER.decision(833_000_001L));
        assertEquals(ReserveDecision.NONE, EU_BUFFER.decision(833_000_000L));
        assertEquals(ReserveDecision.NONE, EU_BUFFER.decision(400_000_000L));
        assertEquals(ReserveDecision.RELEASE, EU_BUFFER.decision(399_999_999L));
        // without a buffer zone every circulation above the upper threshold is the rate's
        assertEquals(ReserveDecision.INTAKE, EU.decision(833_000_001L));
        // a release decided with nothing held releases nothing
        ReserveOperation empty = new StabilityReserveOperator(EU).operate(0, 0);
        assertEquals(new ReserveOperation(0, 0, 0, 0), empty);
    }
}

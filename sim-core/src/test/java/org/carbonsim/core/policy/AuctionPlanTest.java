package org.carbonsim.core.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class AuctionPlanTest {
    private static AuctionSchedule schedule(Integer... days) {
        return new AuctionSchedule(List.of(days), 2_000, false);
    }

    @Test
    void volumeNetOfIntakeIsSplitEvenlyWithTheRemainderFirst() {
        // 1,000,000 - 100,001 intake = 899,999 t over 4 auctions: 224,999 each, remainder 3 goes one
        // tonne each to the first three: 225,000 + 225,000 + 225,000 + 224,999 = 899,999.
        AuctionPlan plan = AuctionPlan.of(schedule(10, 70, 130, 190), 242, 1_000_000, 100_001);

        assertEquals(
                List.of(
                        new AuctionPlan.Lot(10, 225_000),
                        new AuctionPlan.Lot(70, 225_000),
                        new AuctionPlan.Lot(130, 225_000),
                        new AuctionPlan.Lot(190, 224_999)),
                plan.lots());
        assertEquals(899_999, plan.totalTonnes());
        assertEquals(225_000, plan.tonnesOnDay(70));
        assertEquals(0, plan.tonnesOnDay(71));
    }

    @Test
    void theTonnesAfterADayCountTheLaterAuctionsUpToTheDeadline() {
        // Lots of 225,000, 225,000, 225,000 and 224,999 t on days 10, 70, 130 and 190.
        AuctionPlan plan = AuctionPlan.of(schedule(10, 70, 130, 190), 242, 1_000_000, 100_001);

        assertEquals(899_999, plan.tonnesAfter(0, 241), "every auction is after day 0");
        assertEquals(674_999, plan.tonnesAfter(10, 241), "day 10's own auction is not ahead of it");
        assertEquals(450_000, plan.tonnesAfter(10, 130), "a deadline on day 130 counts its own auction");
        assertEquals(225_000, plan.tonnesAfter(10, 129), "nor any after it");
        assertEquals(0, plan.tonnesAfter(190, 241), "none after the last");
        assertEquals(0, plan.tonnesAfter(200, 150), "none after a deadline already past");
    }

    @Test
    void smallVolumeLeavesLaterAuctionsEmpty() {
        // 2 t over 3 auctions: 0 each, remainder 2 -> 1, 1, 0.
        AuctionPlan plan = AuctionPlan.of(schedule(0, 1, 2), 242, 2, 0);

        assertEquals(
                List.of(new AuctionPlan.Lot(0, 1), new AuctionPlan.Lot(1, 1), new AuctionPlan.Lot(2, 0)), plan.lots());
    }

    @Test
    void auctionDayBeyondTheYearIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> AuctionPlan.of(schedule(10, 242), 242, 1_000, 0));
    }

    @Test
    void intakeAboveVolumeIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> AuctionPlan.of(schedule(10), 242, 1_000, 1_001));
    }

    @Test
    void volumeWithoutAuctionDaysIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> AuctionPlan.of(schedule(), 242, 1_000, 0));
        assertEquals(List.of(), AuctionPlan.of(schedule(), 242, 1_000, 1_000).lots());
    }
}

package org.carbonsim.core.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.carbonsim.core.policy.Intervention.Direction;
import org.junit.jupiter.api.Test;

class InterventionMonitorTest {
    private static final InterventionRule HUBEI = new InterventionRule(6, 20, 100_000, true, true, false);

    /** Feeds upper-limit hits on the given days (0..days-1) and returns every intervention. */
    private static List<Intervention> feedUpper(InterventionMonitor monitor, int days, int... hitDays) {
        List<Intervention> all = new ArrayList<>();
        for (int day = 0; day < days; day++) {
            boolean hit = false;
            for (int h : hitDays) {
                hit |= h == day;
            }
            all.addAll(monitor.onDay(day, hit, false));
        }
        return all;
    }

    @Test
    void fiveHitsInTwentyDaysDoNotTrigger() {
        InterventionMonitor monitor = new InterventionMonitor(HUBEI);

        assertEquals(List.of(), feedUpper(monitor, 20, 0, 4, 8, 12, 16));
        assertEquals(5, monitor.upperHitsInWindow());
    }

    @Test
    void sixthHitWithinTwentyDaysTriggersASaleOnThatDay() {
        // Hits on days 0, 3, 7, 11, 15 and 19: the 6th hit is day 19, the window is days 0..19.
        InterventionMonitor monitor = new InterventionMonitor(HUBEI);

        assertEquals(List.of(), feedUpper(monitor, 19, 0, 3, 7, 11, 15));
        assertEquals(List.of(new Intervention(19, Direction.SELL, 100_000)), monitor.onDay(19, true, false));
    }

    @Test
    void hitsOlderThanTheWindowDoNotCount() {
        // Hits on days 0, 4, 8, 12, 16 and 20: on day 20 the window is days 1..20, so day 0 has aged
        // out and only 5 hits count.
        InterventionMonitor monitor = new InterventionMonitor(HUBEI);

        assertEquals(List.of(), feedUpper(monitor, 21, 0, 4, 8, 12, 16, 20));
        assertEquals(5, monitor.upperHitsInWindow());
        // Day 21 is the 6th hit within days 2..21 (4, 8, 12, 16, 20, 21).
        assertEquals(List.of(new Intervention(21, Direction.SELL, 100_000)), monitor.onDay(21, true, false));
    }

    @Test
    void windowRestartsAfterATriggerSoItDoesNotFireEveryDay() {
        // Six straight upper-limit days trigger on day 5; day 6 is another hit but the count starts
        // again from the trigger, so the next sale needs six more hits: days 6..11, firing on day 11.
        InterventionMonitor monitor = new InterventionMonitor(HUBEI);

        List<Intervention> fired = feedUpper(monitor, 12, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);

        assertEquals(
                List.of(new Intervention(5, Direction.SELL, 100_000), new Intervention(11, Direction.SELL, 100_000)),
                fired);
    }

    @Test
    void lowerLimitHitsTriggerABuyBackCountedSeparately() {
        // Three upper and six lower hits: only the lower count reaches 6, on day 8.
        InterventionMonitor monitor = new InterventionMonitor(HUBEI);
        boolean[] upper = {true, false, true, false, true, false, false, false, false};
        boolean[] lower = {false, true, false, true, false, true, true, true, true};
        List<Intervention> fired = new ArrayList<>();
        for (int day = 0; day < upper.length; day++) {
            fired.addAll(monitor.onDay(day, upper[day], lower[day]));
        }

        assertEquals(List.of(new Intervention(8, Direction.BUY, 100_000)), fired);
        assertEquals(3, monitor.upperHitsInWindow());
        assertEquals(0, monitor.lowerHitsInWindow());
    }

    @Test
    void directionTheRuleDoesNotActOnNeverTriggers() {
        InterventionMonitor monitor = new InterventionMonitor(new InterventionRule(6, 20, 100_000, false, true, false));

        assertEquals(List.of(), feedUpper(monitor, 10, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9));
    }

    @Test
    void rejectsDaysOutOfOrder() {
        InterventionMonitor monitor = new InterventionMonitor(HUBEI);
        monitor.onDay(5, false, false);

        assertThrows(IllegalArgumentException.class, () -> monitor.onDay(5, false, false));
    }
}

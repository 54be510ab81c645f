package org.carbonsim.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeMap;
import org.carbonsim.core.agents.ComplianceTrader;
import org.junit.jupiter.api.Test;

/**
 * A deadline before the year's last trading day: the traders pace to it and comply on it, as they do
 * when the deadline is the last day. In {@link TestScenarios#sellerAndTwoShortFirms} S is 50,000 t
 * long, and the compliance trader B and the inactive firm I are 20,000 t short each.
 */
class EarlyDeadlineTest {
    private static final long SEED = 7;

    /** Tonnes {@code buyer} bought on each day of {@code year}. */
    private static Map<Integer, Long> boughtByDay(RunResult result, int year, String buyer) {
        Map<Integer, Long> byDay = new TreeMap<>();
        for (TradeRecord trade : result.trades()) {
            if (trade.year() == year && trade.buyer().equals(buyer)) {
                byDay.merge(trade.day(), trade.quantityTonnes(), Long::sum);
            }
        }
        return byDay;
    }

    @Test
    void theShortFirmsBuyWhatTheyLackByTheDeadlineAndComply() {
        RunResult early =
                new Simulation(TestScenarios.sellerAndTwoShortFirms(2, "\"deadlineDay\": 10"), SEED, true).run();
        RunResult last = new Simulation(TestScenarios.sellerAndTwoShortFirms(2, ""), SEED, true).run();

        for (RunResult result : new RunResult[] {early, last}) {
            for (EnterpriseResult row : result.enterprises()) {
                assertEquals(0, row.shortfall(), "seed=" + SEED + " " + row);
                assertEquals(0, row.penalty(), "seed=" + SEED + " " + row);
                if (!row.enterpriseId().equals("S")) {
                    assertEquals(20_000, row.bought(), "seed=" + SEED + " " + row);
                }
            }
        }
        for (int year : new int[] {2024, 2025}) {
            assertEquals(
                    Map.of(10, 20_000L),
                    boughtByDay(early, year, "I"),
                    "seed=" + SEED + " the inactive firm buys its shortfall on the deadline day, " + year);
            assertEquals(Map.of(39, 20_000L), boughtByDay(last, year, "I"), "seed=" + SEED + " " + year);
            Map<Integer, Long> paced = boughtByDay(early, year, "B");
            assertTrue(
                    paced.keySet().stream().allMatch(day -> day <= 10),
                    "seed=" + SEED + " the compliance trader trades up to the deadline, " + year + ": " + paced);
            // day 0 works 5% (the default dailyGapShare) of the 20,000 t gap at the urgency of day 0 of
            // the 11 days to the deadline (procrastination 0.5): ceil(20,000 × 0.05 × 0.6092) = 610 t,
            // against 590 t (urgency 0.5893) when the 40 days of the year are paced
            assertEquals(
                    (long) Math.ceil(20_000 * 0.05 * ComplianceTrader.urgency(0, 11, 0.5)),
                    paced.get(0),
                    "seed=" + SEED + " " + paced);
            assertEquals(610, paced.get(0), "seed=" + SEED + " " + paced);
            assertEquals(590, boughtByDay(last, year, "B").get(0), "seed=" + SEED + " " + year);
        }
        long afterDeadline = early.days().stream()
                .filter(day -> day.day() > 10)
                .mapToLong(DayResult::volumeTonnes)
                .sum();
        assertEquals(0, afterDeadline, "seed=" + SEED + " nothing is due after the deadline");
    }
}

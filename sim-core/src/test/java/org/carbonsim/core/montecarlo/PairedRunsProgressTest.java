package org.carbonsim.core.montecarlo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.carbonsim.core.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** Paired runs tell their progress once per (scenario, replication), in order, and it changes nothing. */
class PairedRunsProgressTest {
    @Test
    void progressCountsEveryTaskInOrderWhateverTheThreads() {
        Scenario s = McScenarios.twoFirms("");
        List<Long> done = new ArrayList<>();
        List<Long> totals = new ArrayList<>();
        List<List<RunMetrics>> withProgress =
                PairedRuns.run(List.of(s, s, s), new PairedRuns.Settings(3, 2, 5), (d, total) -> {
                    done.add(d);
                    totals.add(total);
                });
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L), done);
        assertEquals(List.of(9L), totals.stream().distinct().toList());
        assertEquals(PairedRuns.run(List.of(s, s, s), new PairedRuns.Settings(3, 1, 5)), withProgress);
    }
}

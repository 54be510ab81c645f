package org.carbonsim.core.montecarlo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.carbonsim.core.scenario.Scenario;
import org.carbonsim.core.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

class SweepTest {
    private static final PairedRuns.Settings SETTINGS = new PairedRuns.Settings(4, 2, 11);

    private static List<Scenario> scenarios(List<SweepAxis> axes) {
        byte[] json = McScenarios.twoFirmsJson("").getBytes(StandardCharsets.UTF_8);
        List<Scenario> scenarios = new ArrayList<>();
        for (List<String> point : Sweep.grid(axes)) {
            scenarios.add(ScenarioLoader.parse(json, "two-firms.json", Path.of("."), Sweep.edits(axes, point)));
        }
        return scenarios;
    }

    @Test
    void gridIsTheCartesianProductWithTheLastAxisFastest() {
        List<SweepAxis> axes = List.of(
                new SweepAxis("market.initialPrice", List.of("30", "40")),
                new SweepAxis("$.market.limitPct", List.of("5", "10", "20")));
        assertEquals(
                List.of(
                        List.of("30", "5"),
                        List.of("30", "10"),
                        List.of("30", "20"),
                        List.of("40", "5"),
                        List.of("40", "10"),
                        List.of("40", "20")),
                Sweep.grid(axes));
        assertEquals("$.market.initialPrice", axes.get(0).path());
    }

    @Test
    void aPathSweptTwiceIsRejected() {
        List<SweepAxis> axes = List.of(
                new SweepAxis("market.initialPrice", List.of("30")),
                new SweepAxis("$.market.initialPrice", List.of("40")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Sweep.grid(axes));
        assertEquals("$.market.initialPrice is swept twice", e.getMessage());
    }

    @Test
    void everyPointUsesTheSameSeedsSoAnIrrelevantParameterChangesNothing() {
        List<SweepAxis> axes = List.of(new SweepAxis("description", List.of("a", "b", "c")));
        SweepResult result = Sweep.run(axes, scenarios(axes), SETTINGS);
        assertEquals(PairedRuns.seeds(SETTINGS), result.seeds());
        for (int p = 0; p < result.points().size(); p++) {
            for (int i = 0; i < SETTINGS.runs(); i++) {
                RunMetrics run = result.runs().get(p).get(i);
                assertEquals(Seeds.forReplication(11, i), run.seed(), "point " + p + " run " + i);
                assertEquals(result.runs().get(0).get(i).metrics(), run.metrics(), "point " + p + " run " + i);
            }
            assertEquals(result.summaries().get(0), result.summaries().get(p), "point " + p);
        }
    }

    @Test
    void aParameterThatMattersChangesTheResults() {
        List<SweepAxis> axes = List.of(new SweepAxis("market.initialPrice", List.of("20", "60")));
        SweepResult result = Sweep.run(axes, scenarios(axes), SETTINGS);
        assertNotEquals(
                result.runs().get(0).get(0).metric(Metric.CLOSE),
                result.runs().get(1).get(0).metric(Metric.CLOSE));
    }

    @Test
    void aGridPointRunsTheSameReplicationsAsMonteCarlo() {
        List<SweepAxis> axes = List.of(new SweepAxis("market.initialPrice", List.of("40")));
        SweepResult sweep = Sweep.run(axes, scenarios(axes), SETTINGS);
        MonteCarloResult mc = MonteCarlo.run(
                McScenarios.twoFirms(""),
                new MonteCarlo.Settings(SETTINGS.runs(), 1, SETTINGS.baseSeed(), Optional.empty()));
        assertEquals(mc.runs(), sweep.runs().get(0));
        assertEquals(mc.summaries(), sweep.summaries().get(0));
    }

    @Test
    void resultsDoNotDependOnTheNumberOfThreads() {
        List<SweepAxis> axes = List.of(new SweepAxis("market.initialPrice", List.of("30", "50")));
        List<Scenario> scenarios = scenarios(axes);
        SweepResult one = Sweep.run(axes, scenarios, new PairedRuns.Settings(4, 1, 3));
        SweepResult three = Sweep.run(axes, scenarios, new PairedRuns.Settings(4, 3, 3));
        assertEquals(one, three);
    }
}

package org.carbonsim.core.montecarlo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.random.Well19937c;
import org.carbonsim.core.scenario.Scenario;
import org.carbonsim.core.scenario.ScenarioEdit;
import org.carbonsim.core.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

class ComparisonTest {
    private static final PairedRuns.Settings SETTINGS = new PairedRuns.Settings(5, 2, 21);

    @Test
    void aScenarioAgainstItselfDiffersByExactlyZero() {
        Scenario s = McScenarios.twoFirms("");
        ComparisonResult result = Comparison.run(List.of(s, s), SETTINGS);
        assertEquals(List.of("two-firms", "two-firms"), result.scenarios());
        assertFalse(result.differences().isEmpty());
        for (PolicyDifference d : result.differences()) {
            Summary diff = d.difference();
            assertEquals(0.0, diff.mean(), d.metric().label());
            assertEquals(0.0, diff.ciLow(), d.metric().label());
            assertEquals(0.0, diff.ciHigh(), d.metric().label());
            assertFalse(d.excludesZero(), d.metric().label());
        }
        assertEquals(result.summaries().get(0), result.summaries().get(1));
    }

    @Test
    void aTighterCapRaisesTheEquilibriumPriceAndThePairedIntervalSaysSo() {
        byte[] json = McScenarios.twoFirmsJson("").getBytes(StandardCharsets.UTF_8);
        Scenario base = ScenarioLoader.parse(
                json,
                "two-firms.json",
                Path.of("."),
                List.of(new ScenarioEdit("allocation.cap.byYear[\"2024\"]", "200000")));
        Scenario tight = ScenarioLoader.parse(
                json,
                "two-firms.json",
                Path.of("."),
                List.of(new ScenarioEdit("allocation.cap.byYear[\"2024\"]", "180000")));
        ComparisonResult result = Comparison.run(List.of(base, tight), SETTINGS);
        PolicyDifference d = result.difference(Metric.EQUILIBRIUM_PRICE, 1).orElseThrow();
        assertTrue(d.difference().mean() > 0, "" + d);
        assertTrue(d.excludesZero(), "" + d);
        for (int i = 0; i < SETTINGS.runs(); i++) {
            assertEquals(
                    result.runs().get(0).get(i).seed(),
                    result.runs().get(1).get(i).seed(),
                    "run " + i);
        }
    }

    @Test
    void pairedDifferenceIntervalCoversTheTrueDifferenceAtAboutTheNominalRate() {
        // Baseline x ~ N(10, 3); policy x + 0.5 + N(0, 0.2), so the true mean difference is 0.5.
        // Over 2,000 seeded experiments of 30 pairs the 95% interval should cover it 93% to 97% of
        // the time (binomial sd 0.5 points).
        int experiments = 2000;
        int covered = 0;
        for (int seed = 0; seed < experiments; seed++) {
            Well19937c random = new Well19937c(seed);
            List<RunMetrics> baseline = new ArrayList<>();
            List<RunMetrics> policy = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                double x = 10 + 3 * random.nextGaussian();
                double y = x + 0.5 + 0.2 * random.nextGaussian();
                baseline.add(run(i, x));
                policy.add(run(i, y));
            }
            Summary d = Comparison.difference(baseline, policy, Metric.CLOSE).orElseThrow();
            if (d.ciLow() <= 0.5 && 0.5 <= d.ciHigh()) {
                covered++;
            }
        }
        double rate = covered / (double) experiments;
        assertTrue(rate >= 0.93 && rate <= 0.97, "seeds=0.." + (experiments - 1) + " coverage " + rate);
    }

    private static RunMetrics run(int index, double close) {
        List<Double> metrics = new ArrayList<>();
        for (Metric m : Metric.values()) {
            metrics.add(m == Metric.CLOSE ? close : 0.0);
        }
        return new RunMetrics(index, index, List.of(), metrics);
    }
}

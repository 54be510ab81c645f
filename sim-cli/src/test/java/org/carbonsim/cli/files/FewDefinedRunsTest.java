package org.carbonsim.cli.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.carbonsim.core.montecarlo.ComparisonResult;
import org.carbonsim.core.montecarlo.Metric;
import org.carbonsim.core.montecarlo.MonteCarloResult;
import org.carbonsim.core.montecarlo.PairedRuns;
import org.carbonsim.core.montecarlo.RunMetrics;
import org.carbonsim.core.montecarlo.SweepAxis;
import org.carbonsim.core.montecarlo.SweepResult;
import org.junit.jupiter.api.Test;

/**
 * A metric that fewer than 2 replications define (efficiency where only one run spent anything, the
 * spread where no run had a two-sided book) has no interval, but the summary tables still say how
 * many runs define it and, for one, its value, as {@code year-stats.csv} does for a figure; and the
 * JSON files keep every metric's key, so a script reading {@code metrics["spread"]} finds it. Three
 * hand-made runs: every metric 2, except efficiency (undefined, undefined, 0.9) and the spread
 * (undefined in all three).
 */
class FewDefinedRunsTest {
    private static final List<RunMetrics> RUNS = List.of(run(0, Double.NaN), run(1, Double.NaN), run(2, 0.9));

    private static RunMetrics run(int index, double efficiency) {
        Double[] metrics = new Double[Metric.values().length];
        Arrays.fill(metrics, 2.0);
        metrics[Metric.EFFICIENCY.ordinal()] = efficiency;
        metrics[Metric.SPREAD.ordinal()] = Double.NaN;
        return new RunMetrics(index, 100 + index, List.of(), List.of(metrics));
    }

    /** The line of {@code csv} whose cells start with {@code prefix}. */
    private static String line(String csv, String prefix) {
        return csv.lines()
                .filter(l -> l.startsWith(prefix))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no line " + prefix + " in\n" + csv));
    }

    @Test
    void gridCsvCountsTheOneRunThatDefinesAMetricAndGivesItsValue() {
        SweepResult sweep = new SweepResult(
                "s",
                List.of(new SweepAxis("$.market.limitPct", List.of("5"))),
                List.of(List.of("5")),
                7,
                List.of(100L, 101L, 102L),
                List.of(RUNS),
                List.of(PairedRuns.summaries(RUNS)));
        String grid = SweepFiles.grid(sweep);
        assertEquals("0,5,efficiency,,1,0.9,,,,", line(grid, "0,5,efficiency,"));
        assertEquals("0,5,spread,cny_per_t,0,,,,,", line(grid, "0,5,spread,"));
        assertEquals("0,5,vwap,cny_per_t,3,2,0,2,2,2", line(grid, "0,5,vwap,"));

        JsonObject metrics = JsonParser.parseString(SweepFiles.summary(sweep))
                .getAsJsonObject()
                .getAsJsonArray("points")
                .get(0)
                .getAsJsonObject()
                .getAsJsonObject("metrics");
        assertEveryMetricWithFewRunsHasCountAndMean(metrics);
    }

    @Test
    void compareCsvCountsTheOneRunThatDefinesAMetricAndGivesItsValue() {
        ComparisonResult comparison = new ComparisonResult(
                List.of("a", "b"),
                7,
                List.of(100L, 101L, 102L),
                List.of(RUNS, RUNS),
                List.of(PairedRuns.summaries(RUNS), PairedRuns.summaries(RUNS)),
                List.of(),
                List.of(),
                List.of());
        String table = CompareFiles.table(comparison);
        assertEquals("efficiency,,0,a,1,0.9,,,,,,,", line(table, "efficiency,,0,"));
        assertEquals("spread,cny_per_t,1,b,0,,,,,,,,", line(table, "spread,cny_per_t,1,"));

        JsonObject metrics = JsonParser.parseString(CompareFiles.summary(comparison, java.util.Map.of()))
                .getAsJsonObject()
                .getAsJsonObject("metrics");
        JsonObject byPolicy = new JsonObject();
        for (String label : metrics.keySet()) {
            byPolicy.add(
                    label,
                    metrics.getAsJsonObject(label).getAsJsonArray("policies").get(1));
        }
        assertEveryMetricWithFewRunsHasCountAndMean(byPolicy);
    }

    @Test
    void montecarloJsonKeepsEveryMetricWithItsCount() {
        MonteCarloResult result = new MonteCarloResult(
                "s", 7, List.of(), RUNS, PairedRuns.summaries(RUNS), List.of(), List.of(), 3, false);
        JsonObject metrics = JsonParser.parseString(MonteCarloFiles.summary(result, 3, Optional.empty()))
                .getAsJsonObject()
                .getAsJsonObject("metrics");
        assertEveryMetricWithFewRunsHasCountAndMean(metrics);
    }

    /**
     * {@code metrics} has every metric's label, in order; efficiency has n 1 and mean 0.9 and the
     * spread n 0 and mean null, both with their unit and null for every statistic that needs 2 runs.
     */
    private static void assertEveryMetricWithFewRunsHasCountAndMean(JsonObject metrics) {
        List<String> labels = new ArrayList<>();
        for (Metric m : Metric.values()) {
            labels.add(m.label());
        }
        assertEquals(labels, new ArrayList<>(metrics.keySet()), "" + metrics);
        JsonObject efficiency = metrics.getAsJsonObject("efficiency");
        assertEquals(1, efficiency.get("n").getAsInt(), "" + efficiency);
        assertEquals(0.9, efficiency.get("mean").getAsDouble(), "" + efficiency);
        JsonObject spread = metrics.getAsJsonObject("spread");
        assertEquals(0, spread.get("n").getAsInt(), "" + spread);
        assertTrue(spread.get("mean").isJsonNull(), "" + spread);
        assertEquals("", efficiency.get("unit").getAsString(), "" + efficiency);
        assertEquals("cny_per_t", spread.get("unit").getAsString(), "" + spread);
        for (JsonObject few : List.of(efficiency, spread)) {
            for (String key : few.keySet()) {
                JsonElement v = few.get(key);
                assertTrue(
                        key.equals("unit") || key.equals("n") || key.equals("mean") || v.isJsonNull(),
                        key + " in " + few);
            }
            assertEquals(metrics.getAsJsonObject("vwap").keySet(), few.keySet(), "" + few);
        }
    }
}

package org.carbonsim.core.montecarlo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.carbonsim.core.engine.Progress;
import org.carbonsim.core.scenario.Scenario;

/**
 * Policies side by side: every scenario run with the same replication seeds ({@link PairedRuns}),
 * statistics per metric for each, and the paired difference of each policy against the first, for
 * each metric and, from the per-sector figures every replication keeps, per year and per sector
 * ({@link SectorComparison}).
 * Stateless.
 */
public final class Comparison {
    private Comparison() {}

    /** Runs and compares {@code scenarios}; the first is the baseline. */
    public static ComparisonResult run(List<Scenario> scenarios, PairedRuns.Settings settings) {
        return run(scenarios, settings, Progress.NONE);
    }

    /** As {@link #run(List, PairedRuns.Settings)}, telling {@code progress} of each finished run. */
    public static ComparisonResult run(List<Scenario> scenarios, PairedRuns.Settings settings, Progress progress) {
        return run(ScenarioRecipe.allOf(scenarios), settings, progress, Replicator.threads(settings.threads()));
    }

    /**
     * As {@link #run(List, PairedRuns.Settings, Progress)}, with the policies given by {@code recipes}
     * and the runs made by {@code replicator}; the result is the same whatever runs them.
     */
    public static ComparisonResult run(
            List<ScenarioRecipe> recipes, PairedRuns.Settings settings, Progress progress, Replicator replicator) {
        List<List<RunMetrics>> runs = PairedRuns.run(recipes, settings, progress, true, replicator);
        List<String> names = new ArrayList<>();
        for (ScenarioRecipe recipe : recipes) {
            names.add(recipe.scenario().name());
        }
        return of(names, settings.baseSeed(), PairedRuns.seeds(settings), runs);
    }

    /** The comparison of figures already run, by policy then replication index. */
    static ComparisonResult of(List<String> names, long baseSeed, List<Long> seeds, List<List<RunMetrics>> runs) {
        List<Map<Metric, Summary>> summaries = new ArrayList<>();
        for (List<RunMetrics> r : runs) {
            summaries.add(PairedRuns.summaries(r));
        }
        List<PolicyDifference> differences = new ArrayList<>();
        for (Metric m : Metric.values()) {
            for (int k = 1; k < runs.size(); k++) {
                int policy = k;
                difference(runs.get(0), runs.get(k), m)
                        .ifPresent(s -> differences.add(new PolicyDifference(m, policy, s)));
            }
        }
        return new ComparisonResult(
                names,
                baseSeed,
                seeds,
                runs,
                summaries,
                differences,
                SectorComparison.byYear(runs),
                SectorComparison.bySector(runs));
    }

    /** Statistics of {@code policy − baseline} over replications where both are defined. */
    static Optional<Summary> difference(List<RunMetrics> baseline, List<RunMetrics> policy, Metric metric) {
        if (baseline.size() != policy.size()) {
            throw new IllegalArgumentException(
                    "paired runs differ in number: " + baseline.size() + " and " + policy.size());
        }
        double[] d = new double[baseline.size()];
        for (int i = 0; i < d.length; i++) {
            d[i] = policy.get(i).metric(metric) - baseline.get(i).metric(metric);
        }
        return Summary.ofDefined(d);
    }
}

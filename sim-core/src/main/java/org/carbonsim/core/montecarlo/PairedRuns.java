package org.carbonsim.core.montecarlo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.carbonsim.core.engine.Progress;
import org.carbonsim.core.scenario.Scenario;

/**
 * Runs the same replications of several scenarios with common random numbers: replication {@code i}
 * of every scenario has the seed {@link Seeds#forReplication}(base seed, i), exactly as in {@link
 * MonteCarlo}, so differences between scenarios are not blurred by different luck. Each (scenario,
 * replication) pair is one task, a single-threaded pure function of (scenario, seed), run on a fixed
 * pool; results are gathered by index, so they do not depend on the number of threads. Only a {@link
 * RunMetrics} record is kept per task. Stateless.
 */
public final class PairedRuns {
    /** The most tasks (scenarios × replications) one call runs. */
    public static final long MAX_TASKS = 1_000_000;

    private PairedRuns() {}

    /**
     * The settings of a set of paired runs. Immutable.
     *
     * @param runs replications per scenario, at least 2
     * @param threads worker threads, at least 1
     * @param baseSeed the base seed the replication seeds derive from
     */
    public record Settings(int runs, int threads, long baseSeed) {
        public Settings {
            if (runs < 2) {
                throw new IllegalArgumentException("runs must be >= 2, got " + runs);
            }
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be >= 1, got " + threads);
            }
        }
    }

    /** The seeds of the replications, by index: the same for every scenario. */
    public static List<Long> seeds(Settings settings) {
        List<Long> seeds = new ArrayList<>();
        for (int i = 0; i < settings.runs(); i++) {
            seeds.add(Seeds.forReplication(settings.baseSeed(), i));
        }
        return seeds;
    }

    /**
     * Runs every scenario {@code settings.runs()} times.
     *
     * @return the figures by scenario, then by replication index
     * @throws org.carbonsim.core.scenario.ScenarioException if a scenario's uncertainty block cannot
     *     be sampled (before anything runs)
     */
    public static List<List<RunMetrics>> run(List<Scenario> scenarios, Settings settings) {
        return run(scenarios, settings, Progress.NONE);
    }

    /**
     * As {@link #run(List, Settings)}, telling {@code progress} of each finished (scenario,
     * replication) task in index order, from the calling thread.
     */
    public static List<List<RunMetrics>> run(List<Scenario> scenarios, Settings settings, Progress progress) {
        return run(scenarios, settings, progress, false);
    }

    /**
     * As {@link #run(List, Settings, Progress)}, keeping each replication's per-sector figures if
     * {@code keepDetail}, and its per-year figures too (a few dozen numbers per sector and year of every
     * run).
     */
    public static List<List<RunMetrics>> run(
            List<Scenario> scenarios, Settings settings, Progress progress, boolean keepDetail) {
        return run(
                ScenarioRecipe.allOf(scenarios),
                settings,
                progress,
                keepDetail,
                Replicator.threads(settings.threads()));
    }

    /**
     * As {@link #run(List, Settings, Progress, boolean)}, with the scenarios given by {@code recipes}
     * and the runs made by {@code replicator} instead of {@link Settings#threads} local threads: task
     * {@code k × runs + i} is replication {@code i} of scenario {@code k}. The result is the same
     * whatever runs the tasks.
     */
    public static List<List<RunMetrics>> run(
            List<ScenarioRecipe> recipes,
            Settings settings,
            Progress progress,
            boolean keepDetail,
            Replicator replicator) {
        if (recipes.isEmpty()) {
            throw new IllegalArgumentException("at least one scenario is needed");
        }
        if ((long) recipes.size() * settings.runs() > MAX_TASKS) {
            throw new IllegalArgumentException("at most " + MAX_TASKS + " scenario runs, got " + recipes.size()
                    + " scenarios × " + settings.runs() + " runs");
        }
        List<LoadedScenario> loaded = new ArrayList<>();
        for (ScenarioRecipe recipe : recipes) {
            LoadedScenario l = new LoadedScenario(recipe);
            l.sampler();
            loaded.add(l);
        }
        int runs = settings.runs();
        long baseSeed = settings.baseSeed();
        int total = recipes.size() * runs;
        List<List<RunMetrics>> results = new ArrayList<>();
        List<RunMetrics> row = new ArrayList<>();
        long[] done = {0};
        replicator.run(
                task -> {
                    LoadedScenario l = loaded.get(task / runs);
                    return MonteCarlo.replicateMetrics(l.scenario(), l.sampler(), baseSeed, task % runs, keepDetail);
                },
                total,
                r -> {
                    row.add(r);
                    if (row.size() == runs) {
                        results.add(List.copyOf(row));
                        row.clear();
                    }
                    progress.advanced(++done[0], total);
                    return true;
                });
        return List.copyOf(results);
    }

    /** Statistics per metric of {@code runs}, over the runs where each metric is defined. */
    public static Map<Metric, Summary> summaries(List<RunMetrics> runs) {
        return Collections.unmodifiableMap(summariesByMetric(runs));
    }

    /**
     * {@link #summaries} as a map of its own, in {@link Metric} order: a Monte Carlo study folds its
     * statistics the same way as paired runs, so both read them here.
     */
    static EnumMap<Metric, Summary> summariesByMetric(List<RunMetrics> runs) {
        EnumMap<Metric, Summary> summaries = new EnumMap<>(Metric.class);
        for (Metric m : Metric.values()) {
            double[] values = new double[runs.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = runs.get(i).metric(m);
            }
            Summary.ofDefined(values).ifPresent(s -> summaries.put(m, s));
        }
        return summaries;
    }
}

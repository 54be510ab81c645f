package org.carbonsim.core.montecarlo;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The outcome of a study: the kept figures of every replication in index order, per-metric
 * statistics, the running estimates at each batch boundary, the daily bands, and whether a stopping
 * rule ended the study before the maximum number of replications. Immutable.
 *
 * @param scenario the scenario's name
 * @param baseSeed the study's base seed
 * @param inputPaths paths of the uncertain inputs, in the order of {@link RunMetrics#inputs()}
 * @param runs the replications, by index
 * @param summaries statistics per metric, in {@link Metric} order, over the runs where the metric is
 *     defined; a metric defined in fewer than 2 runs has none
 * @param convergence running estimates, by checkpoint then metric
 * @param bands daily quantiles, in calendar order (streaming P-square estimates past five runs)
 * @param bandRuns replications the bands are taken over (all of them)
 * @param stoppedEarly whether the stopping rule was met before the maximum
 */
public record MonteCarloResult(
        String scenario,
        long baseSeed,
        List<String> inputPaths,
        List<RunMetrics> runs,
        Map<Metric, Summary> summaries,
        List<ConvergencePoint> convergence,
        List<DayBand> bands,
        int bandRuns,
        boolean stoppedEarly) {
    public MonteCarloResult {
        Objects.requireNonNull(scenario, "scenario");
        inputPaths = List.copyOf(inputPaths);
        runs = List.copyOf(runs);
        // EnumMap copy keeps Metric order for iteration; Map.copyOf would not.
        summaries = Collections.unmodifiableMap(new EnumMap<>(summaries));
        convergence = List.copyOf(convergence);
        bands = List.copyOf(bands);
    }
}

package org.carbonsim.core.montecarlo;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome of a comparison of policies. Immutable.
 *
 * @param scenarios the policies' scenario names, the baseline first
 * @param baseSeed the base seed
 * @param seeds the replication seeds, by index: the same for every policy
 * @param runs the figures by policy, then by replication index
 * @param summaries statistics per metric for each policy
 * @param differences paired differences against the baseline, by metric then policy; a metric
 *     defined in both policies in fewer than 2 replications has none
 * @param years paired differences per year over all sectors ({@link SectorComparison#byYear})
 * @param sectors paired differences per sector and year ({@link SectorComparison#bySector})
 */
public record ComparisonResult(
        List<String> scenarios,
        long baseSeed,
        List<Long> seeds,
        List<List<RunMetrics>> runs,
        List<Map<Metric, Summary>> summaries,
        List<PolicyDifference> differences,
        List<PairedFigure> years,
        List<PairedFigure> sectors) {
    public ComparisonResult {
        scenarios = List.copyOf(scenarios);
        seeds = List.copyOf(seeds);
        runs = runs.stream().map(List::copyOf).toList();
        summaries = List.copyOf(summaries);
        differences = List.copyOf(differences);
        years = List.copyOf(years);
        sectors = List.copyOf(sectors);
        if (runs.size() != scenarios.size() || summaries.size() != scenarios.size()) {
            throw new IllegalArgumentException("runs and summaries need one entry per policy");
        }
    }

    /** The paired difference of {@code policy} against the baseline for {@code metric}, if any. */
    public Optional<PolicyDifference> difference(Metric metric, int policy) {
        return differences.stream()
                .filter(d -> d.metric() == metric && d.policy() == policy)
                .findFirst();
    }
}

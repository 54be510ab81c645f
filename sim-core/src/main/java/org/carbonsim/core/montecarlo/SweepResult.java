package org.carbonsim.core.montecarlo;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The outcome of a sweep. Immutable.
 *
 * @param scenario the swept scenario's name
 * @param axes the parameters swept
 * @param points the grid points, each one value per axis, in grid order
 * @param baseSeed the base seed
 * @param seeds the replication seeds, by index: the same at every point
 * @param runs the figures by point, then by replication index
 * @param summaries statistics per metric at each point (a metric defined in fewer than 2 runs of a
 *     point has none there)
 */
public record SweepResult(
        String scenario,
        List<SweepAxis> axes,
        List<List<String>> points,
        long baseSeed,
        List<Long> seeds,
        List<List<RunMetrics>> runs,
        List<Map<Metric, Summary>> summaries) {
    public SweepResult {
        Objects.requireNonNull(scenario, "scenario");
        axes = List.copyOf(axes);
        points = points.stream().map(List::copyOf).toList();
        seeds = List.copyOf(seeds);
        runs = runs.stream().map(List::copyOf).toList();
        summaries = List.copyOf(summaries);
        if (runs.size() != points.size() || summaries.size() != points.size()) {
            throw new IllegalArgumentException("runs and summaries need one entry per grid point");
        }
    }
}

package org.carbonsim.core.montecarlo;

import java.util.List;

/**
 * What a study keeps of one replication: its index and seed, the uncertain inputs as applied (in the
 * order of the scenario's uncertainty block) and one value per {@link Metric}, in declaration order.
 * Immutable.
 *
 * @param index replication index, from 0
 * @param seed the replication's seed
 * @param inputs applied uncertain inputs
 * @param metrics metric values, indexed by {@link Metric#ordinal()}
 */
public record RunMetrics(int index, long seed, List<Double> inputs, List<Double> metrics) {
    public RunMetrics {
        inputs = List.copyOf(inputs);
        metrics = List.copyOf(metrics);
        if (index < 0) {
            throw new IllegalArgumentException("index must be >= 0, got " + index);
        }
        if (metrics.size() != Metric.values().length) {
            throw new IllegalArgumentException(
                    "expected " + Metric.values().length + " metric values, got " + metrics.size());
        }
    }

    /** The value of {@code metric}. */
    public double metric(Metric metric) {
        return metrics.get(metric.ordinal());
    }
}

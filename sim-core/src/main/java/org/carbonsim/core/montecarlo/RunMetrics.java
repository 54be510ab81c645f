package org.carbonsim.core.montecarlo;

import java.io.Serializable;
import java.util.List;

/**
 * What a study keeps of one replication: its index and seed, the uncertain inputs as applied (in the
 * order of the scenario's uncertainty block), one value per {@link Metric}, in declaration order, and,
 * where the study asked for them, the figures of every year ({@link YearFigures}) and of every sector
 * and year ({@link SectorFigures}). Immutable.
 *
 * @param index replication index, from 0
 * @param seed the replication's seed
 * @param inputs applied uncertain inputs
 * @param metrics metric values, indexed by {@link Metric#ordinal()}
 * @param years per year, in calendar order; empty unless asked for
 * @param sectors per sector and year, ordered by year then sector id; empty unless asked for
 */
public record RunMetrics(
        int index,
        long seed,
        List<Double> inputs,
        List<Double> metrics,
        List<YearFigures> years,
        List<SectorFigures> sectors)
        implements Serializable {
    public RunMetrics {
        inputs = List.copyOf(inputs);
        metrics = List.copyOf(metrics);
        years = List.copyOf(years);
        sectors = List.copyOf(sectors);
        if (index < 0) {
            throw new IllegalArgumentException("index must be >= 0, got " + index);
        }
        if (metrics.size() != Metric.values().length) {
            throw new IllegalArgumentException(
                    "expected " + Metric.values().length + " metric values, got " + metrics.size());
        }
    }

    /** A replication's figures without per-year or per-sector figures. */
    public RunMetrics(int index, long seed, List<Double> inputs, List<Double> metrics) {
        this(index, seed, inputs, metrics, List.of(), List.of());
    }

    /** The value of {@code metric}. */
    public double metric(Metric metric) {
        return metrics.get(metric.ordinal());
    }
}

package org.carbonsim.core.montecarlo;

import java.util.Objects;
import java.util.Optional;

/**
 * Statistics of one figure of one year, over all sectors or for one sector, over a set of
 * replications (a study, a sweep point, a policy, a sensitivity point): how many replications define
 * it, their mean (NaN when none does) and, from 2 on, the full {@link Summary}. Immutable.
 *
 * @param year the compliance year
 * @param sectorId the sector, or empty for the year's market and total over every sector
 * @param metric the figure's snake_case id ({@link YearMetric#id()} or {@link SectorMetric#id()})
 * @param unit the figure's unit suffix, empty for a count or a share
 * @param n replications that define the figure
 * @param mean their mean; NaN when {@code n} is 0
 * @param summary statistics over them, present when {@code n} is at least 2
 */
public record FigureStatistic(
        int year,
        Optional<String> sectorId,
        String metric,
        String unit,
        int n,
        double mean,
        Optional<Summary> summary) {
    public FigureStatistic {
        Objects.requireNonNull(sectorId, "sectorId");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(summary, "summary");
    }
}

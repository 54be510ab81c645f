package org.carbonsim.core.montecarlo;

import java.util.Objects;
import java.util.Optional;

/**
 * The paired difference of one figure in one year ({@link SectorMetric}, for one sector or for all
 * sectors together, or {@link YearMetric#BLOCK_VOLUME}, a year's figure of the market), between a policy and the first (baseline) policy of a comparison: statistics of (policy −
 * baseline) over the replications, matched by index (the same seed), where the figure is defined in
 * both. The interval is Student's t on the paired differences ({@link Summary}). The two means are
 * over the same replications, so {@code policyMean − baselineMean} is the mean difference up to
 * rounding. Immutable.
 *
 * @param policy index of the policy, at least 1 (0 is the baseline)
 * @param year the compliance year
 * @param sectorId the sector, or empty for the year's total over every sector
 * @param metric the figure
 * @param baselineMean the baseline's mean over the paired replications
 * @param policyMean the policy's mean over the paired replications
 * @param difference statistics of the per-replication differences
 */
public record PairedFigure(
        int policy,
        int year,
        Optional<String> sectorId,
        StudyFigure metric,
        double baselineMean,
        double policyMean,
        Summary difference) {
    public PairedFigure {
        Objects.requireNonNull(sectorId, "sectorId");
        Objects.requireNonNull(metric, "metric");
        PolicyDifference.requirePolicy(policy, difference);
    }

    /** Whether the 95% confidence interval of the mean difference excludes 0. */
    public boolean excludesZero() {
        return PolicyDifference.excludesZero(difference);
    }
}

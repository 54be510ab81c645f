package org.carbonsim.core.montecarlo;

import java.util.Objects;

/**
 * The paired difference of one metric between a policy and the first (baseline) policy of a
 * comparison: statistics of (policy − baseline) over the replications, matched by index, where the
 * metric is defined in both. With common random numbers the interval is usually much narrower than
 * the difference of two independent intervals. Immutable.
 *
 * @param metric the metric
 * @param policy index of the policy, at least 1 (0 is the baseline)
 * @param difference statistics of the per-replication differences
 */
public record PolicyDifference(Metric metric, int policy, Summary difference) {
    public PolicyDifference {
        Objects.requireNonNull(metric, "metric");
        requirePolicy(policy, difference);
    }

    /** Checks what a paired difference of any figure needs: a policy after the baseline, statistics. */
    static void requirePolicy(int policy, Summary difference) {
        Objects.requireNonNull(difference, "difference");
        if (policy < 1) {
            throw new IllegalArgumentException("policy must be >= 1 (0 is the baseline), got " + policy);
        }
    }

    /** Whether the 95% confidence interval of the mean difference excludes 0. */
    public boolean excludesZero() {
        return excludesZero(difference);
    }

    /** Whether {@code difference}'s 95% confidence interval excludes 0. */
    static boolean excludesZero(Summary difference) {
        return difference.ciLow() > 0 || difference.ciHigh() < 0;
    }
}

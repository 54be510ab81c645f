package org.carbonsim.core.montecarlo;

import java.util.Objects;

/**
 * Stop a study once the 95% confidence interval of {@code metric}'s mean is narrow enough: its
 * half-width below {@code relativeHalfWidth} × |mean| (or exactly 0). Checked only after each batch of
 * {@link MonteCarlo#BATCH} replications and at the end, so the stopping point, and therefore every
 * output, does not depend on the number of threads. Immutable.
 *
 * @param metric the metric watched
 * @param relativeHalfWidth target half-width as a fraction of the mean, in (0, 1]
 */
public record StopRule(Metric metric, double relativeHalfWidth) {
    public StopRule {
        Objects.requireNonNull(metric, "metric");
        if (!(relativeHalfWidth > 0 && relativeHalfWidth <= 1)) {
            throw new IllegalArgumentException("relativeHalfWidth must be in (0, 1], got " + relativeHalfWidth);
        }
    }

    /** Whether a running estimate meets the rule. */
    boolean isMet(double mean, double halfWidth) {
        return halfWidth == 0 || halfWidth < relativeHalfWidth * Math.abs(mean);
    }
}

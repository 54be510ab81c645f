package org.carbonsim.core.montecarlo;

import java.util.Arrays;
import java.util.Optional;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Statistics of one metric over the replications of a study: the sample mean and standard deviation
 * (n − 1 denominator), the standard error of the mean, a 95% confidence interval for the mean from
 * Student's t with n − 1 degrees of freedom, quantiles, minimum and maximum. The interval assumes
 * independent replications, which their derived seeds give. Immutable.
 *
 * @param n number of replications, at least 2
 * @param mean sample mean
 * @param sd sample standard deviation
 * @param standardError sd ÷ √n
 * @param ciLow lower end of the 95% confidence interval for the mean
 * @param ciHigh upper end of the 95% confidence interval for the mean
 * @param quantiles 5th to 95th percentiles
 * @param min smallest value
 * @param max largest value
 */
public record Summary(
        int n,
        double mean,
        double sd,
        double standardError,
        double ciLow,
        double ciHigh,
        Quantiles quantiles,
        double min,
        double max) {
    /** Confidence level of the interval. */
    public static final double CONFIDENCE = 0.95;

    public Summary {
        if (n < 2) {
            throw new IllegalArgumentException("a summary needs at least 2 replications, got " + n);
        }
    }

    /** The summary of {@code values} (at least 2, all finite); the array is not changed. */
    public static Summary of(double[] values) {
        int n = values.length;
        if (n < 2) {
            throw new IllegalArgumentException("a summary needs at least 2 values, got " + n);
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        if (!Double.isFinite(sorted[0]) || !Double.isFinite(sorted[n - 1])) {
            throw new IllegalArgumentException("values must be finite");
        }
        Running running = new Running();
        for (double v : values) {
            running.add(v);
        }
        double half = running.halfWidth();
        return new Summary(
                n,
                running.mean(),
                running.sd(),
                running.standardError(),
                running.mean() - half,
                running.mean() + half,
                Quantiles.ofSorted(sorted),
                sorted[0],
                sorted[n - 1]);
    }

    /**
     * The summary of the defined (finite) values among {@code values}, if there are at least 2; the
     * array is not changed.
     */
    public static Optional<Summary> ofDefined(double[] values) {
        double[] defined = Arrays.stream(values).filter(Double::isFinite).toArray();
        return defined.length < 2 ? Optional.empty() : Optional.of(of(defined));
    }

    /** Half the width of the confidence interval. */
    public double halfWidth() {
        return (ciHigh - ciLow) / 2;
    }

    /** The t quantile for a two-sided 95% interval with {@code n − 1} degrees of freedom. */
    static double tQuantile(long n) {
        // The generator argument is unused by the quantile function; null avoids seeding one from the clock.
        return new TDistribution(null, n - 1).inverseCumulativeProbability(1 - (1 - CONFIDENCE) / 2);
    }

    /**
     * Welford's running mean and variance, for checkpoints and stopping rules without keeping the
     * values. Not thread-safe.
     */
    static final class Running {
        private long n;
        private double mean;
        private double m2;

        void add(double value) {
            n++;
            double delta = value - mean;
            mean += delta / n;
            m2 += delta * (value - mean);
        }

        long n() {
            return n;
        }

        double mean() {
            return mean;
        }

        double sd() {
            return n < 2 ? 0 : Math.sqrt(m2 / (n - 1));
        }

        double standardError() {
            return n < 2 ? 0 : sd() / Math.sqrt(n);
        }

        /** The 95% interval's half-width; infinite with fewer than 2 values. */
        double halfWidth() {
            return n < 2 ? Double.POSITIVE_INFINITY : tQuantile(n) * standardError();
        }
    }
}

package org.carbonsim.core.montecarlo;

import java.util.Arrays;

/**
 * The 5th, 25th, 50th, 75th and 95th percentiles of a sample, by linear interpolation between order
 * statistics (Hyndman and Fan type 7, the default of R and numpy). Immutable.
 *
 * @param p5 5th percentile
 * @param p25 25th percentile
 * @param p50 median
 * @param p75 75th percentile
 * @param p95 95th percentile
 */
public record Quantiles(double p5, double p25, double p50, double p75, double p95) {
    /** The quantiles of {@code values}, which must not be empty; the array is not changed. */
    public static Quantiles of(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return ofSorted(sorted);
    }

    static Quantiles ofSorted(double[] sorted) {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("quantiles of an empty sample");
        }
        return new Quantiles(at(sorted, 0.05), at(sorted, 0.25), at(sorted, 0.50), at(sorted, 0.75), at(sorted, 0.95));
    }

    /** Type-7 quantile {@code p} of sorted values. */
    static double at(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        if (lo >= sorted.length - 1) {
            return sorted[sorted.length - 1];
        }
        return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
    }
}

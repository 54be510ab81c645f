package org.carbonsim.core.allocation;

import java.util.Arrays;

/**
 * Percentiles by the nearest-rank method: sort ascending, take the value at rank ⌈p/100 × n⌉
 * (1-based). The result is always one enterprise's actual intensity, as in Hubei's wording "the
 * benchmark is the intensity of the enterprise at the 50th percentile". Immutable (no state).
 */
public final class NearestRank {
    private NearestRank() {}

    /** The {@code percentile} (0 < p <= 100) of {@code values} (at least one, all finite). */
    public static double percentile(double[] values, double percentile) {
        if (values.length == 0) {
            throw new IllegalArgumentException("a percentile needs at least one value");
        }
        if (!(percentile > 0 && percentile <= 100)) {
            throw new IllegalArgumentException("percentile must be in (0, 100], got " + percentile);
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        // The small epsilon keeps p × n that is an integer in exact arithmetic (50 × 4 / 100 = 2) from
        // rounding up to the next rank through binary floating point.
        int rank = (int) Math.ceil(percentile / 100 * sorted.length - 1e-9);
        return sorted[Math.max(1, rank) - 1];
    }
}

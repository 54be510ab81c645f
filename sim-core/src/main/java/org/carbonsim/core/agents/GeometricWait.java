package org.carbonsim.core.agents;

import java.util.SplittableRandom;

/**
 * How long a trader's clock waits: the failures before the first success of a coin that comes up with
 * probability {@code p} at each try, geometric, drawn by inversion from one uniform number. The
 * activation schedule draws rounds with it and noise traders their days without trading. A wait keeps
 * the logarithm of its coin's failure, which a draw divides by: the clocks of a run draw millions of
 * waits at a handful of chances, and the logarithm ({@link Math#log1p}) cost as much as the rest of
 * the draw. Immutable.
 */
public final class GeometricWait {
    private final double p;
    /** {@code log(1 - p)}, where {@code 0 < p < 1}; not read otherwise. */
    private final double logFailure;

    private GeometricWait(double p) {
        this.p = p;
        this.logFailure = p > 0 && p < 1 ? Math.log1p(-p) : Double.NaN;
    }

    /** The wait of a coin that comes up with probability {@code p} at each try. */
    public static GeometricWait of(double p) {
        return new GeometricWait(p);
    }

    /** The coin's chance at each try. */
    public double probability() {
        return p;
    }

    /**
     * The failures before the first success, at most {@code cap}: 0 without a draw when {@code p >= 1},
     * {@code cap} without a draw when {@code p} is not above 0.
     */
    public long failures(SplittableRandom random, long cap) {
        if (p >= 1) {
            return 0;
        }
        if (!(p > 0)) {
            return cap;
        }
        double failures = Math.floor(Math.log(1 - random.nextDouble()) / logFailure);
        return failures >= cap ? cap : (long) failures;
    }
}

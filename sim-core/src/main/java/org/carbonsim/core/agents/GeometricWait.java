package org.carbonsim.core.agents;

import java.util.SplittableRandom;

/**
 * How long a trader's clock waits: the failures before the first success of a coin that comes up with
 * probability {@code p} at each try, geometric, drawn by inversion from one uniform number. The
 * activation schedule draws rounds with it and noise traders their days without trading.
 */
public final class GeometricWait {
    private GeometricWait() {}

    /**
     * The failures before the first success, at most {@code cap}: 0 without a draw when {@code p >= 1},
     * {@code cap} without a draw when {@code p} is not above 0.
     */
    public static long failures(double p, SplittableRandom random, long cap) {
        if (p >= 1) {
            return 0;
        }
        if (!(p > 0)) {
            return cap;
        }
        double failures = Math.floor(Math.log(1 - random.nextDouble()) / Math.log1p(-p));
        return failures >= cap ? cap : (long) failures;
    }
}

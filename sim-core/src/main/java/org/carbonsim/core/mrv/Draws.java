package org.carbonsim.core.mrv;

import java.util.Objects;
import java.util.SplittableRandom;
import org.carbonsim.core.model.EnterpriseStreams;

/**
 * One enterprise's random numbers for one year's MRV: whether it is audited (random selection),
 * whether an audit finds a misreport, and its measurement error. Drawn from a stream keyed by the
 * run's seed, the year and the enterprise id ({@link EnterpriseStreams}), so the draws
 * do not depend on which other enterprises report, in what order, or on any other random choice of
 * the run, and two runs that differ only in MRV rules see the same draws: a higher audit rate audits
 * every report a lower one did. Immutable.
 *
 * @param audit uniform in [0, 1): audited at random when below the audit rate
 * @param detection uniform in [0, 1): an audit finds a misreport when below the detection probability
 * @param errorZ standard normal: the measurement error in standard deviations
 */
public record Draws(double audit, double detection, double errorZ) {
    /** Keeps the MRV streams apart from any other use of the run's seed. */
    private static final long STREAM_SALT = 0x4D52565F44415441L;

    public Draws {
        if (!(audit >= 0 && audit < 1) || !(detection >= 0 && detection < 1)) {
            throw new IllegalArgumentException("audit and detection draws must be in [0, 1)");
        }
        if (!Double.isFinite(errorZ)) {
            throw new IllegalArgumentException("errorZ must be finite, got " + errorZ);
        }
    }

    /** The draws of {@code enterpriseId} in {@code year} of a run with {@code seed}. */
    public static Draws of(long seed, int year, String enterpriseId) {
        Objects.requireNonNull(enterpriseId, "enterpriseId");
        long key = EnterpriseStreams.with(
                EnterpriseStreams.with(EnterpriseStreams.of(seed, STREAM_SALT), year), enterpriseId);
        SplittableRandom random = new SplittableRandom(key);
        return new Draws(random.nextDouble(), random.nextDouble(), random.nextGaussian());
    }
}

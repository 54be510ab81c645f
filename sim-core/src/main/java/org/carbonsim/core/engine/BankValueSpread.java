package org.carbonsim.core.engine;

import java.util.Objects;
import java.util.SplittableRandom;
import org.carbonsim.core.model.EnterpriseStreams;

/**
 * How the covered enterprises' bank values spread around the common one ({@code
 * agents.compliance.bankValueSpread}): enterprise {@code id} values a banked allowance at the common
 * value × (1 + spread × u), u uniform in [−1, 1), at most the price a shortfall costs it. Its u is
 * drawn once a run from a stream keyed by the run's seed and the enterprise id ({@link
 * EnterpriseStreams}), so it does not depend on which other enterprises are covered, in what order,
 * or on any other random choice of the run: an enterprise keeps its attitude to the bank for the
 * whole run, and a replication with another seed draws the attitudes anew. With a spread of 0 every
 * enterprise takes the common value, exactly. Immutable.
 */
final class BankValueSpread {
    /** Keeps these draws apart from any other use of the run's seed. */
    private static final long STREAM_SALT = 0x42414E4B5F56414CL;

    /** The run's stream of these draws, before an enterprise id is folded in. */
    private final long runKey;

    private final double spread;

    BankValueSpread(long seed, double spread) {
        if (!(spread >= 0 && spread < 1)) {
            throw new IllegalArgumentException("spread must be in [0, 1), got " + spread);
        }
        this.runKey = EnterpriseStreams.of(seed, STREAM_SALT);
        this.spread = spread;
    }

    /**
     * What enterprise {@code id} takes a banked allowance to be worth, fen per tonne, when the common
     * bank value is {@code commonFen}: at most {@code shortfallFen}, what a tonne short costs it.
     */
    long valueFen(String id, long commonFen, long shortfallFen) {
        if (spread == 0 || commonFen == 0) {
            return Math.min(commonFen, shortfallFen);
        }
        return Math.min(shortfallFen, Math.round(commonFen * (1 + spread * draw(id))));
    }

    /** Enterprise {@code id}'s u, uniform in [−1, 1). */
    double draw(String id) {
        Objects.requireNonNull(id, "id");
        return 2 * new SplittableRandom(EnterpriseStreams.with(runKey, id)).nextDouble() - 1;
    }
}

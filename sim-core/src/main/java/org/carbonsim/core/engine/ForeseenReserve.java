package org.carbonsim.core.engine;

import java.util.List;
import org.carbonsim.core.policy.StabilityReserve;
import org.carbonsim.core.policy.StabilityReserveOperator;

/**
 * A market stability reserve as enterprises foreseeing the least-cost path see it ({@link Foresight}):
 * at each year's end along the path, the reserve takes {@code intakeRate} of the allowances then in
 * circulation (the path's bank) out of the next year's auctions while they are above the upper
 * threshold, and releases up to {@code releaseTonnes} of its holdings into them while they are below
 * the lower threshold: a {@link StabilityReserveOperator}, as in the run, from what it holds now.
 * Immutable.
 *
 * @param rules the reserve's rules
 * @param holdingsTonnes what the reserve holds as the year opens, t
 */
record ForeseenReserve(StabilityReserve rules, long holdingsTonnes) {
    ForeseenReserve {
        if (holdingsTonnes < 0) {
            throw new IllegalArgumentException("holdingsTonnes must be >= 0 (t), got " + holdingsTonnes);
        }
    }

    /**
     * The allowances issued in each later year once the reserve has acted on the path's banks: {@code
     * baseTonnes} (before the reserve) less the intake, or plus the release, of the reserve operated on
     * the bank the path carries out of the year before ({@code bankAfterTonnes}, this year's first); the
     * intake takes at most that year's {@code auctionTonnes}.
     */
    long[] issuedTonnes(long[] baseTonnes, long[] auctionTonnes, List<Long> bankAfterTonnes) {
        long[] issued = new long[baseTonnes.length];
        StabilityReserveOperator reserve = new StabilityReserveOperator(rules, holdingsTonnes);
        for (int i = 0; i < baseTonnes.length; i++) {
            issued[i] = Math.addExact(
                    baseTonnes[i],
                    reserve.operate(bankAfterTonnes.get(i), auctionTonnes[i]).auctionAdjustmentTonnes());
        }
        return issued;
    }
}

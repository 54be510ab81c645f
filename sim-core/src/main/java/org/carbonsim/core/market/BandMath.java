package org.carbonsim.core.market;

/**
 * Exact integer arithmetic of the daily price band; edges are rounded inward to whole ticks, but a band
 * is at least one tick each side of its reference, so a price below {@code 10000 / limitBasisPoints}
 * ticks, where the rounded band would have no width, can still move.
 */
final class BandMath {
    static final int BASIS_POINTS = 10_000;

    private BandMath() {}

    /** {@code floor(reference * (1 + limitBasisPoints / 10000))}, and a band wider than 0 at least a tick above the reference. */
    static long upperLimitTicks(long referencePriceTicks, int limitBasisPoints) {
        long upper = Math.floorDiv(
                Math.multiplyExact(referencePriceTicks, (long) BASIS_POINTS + limitBasisPoints), BASIS_POINTS);
        return limitBasisPoints > 0 ? Math.max(upper, referencePriceTicks + 1) : upper;
    }

    /** {@code ceil(reference * (1 - limitBasisPoints / 10000))}, a band wider than 0 at least a tick below the reference, never below zero. */
    static long lowerLimitTicks(long referencePriceTicks, int limitBasisPoints) {
        long scaled = Math.multiplyExact(referencePriceTicks, (long) BASIS_POINTS - limitBasisPoints);
        long lower = -Math.floorDiv(-scaled, BASIS_POINTS);
        return Math.max(0, limitBasisPoints > 0 ? Math.min(lower, referencePriceTicks - 1) : lower);
    }
}

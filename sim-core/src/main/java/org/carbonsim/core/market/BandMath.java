package org.carbonsim.core.market;

/** Exact integer arithmetic of the daily price band; edges are rounded inward to whole ticks. */
final class BandMath {
    static final int BASIS_POINTS = 10_000;

    private BandMath() {}

    /** {@code floor(reference * (1 + limitBasisPoints / 10000))}. */
    static long upperLimitTicks(long referencePriceTicks, int limitBasisPoints) {
        return Math.floorDiv(
                Math.multiplyExact(referencePriceTicks, (long) BASIS_POINTS + limitBasisPoints), BASIS_POINTS);
    }

    /** {@code ceil(reference * (1 - limitBasisPoints / 10000))}, never below zero. */
    static long lowerLimitTicks(long referencePriceTicks, int limitBasisPoints) {
        long scaled = Math.multiplyExact(referencePriceTicks, (long) BASIS_POINTS - limitBasisPoints);
        return Math.max(0, -Math.floorDiv(-scaled, BASIS_POINTS));
    }
}

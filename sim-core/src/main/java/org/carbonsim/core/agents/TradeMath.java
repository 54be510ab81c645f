package org.carbonsim.core.agents;

/** Small arithmetic shared by the strategies: affordability with fees and rounding. Immutable. */
final class TradeMath {
    private TradeMath() {}

    /** The most tonnes {@code cashFen} pays for at {@code priceTicks}, fee on top included. */
    static long affordableTonnes(long cashFen, long priceTicks, long tickSizeFen, int feeBasisPoints) {
        if (cashFen <= 0 || priceTicks <= 0) {
            return 0;
        }
        long unitFen = Math.multiplyExact(priceTicks, tickSizeFen);
        long unitWithFee = ceilDiv(Math.multiplyExact(unitFen, 10_000L + feeBasisPoints), 10_000L);
        return cashFen / unitWithFee;
    }

    /** {@code priceTicks × (1 + share)} rounded to the nearest tick and at least 1. */
    static long scale(long priceTicks, double share) {
        return Math.max(1, Math.round(priceTicks * (1 + share)));
    }

    static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }
}

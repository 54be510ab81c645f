package org.carbonsim.core.engine;

import org.carbonsim.core.model.AbatementCurve;

/**
 * Tells, without dividing, whether a smooth curve's cost at a shortfall rounds to at most a price,
 * where floating point cannot make the answer doubtful; {@link CurveCost} computes the cost exactly
 * where it can. {@link CurveCost#largestShortfallAtMost} asks this of two shortfalls or more at each
 * price level of every enterprise's auction bids, and the exact cost divides twice (the shortfall by
 * business as usual, the share by the potential), which were most of what a lookup cost.
 *
 * <p>It computes the same formulas as {@link CurveCost} and {@link AbatementCurve.Linear} or {@link
 * AbatementCurve.Quadratic}, each division replaced by a multiplication by the divisor's reciprocal,
 * and bounds the difference from the exact cost. Each operation of either errs by at most {@code u =
 * 2^-53} of its result, so the shares, {@code p + s/bau} (planned share {@code p}, shortfall share
 * {@code q = s/bau}), differ by at most {@code 2u|p| + 5.01u|q|}; capped at the potential {@code
 * maxShare}, they differ by no more, and the costs then differ by at most the curve's steepest slope,
 * twice {@code maxCost / maxShare} for the quadratic curve, times that, plus {@code 10.02u maxCost}
 * for the rounding of the costs themselves. The bound it uses is 16u(|p| + |q|) for the shares, four
 * times {@code maxCost / maxShare} times that and {@code 64u(maxCost + price + 1)} for the costs,
 * which also covers the rounding of its own comparison. It answers only when the cost lies beyond
 * that bound from where the rounding to the fen turns ({@code price + 0.5}): on an enterprise's curve
 * a tonne moves the cost by hundredths of a fen or more, and the bound is around 10^-9 fen, so nearly
 * every question is answered here. Where the share is at or below 0 it does not answer either.
 * Immutable.
 */
final class CostScreen {
    /** Half a unit in the last place of 1: the relative error of one floating-point operation at most. */
    private static final double U = 0x1.0p-53;
    /**
     * A shortfall, business as usual, cost or price of this size or more is not converted to a double
     * exactly, or has no room for half a fen: not screened.
     */
    private static final long EXACT_LIMIT = 1L << 52;

    /** The answer {@link #costAtMost} gives when the cost lies within its error bound of the price. */
    static final int UNSURE = -1;

    private final boolean quadratic;
    private final double plannedShare;
    private final double maxShare;
    private final double maxCostFen;
    private final double inverseBau;
    /** The linear curve's cost per unit of share, {@code maxCost / maxShare}. */
    private final double costPerShare;
    /** {@code 1 / maxShare}, by which the quadratic curve's share is scaled. */
    private final double inverseMaxShare;
    /** {@code 1 / maxCost}, by which {@link #shareAtPrice} scales a price. */
    private final double inverseMaxCost;
    /** The error bound's coefficient of the share's error: the curve's steepest slope, with a margin. */
    private final double shareErrorWeight;

    private CostScreen(boolean quadratic, long maxCostFen, double maxShare, long bauTonnes, double plannedShare) {
        this.quadratic = quadratic;
        this.plannedShare = plannedShare;
        this.maxShare = maxShare;
        this.maxCostFen = maxCostFen;
        this.inverseBau = 1.0 / bauTonnes;
        this.costPerShare = maxCostFen / maxShare;
        this.inverseMaxShare = 1.0 / maxShare;
        this.inverseMaxCost = 1.0 / maxCostFen;
        this.shareErrorWeight = 4 * costPerShare;
    }

    /**
     * The screen of {@code curve} for a cost of {@code bauTonnes} at {@code plannedShare} ({@link
     * CurveCost}), or null where it does not screen: a stepped curve, a curve with no potential, or
     * one whose cost, share or business as usual is out of the range it bounds.
     */
    static CostScreen of(AbatementCurve curve, long bauTonnes, double plannedShare) {
        long maxCostFen;
        double maxShare;
        boolean quadratic;
        if (curve instanceof AbatementCurve.Linear linear) {
            maxCostFen = linear.maxCostFen();
            maxShare = linear.maxShare();
            quadratic = false;
        } else if (curve instanceof AbatementCurve.Quadratic square) {
            maxCostFen = square.maxCostFen();
            maxShare = square.maxShare();
            quadratic = true;
        } else {
            return null;
        }
        boolean bounded = bauTonnes > 0
                && bauTonnes < EXACT_LIMIT
                && maxCostFen >= 0
                && maxCostFen < EXACT_LIMIT
                && maxShare > 0
                && maxShare <= 1
                && Math.abs(plannedShare) <= 1;
        return bounded ? new CostScreen(quadratic, maxCostFen, maxShare, bauTonnes, plannedShare) : null;
    }

    /**
     * The curve's share at {@code priceFen} ({@link AbatementCurve#shareAtPrice}) but for the last bits
     * of floating point, computed without dividing: where a search for the largest shortfall worth a
     * price starts, which any start finds.
     */
    double shareAtPrice(double priceFen) {
        if (!(priceFen > 0)) {
            return 0;
        }
        if (priceFen >= maxCostFen) {
            return maxShare;
        }
        double x = priceFen * inverseMaxCost;
        return quadratic ? maxShare * Math.sqrt(x) : maxShare * x;
    }

    /**
     * 1 when the curve's cost at {@code shortfallTonnes}, rounded to the fen, is at most {@code
     * priceFen}, 0 when it is more, {@link #UNSURE} when it cannot tell, and for a price below 0 or
     * from 2^52 fen. The cost is that of a shortfall within the potential, where the share is above 0: a
     * share at or below 0 is not screened (the exact cost is 0 there, while a quadratic formula would
     * rise again).
     */
    int costAtMost(long shortfallTonnes, long priceFen) {
        if (shortfallTonnes <= -EXACT_LIMIT
                || shortfallTonnes >= EXACT_LIMIT
                || priceFen < 0
                || priceFen >= EXACT_LIMIT) {
            return UNSURE;
        }
        double shortfallShare = shortfallTonnes * inverseBau;
        double share = plannedShare + shortfallShare;
        double shareError = 16 * U * (Math.abs(plannedShare) + Math.abs(shortfallShare));
        if (!(share > 2 * shareError)) {
            return UNSURE;
        }
        double capped = Math.min(maxShare, share);
        double costFen;
        if (quadratic) {
            double x = capped * inverseMaxShare;
            costFen = maxCostFen * x * x;
        } else {
            costFen = capped * costPerShare;
        }
        double error = shareErrorWeight * shareError + 64 * U * (maxCostFen + priceFen + 1);
        // the cost rounds to at most the price exactly when it is below the price plus half a fen
        double limit = priceFen + 0.5;
        if (costFen + error < limit) {
            return 1;
        }
        if (costFen - error > limit) {
            return 0;
        }
        return UNSURE;
    }
}

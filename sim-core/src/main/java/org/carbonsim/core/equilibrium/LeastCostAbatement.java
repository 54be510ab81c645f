package org.carbonsim.core.equilibrium;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The least cost, fen, of abating a given total across covered firms, each along its curve
 * least-cost first, with no offsets, price bounds or allowances in view: the yardstick of an
 * abatement's cost-effectiveness. The total need not be whole tonnes (the realised abatement it is
 * measured against is a share of business-as-usual emissions), and a firm may take part of a
 * technology step, as the reference equilibrium and the abatement planner do.
 *
 * <p>At least cost every firm abates wherever its marginal cost is at or below one price. A bisection
 * on the curves' {@link CoveredFirm#curveTonnesAtPrice} down to a nanofen finds the smallest price at
 * which they cover the total; the tonnes still needed above what the price just below it gives are
 * taken, in proportion, from what becomes available between the two (a part of the marginal step when
 * the total falls inside one), all of it at the marginal price. The cost is {@link
 * CoveredFirm#exactCostFen} of each firm's tonnes, summed and rounded once. Immutable (stateless).
 */
public final class LeastCostAbatement {
    /**
     * Width of the final price interval, fen per tonne: the tonnes taken from inside it cost at most
     * this much more than the marginal price, a nanofen a tonne.
     */
    static final double PRICE_TOLERANCE_FEN = 1e-9;

    /** Relative slack for a total that overshoots the firms' potential by float error only. */
    private static final double OVERSHOOT = 1e-9;

    private LeastCostAbatement() {}

    /**
     * The least cost, fen, of abating {@code tonnes} in all across {@code firms}.
     *
     * @throws IllegalArgumentException if {@code tonnes} is negative or more than the firms' curves
     *     can abate
     */
    public static long costFen(List<CoveredFirm> firms, double tonnes) {
        double[] allocation = allocationTonnes(firms, tonnes);
        double cost = 0;
        for (int i = 0; i < allocation.length; i++) {
            cost += firms.get(i).exactCostFen(allocation[i]);
        }
        return Math.round(cost);
    }

    /**
     * Cost-effectiveness: {@code leastCostFen} (the least cost of the abatement done) ÷ {@code
     * realisedCostFen} (what it cost); empty (undefined, never 0) when nothing was spent.
     */
    public static OptionalDouble costEffectiveness(long leastCostFen, long realisedCostFen) {
        if (leastCostFen < 0 || realisedCostFen < 0) {
            throw new IllegalArgumentException(
                    "costs must be >= 0 (fen), got " + leastCostFen + " and " + realisedCostFen);
        }
        return realisedCostFen == 0
                ? OptionalDouble.empty()
                : OptionalDouble.of((double) leastCostFen / realisedCostFen);
    }

    /** The tonnes each of {@code firms} abates, in their order, when together they abate {@code tonnes} at least cost. */
    public static double[] allocationTonnes(List<CoveredFirm> firms, double tonnes) {
        int n = firms.size();
        double potential = 0;
        double dearest = 0;
        for (CoveredFirm firm : firms) {
            potential += firm.curveMaxTonnes();
            dearest =
                    Math.max(dearest, firm.curve().marginalCostFen(firm.curve().maxShare()));
        }
        if (!(tonnes >= 0) || tonnes > potential * (1 + OVERSHOOT)) {
            throw new IllegalArgumentException(
                    "tonnes to abate must be in [0, " + potential + "] (what the curves can abate), got " + tonnes);
        }
        double[] allocation = new double[n];
        if (tonnes == 0) {
            return allocation;
        }
        if (tonnes >= potential) {
            for (int i = 0; i < n; i++) {
                allocation[i] = firms.get(i).curveMaxTonnes();
            }
            return allocation;
        }
        // nothing is abated below a price of 0; everything is at the dearest marginal cost. The
        // curves' tonnes never fall as the price rises, bit for bit: each firm's are a share that never
        // falls (steps' shares added in order, a line or a square root of the price, each rounded to
        // the nearest double, which never reverses an order), times its emissions, or its potential
        // from its largest share on; and a sum rounded at each addition never falls where no term
        // does. So the interval is found from far fewer readings, halving for halving the same.
        FirmCurves curves = new FirmCurves(firms);
        PriceBracket price = PriceBracket.narrowedNonDecreasing(
                -1, dearest, PRICE_TOLERANCE_FEN, curves::curveTonnesAtPrice, tonnes);
        double lo = price.loFen();
        double hi = price.hiFen();
        double lower = curves.curveTonnesAtPrice(lo);
        double upper = curves.curveTonnesAtPrice(hi);
        double theta = upper > lower ? Math.max(0, Math.min(1, (tonnes - lower) / (upper - lower))) : 1;
        for (int i = 0; i < n; i++) {
            double below = curves.curveTonnesAtPrice(i, lo);
            allocation[i] = below + theta * (curves.curveTonnesAtPrice(i, hi) - below);
        }
        return allocation;
    }
}

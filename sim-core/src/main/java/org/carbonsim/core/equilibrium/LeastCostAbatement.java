package org.carbonsim.core.equilibrium;

import java.util.List;
import java.util.OptionalDouble;
import org.carbonsim.core.model.ProductionModel;

/**
 * The least cost, fen, of abating a given total of whole tonnes across covered firms, each abating
 * along its curve least-cost first, with no offsets, no price bounds and no allowances in view: the
 * yardstick of an abatement's cost-effectiveness. Each firm can abate up to the whole tonnes its
 * curve's largest share gives at its business-as-usual emissions (rounded as realised abatement is,
 * {@link ProductionModel#abatedTonnes}).
 *
 * <p>The cost of a firm's a-th tonne is its curve's cost of a tonnes minus that of a − 1 tonnes;
 * with a rising marginal cost these increments rise, so the least cost takes the cheapest increments
 * across firms. A bisection on the price finds the smallest price at which the tonnes whose increment
 * is at or below it cover the total; every firm takes its tonnes below the last price that does not,
 * and the remaining tonnes, which all cost the marginal price to within the final interval (a part of
 * the marginal technology step when the total falls inside one), are filled in firm order. Each
 * firm's cost is then {@link CoveredFirm#costFen} of its whole tonnes, so the answer is the cost of a
 * feasible allocation. One rounding: a firm's last tonne may lie partly beyond its curve's largest
 * share and so cost less than the tonne before; it is ranked at the dearer of the two, which can leave
 * the answer above the exact minimum by a fraction of that tonne's cost. Immutable (stateless).
 */
public final class LeastCostAbatement {
    /** Most halvings of the price interval; enough to reach adjacent doubles from any fen price. */
    private static final int MAX_ITERATIONS = 200;

    private LeastCostAbatement() {}

    /**
     * The least cost, fen, of {@code tonnes} abated in whole tonnes by {@code firms}.
     *
     * @throws IllegalArgumentException if {@code tonnes} is negative or more than the firms' curves
     *     can abate
     */
    public static long costFen(List<CoveredFirm> firms, long tonnes) {
        long[] allocation = allocationTonnes(firms, tonnes);
        long cost = 0;
        for (int i = 0; i < allocation.length; i++) {
            cost = Math.addExact(cost, firms.get(i).costFen(allocation[i]));
        }
        return cost;
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

    /** The whole tonnes each of {@code firms} abates, in their order, when they abate {@code tonnes} at least cost. */
    public static long[] allocationTonnes(List<CoveredFirm> firms, long tonnes) {
        int n = firms.size();
        long[] capacity = new long[n];
        long total = 0;
        double dearest = 0;
        for (int i = 0; i < n; i++) {
            CoveredFirm firm = firms.get(i);
            capacity[i] =
                    ProductionModel.abatedTonnes(firm.bauTonnes(), firm.curve().maxShare());
            total = Math.addExact(total, capacity[i]);
            dearest =
                    Math.max(dearest, firm.curve().marginalCostFen(firm.curve().maxShare()));
        }
        if (tonnes < 0 || tonnes > total) {
            throw new IllegalArgumentException(
                    "tonnes to abate must be in [0, " + total + "] (what the curves can abate), got " + tonnes);
        }
        long[] allocation = new long[n];
        if (tonnes == 0) {
            return allocation;
        }
        // no tonne costs more than the dearest marginal cost; the fen above absorbs float error
        double lo = -1;
        double hi = dearest + 1;
        for (int i = 0; i < MAX_ITERATIONS; i++) {
            double mid = lo + (hi - lo) / 2;
            if (mid <= lo || mid >= hi) {
                break;
            }
            if (tonnesAtOrBelow(firms, capacity, mid) >= tonnes) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        long remaining = tonnes;
        for (int i = 0; i < n; i++) {
            allocation[i] = countAtOrBelow(firms.get(i), capacity[i], lo);
            remaining -= allocation[i];
        }
        for (int i = 0; i < n && remaining > 0; i++) {
            long extra =
                    Math.min(remaining, Math.max(0, countAtOrBelow(firms.get(i), capacity[i], hi) - allocation[i]));
            allocation[i] += extra;
            remaining -= extra;
        }
        if (remaining != 0) {
            throw new IllegalStateException("least-cost abatement left " + remaining + " t unallocated");
        }
        return allocation;
    }

    private static long tonnesAtOrBelow(List<CoveredFirm> firms, long[] capacity, double priceFen) {
        long total = 0;
        for (int i = 0; i < capacity.length; i++) {
            total += countAtOrBelow(firms.get(i), capacity[i], priceFen);
        }
        return total;
    }

    /** How many of the firm's first tonnes cost at most {@code priceFen} each (increments rise, so a prefix). */
    private static long countAtOrBelow(CoveredFirm firm, long capacity, double priceFen) {
        long lo = 0;
        long hi = capacity;
        while (lo < hi) {
            long mid = lo + (hi - lo + 1) / 2;
            if (rankedIncrementFen(firm, mid, capacity) <= priceFen) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /**
     * The cost, fen, of the firm's {@code tonne}-th tonne as ranked: its curve's cost of {@code tonne}
     * tonnes minus that of one fewer, except that the last tonne of its {@code capacity}, which may
     * lie partly beyond the curve's largest share, ranks no cheaper than the tonne before.
     */
    private static double rankedIncrementFen(CoveredFirm firm, long tonne, long capacity) {
        if (tonne <= 0) {
            return 0;
        }
        double increment = incrementFen(firm, tonne);
        return tonne == capacity && tonne > 1 ? Math.max(increment, incrementFen(firm, tonne - 1)) : increment;
    }

    private static double incrementFen(CoveredFirm firm, long tonne) {
        double bau = firm.bauTonnes();
        return (firm.curve().costFenPerBauTonne(tonne / bau) - firm.curve().costFenPerBauTonne((tonne - 1) / bau))
                * bau;
    }
}

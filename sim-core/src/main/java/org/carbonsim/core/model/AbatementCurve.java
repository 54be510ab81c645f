package org.carbonsim.core.model;

import java.util.Comparator;
import java.util.List;

/**
 * An enterprise's marginal abatement cost (MAC) as a function of the share {@code a} of its
 * business-as-usual emissions it abates. Shares are fractions (0..1); costs are fen per tonne and
 * are {@code double} here because the curves are continuous; the ledger rounds them to {@code long}
 * fen. Closed set: {@link Linear}, {@link Quadratic}, {@link Steps}.
 */
public sealed interface AbatementCurve permits AbatementCurve.Linear, AbatementCurve.Quadratic, AbatementCurve.Steps {

    /** The largest share of business-as-usual emissions this enterprise can abate. */
    double maxShare();

    /** The marginal cost, fen per tonne, of abating share {@code share}. */
    double marginalCostFen(double share);

    /** The share abated by an enterprise that abates wherever its MAC is at or below {@code priceFen}. */
    double shareAtPrice(double priceFen);

    /** Total cost, fen per tonne of business-as-usual emissions, of abating share {@code share}. */
    double costFenPerBauTonne(double share);

    /** No abatement possible. */
    static AbatementCurve none() {
        return new Linear(1, 0);
    }

    /**
     * MAC rising linearly from 0 to {@code maxCostFen} at {@code maxShare}. Immutable.
     *
     * @param maxCostFen marginal cost at the largest share, fen per tonne
     * @param maxShare largest abatable share (0..1)
     */
    record Linear(long maxCostFen, double maxShare) implements AbatementCurve {
        public Linear {
            checkCurve(maxCostFen, maxShare);
        }

        @Override
        public double marginalCostFen(double share) {
            return maxShare == 0 ? 0 : maxCostFen * Math.min(share, maxShare) / maxShare;
        }

        @Override
        public double shareAtPrice(double priceFen) {
            if (maxShare == 0 || priceFen <= 0) {
                return 0;
            }
            return priceFen >= maxCostFen ? maxShare : maxShare * priceFen / maxCostFen;
        }

        @Override
        public double costFenPerBauTonne(double share) {
            double a = Math.min(share, maxShare);
            return maxShare == 0 ? 0 : maxCostFen * a * a / (2 * maxShare);
        }
    }

    /**
     * MAC rising as the square of the share, reaching {@code maxCostFen} at {@code maxShare}: cheap
     * first tonnes, steep last ones. Immutable.
     *
     * @param maxCostFen marginal cost at the largest share, fen per tonne
     * @param maxShare largest abatable share (0..1)
     */
    record Quadratic(long maxCostFen, double maxShare) implements AbatementCurve {
        public Quadratic {
            checkCurve(maxCostFen, maxShare);
        }

        @Override
        public double marginalCostFen(double share) {
            if (maxShare == 0) {
                return 0;
            }
            double x = Math.min(share, maxShare) / maxShare;
            return maxCostFen * x * x;
        }

        @Override
        public double shareAtPrice(double priceFen) {
            if (maxShare == 0 || priceFen <= 0) {
                return 0;
            }
            return priceFen >= maxCostFen ? maxShare : maxShare * Math.sqrt(priceFen / maxCostFen);
        }

        @Override
        public double costFenPerBauTonne(double share) {
            double a = Math.min(share, maxShare);
            return maxShare == 0 ? 0 : maxCostFen * a * a * a / (3 * maxShare * maxShare);
        }
    }

    /**
     * A list of lumpy technology options, taken cheapest first. Shares add up to at most 1.
     * Immutable.
     *
     * @param steps the options, in any order; kept sorted by cost
     */
    record Steps(List<TechnologyStep> steps) implements AbatementCurve {
        // marginalCostFen and shareAtPrice walk the list by index: traders ask them many times a round,
        // and an iterator per call is garbage
        public Steps {
            steps = steps.stream()
                    .sorted(Comparator.comparingLong(TechnologyStep::costFenPerTonne))
                    .toList();
            double total = 0;
            for (TechnologyStep step : steps) {
                total += step.abatementShare();
            }
            if (total > 1 + 1e-9) {
                throw new IllegalArgumentException("technology steps abate " + total + " of emissions, more than 1");
            }
        }

        @Override
        public double maxShare() {
            double total = 0;
            for (TechnologyStep step : steps) {
                total += step.abatementShare();
            }
            return Math.min(1, total);
        }

        @Override
        public double marginalCostFen(double share) {
            double cumulative = 0;
            for (int i = 0; i < steps.size(); i++) {
                TechnologyStep step = steps.get(i);
                cumulative += step.abatementShare();
                if (share <= cumulative + 1e-12) {
                    return step.costFenPerTonne();
                }
            }
            return steps.isEmpty() ? 0 : steps.get(steps.size() - 1).costFenPerTonne();
        }

        @Override
        public double shareAtPrice(double priceFen) {
            // the steps are sorted by cost, so those at most the price come first and the walk ends at
            // the first one above it (or at a price that is not a number, as before)
            double share = 0;
            for (int i = 0; i < steps.size(); i++) {
                TechnologyStep step = steps.get(i);
                if (!(step.costFenPerTonne() <= priceFen)) {
                    break;
                }
                share += step.abatementShare();
            }
            return Math.min(1, share);
        }

        @Override
        public double costFenPerBauTonne(double share) {
            double remaining = share;
            double cost = 0;
            for (TechnologyStep step : steps) {
                if (remaining <= 0) {
                    break;
                }
                double taken = Math.min(remaining, step.abatementShare());
                cost += taken * step.costFenPerTonne();
                remaining -= taken;
            }
            return cost;
        }
    }

    private static void checkCurve(long maxCostFen, double maxShare) {
        if (maxCostFen < 0) {
            throw new IllegalArgumentException("maxCostFen must be >= 0, got " + maxCostFen);
        }
        if (!(maxShare >= 0 && maxShare <= 1)) {
            throw new IllegalArgumentException("maxShare must be in [0, 1], got " + maxShare);
        }
    }
}

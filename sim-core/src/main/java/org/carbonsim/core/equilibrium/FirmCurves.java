package org.carbonsim.core.equilibrium;

import java.util.List;
import org.carbonsim.core.model.AbatementCurve;
import org.carbonsim.core.model.ProductionModel;

/**
 * A year's covered firms' abatement at a price, read from arrays set up once: {@link
 * CoveredFirm#tonnesAtPrice} and {@link CoveredFirm#curveTonnesAtPrice} of each firm, bit for bit.
 * The solvers ask every firm at every price they try, a few dozen prices a solve, and the firm asks
 * its curve its largest share (which a curve of steps sums afresh each time), its share at the price
 * through an interface call, and rounds its potential again. Here a firm's figures that do not depend
 * on the price are taken once; a continuous curve is still asked its share at the price, by its own
 * class; a curve of steps is read from its costs, cheapest first, and from what the firm abates with
 * the first k of them taken, worked out from the same additions in the same order as the curve and the
 * firm make them. Immutable.
 */
final class FirmCurves {
    private static final byte LINEAR = 0;
    private static final byte QUADRATIC = 1;
    private static final byte STEPS = 2;

    private final byte[] kind;
    private final AbatementCurve.Linear[] linear;
    private final AbatementCurve.Quadratic[] quadratic;
    /** Business-as-usual emissions, t, as the firm multiplies a share by them. */
    private final double[] bauTonnes;

    private final double[] maxShare;
    /** {@link CoveredFirm#maxTonnes}. */
    private final double[] maxTonnes;
    /** {@link CoveredFirm#curveMaxTonnes}. */
    private final double[] curveMaxTonnes;
    /** A curve of steps: its steps' costs, fen per tonne, cheapest first (the curve's order). */
    private final long[][] stepCostsFen;
    /** A curve of steps: {@link CoveredFirm#tonnesAtPrice} with its first k steps taken, at k. */
    private final double[][] stepTonnes;
    /** A curve of steps: {@link CoveredFirm#curveTonnesAtPrice} with its first k steps taken, at k. */
    private final double[][] stepCurveTonnes;

    /** The arrays of {@code firms}, in their order. */
    FirmCurves(List<CoveredFirm> firms) {
        int n = firms.size();
        kind = new byte[n];
        linear = new AbatementCurve.Linear[n];
        quadratic = new AbatementCurve.Quadratic[n];
        bauTonnes = new double[n];
        maxShare = new double[n];
        maxTonnes = new double[n];
        curveMaxTonnes = new double[n];
        stepCostsFen = new long[n][];
        stepTonnes = new double[n][];
        stepCurveTonnes = new double[n][];
        for (int i = 0; i < n; i++) {
            CoveredFirm firm = firms.get(i);
            AbatementCurve curve = firm.curve();
            long bau = firm.bauTonnes();
            // a curve of steps sums its shares for its largest share: once here, as CoveredFirm's
            // maxTonnes and curveMaxTonnes work them out from it
            double largest = curve.maxShare();
            bauTonnes[i] = bau;
            maxShare[i] = largest;
            maxTonnes[i] = ProductionModel.abatedTonnes(bau, largest);
            curveMaxTonnes[i] = Math.max(largest * bau, maxTonnes[i]);
            if (curve instanceof AbatementCurve.Linear l) {
                kind[i] = LINEAR;
                linear[i] = l;
            } else if (curve instanceof AbatementCurve.Quadratic q) {
                kind[i] = QUADRATIC;
                quadratic[i] = q;
            } else {
                kind[i] = STEPS;
                setSteps(i, firm, (AbatementCurve.Steps) curve);
            }
        }
    }

    /**
     * Sets firm {@code i}'s steps: its share with the first k steps taken is their shares added in
     * order from 0, at most 1 ({@link AbatementCurve.Steps#shareAtPrice}); the firm counts its
     * potential at or above its largest share and the steps' share as the economy rounds it below.
     */
    private void setSteps(int i, CoveredFirm firm, AbatementCurve.Steps curve) {
        int count = curve.steps().size();
        long[] costs = new long[count];
        double[] tonnes = new double[count + 1];
        double[] curveTonnes = new double[count + 1];
        double sum = 0;
        for (int k = 0; k <= count; k++) {
            if (k > 0) {
                costs[k - 1] = curve.steps().get(k - 1).costFenPerTonne();
                sum += curve.steps().get(k - 1).abatementShare();
            }
            double share = Math.min(1, sum);
            boolean atMost = share >= maxShare[i];
            tonnes[k] = atMost ? maxTonnes[i] : ProductionModel.abatedTonnes(firm.bauTonnes(), share);
            curveTonnes[k] = atMost ? curveMaxTonnes[i] : share * firm.bauTonnes();
        }
        stepCostsFen[i] = costs;
        stepTonnes[i] = tonnes;
        stepCurveTonnes[i] = curveTonnes;
    }

    /** How many firms. */
    int size() {
        return kind.length;
    }

    /** {@link CoveredFirm#tonnesAtPrice} of firm {@code i}. */
    double tonnesAtPrice(int i, double priceFen) {
        return switch (kind[i]) {
            case LINEAR -> continuousTonnes(i, linear[i].shareAtPrice(priceFen));
            case QUADRATIC -> continuousTonnes(i, quadratic[i].shareAtPrice(priceFen));
            default -> stepTonnes[i][taken(stepCostsFen[i], priceFen)];
        };
    }

    /** {@link CoveredFirm#curveTonnesAtPrice} of firm {@code i}. */
    double curveTonnesAtPrice(int i, double priceFen) {
        return switch (kind[i]) {
            case LINEAR -> curveTonnes(i, linear[i].shareAtPrice(priceFen));
            case QUADRATIC -> curveTonnes(i, quadratic[i].shareAtPrice(priceFen));
            default -> stepCurveTonnes[i][taken(stepCostsFen[i], priceFen)];
        };
    }

    /** The sum of {@link #curveTonnesAtPrice} over the firms, added in their order from 0. */
    double curveTonnesAtPrice(double priceFen) {
        double total = 0;
        for (int i = 0; i < kind.length; i++) {
            total += curveTonnesAtPrice(i, priceFen);
        }
        return total;
    }

    private double continuousTonnes(int i, double share) {
        if (share >= maxShare[i]) {
            return maxTonnes[i];
        }
        return Math.min(share * bauTonnes[i], maxTonnes[i]);
    }

    private double curveTonnes(int i, double share) {
        return share >= maxShare[i] ? curveMaxTonnes[i] : share * bauTonnes[i];
    }

    /**
     * The steps a firm takes at {@code priceFen}: those costing at most the price, which come first,
     * the count ending at the first one above it (or at a price that is not a number), as the curve
     * walks them.
     */
    private static int taken(long[] costsFen, double priceFen) {
        int taken = 0;
        while (taken < costsFen.length && costsFen[taken] <= priceFen) {
            taken++;
        }
        return taken;
    }
}

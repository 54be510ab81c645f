package org.carbonsim.core.engine;

import java.util.List;
import org.carbonsim.core.model.AbatementCurve;
import org.carbonsim.core.model.TechnologyStep;

/**
 * A curve of technology steps ({@link AbatementCurve.Steps}) read from arrays: its steps' costs,
 * cheapest first, and the running sums of their shares in that order. {@link CurveCost} asks a
 * stepped curve its cost and its share at a price many times a round, and the curve walks its list of
 * steps each time; the arrays give the same answers, bit for bit, from the same additions in the same
 * order. Immutable.
 */
final class SteppedCurve {
    private final long[] costsFen;
    /** {@code sums[i]}: the shares of the steps before step {@code i} added in order from 0; one more than the steps. */
    private final double[] sums;

    SteppedCurve(AbatementCurve.Steps curve) {
        List<TechnologyStep> steps = curve.steps();
        costsFen = new long[steps.size()];
        sums = new double[steps.size() + 1];
        for (int i = 0; i < steps.size(); i++) {
            costsFen[i] = steps.get(i).costFenPerTonne();
            sums[i + 1] = sums[i] + steps.get(i).abatementShare();
        }
    }

    /** {@link AbatementCurve.Steps#marginalCostFen}: the cost of the first step whose running sum reaches the share. */
    double marginalCostFen(double share) {
        for (int i = 0; i < costsFen.length; i++) {
            if (share <= sums[i + 1] + 1e-12) {
                return costsFen[i];
            }
        }
        return costsFen.length == 0 ? 0 : costsFen[costsFen.length - 1];
    }

    /**
     * {@link AbatementCurve.Steps#shareAtPrice}: the steps it adds up are those costing at most the
     * price, the cheapest ones, so their sum is the running sum after the last of them.
     */
    double shareAtPrice(double priceFen) {
        int taken = 0;
        while (taken < costsFen.length && costsFen[taken] <= priceFen) {
            taken++;
        }
        return Math.min(1, sums[taken]);
    }
}

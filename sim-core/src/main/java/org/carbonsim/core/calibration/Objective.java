package org.carbonsim.core.calibration;

import java.util.List;

/**
 * The calibration objective: Q(θ) = Σ_k w_k d_k², over the in-sample targets k, where d_k = (m̄_k(θ)
 * − m_k) ÷ s_k is the symmetric relative deviation of the simulated mean m̄_k (over the replications
 * where the moment is defined) from the observed value m_k, with the scale s_k = max((|m̄_k| + |m_k|)
 * ÷ 2, the moment's floor), and w_k the target's weight. So each term is a squared relative deviation
 * near the fit, moments in tonnes, yuan and shares weigh alike, and no term exceeds 4 w_k however far
 * off the simulation is: a region of the box where the market explodes does not swamp the others. A
 * target whose moment is undefined in every replication (no trade, so no VWAP) counts as the worst
 * deviation, 4 w_k, so that a market that does not trade is never a good fit. Stateless.
 */
public final class Objective {
    /** The largest |d_k|, reached when one of the simulated and observed values is 0 and the other not. */
    public static final double MAX_DEVIATION = 2;

    private Objective() {}

    /** The scale of the deviation of {@code simulated} from {@code target}. */
    public static double scale(Target target, double simulated) {
        return Math.max(
                (Math.abs(simulated) + Math.abs(target.value())) / 2,
                target.moment().scaleFloor());
    }

    /** (simulated − observed) ÷ scale; NaN when {@code simulated} is. */
    public static double deviation(Target target, double simulated) {
        return (simulated - target.value()) / scale(target, simulated);
    }

    /** The term of {@code target} in the objective when its simulated mean is {@code simulated}. */
    public static double contribution(Target target, double simulated) {
        if (Double.isNaN(simulated)) {
            return target.weight() * MAX_DEVIATION * MAX_DEVIATION;
        }
        double d = deviation(target, simulated);
        return target.weight() * d * d;
    }

    /** The sum of the terms of the targets {@code k} with {@code include[k]}, in order. */
    public static double of(List<Target> targets, boolean[] include, double[] simulated) {
        double sum = 0;
        for (int k = 0; k < targets.size(); k++) {
            if (include[k]) {
                sum += contribution(targets.get(k), simulated[k]);
            }
        }
        return sum;
    }
}

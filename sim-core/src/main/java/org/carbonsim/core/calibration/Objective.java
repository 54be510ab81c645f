package org.carbonsim.core.calibration;

import java.util.List;

/**
 * The calibration objective: Q(θ) = Σ_k w_k ((m̄_k(θ) − m_k) ÷ s_k)², over the in-sample targets k,
 * where m_k is the observed value, m̄_k(θ) the mean of the simulated moment over the replications
 * where it is defined, w_k the target's weight and s_k its {@link Target#scale() scale} (|m_k|, or
 * the moment's floor when larger), so that each term is a squared relative deviation and moments in
 * tonnes, yuan and shares weigh alike. A target whose moment is undefined in every replication (no
 * trade, so no VWAP) adds its weight, as a deviation of 100% would. Stateless.
 */
public final class Objective {
    private Objective() {}

    /** (simulated − observed) ÷ scale; NaN when {@code simulated} is. */
    public static double deviation(Target target, double simulated) {
        return (simulated - target.value()) / target.scale();
    }

    /** The term of {@code target} in the objective when its simulated mean is {@code simulated}. */
    public static double contribution(Target target, double simulated) {
        if (Double.isNaN(simulated)) {
            return target.weight();
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

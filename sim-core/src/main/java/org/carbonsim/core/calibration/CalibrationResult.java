package org.carbonsim.core.calibration;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a calibration found: the fitted values, the objective at them and its trajectory over every
 * evaluation, each target's simulated moment against the observed one (in and out of sample),
 * standard errors when the moments identify the parameters, and a profile of the objective around
 * the optimum along each parameter. Immutable.
 *
 * @param parameters the parameters and their boxes
 * @param start the starting values
 * @param fitted the fitted values, in parameter order
 * @param objective the objective at the fitted values (in-sample targets)
 * @param objectiveOutOfSample the same sum over the out-of-sample targets at the fitted values; NaN
 *     when there are none
 * @param evaluations every evaluation in order
 * @param moments every target with its simulated moment at the fitted values
 * @param standardErrors per parameter, when the Jacobian has full rank
 * @param standardErrorNote how the standard errors were computed, or why there are none
 * @param profiles per parameter, the objective at points around the fitted value, in value order
 * @param stop why the search ended
 * @param baseSeed the base seed of the replications
 * @param seeds the seed of each replication, the same at every evaluation
 */
public record CalibrationResult(
        List<Parameter> parameters,
        List<Double> start,
        List<Double> fitted,
        double objective,
        double objectiveOutOfSample,
        List<Evaluation> evaluations,
        List<MomentFit> moments,
        Optional<List<Double>> standardErrors,
        String standardErrorNote,
        List<List<ProfilePoint>> profiles,
        Stop stop,
        long baseSeed,
        List<Long> seeds) {
    public CalibrationResult {
        parameters = List.copyOf(parameters);
        start = List.copyOf(start);
        fitted = List.copyOf(fitted);
        evaluations = List.copyOf(evaluations);
        moments = List.copyOf(moments);
        standardErrors = standardErrors.map(List::copyOf);
        Objects.requireNonNull(standardErrorNote, "standardErrorNote");
        profiles = profiles.stream().map(List::copyOf).toList();
        Objects.requireNonNull(stop, "stop");
        seeds = List.copyOf(seeds);
    }

    /** Why the search ended. */
    public enum Stop {
        /** CMA-ES met one of its own stopping rules (the search distribution shrank or the objective stalled). */
        CONVERGED,
        /** The evaluation budget for the search was spent. */
        BUDGET
    }

    /** What each evaluation is for. */
    public enum Phase {
        /** A point the optimiser asked for. */
        SEARCH,
        /** A point for the Jacobian of the moments and the profile around the optimum. */
        DIAGNOSTIC
    }

    /**
     * One evaluation of the objective: N replications at {@code values}.
     *
     * @param index 0-based
     * @param phase search or diagnostic
     * @param values the parameter values simulated
     * @param objective the objective there (in-sample targets)
     * @param best the lowest objective of the search up to and including this evaluation
     */
    public record Evaluation(int index, Phase phase, List<Double> values, double objective, double best) {
        public Evaluation {
            values = List.copyOf(values);
        }
    }

    /**
     * A target and its simulated moment at the fitted values.
     *
     * @param target the observed moment
     * @param inSample whether its year is in the fitting window
     * @param simulated the mean over the replications where it is defined; NaN if it is defined in none
     * @param simulatedSd the standard deviation across those replications; NaN with fewer than two
     * @param definedRuns replications where it is defined
     * @param deviation (simulated − observed) ÷ the target's scale; NaN if simulated is
     * @param contribution weight × deviation², or the weight where the moment is undefined in every run
     */
    public record MomentFit(
            Target target,
            boolean inSample,
            double simulated,
            double simulatedSd,
            int definedRuns,
            double deviation,
            double contribution) {
        public MomentFit {
            Objects.requireNonNull(target, "target");
        }
    }

    /**
     * The objective with one parameter moved from its fitted value, the others kept.
     *
     * @param value the parameter's value
     * @param objective the objective there
     */
    public record ProfilePoint(double value, double objective) {}
}

package org.carbonsim.core.scenario;

import java.util.List;

/**
 * Uncertain inputs for Monte Carlo, optionally correlated (a Gaussian copula over the listed
 * parameters). Immutable.
 *
 * @param parameters the uncertain inputs
 * @param correlation correlation matrix in the order of {@code parameters}; empty for independence
 */
public record Uncertainty(List<UncertainParameter> parameters, List<List<Double>> correlation) {
    /** No uncertain inputs. */
    public static final Uncertainty NONE = new Uncertainty(List.of(), List.of());

    public Uncertainty {
        parameters = List.copyOf(parameters);
        correlation = correlation.stream().map(List::copyOf).toList();
    }
}

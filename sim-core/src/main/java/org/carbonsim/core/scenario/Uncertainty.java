package org.carbonsim.core.scenario;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Uncertain inputs for Monte Carlo, optionally correlated (a Gaussian copula over the listed
 * parameters), with the text the scenario was loaded from so that a draw can be written at any
 * parameter's path and the scenario loaded again. Immutable.
 *
 * @param parameters the uncertain inputs
 * @param correlation correlation matrix in the order of {@code parameters}; empty for independence
 * @param source the scenario's text and edits, when it was loaded from text
 */
public record Uncertainty(
        List<UncertainParameter> parameters, List<List<Double>> correlation, Optional<ScenarioSource> source) {
    /** No uncertain inputs. */
    public static final Uncertainty NONE = new Uncertainty(List.of(), List.of());

    public Uncertainty {
        parameters = List.copyOf(parameters);
        correlation = correlation.stream().map(List::copyOf).toList();
        Objects.requireNonNull(source, "source");
    }

    /** Uncertain inputs without the scenario's text: only the paths the sampler changes in records. */
    public Uncertainty(List<UncertainParameter> parameters, List<List<Double>> correlation) {
        this(parameters, correlation, Optional.empty());
    }
}

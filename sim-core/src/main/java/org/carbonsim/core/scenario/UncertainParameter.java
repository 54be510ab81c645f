package org.carbonsim.core.scenario;

import java.util.Objects;

/**
 * A scenario input drawn afresh in each Monte Carlo replication. Immutable.
 *
 * @param path JSON path of the input in the scenario ("$.market.initialPrice")
 * @param distribution its distribution
 */
public record UncertainParameter(String path, Distribution distribution) {
    public UncertainParameter {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(distribution, "distribution");
    }
}

package org.carbonsim.core.montecarlo;

import java.util.List;
import java.util.Objects;
import org.carbonsim.core.scenario.ScenarioEdit;

/**
 * One parameter of a sweep: a JSON path into the scenario (the syntax of {@link ScenarioEdit},
 * normalised to start with {@code $}) and the values it takes, as text, in the order given.
 * Immutable.
 *
 * @param path JSON path of the parameter
 * @param values its values, at least one
 */
public record SweepAxis(String path, List<String> values) {
    public SweepAxis {
        Objects.requireNonNull(path, "path");
        path = ScenarioEdit.normalise(path);
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("a sweep parameter needs at least one value: " + path);
        }
    }
}

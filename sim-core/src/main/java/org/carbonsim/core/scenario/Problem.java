package org.carbonsim.core.scenario;

import java.io.Serializable;
import java.util.Objects;

/**
 * One problem found in a scenario file: where it is and what is wrong. The location is a JSON path
 * ({@code $.sectors[2].allocation.benchmark}), or {@code file:line:column} for malformed JSON and
 * for enterprise registers. Immutable, and serializable with the {@link ScenarioException} that carries
 * it out of a Spark task.
 *
 * @param location JSON path or {@code file:line:column}; never empty
 * @param message what is wrong, with the expected value and its unit
 */
public record Problem(String location, String message) implements Serializable {
    public Problem {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }

    /** {@code location: message}. */
    @Override
    public String toString() {
        return location + ": " + message;
    }
}

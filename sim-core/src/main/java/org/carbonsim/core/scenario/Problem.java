package org.carbonsim.core.scenario;

import java.io.Serializable;
import java.util.Objects;

/**
 * One problem found in a scenario file: where it is and what is wrong. The location is a JSON path
 * ({@code $.sectors[2].allocation.benchmark}), or {@code file:line:column} for malformed JSON and
 * for enterprise registers. A JSON path found in the file also carries the line and column its key
 * or element starts at, for an editor to jump to; a path the file does not have (a value set with
 * {@code --set}, a scenario built in memory) carries 0 for both. Immutable, and serializable with the
 * {@link ScenarioException} that carries it out of a Spark task.
 *
 * @param location JSON path or {@code file:line:column}; never empty
 * @param message what is wrong, with the expected value and its unit
 * @param line the 1-based line of a JSON path in its file, 0 when not known
 * @param column the 1-based column of a JSON path in its file, 0 when not known
 */
public record Problem(String location, String message, int line, int column) implements Serializable {
    public Problem {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
        if (line < 0 || column < 0 || (line == 0) != (column == 0)) {
            throw new IllegalArgumentException("line " + line + " and column " + column + ": both 0 or both positive");
        }
    }

    /** A problem whose place in the file is not known. */
    public Problem(String location, String message) {
        this(location, message, 0, 0);
    }

    /** The same problem, found at {@code line} and {@code column} of its file. */
    public Problem at(int line, int column) {
        return new Problem(location, message, line, column);
    }

    /** {@code location: message}. */
    @Override
    public String toString() {
        return location + ": " + message;
    }
}

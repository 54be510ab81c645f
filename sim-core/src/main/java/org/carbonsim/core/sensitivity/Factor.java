package org.carbonsim.core.sensitivity;

import java.io.Serializable;
import java.util.Objects;
import org.carbonsim.core.scenario.NumericPath;

/**
 * One input of a sensitivity study: a short name for tables and charts, the number in the scenario
 * file it sets, and the range it is varied over (uniformly, before rounding to the precision the
 * path takes). Immutable and serializable, so that a study's tasks carry it.
 *
 * @param name short name, unique within a study ("limitPct")
 * @param path the number in the scenario file and its precision
 * @param low lowest value
 * @param high highest value, greater than {@code low}
 */
public record Factor(String name, NumericPath path, double low, double high) implements Serializable {
    public Factor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(path, "path");
        if (!(Double.isFinite(low) && Double.isFinite(high) && high > low)) {
            throw new IllegalArgumentException("need finite low < high, got " + low + " and " + high);
        }
    }

    /** The value at {@code u} of the unit interval, rounded to the path's precision. */
    public double value(double u) {
        return path.round(low + u * (high - low));
    }
}

package org.carbonsim.core.calibration;

import java.util.Objects;

/**
 * One observed moment to match: a moment in a year, its observed value in the moment's unit and its
 * weight in the objective. Immutable.
 *
 * @param moment which moment
 * @param year the compliance year
 * @param value the observed value, finite
 * @param weight the weight in the objective, finite and {@code >= 0}
 */
public record Target(Moment moment, int year, double value, double weight) {
    public Target {
        Objects.requireNonNull(moment, "moment");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value must be finite, got " + value);
        }
        if (!(weight >= 0) || !Double.isFinite(weight)) {
            throw new IllegalArgumentException("weight must be finite and >= 0, got " + weight);
        }
    }

    /**
     * The scale of a deviation at the fit (simulated = observed): the observed value's magnitude, or
     * the moment's scale floor when that is larger; see {@link Objective#scale}.
     */
    public double scale() {
        return Objective.scale(this, value);
    }
}

package org.carbonsim.core.calibration;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.carbonsim.core.scenario.ScenarioEdit;

/**
 * A calibrated parameter: a numeric scenario path (the syntax of {@link ScenarioEdit}), its box
 * {@code [low, high]} and the decimals the scenario accepts there (0 for an integer such as a count
 * of traders, 2 for a price in yuan); every value tried is rounded to them, so that the value
 * simulated is the value reported. The optimiser works on {@code u} in [0, 1], mapped linearly onto
 * the box, so parameters of very different sizes are searched alike. Immutable.
 *
 * @param path JSON path, starting with {@code $}
 * @param low lower end of the box
 * @param high upper end of the box, {@code > low}
 * @param decimals decimals kept, 0 to 12
 */
public record Parameter(String path, double low, double high, int decimals) {
    public Parameter {
        Objects.requireNonNull(path, "path");
        path = ScenarioEdit.normalise(path);
        if (!Double.isFinite(low) || !Double.isFinite(high) || !(low < high)) {
            throw new IllegalArgumentException(path + ": expected finite low < high, got " + low + ":" + high);
        }
        if (decimals < 0 || decimals > 12) {
            throw new IllegalArgumentException(path + ": decimals must be 0 to 12, got " + decimals);
        }
    }

    /** The value at {@code u} in [0, 1] (clamped), rounded to {@link #decimals}. */
    public double at(double u) {
        double clamped = Math.max(0, Math.min(1, u));
        return round(low + clamped * (high - low));
    }

    /** Where {@code value} lies in the box, from 0 at {@code low} to 1 at {@code high}. */
    public double scaled(double value) {
        return (value - low) / (high - low);
    }

    /** {@code value} rounded half-up to {@link #decimals} and clamped into the box's rounded ends. */
    public double round(double value) {
        double r =
                new BigDecimal(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
        return Math.max(roundedLow(), Math.min(roundedHigh(), r));
    }

    /** {@code value} as the text of a scenario edit: plain digits with {@link #decimals} decimals. */
    public String text(double value) {
        return new BigDecimal(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }

    private double roundedLow() {
        return new BigDecimal(low).setScale(decimals, RoundingMode.CEILING).doubleValue();
    }

    private double roundedHigh() {
        return new BigDecimal(high).setScale(decimals, RoundingMode.FLOOR).doubleValue();
    }
}

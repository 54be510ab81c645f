package org.carbonsim.core.calibration;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A yearly moment of a run that calibration can match to observed data, named in targets files by
 * {@link #label()} (snake_case with the unit as suffix, as in the CSV outputs). Each has a scale
 * floor: the smallest scale its deviations are divided by, so that an observed value of 0 (no limit
 * hits) still gives a finite objective.
 */
public enum Moment {
    /** Turnover ÷ volume of the year's exchange trades, CNY/t; undefined when nothing traded. */
    VWAP("vwap_cny_per_t", "VWAP (CNY/t)", 1.0),
    /** Tonnes traded on the exchange in the year. */
    VOLUME("volume_t", "Volume (t)", 1.0),
    /** Value traded on the exchange in the year, CNY. */
    TURNOVER("turnover_cny", "Turnover (CNY)", 1.0),
    /**
     * Share of the year's volume traded in its last {@value Moments#DEADLINE_DAYS} trading days (all
     * of it in a shorter year); undefined when nothing traded.
     */
    LAST20_VOLUME_SHARE("last20_volume_share", "Share of volume in the last 20 trading days", 0.01),
    /**
     * Sample standard deviation of the daily log returns ln(close(d) ÷ close(d − 1)) between
     * consecutive trading days of the year; undefined with fewer than two returns.
     */
    LOG_RETURN_SD("log_return_sd", "Daily log-return s.d.", 0.001),
    /** Share of the year's trading days on which a trade printed at either edge of the price band. */
    LIMIT_HIT_SHARE("limit_hit_share", "Share of limit-hit days", 0.01),
    /** Share of covered enterprises that met their obligation in full at the deadline. */
    COMPLIANCE_RATE("compliance_rate", "Compliance rate", 0.01);

    private final String label;
    private final String axisLabel;
    private final double scaleFloor;

    Moment(String label, String axisLabel, double scaleFloor) {
        this.label = label;
        this.axisLabel = axisLabel;
        this.scaleFloor = scaleFloor;
    }

    /** The name in targets files and in {@code calibration.json}. */
    public String label() {
        return label;
    }

    /** A chart axis label with the unit. */
    public String axisLabel() {
        return axisLabel;
    }

    /** The smallest scale a deviation of this moment is divided by, in its unit. */
    public double scaleFloor() {
        return scaleFloor;
    }

    /** The moment named {@code label} (exact, lower case). */
    public static Optional<Moment> byLabel(String label) {
        return Arrays.stream(values()).filter(m -> m.label.equals(label)).findFirst();
    }

    /** Every label, in declaration order. */
    public static List<String> labels() {
        return Arrays.stream(values()).map(Moment::label).toList();
    }
}

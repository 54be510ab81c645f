package org.carbonsim.core.montecarlo;

import java.util.Objects;

/**
 * Quantiles across replications of one trading day's close (yuan per tonne) and volume (tonnes).
 * Immutable.
 *
 * @param year the compliance year
 * @param day trading day of the year, from 0
 * @param close quantiles of the close
 * @param volume quantiles of the volume
 */
public record DayBand(int year, int day, Quantiles close, Quantiles volume) {
    public DayBand {
        Objects.requireNonNull(close, "close");
        Objects.requireNonNull(volume, "volume");
    }
}

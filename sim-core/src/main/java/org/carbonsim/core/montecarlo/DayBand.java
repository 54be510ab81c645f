package org.carbonsim.core.montecarlo;

import java.util.Objects;
import java.util.Optional;

/**
 * Quantiles across replications of one trading day's close (yuan per tonne), volume on the order book
 * and, where the market has block agreement trades, volume traded in blocks (tonnes). Immutable.
 *
 * @param year the compliance year
 * @param day trading day of the year, from 0
 * @param close quantiles of the close
 * @param volume quantiles of the order book's volume
 * @param blockVolume quantiles of the block agreements' volume; empty without block trades
 */
public record DayBand(int year, int day, Quantiles close, Quantiles volume, Optional<Quantiles> blockVolume) {
    public DayBand {
        Objects.requireNonNull(close, "close");
        Objects.requireNonNull(volume, "volume");
        Objects.requireNonNull(blockVolume, "blockVolume");
    }
}

package org.carbonsim.core.montecarlo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Per-day quantiles of close and volume (and of the block agreements' volume, where the market has
 * block trades) across replications, folded in one replication at a time through a {@link
 * QuantileSketch} per day and series, so memory depends on the number of trading days and not on the
 * number of replications. Replications must be added in index order for the result to be independent
 * of thread count. Not thread-safe.
 */
final class DailyBands {
    private final int[] years;
    private final int[] days;
    private final QuantileSketch[] closes;
    private final QuantileSketch[] volumes;
    private final QuantileSketch[] blockVolumes;
    private int runs;

    /**
     * Bands over the calendar given by parallel arrays of year and day of year, with the block
     * agreements' volume if {@code blockTrades}.
     */
    DailyBands(int[] years, int[] days, boolean blockTrades) {
        if (years.length != days.length) {
            throw new IllegalArgumentException("years and days differ in length");
        }
        this.years = years.clone();
        this.days = days.clone();
        this.closes = new QuantileSketch[years.length];
        this.volumes = new QuantileSketch[years.length];
        this.blockVolumes = blockTrades ? new QuantileSketch[years.length] : null;
        for (int d = 0; d < years.length; d++) {
            closes[d] = new QuantileSketch();
            volumes[d] = new QuantileSketch();
            if (blockTrades) {
                blockVolumes[d] = new QuantileSketch();
            }
        }
    }

    /**
     * Adds one replication's daily closes (fen per tonne), order book volumes and block agreement
     * volumes (tonnes; the block volumes are read only where the bands have them).
     */
    void add(long[] closeFen, long[] volumeTonnes, long[] blockVolumeTonnes) {
        if (closeFen.length != years.length
                || volumeTonnes.length != years.length
                || blockVolumeTonnes.length != years.length) {
            throw new IllegalStateException(
                    "replication " + runs + " has " + closeFen.length + " trading days, expected " + years.length);
        }
        for (int d = 0; d < years.length; d++) {
            closes[d].add(closeFen[d] / 100.0);
            volumes[d].add(volumeTonnes[d]);
            if (blockVolumes != null) {
                blockVolumes[d].add(blockVolumeTonnes[d]);
            }
        }
        runs++;
    }

    /** Replications added. */
    int runs() {
        return runs;
    }

    /** The bands in calendar order; empty before the first replication. */
    List<DayBand> bands() {
        List<DayBand> bands = new ArrayList<>();
        if (runs == 0) {
            return bands;
        }
        for (int d = 0; d < years.length; d++) {
            bands.add(new DayBand(
                    years[d],
                    days[d],
                    closes[d].quantiles(),
                    volumes[d].quantiles(),
                    blockVolumes == null ? Optional.empty() : Optional.of(blockVolumes[d].quantiles())));
        }
        return bands;
    }
}

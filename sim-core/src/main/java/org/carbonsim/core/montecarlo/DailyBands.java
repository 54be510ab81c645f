package org.carbonsim.core.montecarlo;

import java.util.ArrayList;
import java.util.List;

/**
 * Per-day quantiles of close and volume across replications, folded in one replication at a time
 * through a {@link QuantileSketch} per day and series, so memory depends on the number of trading
 * days and not on the number of replications. Replications must be added in index order for the
 * result to be independent of thread count. Not thread-safe.
 */
final class DailyBands {
    private final int[] years;
    private final int[] days;
    private final QuantileSketch[] closes;
    private final QuantileSketch[] volumes;
    private int runs;

    /** Bands over the calendar given by parallel arrays of year and day of year. */
    DailyBands(int[] years, int[] days) {
        if (years.length != days.length) {
            throw new IllegalArgumentException("years and days differ in length");
        }
        this.years = years.clone();
        this.days = days.clone();
        this.closes = new QuantileSketch[years.length];
        this.volumes = new QuantileSketch[years.length];
        for (int d = 0; d < years.length; d++) {
            closes[d] = new QuantileSketch();
            volumes[d] = new QuantileSketch();
        }
    }

    /** Adds one replication's daily closes (fen per tonne) and volumes (tonnes). */
    void add(long[] closeFen, long[] volumeTonnes) {
        if (closeFen.length != years.length || volumeTonnes.length != years.length) {
            throw new IllegalStateException(
                    "replication " + runs + " has " + closeFen.length + " trading days, expected " + years.length);
        }
        for (int d = 0; d < years.length; d++) {
            closes[d].add(closeFen[d] / 100.0);
            volumes[d].add(volumeTonnes[d]);
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
            bands.add(new DayBand(years[d], days[d], closes[d].quantiles(), volumes[d].quantiles()));
        }
        return bands;
    }
}

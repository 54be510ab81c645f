package org.carbonsim.core.montecarlo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Statistics per year and per sector and year of a set of replications, from the figures each kept
 * ({@link RunMetrics#years()}, {@link RunMetrics#sectors()}): the same extraction a comparison pairs.
 * A sector missing from a year a replication ran (no enterprise of it that year) counts as empty there
 * (0 firms, 0 t, CNY 0), as in {@link SectorComparison}; a year a replication did not run is left out
 * of that replication. A figure is taken over the replications that define it. Stateless.
 */
public final class FigureStatistics {
    private FigureStatistics() {}

    /** By year, in calendar order, then by each {@link YearMetric} {@link YearMetric#listed listed} for {@code runs}. */
    public static List<FigureStatistic> byYear(List<RunMetrics> runs) {
        return byYear(runs, YearMetric.listed(runs));
    }

    /** By year, in calendar order, then by each of {@code metrics}, in its order. */
    public static List<FigureStatistic> byYear(List<RunMetrics> runs, List<YearMetric> metrics) {
        Set<Integer> years = new TreeSet<>();
        for (RunMetrics run : runs) {
            for (YearFigures y : run.years()) {
                years.add(y.year());
            }
        }
        List<FigureStatistic> out = new ArrayList<>();
        for (int year : years) {
            for (YearMetric metric : metrics) {
                double[] values = new double[runs.size()];
                int n = 0;
                for (RunMetrics run : runs) {
                    for (YearFigures y : run.years()) {
                        if (y.year() == year) {
                            values[n++] = metric.of(y);
                        }
                    }
                }
                out.add(statistic(year, Optional.empty(), metric.id(), metric.unit(), Arrays.copyOf(values, n)));
            }
        }
        return out;
    }

    /** By sector id, then year, then {@link SectorMetric}. */
    public static List<FigureStatistic> bySector(List<RunMetrics> runs) {
        Map<String, Set<Integer>> keys = new TreeMap<>();
        List<Map<String, SectorFigures>> tables = new ArrayList<>(runs.size());
        List<Set<Integer>> ran = new ArrayList<>(runs.size());
        for (RunMetrics run : runs) {
            Map<String, SectorFigures> table = new HashMap<>();
            Set<Integer> years = new TreeSet<>();
            for (SectorFigures f : run.sectors()) {
                keys.computeIfAbsent(f.sectorId(), id -> new TreeSet<>()).add(f.year());
                table.put(f.year() + "/" + f.sectorId(), f);
                years.add(f.year());
            }
            for (YearFigures y : run.years()) {
                years.add(y.year());
            }
            tables.add(table);
            ran.add(years);
        }
        List<FigureStatistic> out = new ArrayList<>();
        for (Map.Entry<String, Set<Integer>> sector : keys.entrySet()) {
            String id = sector.getKey();
            for (int year : sector.getValue()) {
                for (SectorMetric metric : SectorMetric.values()) {
                    double[] values = new double[runs.size()];
                    int n = 0;
                    for (int r = 0; r < runs.size(); r++) {
                        if (ran.get(r).contains(year)) {
                            SectorFigures f = tables.get(r).get(year + "/" + id);
                            values[n++] = metric.of(f == null ? SectorFigures.none(year, id) : f);
                        }
                    }
                    out.add(statistic(year, Optional.of(id), metric.id(), metric.unit(), Arrays.copyOf(values, n)));
                }
            }
        }
        return out;
    }

    private static FigureStatistic statistic(
            int year, Optional<String> sectorId, String metric, String unit, double[] values) {
        double[] defined = Arrays.stream(values).filter(Double::isFinite).toArray();
        double mean = defined.length == 0 ? Double.NaN : Arrays.stream(defined).sum() / defined.length;
        Optional<Summary> summary = defined.length < 2 ? Optional.empty() : Optional.of(Summary.of(defined));
        return new FigureStatistic(year, sectorId, metric, unit, defined.length, mean, summary);
    }
}

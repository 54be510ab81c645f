package org.carbonsim.cli.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.carbonsim.cli.format.Csv;
import org.carbonsim.core.montecarlo.FigureStatistic;
import org.carbonsim.core.montecarlo.FigureStatistics;
import org.carbonsim.core.montecarlo.RunMetrics;
import org.carbonsim.core.montecarlo.SectorFigures;
import org.carbonsim.core.montecarlo.SectorMetric;
import org.carbonsim.core.montecarlo.Summary;
import org.carbonsim.core.montecarlo.YearFigures;
import org.carbonsim.core.montecarlo.YearMetric;

/**
 * Writes a study's tables per year and per sector, the same for {@code montecarlo}, {@code sweep} and
 * {@code compare}: {@code years.csv} (one row per replication and year: the market's figures and the
 * total over every sector, one column per {@link YearMetric}), {@code sectors.csv} (one row per
 * replication, year and sector: one column per {@link SectorMetric}), and their statistics over the
 * replications, long like {@code grid.csv}: {@code year-stats.csv} (one row per year and figure) and
 * {@code sector-stats.csv} (per sector, year and figure). Every row starts with the group's key columns
 * (none in a Monte Carlo study; the point and its swept values in a sweep; the policy and its scenario
 * in a comparison). {@code sensitivity} writes the per-point means of the same figures through {@link
 * #pointYears} and {@link #pointSectors}. Rows in group, replication, year and sector-id order, numbers
 * as in {@link MonteCarloFiles}, so the bytes do not depend on the thread count. Stateless.
 */
final class StudyTables {
    static final String YEARS = "years.csv";
    static final String SECTORS = "sectors.csv";
    static final String YEAR_STATS = "year-stats.csv";
    static final String SECTOR_STATS = "sector-stats.csv";

    /** The columns of these tables besides the figures', which a swept path or parameter may not take. */
    static final List<String> COLUMNS = List.of(
            "replication",
            "seed",
            "year",
            "sector_id",
            "sector_name",
            "metric",
            "unit",
            "n",
            "mean",
            "sd",
            "ci95_low",
            "ci95_high",
            "p50");

    private static final List<String> STATISTICS = List.of("n", "mean", "sd", "ci95_low", "ci95_high", "p50");

    /**
     * The replications of one group and its values of the key columns.
     *
     * @param key the values of the key columns, in their order
     * @param runs the group's replications, by index, each with its per-year and per-sector figures
     */
    record Group(List<String> key, List<RunMetrics> runs) {
        Group {
            key = List.copyOf(key);
            runs = List.copyOf(runs);
        }
    }

    private StudyTables() {}

    /** Writes the four tables of {@code groups}, whose rows start with {@code keyColumns}, into {@code dir}. */
    static void write(List<String> keyColumns, List<Group> groups, Map<String, String> sectorNames, Path dir)
            throws IOException {
        write(dir.resolve(YEARS), years(keyColumns, groups));
        write(dir.resolve(SECTORS), sectors(keyColumns, groups, sectorNames));
        write(dir.resolve(YEAR_STATS), yearStats(keyColumns, groups));
        write(dir.resolve(SECTOR_STATS), sectorStats(keyColumns, groups, sectorNames));
    }

    private static void write(Path file, String text) throws IOException {
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /** A figure's column in a wide table: its id and unit joined by an underscore. */
    static String column(String id, String unit) {
        return unit.isEmpty() ? id : id + "_" + unit;
    }

    /** The columns of every {@link YearMetric}, in declaration order: the names a key column may not take. */
    static List<String> yearColumns() {
        return yearColumns(List.of(YearMetric.values()));
    }

    /** The columns of {@code metrics}, in their order. */
    static List<String> yearColumns(List<YearMetric> metrics) {
        return metrics.stream().map(m -> column(m.id(), m.unit())).toList();
    }

    /** The {@link YearMetric}s listed for every replication of {@code groups} together. */
    private static List<YearMetric> yearMetrics(List<Group> groups) {
        return YearMetric.listed(groups.stream().flatMap(g -> g.runs().stream()).toList());
    }

    /** The columns of every {@link SectorMetric}, in declaration order. */
    static List<String> sectorColumns() {
        return Arrays.stream(SectorMetric.values())
                .map(m -> column(m.id(), m.unit()))
                .toList();
    }

    static String years(List<String> keyColumns, List<Group> groups) {
        List<String> header = new ArrayList<>(keyColumns);
        header.addAll(List.of("replication", "seed", "year"));
        List<YearMetric> metrics = yearMetrics(groups);
        header.addAll(yearColumns(metrics));
        StringBuilder csv = new StringBuilder();
        Csv.row(csv, header);
        for (Group group : groups) {
            for (RunMetrics run : group.runs()) {
                for (YearFigures y : run.years()) {
                    List<String> row = new ArrayList<>(group.key());
                    row.addAll(List.of(
                            Integer.toString(run.index()), Long.toString(run.seed()), Integer.toString(y.year())));
                    for (YearMetric m : metrics) {
                        row.add(MonteCarloFiles.num(m.of(y)));
                    }
                    Csv.row(csv, row);
                }
            }
        }
        return csv.toString();
    }

    static String sectors(List<String> keyColumns, List<Group> groups, Map<String, String> sectorNames) {
        List<String> header = new ArrayList<>(keyColumns);
        header.addAll(List.of("replication", "seed", "year", "sector_id", "sector_name"));
        header.addAll(sectorColumns());
        StringBuilder csv = new StringBuilder();
        Csv.row(csv, header);
        for (Group group : groups) {
            for (RunMetrics run : group.runs()) {
                for (SectorFigures f : run.sectors()) {
                    List<String> row = new ArrayList<>(group.key());
                    row.addAll(List.of(
                            Integer.toString(run.index()),
                            Long.toString(run.seed()),
                            Integer.toString(f.year()),
                            f.sectorId(),
                            sectorNames.getOrDefault(f.sectorId(), f.sectorId())));
                    for (SectorMetric m : SectorMetric.values()) {
                        row.add(MonteCarloFiles.num(m.of(f)));
                    }
                    Csv.row(csv, row);
                }
            }
        }
        return csv.toString();
    }

    static String yearStats(List<String> keyColumns, List<Group> groups) {
        List<String> header = new ArrayList<>(keyColumns);
        header.addAll(List.of("year", "metric", "unit"));
        header.addAll(STATISTICS);
        StringBuilder csv = new StringBuilder();
        Csv.row(csv, header);
        List<YearMetric> metrics = yearMetrics(groups);
        for (Group group : groups) {
            for (FigureStatistic s : FigureStatistics.byYear(group.runs(), metrics)) {
                List<String> row = new ArrayList<>(group.key());
                row.addAll(List.of(Integer.toString(s.year()), s.metric(), s.unit()));
                statistics(row, s);
                Csv.row(csv, row);
            }
        }
        return csv.toString();
    }

    static String sectorStats(List<String> keyColumns, List<Group> groups, Map<String, String> sectorNames) {
        List<String> header = new ArrayList<>(keyColumns);
        header.addAll(List.of("sector_id", "sector_name", "year", "metric", "unit"));
        header.addAll(STATISTICS);
        StringBuilder csv = new StringBuilder();
        Csv.row(csv, header);
        for (Group group : groups) {
            for (FigureStatistic s : FigureStatistics.bySector(group.runs())) {
                String id = s.sectorId().orElseThrow();
                List<String> row = new ArrayList<>(group.key());
                row.addAll(List.of(
                        id, sectorNames.getOrDefault(id, id), Integer.toString(s.year()), s.metric(), s.unit()));
                statistics(row, s);
                Csv.row(csv, row);
            }
        }
        return csv.toString();
    }

    /** n, mean, then sd, the interval and the median where there are at least 2 values, else blanks. */
    private static void statistics(List<String> row, FigureStatistic s) {
        row.add(Integer.toString(s.n()));
        row.add(MonteCarloFiles.num(s.mean()));
        if (s.summary().isEmpty()) {
            row.addAll(List.of("", "", "", ""));
        } else {
            Summary summary = s.summary().get();
            for (double v : new double[] {
                summary.sd(),
                summary.ciLow(),
                summary.ciHigh(),
                summary.quantiles().p50()
            }) {
                row.add(MonteCarloFiles.num(v));
            }
        }
    }

    /**
     * Sensitivity's {@code years.csv}: one row per plan point and year, the point's values of the
     * parameters, then the mean over the point's replications of each {@link YearMetric} the points'
     * statistics hold (the same at every point).
     *
     * @param keys each point's key values (its index and parameter values), by point
     * @param means each point's {@link FigureStatistics#byYear} statistics, by point
     */
    static String pointYears(List<String> keyColumns, List<List<String>> keys, List<List<FigureStatistic>> means) {
        List<YearMetric> metrics = means.isEmpty() ? YearMetric.listed(List.of()) : metricsOf(means.get(0));
        List<String> header = new ArrayList<>(keyColumns);
        header.add("year");
        header.addAll(yearColumns(metrics));
        return pointMeans(header, keys, means, metrics.size(), s -> List.of(Integer.toString(s.year())));
    }

    /** The {@link YearMetric}s of {@code statistics}' first year, in declaration order. */
    private static List<YearMetric> metricsOf(List<FigureStatistic> statistics) {
        Set<String> ids = new HashSet<>();
        for (FigureStatistic s : statistics) {
            if (s.year() == statistics.get(0).year()) {
                ids.add(s.metric());
            }
        }
        return Arrays.stream(YearMetric.values())
                .filter(m -> ids.contains(m.id()))
                .toList();
    }

    /** Sensitivity's {@code sectors.csv}: as {@link #pointYears}, one row per point, year and sector. */
    static String pointSectors(
            List<String> keyColumns,
            List<List<String>> keys,
            List<List<FigureStatistic>> means,
            Map<String, String> sectorNames) {
        List<String> header = new ArrayList<>(keyColumns);
        header.addAll(List.of("year", "sector_id", "sector_name"));
        header.addAll(sectorColumns());
        return pointMeans(header, keys, means, SectorMetric.values().length, s -> {
            String id = s.sectorId().orElseThrow();
            return List.of(Integer.toString(s.year()), id, sectorNames.getOrDefault(id, id));
        });
    }

    private static String pointMeans(
            List<String> header,
            List<List<String>> keys,
            List<List<FigureStatistic>> means,
            int width,
            Function<FigureStatistic, List<String>> labels) {
        if (keys.size() != means.size()) {
            throw new IllegalArgumentException(keys.size() + " points, " + means.size() + " sets of means");
        }
        StringBuilder csv = new StringBuilder();
        Csv.row(csv, header);
        for (int p = 0; p < keys.size(); p++) {
            List<FigureStatistic> point = means.get(p);
            for (int i = 0; i < point.size(); i += width) {
                List<String> row = new ArrayList<>(keys.get(p));
                row.addAll(labels.apply(point.get(i)));
                for (FigureStatistic s : point.subList(i, i + width)) {
                    row.add(MonteCarloFiles.num(s.mean()));
                }
                Csv.row(csv, row);
            }
        }
        return csv.toString();
    }
}

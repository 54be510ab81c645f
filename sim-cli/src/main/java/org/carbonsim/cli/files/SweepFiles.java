package org.carbonsim.cli.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.carbonsim.cli.format.Csv;
import org.carbonsim.cli.format.JsonText;
import org.carbonsim.core.montecarlo.Metric;
import org.carbonsim.core.montecarlo.RunMetrics;
import org.carbonsim.core.montecarlo.Summary;
import org.carbonsim.core.montecarlo.SweepAxis;
import org.carbonsim.core.montecarlo.SweepResult;

/**
 * Writes a sweep's files: {@code grid.csv} (long: one row per grid point and metric: point index, the
 * value of each swept path under its short column name, metric, unit, n, mean, sd, 95% CI low and
 * high, and median), {@code runs.csv} (one row per grid point and replication: point, swept values,
 * replication index, seed, metrics) and {@code sweep.json} (the grid with each axis's column name and
 * path, the number of runs, the seeds as strings and each point's statistics), and, through {@link
 * StudyTables}, the figures per year and per sector of every point and replication and their
 * statistics per point. Numbers as in {@link
 * MonteCarloFiles}; UTF-8, LF, rows in grid then replication order, so the bytes do not depend on
 * the thread count.
 */
public final class SweepFiles {
    static final String GRID = "grid.csv";
    static final String RUNS = "runs.csv";
    static final String SUMMARY = "sweep.json";

    private static final Pattern JSON_NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

    private SweepFiles() {}

    public static void write(SweepResult result, Map<String, String> sectorNames, Path dir) throws IOException {
        Files.write(dir.resolve(GRID), grid(result).getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve(RUNS), runs(result).getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve(SUMMARY), summary(result).getBytes(StandardCharsets.UTF_8));
        List<String> keyColumns = new ArrayList<>(List.of("point"));
        keyColumns.addAll(axisColumns(result));
        List<StudyTables.Group> groups = new ArrayList<>();
        for (int p = 0; p < result.points().size(); p++) {
            List<String> key = new ArrayList<>(List.of(Integer.toString(p)));
            key.addAll(result.points().get(p));
            groups.add(new StudyTables.Group(key, result.runs().get(p)));
        }
        StudyTables.write(keyColumns, groups, sectorNames, dir);
    }

    /** The columns the swept paths get in {@code grid.csv} and {@code runs.csv}, in axis order. */
    public static List<String> axisColumns(SweepResult result) {
        Set<String> reserved = new HashSet<>(Set.of(
                "point", "replication", "seed", "metric", "unit", "n", "mean", "sd", "ci95_low", "ci95_high", "p50"));
        reserved.addAll(MetricColumns.columns());
        reserved.addAll(StudyTables.COLUMNS);
        reserved.addAll(StudyTables.yearColumns());
        reserved.addAll(StudyTables.sectorColumns());
        return InputColumns.of(result.axes().stream().map(SweepAxis::path).toList(), reserved);
    }

    /** Long format: one row per grid point and metric, the point's swept values repeated on each. */
    static String grid(SweepResult result) {
        List<String> header = new ArrayList<>(List.of("point"));
        header.addAll(axisColumns(result));
        header.addAll(List.of("metric", "unit", "n", "mean", "sd", "ci95_low", "ci95_high", "p50"));
        StringBuilder csv = new StringBuilder();
        Csv.row(csv, header);
        for (int p = 0; p < result.points().size(); p++) {
            Map<Metric, Summary> summaries = result.summaries().get(p);
            for (Metric m : Metric.values()) {
                List<String> row = new ArrayList<>();
                row.add(Integer.toString(p));
                row.addAll(result.points().get(p));
                row.add(MetricColumns.id(m));
                row.add(MetricColumns.unit(m));
                Summary s = summaries.get(m);
                if (s == null) {
                    row.addAll(MonteCarloFiles.countAndMean(result.runs().get(p), m));
                    row.addAll(List.of("", "", "", ""));
                } else {
                    row.add(Integer.toString(s.n()));
                    for (double v : new double[] {
                        s.mean(), s.sd(), s.ciLow(), s.ciHigh(), s.quantiles().p50()
                    }) {
                        row.add(MonteCarloFiles.num(v));
                    }
                }
                Csv.row(csv, row);
            }
        }
        return csv.toString();
    }

    /** One row per grid point and replication: the point's swept values, the seed, every metric. */
    static String runs(SweepResult result) {
        List<String> header = new ArrayList<>(List.of("point"));
        header.addAll(axisColumns(result));
        header.addAll(List.of("replication", "seed"));
        header.addAll(MetricColumns.columns());
        StringBuilder csv = new StringBuilder();
        Csv.row(csv, header);
        for (int p = 0; p < result.runs().size(); p++) {
            for (RunMetrics run : result.runs().get(p)) {
                List<String> row = new ArrayList<>();
                row.add(Integer.toString(p));
                row.addAll(result.points().get(p));
                row.add(Integer.toString(run.index()));
                row.add(Long.toString(run.seed()));
                for (double value : run.metrics()) {
                    row.add(MonteCarloFiles.num(value));
                }
                Csv.row(csv, row);
            }
        }
        return csv.toString();
    }

    static String summary(SweepResult result) {
        return JsonText.of(json -> {
            json.beginObject().name("scenario").string(result.scenario());
            json.name("baseSeed").string(Long.toString(result.baseSeed()));
            json.name("runs").number(result.seeds().size());
            seeds(json.name("seeds"), result.seeds());
            json.name("axes").beginArray();
            List<String> columns = axisColumns(result);
            for (int a = 0; a < result.axes().size(); a++) {
                SweepAxis axis = result.axes().get(a);
                json.beginLineObject().name("column").string(columns.get(a));
                json.name("path").string(axis.path());
                json.name("values").beginLineArray();
                for (String v : axis.values()) {
                    value(json, v);
                }
                json.endArray().endObject();
            }
            json.endArray();
            json.name("points").beginArray();
            for (int p = 0; p < result.points().size(); p++) {
                json.beginLineObject().name("point").number(p);
                json.name("values").beginLineObject();
                List<String> values = result.points().get(p);
                for (int a = 0; a < values.size(); a++) {
                    value(json.name(result.axes().get(a).path()), values.get(a));
                }
                json.endObject();
                MonteCarloFiles.metricsJson(
                        json.name("metrics"),
                        result.runs().get(p),
                        result.summaries().get(p));
                json.endObject();
            }
            json.endArray().endObject();
        });
    }

    /** Writes {@code seeds} as a one-line array of strings, since R and JavaScript round integers above 2^53. */
    static void seeds(JsonText json, List<Long> seeds) throws IOException {
        json.beginLineArray();
        for (long seed : seeds) {
            json.string(Long.toString(seed));
        }
        json.endArray();
    }

    /** A swept value as JSON: a number as written when it is one, else a string. */
    private static void value(JsonText json, String text) throws IOException {
        if (JSON_NUMBER.matcher(text).matches()) {
            json.number(text);
        } else {
            json.string(text);
        }
    }
}

package org.carbonsim.cli.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.carbonsim.cli.format.Csv;
import org.carbonsim.cli.format.JsonText;
import org.carbonsim.core.montecarlo.ConvergencePoint;
import org.carbonsim.core.montecarlo.DayBand;
import org.carbonsim.core.montecarlo.Metric;
import org.carbonsim.core.montecarlo.MonteCarloResult;
import org.carbonsim.core.montecarlo.Quantiles;
import org.carbonsim.core.montecarlo.RunMetrics;
import org.carbonsim.core.montecarlo.StopRule;
import org.carbonsim.core.montecarlo.Summary;

/**
 * Writes a Monte Carlo study's files: {@code runs.csv} (one row per replication: replication index,
 * seed, each applied uncertain input under a short column name, each metric under {@link
 * MetricColumns#column}), {@code montecarlo.json} (statistics per metric after its unit, the seeds as strings and the
 * input columns' JSON paths under {@code inputColumns}), {@code bands.csv} (daily quantiles of close
 * and the order book's volume over every replication, and of the block agreements' volume where the
 * market has block trades: exact up to five, then streaming P-square estimates in constant memory) and {@code convergence.csv} (long: running mean and 95% half-width per metric at each batch
 * boundary), and, through {@link StudyTables}, the figures per year and per sector of every
 * replication and their statistics. Numbers with at most six decimals (half-up, a whole number as one), a non-finite number
 * as {@code null} (JSON) or empty (CSV); UTF-8, LF, rows by index. Nothing depends on the thread
 * count, so a study gives the same bytes whatever threads ran it.
 */
public final class MonteCarloFiles {
    static final String RUNS = "runs.csv";
    static final String SUMMARY = "montecarlo.json";
    static final String BANDS = "bands.csv";
    static final String CONVERGENCE = "convergence.csv";

    /** The quantiles of {@code bands.csv}, in column order. */
    static final List<String> QUANTILES = List.of("p5", "p25", "p50", "p75", "p95");

    private MonteCarloFiles() {}

    public static void write(
            MonteCarloResult result,
            int maxRuns,
            Optional<StopRule> stopRule,
            Map<String, String> sectorNames,
            Path dir)
            throws IOException {
        write(dir.resolve(RUNS), runs(result));
        write(dir.resolve(SUMMARY), summary(result, maxRuns, stopRule));
        write(dir.resolve(BANDS), bands(result));
        write(dir.resolve(CONVERGENCE), convergence(result));
        StudyTables.write(List.of(), List.of(new StudyTables.Group(List.of(), result.runs())), sectorNames, dir);
    }

    private static void write(Path file, String text) throws IOException {
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code value} as {@link Csv#number}: at most six decimals, a whole number as one, empty when not finite. */
    static String num(double value) {
        return Csv.number(value);
    }

    static String jsonNum(double value) {
        return Double.isFinite(value) ? num(value) : "null";
    }

    /** The columns {@code runs.csv} gives the uncertain inputs, in the order of their paths. */
    static List<String> inputColumns(MonteCarloResult result) {
        Set<String> reserved = new HashSet<>(Set.of("replication", "seed"));
        reserved.addAll(MetricColumns.columns());
        return InputColumns.of(result.inputPaths(), reserved);
    }

    static String runs(MonteCarloResult result) {
        StringBuilder csv = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("replication", "seed"));
        header.addAll(inputColumns(result));
        header.addAll(MetricColumns.columns());
        Csv.row(csv, header);
        for (RunMetrics run : result.runs()) {
            List<String> row = new ArrayList<>();
            row.add(Integer.toString(run.index()));
            row.add(Long.toString(run.seed()));
            for (double input : run.inputs()) {
                row.add(num(input));
            }
            for (double value : run.metrics()) {
                row.add(num(value));
            }
            Csv.row(csv, row);
        }
        return csv.toString();
    }

    static String summary(MonteCarloResult result, int maxRuns, Optional<StopRule> stopRule) {
        return JsonText.of(json -> {
            json.beginObject().name("scenario").string(result.scenario());
            json.name("baseSeed").string(Long.toString(result.baseSeed()));
            json.name("runs").number(result.runs().size());
            json.name("maxRuns").number(maxRuns);
            json.name("stopRule");
            if (stopRule.isPresent()) {
                json.beginLineObject()
                        .name("metric")
                        .string(stopRule.get().metric().label())
                        .name("relativeHalfWidth")
                        .number(jsonNum(stopRule.get().relativeHalfWidth()))
                        .endObject();
            } else {
                json.nullValue();
            }
            json.name("stoppedEarly").bool(result.stoppedEarly());
            json.name("bandRuns").number(result.bandRuns());
            json.name("inputs").beginLineArray();
            for (String path : result.inputPaths()) {
                json.string(path);
            }
            json.endArray();
            InputColumns.json(json.name("inputColumns"), inputColumns(result), result.inputPaths());
            metricsJson(json.name("metrics"), result.runs(), result.summaries());
            json.endObject();
        });
    }

    /**
     * Writes every metric's statistics over {@code runs} as an object keyed by label, in {@link Metric}
     * order: {@link #summaryJson} where {@code summaries} has the metric, else {@link #fewRunsJson}, so
     * that a metric fewer than 2 runs define keeps its key.
     */
    static void metricsJson(JsonText json, List<RunMetrics> runs, Map<Metric, Summary> summaries) throws IOException {
        json.beginObject();
        for (Metric m : Metric.values()) {
            metricJson(json.name(m.label()), runs, summaries, m);
        }
        json.endObject();
    }

    /**
     * Writes {@code metric}'s statistics over {@code runs}, from {@code summaries} where it has them,
     * after its {@code unit} as the CSV files name it ({@link MetricColumns#unit}: {@code cny_per_t},
     * {@code t}, {@code cny}, empty for a share), so that a reader of the JSON alone knows CNY/t from CNY.
     */
    static void metricJson(JsonText json, List<RunMetrics> runs, Map<Metric, Summary> summaries, Metric metric)
            throws IOException {
        json.beginLineObject().name("unit").string(MetricColumns.unit(metric));
        Summary s = summaries.get(metric);
        if (s == null) {
            fewRunsJson(json, runs, metric);
        } else {
            summaryJson(json, s);
        }
        json.endObject();
    }

    /**
     * n and mean of a metric fewer than 2 runs define, as {@code year-stats.csv} writes a figure: the
     * count of the runs where it is finite, and the one value or blank.
     */
    static List<String> countAndMean(List<RunMetrics> runs, Metric metric) {
        double[] values = runs.stream()
                .mapToDouble(r -> r.metric(metric))
                .filter(Double::isFinite)
                .toArray();
        return List.of(Integer.toString(values.length), values.length == 0 ? "" : num(values[0]));
    }

    /**
     * Writes a metric fewer than 2 runs define with the keys of {@link #summaryJson} into an open object: n, the mean (the
     * one value, or null) and null for every statistic that needs 2 values.
     */
    private static void fewRunsJson(JsonText json, List<RunMetrics> runs, Metric metric) throws IOException {
        List<String> countAndMean = countAndMean(runs, metric);
        json.name("n").number(countAndMean.get(0));
        json.name("mean").number(countAndMean.get(1).isEmpty() ? "null" : countAndMean.get(1));
        for (String key :
                List.of("sd", "standardError", "ci95Low", "ci95High", "p5", "p25", "p50", "p75", "p95", "min", "max")) {
            json.name(key).nullValue();
        }
    }

    /** Writes {@code summary}'s fields into an open object: n, mean, sd, standard error, 95% CI, p5..p95, min, max. */
    private static void summaryJson(JsonText json, Summary s) throws IOException {
        Quantiles q = s.quantiles();
        json.name("n").number(s.n());
        json.name("mean").number(jsonNum(s.mean()));
        json.name("sd").number(jsonNum(s.sd()));
        json.name("standardError").number(jsonNum(s.standardError()));
        json.name("ci95Low").number(jsonNum(s.ciLow()));
        json.name("ci95High").number(jsonNum(s.ciHigh()));
        json.name("p5").number(jsonNum(q.p5()));
        json.name("p25").number(jsonNum(q.p25()));
        json.name("p50").number(jsonNum(q.p50()));
        json.name("p75").number(jsonNum(q.p75()));
        json.name("p95").number(jsonNum(q.p95()));
        json.name("min").number(jsonNum(s.min()));
        json.name("max").number(jsonNum(s.max()));
    }

    static String bands(MonteCarloResult result) {
        List<String> header = new ArrayList<>(List.of("year", "day"));
        for (String p : QUANTILES) {
            header.add("close_" + p + "_cny_per_t");
        }
        for (String p : QUANTILES) {
            header.add("volume_" + p + "_t");
        }
        boolean blocks = result.bands().stream().anyMatch(b -> b.blockVolume().isPresent());
        if (blocks) {
            for (String p : QUANTILES) {
                header.add("block_volume_" + p + "_t");
            }
        }
        StringBuilder csv = new StringBuilder();
        Csv.row(csv, header);
        for (DayBand band : result.bands()) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(band.year()), Integer.toString(band.day())));
            quantiles(row, band.close());
            quantiles(row, band.volume());
            band.blockVolume().ifPresent(q -> quantiles(row, q));
            Csv.row(csv, row);
        }
        return csv.toString();
    }

    private static void quantiles(List<String> row, Quantiles q) {
        for (double v : new double[] {q.p5(), q.p25(), q.p50(), q.p75(), q.p95()}) {
            row.add(num(v));
        }
    }

    static String convergence(MonteCarloResult result) {
        StringBuilder csv = new StringBuilder();
        Csv.row(csv, "replications", "metric", "unit", "mean", "ci95_half_width");
        for (ConvergencePoint p : result.convergence()) {
            Csv.row(
                    csv,
                    Integer.toString(p.runs()),
                    MetricColumns.id(p.metric()),
                    MetricColumns.unit(p.metric()),
                    num(p.mean()),
                    num(p.ciHalfWidth()));
        }
        return csv.toString();
    }
}

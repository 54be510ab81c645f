package org.carbonsim.cli;

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
 * MetricColumns#column}), {@code montecarlo.json} (statistics per metric, the seeds as strings and the
 * input columns' JSON paths under {@code inputColumns}), {@code bands.csv} (daily quantiles of close
 * and volume over every replication: exact up to five, then streaming P-square estimates in constant
 * memory) and {@code convergence.csv} (long: running mean and 95% half-width per metric at each batch
 * boundary). Numbers with at most six decimals (half-up, a whole number as one), a non-finite number
 * as {@code null} (JSON) or empty (CSV); UTF-8, LF, rows by index. Nothing depends on the thread
 * count, so a study gives the same bytes whatever threads ran it.
 */
final class MonteCarloFiles {
    static final String RUNS = "runs.csv";
    static final String SUMMARY = "montecarlo.json";
    static final String BANDS = "bands.csv";
    static final String CONVERGENCE = "convergence.csv";

    /** The quantiles of {@code bands.csv}, in column order. */
    static final List<String> QUANTILES = List.of("p5", "p25", "p50", "p75", "p95");

    private MonteCarloFiles() {}

    static void write(MonteCarloResult result, int maxRuns, Optional<StopRule> stopRule, Path dir) throws IOException {
        write(dir.resolve(RUNS), runs(result));
        write(dir.resolve(SUMMARY), summary(result, maxRuns, stopRule));
        write(dir.resolve(BANDS), bands(result));
        write(dir.resolve(CONVERGENCE), convergence(result));
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
        StringBuilder json = new StringBuilder("{\n");
        json.append("  \"scenario\": ")
                .append(RunFiles.jsonString(result.scenario()))
                .append(",\n");
        json.append("  \"baseSeed\": \"").append(result.baseSeed()).append("\",\n");
        json.append("  \"runs\": ").append(result.runs().size()).append(",\n");
        json.append("  \"maxRuns\": ").append(maxRuns).append(",\n");
        json.append("  \"stopRule\": ");
        if (stopRule.isPresent()) {
            json.append("{\"metric\": ")
                    .append(RunFiles.jsonString(stopRule.get().metric().label()))
                    .append(", \"relativeHalfWidth\": ")
                    .append(jsonNum(stopRule.get().relativeHalfWidth()))
                    .append("}");
        } else {
            json.append("null");
        }
        json.append(",\n  \"stoppedEarly\": ").append(result.stoppedEarly()).append(",\n");
        json.append("  \"bandRuns\": ").append(result.bandRuns()).append(",\n");
        json.append("  \"inputs\": [");
        for (int i = 0; i < result.inputPaths().size(); i++) {
            json.append(i == 0 ? "" : ", ")
                    .append(RunFiles.jsonString(result.inputPaths().get(i)));
        }
        json.append("],\n  \"inputColumns\": ").append(InputColumns.json(inputColumns(result), result.inputPaths()));
        json.append(",\n  \"metrics\": {");
        boolean first = true;
        for (Map.Entry<Metric, Summary> e : result.summaries().entrySet()) {
            Summary s = e.getValue();
            json.append(first ? "\n" : ",\n")
                    .append("    ")
                    .append(RunFiles.jsonString(e.getKey().label()));
            json.append(": ").append(summaryJson(s));
            first = false;
        }
        json.append("\n  }\n}\n");
        return json.toString();
    }

    /** {@code summary} as a one-line JSON object: n, mean, sd, standard error, 95% CI, p5..p95, min, max. */
    static String summaryJson(Summary s) {
        Quantiles q = s.quantiles();
        StringBuilder json = new StringBuilder();
        json.append("{\"n\": ").append(s.n());
        json.append(", \"mean\": ").append(jsonNum(s.mean()));
        json.append(", \"sd\": ").append(jsonNum(s.sd()));
        json.append(", \"standardError\": ").append(jsonNum(s.standardError()));
        json.append(", \"ci95Low\": ").append(jsonNum(s.ciLow()));
        json.append(", \"ci95High\": ").append(jsonNum(s.ciHigh()));
        json.append(", \"p5\": ").append(jsonNum(q.p5()));
        json.append(", \"p25\": ").append(jsonNum(q.p25()));
        json.append(", \"p50\": ").append(jsonNum(q.p50()));
        json.append(", \"p75\": ").append(jsonNum(q.p75()));
        json.append(", \"p95\": ").append(jsonNum(q.p95()));
        json.append(", \"min\": ").append(jsonNum(s.min()));
        json.append(", \"max\": ").append(jsonNum(s.max()));
        return json.append('}').toString();
    }

    static String bands(MonteCarloResult result) {
        List<String> header = new ArrayList<>(List.of("year", "day"));
        for (String p : QUANTILES) {
            header.add("close_" + p + "_cny_per_t");
        }
        for (String p : QUANTILES) {
            header.add("volume_" + p + "_t");
        }
        StringBuilder csv = new StringBuilder();
        Csv.row(csv, header);
        for (DayBand band : result.bands()) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(band.year()), Integer.toString(band.day())));
            quantiles(row, band.close());
            quantiles(row, band.volume());
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

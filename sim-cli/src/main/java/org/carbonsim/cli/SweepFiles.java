package org.carbonsim.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.carbonsim.core.montecarlo.Metric;
import org.carbonsim.core.montecarlo.RunMetrics;
import org.carbonsim.core.montecarlo.Summary;
import org.carbonsim.core.montecarlo.SweepAxis;
import org.carbonsim.core.montecarlo.SweepResult;

/**
 * Writes a sweep's files: {@code grid.csv} (one row per grid point: point index, the value of each
 * swept path, then per metric mean, sd, 95% CI low and high, and median), {@code runs.csv} (one row
 * per grid point and replication: point, replication index, seed, metrics) and {@code sweep.json}
 * (the grid, the number of runs, the seeds and each point's statistics). Numbers as in {@link
 * MonteCarloFiles}; UTF-8, LF, rows in grid then replication order, so the bytes do not depend on
 * the thread count.
 */
final class SweepFiles {
    static final String GRID = "grid.csv";
    static final String RUNS = "runs.csv";
    static final String SUMMARY = "sweep.json";

    private static final Pattern JSON_NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

    private SweepFiles() {}

    static void write(SweepResult result, Path dir) throws IOException {
        Files.write(dir.resolve(GRID), grid(result).getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve(RUNS), runs(result).getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve(SUMMARY), summary(result).getBytes(StandardCharsets.UTF_8));
    }

    static String grid(SweepResult result) {
        StringBuilder csv = new StringBuilder("point");
        for (SweepAxis axis : result.axes()) {
            csv.append(',').append(RunFiles.csvField(axis.path()));
        }
        for (Metric m : Metric.values()) {
            for (String stat : new String[] {"mean", "sd", "ciLow", "ciHigh", "p50"}) {
                csv.append(',').append(m.label()).append('_').append(stat);
            }
        }
        csv.append('\n');
        for (int p = 0; p < result.points().size(); p++) {
            csv.append(p);
            for (String value : result.points().get(p)) {
                csv.append(',').append(RunFiles.csvField(value));
            }
            Map<Metric, Summary> summaries = result.summaries().get(p);
            for (Metric m : Metric.values()) {
                Summary s = summaries.get(m);
                if (s == null) {
                    csv.append(",,,,,");
                } else {
                    for (double v : new double[] {
                        s.mean(), s.sd(), s.ciLow(), s.ciHigh(), s.quantiles().p50()
                    }) {
                        csv.append(',').append(MonteCarloFiles.num(v));
                    }
                }
            }
            csv.append('\n');
        }
        return csv.toString();
    }

    static String runs(SweepResult result) {
        StringBuilder csv = new StringBuilder("point,index,seed");
        for (Metric m : Metric.values()) {
            csv.append(',').append(m.label());
        }
        csv.append('\n');
        for (int p = 0; p < result.runs().size(); p++) {
            for (RunMetrics run : result.runs().get(p)) {
                csv.append(p).append(',').append(run.index()).append(',').append(run.seed());
                for (double value : run.metrics()) {
                    csv.append(',').append(MonteCarloFiles.num(value));
                }
                csv.append('\n');
            }
        }
        return csv.toString();
    }

    static String summary(SweepResult result) {
        StringBuilder json = new StringBuilder("{\n");
        json.append("  \"scenario\": ")
                .append(RunFiles.jsonString(result.scenario()))
                .append(",\n");
        json.append("  \"baseSeed\": ").append(result.baseSeed()).append(",\n");
        json.append("  \"runs\": ").append(result.seeds().size()).append(",\n");
        json.append("  \"seeds\": ").append(seeds(result.seeds())).append(",\n");
        json.append("  \"axes\": [");
        for (int a = 0; a < result.axes().size(); a++) {
            SweepAxis axis = result.axes().get(a);
            json.append(a == 0 ? "\n" : ",\n")
                    .append("    {\"path\": ")
                    .append(RunFiles.jsonString(axis.path()))
                    .append(", \"values\": [");
            for (int v = 0; v < axis.values().size(); v++) {
                json.append(v == 0 ? "" : ", ").append(value(axis.values().get(v)));
            }
            json.append("]}");
        }
        json.append("\n  ],\n  \"points\": [");
        for (int p = 0; p < result.points().size(); p++) {
            json.append(p == 0 ? "\n" : ",\n")
                    .append("    {\"point\": ")
                    .append(p)
                    .append(", \"values\": {");
            List<String> values = result.points().get(p);
            for (int a = 0; a < values.size(); a++) {
                json.append(a == 0 ? "" : ", ")
                        .append(RunFiles.jsonString(result.axes().get(a).path()))
                        .append(": ")
                        .append(value(values.get(a)));
            }
            json.append("}, \"metrics\": {");
            boolean first = true;
            for (Map.Entry<Metric, Summary> e : result.summaries().get(p).entrySet()) {
                json.append(first ? "\n" : ",\n")
                        .append("      ")
                        .append(RunFiles.jsonString(e.getKey().label()))
                        .append(": ")
                        .append(MonteCarloFiles.summaryJson(e.getValue()));
                first = false;
            }
            json.append("\n    }}");
        }
        json.append("\n  ]\n}\n");
        return json.toString();
    }

    static String seeds(List<Long> seeds) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < seeds.size(); i++) {
            json.append(i == 0 ? "" : ", ").append(seeds.get(i));
        }
        return json.append(']').toString();
    }

    /** A swept value as JSON: a number as written when it is one, else a string. */
    private static String value(String text) {
        return JSON_NUMBER.matcher(text).matches() ? text : RunFiles.jsonString(text);
    }
}

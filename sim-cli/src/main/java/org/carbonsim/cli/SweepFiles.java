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
        return JsonText.of(json -> {
            json.beginObject().name("scenario").string(result.scenario());
            json.name("baseSeed").number(result.baseSeed());
            json.name("runs").number(result.seeds().size());
            seeds(json.name("seeds"), result.seeds());
            json.name("axes").beginArray();
            for (SweepAxis axis : result.axes()) {
                json.beginLineObject().name("path").string(axis.path());
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
                json.name("metrics").beginObject();
                for (Map.Entry<Metric, Summary> e : result.summaries().get(p).entrySet()) {
                    MonteCarloFiles.summaryJson(json.name(e.getKey().label()), e.getValue());
                }
                json.endObject().endObject();
            }
            json.endArray().endObject();
        });
    }

    /** Writes {@code seeds} as a one-line array of numbers. */
    static void seeds(JsonText json, List<Long> seeds) throws IOException {
        json.beginLineArray();
        for (long seed : seeds) {
            json.number(seed);
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

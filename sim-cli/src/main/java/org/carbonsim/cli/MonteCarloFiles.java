package org.carbonsim.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.carbonsim.core.montecarlo.ConvergencePoint;
import org.carbonsim.core.montecarlo.DayBand;
import org.carbonsim.core.montecarlo.Metric;
import org.carbonsim.core.montecarlo.MonteCarloResult;
import org.carbonsim.core.montecarlo.Quantiles;
import org.carbonsim.core.montecarlo.RunMetrics;
import org.carbonsim.core.montecarlo.StopRule;
import org.carbonsim.core.montecarlo.Summary;

/**
 * Writes a Monte Carlo study's files: {@code runs.csv} (one row per replication: index, seed, applied
 * uncertain inputs, metrics), {@code montecarlo.json} (statistics per metric), {@code bands.csv}
 * (daily quantiles of close and volume over every replication: exact up to five, then streaming
 * P-square estimates in constant memory) and {@code convergence.csv} (running mean and 95% half-width
 * per metric at each batch boundary). Numbers with six fixed decimals (half-up), a non-finite number
 * as {@code null} (JSON) or empty (CSV); UTF-8, LF, rows by index. Nothing depends on the thread
 * count, so a study gives the same bytes whatever threads ran it.
 */
final class MonteCarloFiles {
    static final String RUNS = "runs.csv";
    static final String SUMMARY = "montecarlo.json";
    static final String BANDS = "bands.csv";
    static final String CONVERGENCE = "convergence.csv";

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

    /** {@code value} with six decimals, or empty when not finite. */
    static String num(double value) {
        if (!Double.isFinite(value)) {
            return "";
        }
        return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP).toPlainString();
    }

    static String jsonNum(double value) {
        return Double.isFinite(value) ? num(value) : "null";
    }

    static String runs(MonteCarloResult result) {
        StringBuilder csv = new StringBuilder("index,seed");
        for (String path : result.inputPaths()) {
            csv.append(',').append(path);
        }
        for (Metric m : Metric.values()) {
            csv.append(',').append(m.label());
        }
        csv.append('\n');
        for (RunMetrics run : result.runs()) {
            csv.append(run.index()).append(',').append(run.seed());
            for (double input : run.inputs()) {
                csv.append(',').append(num(input));
            }
            for (double value : run.metrics()) {
                csv.append(',').append(num(value));
            }
            csv.append('\n');
        }
        return csv.toString();
    }

    static String summary(MonteCarloResult result, int maxRuns, Optional<StopRule> stopRule) {
        return JsonText.of(json -> {
            json.beginObject().name("scenario").string(result.scenario());
            json.name("baseSeed").number(result.baseSeed());
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
            json.name("metrics").beginObject();
            for (Map.Entry<Metric, Summary> e : result.summaries().entrySet()) {
                summaryJson(json.name(e.getKey().label()), e.getValue());
            }
            json.endObject().endObject();
        });
    }

    /** Writes {@code summary} as a one-line object: n, mean, sd, standard error, 95% CI, p5..p95, min, max. */
    static void summaryJson(JsonText json, Summary s) throws IOException {
        Quantiles q = s.quantiles();
        json.beginLineObject().name("n").number(s.n());
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
        json.endObject();
    }

    static String bands(MonteCarloResult result) {
        StringBuilder csv = new StringBuilder("year,day");
        for (String series : new String[] {"close", "volume"}) {
            for (String p : new String[] {"p5", "p25", "p50", "p75", "p95"}) {
                csv.append(',').append(series).append('_').append(p);
            }
        }
        csv.append('\n');
        for (DayBand band : result.bands()) {
            csv.append(band.year()).append(',').append(band.day());
            quantiles(csv, band.close());
            quantiles(csv, band.volume());
            csv.append('\n');
        }
        return csv.toString();
    }

    private static void quantiles(StringBuilder csv, Quantiles q) {
        for (double v : new double[] {q.p5(), q.p25(), q.p50(), q.p75(), q.p95()}) {
            csv.append(',').append(num(v));
        }
    }

    static String convergence(MonteCarloResult result) {
        StringBuilder csv = new StringBuilder("runs,metric,mean,ciHalfWidth\n");
        for (ConvergencePoint p : result.convergence()) {
            csv.append(p.runs())
                    .append(',')
                    .append(p.metric().label())
                    .append(',')
                    .append(num(p.mean()))
                    .append(',')
                    .append(num(p.ciHalfWidth()))
                    .append('\n');
        }
        return csv.toString();
    }
}

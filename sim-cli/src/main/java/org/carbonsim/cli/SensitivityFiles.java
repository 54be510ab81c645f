package org.carbonsim.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.carbonsim.core.sensitivity.Factor;
import org.carbonsim.core.sensitivity.Method;
import org.carbonsim.core.sensitivity.MorrisEffect;
import org.carbonsim.core.sensitivity.SensitivityResult;
import org.carbonsim.core.sensitivity.SensitivityStudy;
import org.carbonsim.core.sensitivity.SobolIndex;

/**
 * Writes a sensitivity study's files: {@code sensitivity.csv} (one row per metric and parameter:
 * Sobol {@code first}, {@code first_ci_low}, {@code first_ci_high}, {@code total}, {@code
 * total_ci_low}, {@code total_ci_high}, or Morris {@code mu_star} and {@code sigma} with the metric's
 * {@code unit}), {@code points.csv} (one row per plan point: the parameters' values and each metric's
 * mean over the replications) and {@code sensitivity.json} (the settings, the seeds as strings, the
 * parameters' short names with their full paths and ranges, and the same figures). Column names are
 * snake_case with unit suffixes; numbers have at most six decimals, trailing zeros dropped; undefined
 * figures are blank in CSV and {@code null} in JSON. UTF-8, LF, rows in metric then parameter order,
 * so the bytes do not depend on the thread count.
 */
final class SensitivityFiles {
    static final String INDICES = "sensitivity.csv";
    static final String POINTS = "points.csv";
    static final String SUMMARY = "sensitivity.json";

    private SensitivityFiles() {}

    static void write(SensitivityResult result, Path dir) throws IOException {
        Files.write(dir.resolve(INDICES), indices(result).getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve(POINTS), points(result).getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve(SUMMARY), summary(result).getBytes(StandardCharsets.UTF_8));
    }

    /** The metric's id in files: its label in snake_case ({@code complianceRate} is {@code compliance_rate}). */
    static String metricId(String label) {
        return ParamRange.snake(label);
    }

    /** The unit suffix of a metric ({@code cny_per_t}, {@code t}, {@code cny}), empty for a share. */
    static String unit(String label) {
        if (label.startsWith("vwap") || label.equals("close") || label.equals("equilibriumPrice")) {
            return "cny_per_t";
        }
        if (label.equals("volume")) {
            return "t";
        }
        if (label.equals("penalties") || label.equals("abatementCost")) {
            return "cny";
        }
        return "";
    }

    static String indices(SensitivityResult result) {
        boolean sobol = result.method() == Method.SOBOL;
        StringBuilder csv = new StringBuilder(
                sobol
                        ? "metric,parameter,first,first_ci_low,first_ci_high,total,total_ci_low,total_ci_high\n"
                        : "metric,unit,parameter,mu_star,sigma\n");
        for (int m = 0; m < result.metrics().size(); m++) {
            String label = result.metrics().get(m);
            for (int i = 0; i < result.factors().size(); i++) {
                csv.append(RunFiles.csvField(metricId(label))).append(',');
                if (!sobol) {
                    csv.append(unit(label)).append(',');
                }
                csv.append(RunFiles.csvField(result.factors().get(i).name()));
                if (sobol) {
                    SobolIndex s = result.sobol().get(m).get(i);
                    for (double v : new double[] {
                        s.first(), s.firstCiLow(), s.firstCiHigh(), s.total(), s.totalCiLow(), s.totalCiHigh()
                    }) {
                        csv.append(',').append(num(v));
                    }
                } else {
                    MorrisEffect e = result.morris().get(m).get(i);
                    csv.append(',').append(num(e.muStar())).append(',').append(num(e.sigma()));
                }
                csv.append('\n');
            }
        }
        return csv.toString();
    }

    static String points(SensitivityResult result) {
        StringBuilder csv = new StringBuilder("point");
        for (Factor f : result.factors()) {
            csv.append(',').append(RunFiles.csvField(f.name()));
        }
        for (String label : result.metrics()) {
            String unit = unit(label);
            csv.append(',').append(metricId(label)).append(unit.isEmpty() ? "" : "_" + unit);
        }
        csv.append('\n');
        for (int p = 0; p < result.points().size(); p++) {
            csv.append(p);
            for (double v : result.points().get(p)) {
                csv.append(',').append(num(v));
            }
            for (double v : result.outputs().get(p)) {
                csv.append(',').append(num(v));
            }
            csv.append('\n');
        }
        return csv.toString();
    }

    static String summary(SensitivityResult result) {
        boolean sobol = result.method() == Method.SOBOL;
        StringBuilder json = new StringBuilder("{\n");
        json.append("  \"scenario\": ")
                .append(RunFiles.jsonString(result.scenario()))
                .append(",\n");
        json.append("  \"method\": ")
                .append(RunFiles.jsonString(result.method().label()))
                .append(",\n");
        json.append("  \"samples\": ").append(result.samples()).append(",\n");
        json.append("  \"points\": ").append(result.points().size()).append(",\n");
        json.append("  \"runsPerPoint\": ").append(result.seeds().size()).append(",\n");
        if (sobol) {
            json.append("  \"bootstrapResamples\": ")
                    .append(SensitivityStudy.RESAMPLES)
                    .append(",\n");
        }
        json.append("  \"baseSeed\": \"").append(result.baseSeed()).append("\",\n");
        json.append("  \"seeds\": [");
        for (int i = 0; i < result.seeds().size(); i++) {
            json.append(i == 0 ? "\"" : ", \"").append(result.seeds().get(i)).append('"');
        }
        json.append("],\n  \"parameters\": [");
        for (int i = 0; i < result.factors().size(); i++) {
            Factor f = result.factors().get(i);
            json.append(i == 0 ? "\n" : ",\n")
                    .append("    {\"name\": ")
                    .append(RunFiles.jsonString(f.name()))
                    .append(", \"path\": ")
                    .append(RunFiles.jsonString(f.path().path()))
                    .append(", \"low\": ")
                    .append(jsonNum(f.low()))
                    .append(", \"high\": ")
                    .append(jsonNum(f.high()))
                    .append('}');
        }
        json.append("\n  ],\n  \"results\": [");
        boolean first = true;
        for (int m = 0; m < result.metrics().size(); m++) {
            String label = result.metrics().get(m);
            for (int i = 0; i < result.factors().size(); i++) {
                json.append(first ? "\n" : ",\n")
                        .append("    {\"metric\": ")
                        .append(RunFiles.jsonString(metricId(label)))
                        .append(", \"unit\": ")
                        .append(RunFiles.jsonString(unit(label)))
                        .append(", \"parameter\": ")
                        .append(RunFiles.jsonString(result.factors().get(i).name()));
                if (sobol) {
                    SobolIndex s = result.sobol().get(m).get(i);
                    index(json, "first", s.first(), s.firstCiLow(), s.firstCiHigh());
                    index(json, "total", s.total(), s.totalCiLow(), s.totalCiHigh());
                } else {
                    MorrisEffect e = result.morris().get(m).get(i);
                    json.append(", \"mu\": ").append(jsonNum(e.mu()));
                    json.append(", \"muStar\": ").append(jsonNum(e.muStar()));
                    json.append(", \"sigma\": ").append(jsonNum(e.sigma()));
                    json.append(", \"effects\": ").append(e.effects());
                }
                json.append('}');
                first = false;
            }
        }
        json.append("\n  ]\n}\n");
        return json.toString();
    }

    /** {@code , "NAME": value, "NAMECi95": [low, high]}. */
    private static void index(StringBuilder json, String name, double value, double low, double high) {
        json.append(", \"")
                .append(name)
                .append("\": ")
                .append(jsonNum(value))
                .append(", \"")
                .append(name)
                .append("Ci95\": [")
                .append(jsonNum(low))
                .append(", ")
                .append(jsonNum(high))
                .append(']');
    }

    /** At most six decimals, trailing zeros dropped; blank when undefined. */
    static String num(double value) {
        if (!Double.isFinite(value)) {
            return "";
        }
        BigDecimal d =
                BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros();
        return d.signum() == 0 ? "0" : d.toPlainString();
    }

    private static String jsonNum(double value) {
        return Double.isFinite(value) ? num(value) : "null";
    }
}

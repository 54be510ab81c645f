package org.carbonsim.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.carbonsim.core.montecarlo.ComparisonResult;
import org.carbonsim.core.montecarlo.Metric;
import org.carbonsim.core.montecarlo.PolicyDifference;
import org.carbonsim.core.montecarlo.RunMetrics;
import org.carbonsim.core.montecarlo.Summary;

/**
 * Writes a comparison's files: {@code compare.csv} (one row per metric and policy: the policy's n,
 * mean and 95% CI, then, for every policy but the first, the paired difference against the first:
 * n, mean, 95% CI and whether the CI excludes 0), {@code runs.csv} (one row per policy and
 * replication: policy, scenario, replication index, seed, metrics), {@code compare.json} (the same
 * statistics with the seeds, the sector names and the paired differences per year and per sector) and,
 * through {@link ComparePairedFiles}, {@code compare-years.csv} and {@code compare-sectors.csv}. Numbers as in {@link MonteCarloFiles}; UTF-8, LF, rows by metric,
 * policy and replication, so the bytes do not depend on the thread count.
 */
final class CompareFiles {
    static final String TABLE = "compare.csv";
    static final String RUNS = "runs.csv";
    static final String SUMMARY = "compare.json";

    private CompareFiles() {}

    static void write(ComparisonResult result, Map<String, String> sectorNames, Path dir) throws IOException {
        Files.write(dir.resolve(TABLE), table(result).getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve(RUNS), runs(result).getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve(SUMMARY), summary(result, sectorNames).getBytes(StandardCharsets.UTF_8));
        ComparePairedFiles.write(result, sectorNames, dir);
    }

    static String table(ComparisonResult result) {
        StringBuilder csv = new StringBuilder("metric,policy,scenario,n,mean,ciLow,ciHigh,"
                + "diffN,diffMean,diffCiLow,diffCiHigh,diffExcludesZero\n");
        for (Metric m : Metric.values()) {
            for (int k = 0; k < result.scenarios().size(); k++) {
                csv.append(m.label())
                        .append(',')
                        .append(k)
                        .append(',')
                        .append(RunFiles.csvField(result.scenarios().get(k)));
                Summary s = result.summaries().get(k).get(m);
                if (s == null) {
                    csv.append(",,,,");
                } else {
                    csv.append(',').append(s.n());
                    for (double v : new double[] {s.mean(), s.ciLow(), s.ciHigh()}) {
                        csv.append(',').append(MonteCarloFiles.num(v));
                    }
                }
                Optional<PolicyDifference> d = k == 0 ? Optional.empty() : result.difference(m, k);
                if (d.isEmpty()) {
                    csv.append(",,,,,");
                } else {
                    Summary diff = d.get().difference();
                    csv.append(',').append(diff.n());
                    for (double v : new double[] {diff.mean(), diff.ciLow(), diff.ciHigh()}) {
                        csv.append(',').append(MonteCarloFiles.num(v));
                    }
                    csv.append(',').append(d.get().excludesZero());
                }
                csv.append('\n');
            }
        }
        return csv.toString();
    }

    static String runs(ComparisonResult result) {
        StringBuilder csv = new StringBuilder("policy,scenario,index,seed");
        for (Metric m : Metric.values()) {
            csv.append(',').append(m.label());
        }
        csv.append('\n');
        for (int k = 0; k < result.runs().size(); k++) {
            String scenario = RunFiles.csvField(result.scenarios().get(k));
            for (RunMetrics run : result.runs().get(k)) {
                csv.append(k).append(',').append(scenario).append(',').append(run.index());
                csv.append(',').append(run.seed());
                for (double value : run.metrics()) {
                    csv.append(',').append(MonteCarloFiles.num(value));
                }
                csv.append('\n');
            }
        }
        return csv.toString();
    }

    static String summary(ComparisonResult result, Map<String, String> sectorNames) {
        StringBuilder json = new StringBuilder("{\n  \"scenarios\": [");
        for (int k = 0; k < result.scenarios().size(); k++) {
            json.append(k == 0 ? "" : ", ")
                    .append(RunFiles.jsonString(result.scenarios().get(k)));
        }
        json.append("],\n");
        json.append("  \"baseSeed\": ").append(result.baseSeed()).append(",\n");
        json.append("  \"runs\": ").append(result.seeds().size()).append(",\n");
        json.append("  \"seeds\": ").append(SweepFiles.seeds(result.seeds())).append(",\n");
        json.append(ComparePairedFiles.json(result, sectorNames));
        json.append("  \"metrics\": {");
        Metric[] metrics = Metric.values();
        for (int i = 0; i < metrics.length; i++) {
            Metric m = metrics[i];
            json.append(i == 0 ? "\n" : ",\n")
                    .append("    ")
                    .append(RunFiles.jsonString(m.label()))
                    .append(": {\n      \"policies\": [");
            for (int k = 0; k < result.scenarios().size(); k++) {
                Summary s = result.summaries().get(k).get(m);
                json.append(k == 0 ? "\n" : ",\n").append("        ");
                json.append(s == null ? "null" : MonteCarloFiles.summaryJson(s));
            }
            json.append("\n      ],\n      \"differences\": [");
            for (int k = 1; k < result.scenarios().size(); k++) {
                Optional<PolicyDifference> d = result.difference(m, k);
                json.append(k == 1 ? "\n" : ",\n").append("        ");
                if (d.isEmpty()) {
                    json.append("null");
                } else {
                    Summary diff = d.get().difference();
                    json.append("{\"policy\": ").append(k);
                    json.append(", \"n\": ").append(diff.n());
                    json.append(", \"mean\": ").append(MonteCarloFiles.jsonNum(diff.mean()));
                    json.append(", \"ci95Low\": ").append(MonteCarloFiles.jsonNum(diff.ciLow()));
                    json.append(", \"ci95High\": ").append(MonteCarloFiles.jsonNum(diff.ciHigh()));
                    json.append(", \"excludesZero\": ")
                            .append(d.get().excludesZero())
                            .append('}');
                }
            }
            json.append(result.scenarios().size() > 1 ? "\n      ]\n    }" : "]\n    }");
        }
        json.append("\n  }\n}\n");
        return json.toString();
    }
}

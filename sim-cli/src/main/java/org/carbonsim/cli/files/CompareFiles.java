package org.carbonsim.cli.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.carbonsim.cli.format.Csv;
import org.carbonsim.cli.format.JsonText;
import org.carbonsim.core.montecarlo.ComparisonResult;
import org.carbonsim.core.montecarlo.Metric;
import org.carbonsim.core.montecarlo.PolicyDifference;
import org.carbonsim.core.montecarlo.RunMetrics;
import org.carbonsim.core.montecarlo.Summary;

/**
 * Writes a comparison's files: {@code compare.csv} (long: one row per metric and policy: metric id
 * and unit, the policy's n, mean and 95% CI, then, for every policy but the first, the paired difference against the first:
 * n, mean, 95% CI and whether the CI excludes 0), {@code runs.csv} (one row per policy and
 * replication: policy, scenario, replication index, seed, metrics), {@code compare.json} (the same
 * statistics with the seeds, the sector names and the paired differences per year and per sector) and,
 * through {@link ComparePairedFiles}, {@code compare-years.csv} and {@code compare-sectors.csv}, and,
 * through {@link StudyTables}, each policy's figures per year and per sector and their statistics. Numbers as in {@link MonteCarloFiles}; UTF-8, LF, rows by metric,
 * policy and replication, so the bytes do not depend on the thread count.
 */
public final class CompareFiles {
    static final String TABLE = "compare.csv";
    static final String RUNS = "runs.csv";
    static final String SUMMARY = "compare.json";

    private CompareFiles() {}

    /**
     * Writes the files into {@code dir}; {@code finalYears} is each policy's last simulated year and
     * {@code warnings} what the command warned of, both recorded in {@code compare.json}.
     */
    public static void write(
            ComparisonResult result,
            Map<String, String> sectorNames,
            List<Integer> finalYears,
            List<String> warnings,
            Path dir)
            throws IOException {
        Files.write(dir.resolve(TABLE), table(result).getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve(RUNS), runs(result).getBytes(StandardCharsets.UTF_8));
        Files.write(
                dir.resolve(SUMMARY),
                summary(result, sectorNames, finalYears, warnings).getBytes(StandardCharsets.UTF_8));
        ComparePairedFiles.write(result, sectorNames, dir);
        List<StudyTables.Group> groups = new ArrayList<>();
        for (int k = 0; k < result.runs().size(); k++) {
            groups.add(new StudyTables.Group(
                    List.of(Integer.toString(k), result.scenarios().get(k)),
                    result.runs().get(k)));
        }
        StudyTables.write(List.of("policy", "scenario"), groups, sectorNames, dir);
    }

    static String table(ComparisonResult result) {
        StringBuilder csv = new StringBuilder();
        Csv.row(
                csv,
                "metric",
                "unit",
                "policy",
                "scenario",
                "n",
                "mean",
                "ci95_low",
                "ci95_high",
                "diff_n",
                "diff_mean",
                "diff_ci95_low",
                "diff_ci95_high",
                "diff_excludes_zero");
        for (Metric m : Metric.values()) {
            for (int k = 0; k < result.scenarios().size(); k++) {
                List<String> row = new ArrayList<>(List.of(
                        MetricColumns.id(m),
                        MetricColumns.unit(m),
                        Integer.toString(k),
                        result.scenarios().get(k)));
                Summary s = result.summaries().get(k).get(m);
                if (s == null) {
                    row.addAll(MonteCarloFiles.countAndMean(result.runs().get(k), m));
                    row.addAll(List.of("", ""));
                } else {
                    row.add(Integer.toString(s.n()));
                    for (double v : new double[] {s.mean(), s.ciLow(), s.ciHigh()}) {
                        row.add(MonteCarloFiles.num(v));
                    }
                }
                Optional<PolicyDifference> d = k == 0 ? Optional.empty() : result.difference(m, k);
                if (d.isEmpty()) {
                    row.addAll(List.of("", "", "", "", ""));
                } else {
                    Summary diff = d.get().difference();
                    row.add(Integer.toString(diff.n()));
                    for (double v : new double[] {diff.mean(), diff.ciLow(), diff.ciHigh()}) {
                        row.add(MonteCarloFiles.num(v));
                    }
                    row.add(Boolean.toString(d.get().excludesZero()));
                }
                Csv.row(csv, row);
            }
        }
        return csv.toString();
    }

    static String runs(ComparisonResult result) {
        List<String> header = new ArrayList<>(List.of("policy", "scenario", "replication", "seed"));
        header.addAll(MetricColumns.columns());
        StringBuilder csv = new StringBuilder();
        Csv.row(csv, header);
        for (int k = 0; k < result.runs().size(); k++) {
            for (RunMetrics run : result.runs().get(k)) {
                List<String> row = new ArrayList<>(List.of(
                        Integer.toString(k),
                        result.scenarios().get(k),
                        Integer.toString(run.index()),
                        Long.toString(run.seed())));
                for (double value : run.metrics()) {
                    row.add(MonteCarloFiles.num(value));
                }
                Csv.row(csv, row);
            }
        }
        return csv.toString();
    }

    static String summary(ComparisonResult result, Map<String, String> sectorNames) {
        return summary(result, sectorNames, List.of(), List.of());
    }

    static String summary(
            ComparisonResult result, Map<String, String> sectorNames, List<Integer> finalYears, List<String> warnings) {
        return JsonText.of(json -> {
            json.beginObject().name("scenarios").beginLineArray();
            for (String scenario : result.scenarios()) {
                json.string(scenario);
            }
            json.endArray();
            json.name("finalYears").beginLineArray();
            for (int year : finalYears) {
                json.number(year);
            }
            json.endArray();
            json.name("warnings").beginArray();
            for (String warning : warnings) {
                json.string(warning);
            }
            json.endArray();
            json.name("baseSeed").string(Long.toString(result.baseSeed()));
            json.name("runs").number(result.seeds().size());
            SweepFiles.seeds(json.name("seeds"), result.seeds());
            ComparePairedFiles.json(json, result, sectorNames);
            json.name("metrics").beginObject();
            for (Metric m : Metric.values()) {
                json.name(m.label()).beginObject().name("policies").beginArray();
                for (int k = 0; k < result.scenarios().size(); k++) {
                    MonteCarloFiles.metricJson(
                            json, result.runs().get(k), result.summaries().get(k), m);
                }
                json.endArray().name("differences").beginArray();
                for (int k = 1; k < result.scenarios().size(); k++) {
                    Optional<PolicyDifference> d = result.difference(m, k);
                    if (d.isEmpty()) {
                        json.nullValue();
                    } else {
                        Summary diff = d.get().difference();
                        json.beginLineObject().name("policy").number(k);
                        json.name("unit").string(MetricColumns.unit(m));
                        json.name("n").number(diff.n());
                        json.name("mean").number(MonteCarloFiles.jsonNum(diff.mean()));
                        json.name("ci95Low").number(MonteCarloFiles.jsonNum(diff.ciLow()));
                        json.name("ci95High").number(MonteCarloFiles.jsonNum(diff.ciHigh()));
                        json.name("excludesZero").bool(d.get().excludesZero());
                        json.endObject();
                    }
                }
                json.endArray().endObject();
            }
            json.endObject().endObject();
        });
    }
}

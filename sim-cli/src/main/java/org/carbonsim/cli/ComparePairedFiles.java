package org.carbonsim.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.carbonsim.cli.chart.CompareCharts;
import org.carbonsim.core.montecarlo.ComparisonResult;
import org.carbonsim.core.montecarlo.PairedFigure;
import org.carbonsim.core.montecarlo.Summary;

/**
 * Writes a comparison's paired differences per year and per sector: {@code compare-years.csv} (one row
 * per policy after the first, year and metric, over all sectors) and {@code compare-sectors.csv} (the
 * same per sector), long format, and the same rows for {@code compare.json} with the CSV's column names
 * as keys. {@code mean_a} is the first policy's mean and {@code mean_b} the row's policy's, both over
 * the {@code n} replications where the figure is defined in both; {@code diff_*} are the mean of the
 * per-replication differences (b − a, same seed) and its 95% t-interval. Numbers as in {@link
 * MonteCarloFiles}; policy, year and n are integers.
 */
final class ComparePairedFiles {
    static final String YEARS = CompareCharts.YEARS;
    static final String SECTORS = CompareCharts.SECTORS;

    private static final String STATS = "metric,mean_a,mean_b,diff_mean,diff_ci_low,diff_ci_high,diff_excludes_zero,n";

    private ComparePairedFiles() {}

    static void write(ComparisonResult result, Map<String, String> sectorNames, Path dir) throws IOException {
        Files.write(dir.resolve(YEARS), years(result).getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve(SECTORS), sectors(result, sectorNames).getBytes(StandardCharsets.UTF_8));
    }

    static String years(ComparisonResult result) {
        StringBuilder csv = new StringBuilder("policy,scenario,year," + STATS + "\n");
        for (PairedFigure f : result.years()) {
            csv.append(f.policy())
                    .append(',')
                    .append(RunFiles.csvField(result.scenarios().get(f.policy())))
                    .append(',')
                    .append(f.year());
            stats(csv, f);
        }
        return csv.toString();
    }

    static String sectors(ComparisonResult result, Map<String, String> sectorNames) {
        StringBuilder csv = new StringBuilder("policy,scenario,sector_id,sector_name,year," + STATS + "\n");
        for (PairedFigure f : result.sectors()) {
            String id = f.sectorId().orElseThrow();
            csv.append(f.policy())
                    .append(',')
                    .append(RunFiles.csvField(result.scenarios().get(f.policy())))
                    .append(',')
                    .append(RunFiles.csvField(id))
                    .append(',')
                    .append(RunFiles.csvField(sectorNames.getOrDefault(id, id)))
                    .append(',')
                    .append(f.year());
            stats(csv, f);
        }
        return csv.toString();
    }

    private static void stats(StringBuilder csv, PairedFigure f) {
        Summary d = f.difference();
        csv.append(',').append(f.metric().label());
        for (double v : new double[] {f.baselineMean(), f.policyMean(), d.mean(), d.ciLow(), d.ciHigh()}) {
            csv.append(',').append(MonteCarloFiles.num(v));
        }
        csv.append(',').append(f.excludesZero()).append(',').append(d.n()).append('\n');
    }

    /**
     * The {@code "sectorNames"}, {@code "years"} and {@code "sectors"} members of {@code compare.json},
     * each line indented by two spaces and followed by a comma.
     */
    static String json(ComparisonResult result, Map<String, String> sectorNames) {
        StringBuilder json = new StringBuilder("  \"sectorNames\": {");
        int i = 0;
        for (Map.Entry<String, String> e : sectorNames.entrySet()) {
            json.append(i++ == 0 ? "" : ", ")
                    .append(RunFiles.jsonString(e.getKey()))
                    .append(": ")
                    .append(RunFiles.jsonString(e.getValue()));
        }
        json.append("},\n");
        array(json, "years", result.years());
        array(json, "sectors", result.sectors());
        return json.toString();
    }

    private static void array(StringBuilder json, String name, List<PairedFigure> figures) {
        json.append("  \"").append(name).append("\": [");
        for (int k = 0; k < figures.size(); k++) {
            PairedFigure f = figures.get(k);
            Summary d = f.difference();
            json.append(k == 0 ? "\n" : ",\n").append("    {\"policy\": ").append(f.policy());
            if (f.sectorId().isPresent()) {
                json.append(", \"sector_id\": ")
                        .append(RunFiles.jsonString(f.sectorId().get()));
            }
            json.append(", \"year\": ").append(f.year());
            json.append(", \"metric\": ").append(RunFiles.jsonString(f.metric().label()));
            json.append(", \"mean_a\": ").append(MonteCarloFiles.jsonNum(f.baselineMean()));
            json.append(", \"mean_b\": ").append(MonteCarloFiles.jsonNum(f.policyMean()));
            json.append(", \"diff_mean\": ").append(MonteCarloFiles.jsonNum(d.mean()));
            json.append(", \"diff_ci_low\": ").append(MonteCarloFiles.jsonNum(d.ciLow()));
            json.append(", \"diff_ci_high\": ").append(MonteCarloFiles.jsonNum(d.ciHigh()));
            json.append(", \"diff_excludes_zero\": ").append(f.excludesZero());
            json.append(", \"n\": ").append(d.n()).append('}');
        }
        json.append(figures.isEmpty() ? "],\n" : "\n  ],\n");
    }
}

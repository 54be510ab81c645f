package org.carbonsim.cli.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.carbonsim.cli.chart.CompareCharts;
import org.carbonsim.cli.format.Csv;
import org.carbonsim.cli.format.JsonText;
import org.carbonsim.core.montecarlo.ComparisonResult;
import org.carbonsim.core.montecarlo.PairedFigure;
import org.carbonsim.core.montecarlo.Summary;

/**
 * Writes a comparison's paired differences per year and per sector: {@code compare-years.csv} (one row
 * per policy after the first, year and metric, over all sectors) and {@code compare-sectors.csv} (the
 * same per sector), long, with the metric's id and unit in {@code metric} and {@code unit}, and the same
 * rows in {@code compare.json} under the CSV's column names. {@code mean_a} is the first policy's mean
 * and {@code mean_b} the row's policy's, both over the {@code n} replications where the figure is
 * defined in both; {@code diff_*} are the mean of the per-replication differences (b − a, same seed)
 * and its 95% t-interval. Numbers as in {@link MonteCarloFiles}; cells through {@link Csv}.
 */
public final class ComparePairedFiles {
    public static final String YEARS = CompareCharts.YEARS;
    public static final String SECTORS = CompareCharts.SECTORS;

    private static final List<String> STATS = List.of(
            "metric",
            "unit",
            "n",
            "mean_a",
            "mean_b",
            "diff_mean",
            "diff_ci95_low",
            "diff_ci95_high",
            "diff_excludes_zero");

    private ComparePairedFiles() {}

    static void write(ComparisonResult result, Map<String, String> sectorNames, Path dir) throws IOException {
        Files.write(dir.resolve(YEARS), years(result).getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve(SECTORS), sectors(result, sectorNames).getBytes(StandardCharsets.UTF_8));
    }

    static String years(ComparisonResult result) {
        StringBuilder csv = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("policy", "scenario", "year"));
        header.addAll(STATS);
        Csv.row(csv, header);
        for (PairedFigure f : result.years()) {
            List<String> row = new ArrayList<>(List.of(
                    Integer.toString(f.policy()), result.scenarios().get(f.policy()), Integer.toString(f.year())));
            Csv.row(csv, stats(row, f));
        }
        return csv.toString();
    }

    static String sectors(ComparisonResult result, Map<String, String> sectorNames) {
        StringBuilder csv = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("policy", "scenario", "sector_id", "sector_name", "year"));
        header.addAll(STATS);
        Csv.row(csv, header);
        for (PairedFigure f : result.sectors()) {
            String id = f.sectorId().orElseThrow();
            List<String> row = new ArrayList<>(List.of(
                    Integer.toString(f.policy()),
                    result.scenarios().get(f.policy()),
                    id,
                    sectorNames.getOrDefault(id, id),
                    Integer.toString(f.year())));
            Csv.row(csv, stats(row, f));
        }
        return csv.toString();
    }

    private static List<String> stats(List<String> row, PairedFigure f) {
        Summary d = f.difference();
        row.addAll(List.of(f.metric().id(), f.metric().unit(), Integer.toString(d.n())));
        for (double v : new double[] {f.baselineMean(), f.policyMean(), d.mean(), d.ciLow(), d.ciHigh()}) {
            row.add(MonteCarloFiles.num(v));
        }
        row.add(Boolean.toString(f.excludesZero()));
        return row;
    }

    /** Writes the {@code "sectorNames"}, {@code "years"} and {@code "sectors"} members of {@code compare.json}. */
    static void json(JsonText json, ComparisonResult result, Map<String, String> sectorNames) throws IOException {
        json.name("sectorNames").beginObject();
        for (Map.Entry<String, String> e : sectorNames.entrySet()) {
            json.name(e.getKey()).string(e.getValue());
        }
        json.endObject();
        array(json.name("years"), result.years());
        array(json.name("sectors"), result.sectors());
    }

    private static void array(JsonText json, List<PairedFigure> figures) throws IOException {
        json.beginArray();
        for (PairedFigure f : figures) {
            Summary d = f.difference();
            json.beginLineObject().name("policy").number(f.policy());
            if (f.sectorId().isPresent()) {
                json.name("sector_id").string(f.sectorId().get());
            }
            json.name("year").number(f.year());
            json.name("metric").string(f.metric().id());
            json.name("unit").string(f.metric().unit());
            json.name("n").number(d.n());
            json.name("mean_a").number(MonteCarloFiles.jsonNum(f.baselineMean()));
            json.name("mean_b").number(MonteCarloFiles.jsonNum(f.policyMean()));
            json.name("diff_mean").number(MonteCarloFiles.jsonNum(d.mean()));
            json.name("diff_ci95_low").number(MonteCarloFiles.jsonNum(d.ciLow()));
            json.name("diff_ci95_high").number(MonteCarloFiles.jsonNum(d.ciHigh()));
            json.name("diff_excludes_zero").bool(f.excludesZero());
            json.endObject();
        }
        json.endArray();
    }
}

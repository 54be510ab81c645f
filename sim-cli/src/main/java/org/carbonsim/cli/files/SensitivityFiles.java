package org.carbonsim.cli.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.carbonsim.cli.format.Csv;
import org.carbonsim.cli.format.JsonText;
import org.carbonsim.core.montecarlo.FigureStatistic;
import org.carbonsim.core.montecarlo.Metric;
import org.carbonsim.core.sensitivity.Factor;
import org.carbonsim.core.sensitivity.Method;
import org.carbonsim.core.sensitivity.MorrisEffect;
import org.carbonsim.core.sensitivity.RoughIndices;
import org.carbonsim.core.sensitivity.SensitivityResult;
import org.carbonsim.core.sensitivity.SensitivityStudy;
import org.carbonsim.core.sensitivity.SobolIndex;

/**
 * Writes a sensitivity study's files: {@code sensitivity.csv} (long: one row per metric and parameter,
 * the metric's id and unit, then Sobol {@code first}, {@code first_ci_low}, {@code first_ci_high},
 * {@code total}, {@code total_ci_low}, {@code total_ci_high}, or Morris {@code mu_star} and {@code
 * sigma}), {@code points.csv} (one row per plan point: the parameters' values under their short
 * column names and each metric's mean over the replications under its column) and {@code
 * sensitivity.json} (the settings, the seeds as strings, the parameters' short names with their full
 * paths and ranges, and the same figures by metric label); then {@code sensitivity-years.csv} (the
 * same indices of each year's figures, one row per year, figure and parameter) and, through {@link
 * StudyTables}, {@code years.csv} and {@code sectors.csv} (each point's means of the figures per year
 * and per sector and year). Cells go through {@link Csv} and metric
 * names through {@link MetricColumns}, as in the other studies; a year's VWAP ({@code vwap_2024}) has
 * VWAP's unit. Undefined figures are blank in CSV and {@code null} in JSON. Rows in metric then
 * parameter order, so the bytes do not depend on the thread count.
 */
public final class SensitivityFiles {
    static final String INDICES = "sensitivity.csv";
    static final String POINTS = "points.csv";
    static final String SUMMARY = "sensitivity.json";
    static final String YEAR_INDICES = "sensitivity-years.csv";

    private SensitivityFiles() {}

    public static void write(SensitivityResult result, Map<String, String> sectorNames, Path dir) throws IOException {
        Files.write(dir.resolve(INDICES), indices(result).getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve(POINTS), points(result).getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve(SUMMARY), summary(result).getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve(YEAR_INDICES), yearIndices(result).getBytes(StandardCharsets.UTF_8));
        List<String> keyColumns = new ArrayList<>(List.of("point"));
        result.factors().forEach(f -> keyColumns.add(f.name()));
        List<List<String>> keys = new ArrayList<>();
        for (int p = 0; p < result.points().size(); p++) {
            List<String> key = new ArrayList<>(List.of(Integer.toString(p)));
            for (double v : result.points().get(p)) {
                key.add(Csv.number(v));
            }
            keys.add(key);
        }
        Files.write(
                dir.resolve(StudyTables.YEARS),
                StudyTables.pointYears(keyColumns, keys, result.years()).getBytes(StandardCharsets.UTF_8));
        Files.write(
                dir.resolve(StudyTables.SECTORS),
                StudyTables.pointSectors(keyColumns, keys, result.sectors(), sectorNames)
                        .getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The short column names of the varied paths, in order, none equal to a column of {@code
     * points.csv}.
     */
    public static List<String> parameterColumns(List<String> paths) {
        Set<String> reserved = new HashSet<>(Set.of("point"));
        reserved.addAll(MetricColumns.columns());
        reserved.addAll(StudyTables.COLUMNS);
        reserved.addAll(StudyTables.yearColumns());
        reserved.addAll(StudyTables.sectorColumns());
        return InputColumns.of(paths, reserved);
    }

    /**
     * The warning for the metrics whose Sobol indices are too rough to read ({@link RoughIndices}), by
     * id, with what to do; empty when there are none. The command prints it and {@code
     * sensitivity.json} records it under {@code "warnings"}.
     */
    public static Optional<String> roughWarning(SensitivityResult result) {
        List<String> rough = RoughIndices.metrics(result);
        if (rough.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(String.format(
                Locale.ROOT,
                "the Sobol indices of %s are too rough to read: an index outside [%s, %s], or a variance over the"
                        + " base samples under %.0e x the mean squared; raise --samples (now %d)",
                String.join(", ", rough.stream().map(SensitivityFiles::metricId).toList()),
                RoughIndices.LOW,
                RoughIndices.HIGH,
                RoughIndices.MIN_RELATIVE_VARIANCE,
                result.samples()));
    }

    /** The id of the study's metric {@code label} in CSV files: a year's VWAP keeps its label. */
    public static String metricId(String label) {
        return Metric.byLabel(label).map(MetricColumns::id).orElse(label);
    }

    /** The unit suffix of the study's metric {@code label}: every metric beyond {@link Metric} is a VWAP. */
    static String unit(String label) {
        return MetricColumns.unit(Metric.byLabel(label).orElse(Metric.VWAP));
    }

    static String indices(SensitivityResult result) {
        List<List<String>> labels = new ArrayList<>();
        for (String label : result.metrics()) {
            labels.add(List.of(metricId(label), unit(label)));
        }
        return indexTable(result, List.of("metric", "unit"), labels, result.sobol(), result.morris());
    }

    /**
     * {@code sensitivity-years.csv}: as {@code sensitivity.csv}, one row per year, figure of {@link
     * StudyTables#yearColumns} and parameter, for the figure's mean over a point's replications.
     */
    static String yearIndices(SensitivityResult result) {
        List<List<String>> labels = new ArrayList<>();
        if (!result.years().isEmpty()) {
            for (FigureStatistic s : result.years().get(0)) {
                labels.add(List.of(Integer.toString(s.year()), s.metric(), s.unit()));
            }
        }
        return indexTable(result, List.of("year", "metric", "unit"), labels, result.yearSobol(), result.yearMorris());
    }

    private static String indexTable(
            SensitivityResult result,
            List<String> labelColumns,
            List<List<String>> labels,
            List<List<SobolIndex>> sobolIndices,
            List<List<MorrisEffect>> morrisEffects) {
        boolean sobol = result.method() == Method.SOBOL;
        List<String> header = new ArrayList<>(labelColumns);
        header.add("parameter");
        header.addAll(
                sobol
                        ? List.of("first", "first_ci_low", "first_ci_high", "total", "total_ci_low", "total_ci_high")
                        : List.of("mu_star", "sigma"));
        StringBuilder csv = new StringBuilder();
        Csv.row(csv, header);
        for (int m = 0; m < labels.size(); m++) {
            for (int i = 0; i < result.factors().size(); i++) {
                List<String> row = new ArrayList<>(labels.get(m));
                row.add(result.factors().get(i).name());
                if (sobol) {
                    SobolIndex s = sobolIndices.get(m).get(i);
                    for (double v : new double[] {
                        s.first(), s.firstCiLow(), s.firstCiHigh(), s.total(), s.totalCiLow(), s.totalCiHigh()
                    }) {
                        row.add(Csv.number(v));
                    }
                } else {
                    MorrisEffect e = morrisEffects.get(m).get(i);
                    row.add(Csv.number(e.muStar()));
                    row.add(Csv.number(e.sigma()));
                }
                Csv.row(csv, row);
            }
        }
        return csv.toString();
    }

    static String points(SensitivityResult result) {
        List<String> header = new ArrayList<>(List.of("point"));
        result.factors().forEach(f -> header.add(f.name()));
        for (String label : result.metrics()) {
            String unit = unit(label);
            header.add(unit.isEmpty() ? metricId(label) : metricId(label) + "_" + unit);
        }
        StringBuilder csv = new StringBuilder();
        Csv.row(csv, header);
        for (int p = 0; p < result.points().size(); p++) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(p)));
            for (double v : result.points().get(p)) {
                row.add(Csv.number(v));
            }
            for (double v : result.outputs().get(p)) {
                row.add(Csv.number(v));
            }
            Csv.row(csv, row);
        }
        return csv.toString();
    }

    static String summary(SensitivityResult result) {
        boolean sobol = result.method() == Method.SOBOL;
        return JsonText.of(json -> {
            json.beginObject().name("scenario").string(result.scenario());
            json.name("method").string(result.method().label());
            json.name("samples").number(result.samples());
            json.name("points").number(result.points().size());
            json.name("runsPerPoint").number(result.seeds().size());
            if (sobol) {
                json.name("bootstrapResamples").number(SensitivityStudy.RESAMPLES);
            }
            json.name("baseSeed").string(Long.toString(result.baseSeed()));
            SweepFiles.seeds(json.name("seeds"), result.seeds());
            json.name("roughIndices").beginLineArray();
            for (String label : RoughIndices.metrics(result)) {
                json.string(metricId(label));
            }
            json.endArray();
            json.name("warnings").beginArray();
            for (String warning : roughWarning(result).stream().toList()) {
                json.string(warning);
            }
            json.endArray();
            json.name("parameters").beginArray();
            for (Factor f : result.factors()) {
                json.beginLineObject().name("name").string(f.name());
                json.name("path").string(f.path().path());
                json.name("low").number(MonteCarloFiles.jsonNum(f.low()));
                json.name("high").number(MonteCarloFiles.jsonNum(f.high())).endObject();
            }
            json.endArray();
            json.name("results").beginArray();
            for (int m = 0; m < result.metrics().size(); m++) {
                String label = result.metrics().get(m);
                for (int i = 0; i < result.factors().size(); i++) {
                    json.beginLineObject().name("metric").string(label);
                    json.name("unit").string(unit(label));
                    json.name("parameter").string(result.factors().get(i).name());
                    if (sobol) {
                        SobolIndex s = result.sobol().get(m).get(i);
                        index(json, "first", s.first(), s.firstCiLow(), s.firstCiHigh());
                        index(json, "total", s.total(), s.totalCiLow(), s.totalCiHigh());
                    } else {
                        MorrisEffect e = result.morris().get(m).get(i);
                        json.name("mu").number(MonteCarloFiles.jsonNum(e.mu()));
                        json.name("muStar").number(MonteCarloFiles.jsonNum(e.muStar()));
                        json.name("sigma").number(MonteCarloFiles.jsonNum(e.sigma()));
                        json.name("effects").number(e.effects());
                    }
                    json.endObject();
                }
            }
            json.endArray().endObject();
        });
    }

    /** {@code "NAME": value, "NAMECi95": [low, high]}. */
    private static void index(JsonText json, String name, double value, double low, double high) throws IOException {
        json.name(name).number(MonteCarloFiles.jsonNum(value));
        json.name(name + "Ci95").beginLineArray();
        json.number(MonteCarloFiles.jsonNum(low)).number(MonteCarloFiles.jsonNum(high));
        json.endArray();
    }
}

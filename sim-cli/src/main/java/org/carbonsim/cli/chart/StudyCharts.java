package org.carbonsim.cli.chart;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.carbonsim.cli.UserInputException;
import org.carbonsim.cli.chart.ChartData.Kind;
import org.carbonsim.cli.chart.ChartData.Point;
import org.carbonsim.cli.chart.ChartData.Series;
import org.carbonsim.cli.chart.ChartData.Style;

/**
 * The charts of a sweep ({@code grid.csv}) or a comparison ({@code compare.csv}) as data: for each
 * headline metric, its mean and 95% confidence interval at every grid point (one series per value of
 * the first swept path) or for every policy, and each policy's paired difference against the first,
 * as dots and whiskers, so a reader sees at a glance where the policy parameter moves the result and
 * whether the intervals part.
 */
public final class StudyCharts {
    /** A metric charted: its id in the long tables' {@code metric} column and its axis label with the unit. */
    private record Charted(String name, String label) {}

    private static final List<Charted> METRICS = List.of(
            new Charted("vwap", "VWAP (CNY/t)"),
            new Charted("volume", "Volume (t)"),
            new Charted("compliance_rate", "Compliance rate"),
            new Charted("abatement_cost", "Abatement cost (CNY)"),
            new Charted("equilibrium_price", "Equilibrium price (CNY/t)"));

    private StudyCharts() {}

    /** Whether {@code dir} holds a sweep's files. */
    public static boolean isSweepFolder(Path dir) {
        return Files.isRegularFile(dir.resolve("sweep.json"));
    }

    /** Whether {@code dir} holds a comparison's files. */
    public static boolean isCompareFolder(Path dir) {
        return Files.isRegularFile(dir.resolve("compare.json"));
    }

    /**
     * How a sweep's grid points are drawn: one series per value of the first axis, and along x the
     * values of the other axes (a one-axis sweep: one series along the first axis's values), so that a
     * line joins only points that differ in x, never a zig-zag across the grid.
     *
     * @param xLabels the labels along x, in the order of the grid
     * @param series the series' names, in the order of the grid
     * @param seriesOf each grid point's series index
     * @param xOf each grid point's x index
     */
    public record SweepLayout(List<String> xLabels, List<String> series, List<Integer> seriesOf, List<Integer> xOf) {
        public SweepLayout {
            xLabels = List.copyOf(xLabels);
            series = List.copyOf(series);
            seriesOf = List.copyOf(seriesOf);
            xOf = List.copyOf(xOf);
        }

        /** The layout of grid points each given as one {@code name=value} label per axis, in axis order. */
        public static SweepLayout of(List<List<String>> points) {
            List<String> xLabels = new ArrayList<>();
            List<String> series = new ArrayList<>();
            List<Integer> seriesOf = new ArrayList<>();
            List<Integer> xOf = new ArrayList<>();
            for (List<String> point : points) {
                boolean oneAxis = point.size() < 2;
                String name = oneAxis ? "Mean and 95% CI" : point.get(0);
                String x = oneAxis ? String.join(", ", point) : String.join(", ", point.subList(1, point.size()));
                seriesOf.add(indexOf(series, name));
                xOf.add(indexOf(xLabels, x));
            }
            return new SweepLayout(xLabels, series, seriesOf, xOf);
        }

        private static int indexOf(List<String> list, String value) {
            int i = list.indexOf(value);
            if (i < 0) {
                list.add(value);
                return list.size() - 1;
            }
            return i;
        }
    }

    /**
     * One chart per metric of a sweep folder's long {@code grid.csv}: each mean with its 95% CI as a dot
     * and whisker, laid out by {@link SweepLayout}, the points labelled with their swept values under
     * the column names {@code sweep.json} gives the axes.
     */
    public static List<ChartData> sweep(Path dir) throws IOException {
        Path json = dir.resolve("sweep.json");
        JsonObject summary = JsonFiles.readObject(json);
        String scenario = JsonFiles.string(summary, json.toString(), "scenario");
        List<String> sets = new ArrayList<>();
        JsonElement axes = summary.get("axes");
        if (axes != null && axes.isJsonArray()) {
            for (JsonElement axis : axes.getAsJsonArray()) {
                if (axis.isJsonObject()) {
                    sets.add(JsonFiles.string(axis.getAsJsonObject(), json.toString(), "column"));
                }
            }
        }
        CsvTable grid = CsvTable.read(dir.resolve("grid.csv"), "point", "metric", "mean", "ci95_low", "ci95_high");
        for (String column : sets) {
            if (!grid.has(column)) {
                throw new UserInputException("grid.csv:1: missing column " + column);
            }
        }
        String xLabel =
                sets.isEmpty() ? "Grid point" : String.join(", ", sets.subList(sets.size() < 2 ? 0 : 1, sets.size()));
        List<ChartData> charts = new ArrayList<>();
        for (Charted metric : METRICS) {
            List<CsvTable.Row> rows = new ArrayList<>();
            List<List<String>> points = new ArrayList<>();
            for (CsvTable.Row row : grid.rows()) {
                if (row.text("metric").equals(metric.name())) {
                    rows.add(row);
                    List<String> parts = new ArrayList<>();
                    for (String column : sets) {
                        parts.add(column + "=" + row.text(column));
                    }
                    points.add(parts);
                }
            }
            if (rows.isEmpty()) {
                continue;
            }
            SweepLayout layout = SweepLayout.of(points);
            List<List<Point>> bySeries = new ArrayList<>();
            layout.series().forEach(name -> bySeries.add(new ArrayList<>()));
            for (int p = 0; p < rows.size(); p++) {
                CsvTable.Row row = rows.get(p);
                bySeries.get(layout.seriesOf().get(p))
                        .add(new Point(
                                layout.xOf().get(p), row.number("ci95_low", true), row.number("ci95_high", true)));
            }
            List<Series> series = new ArrayList<>();
            for (int k = 0; k < bySeries.size(); k++) {
                series.add(new Series(
                        layout.series().get(k), Style.WHISKER_LINE, false, Palette.category(k), bySeries.get(k)));
            }
            charts.add(new ChartData(
                    "sweep-" + metric.name(),
                    metric.label() + " across the sweep: " + scenario,
                    Kind.POINTS,
                    xLabel,
                    metric.label() + ", mean and 95% CI",
                    "",
                    series,
                    List.of(),
                    layout.xLabels()));
        }
        return charts;
    }

    /**
     * Two charts per metric of a comparison folder's {@code compare.csv}: each policy's mean and 95% CI
     * ({@code compare-METRIC}), and each later policy's paired difference against the first with its
     * 95% CI ({@code compare-diff-METRIC}), as dots and whiskers, never a line across policies.
     */
    public static List<ChartData> compare(Path dir) throws IOException {
        CsvTable table = CsvTable.read(
                dir.resolve("compare.csv"),
                "metric",
                "policy",
                "scenario",
                "mean",
                "ci95_low",
                "ci95_high",
                "diff_ci95_low",
                "diff_ci95_high");
        List<ChartData> charts = new ArrayList<>();
        List<ChartData> differences = new ArrayList<>();
        for (Charted metric : METRICS) {
            List<String> labels = new ArrayList<>();
            List<Point> means = new ArrayList<>();
            List<String> diffLabels = new ArrayList<>();
            List<Point> diffs = new ArrayList<>();
            String baseline = "";
            for (CsvTable.Row row : table.rows()) {
                if (!row.text("metric").equals(metric.name())) {
                    continue;
                }
                String policy = row.text("scenario");
                if (labels.isEmpty()) {
                    baseline = policy;
                }
                means.add(new Point(labels.size(), row.number("ci95_low", true), row.number("ci95_high", true)));
                labels.add(policy);
                if (!row.text("diff_ci95_low").isEmpty()) {
                    diffs.add(new Point(
                            diffLabels.size(), row.number("diff_ci95_low", true), row.number("diff_ci95_high", true)));
                    diffLabels.add(policy + " (" + row.text("policy") + ")");
                }
            }
            if (!labels.isEmpty()) {
                charts.add(new ChartData(
                        "compare-" + metric.name(),
                        metric.label() + " by policy, paired seeds",
                        Kind.POINTS,
                        "Policy",
                        metric.label() + ", mean and 95% CI",
                        "",
                        List.of(new Series("Mean and 95% CI", Style.WHISKER, false, Palette.PRICE, means)),
                        List.of(),
                        labels));
            }
            if (!diffLabels.isEmpty()) {
                differences.add(new ChartData(
                        "compare-diff-" + metric.name(),
                        metric.label() + ": paired difference against " + baseline,
                        Kind.POINTS,
                        "Policy",
                        "Difference vs " + baseline + ", " + metric.label(),
                        "",
                        List.of(new Series(
                                "Mean difference and 95% CI (same seeds)",
                                Style.WHISKER, false, Palette.POLICY, diffs)),
                        List.of(),
                        diffLabels));
            }
        }
        charts.addAll(differences);
        return charts;
    }
}

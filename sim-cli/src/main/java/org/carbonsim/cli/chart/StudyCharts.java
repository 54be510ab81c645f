package org.carbonsim.cli.chart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.carbonsim.cli.chart.ChartData.Kind;
import org.carbonsim.cli.chart.ChartData.Point;
import org.carbonsim.cli.chart.ChartData.Series;
import org.carbonsim.cli.chart.ChartData.Style;

/**
 * The charts of a sweep ({@code grid.csv}) or a comparison ({@code compare.csv}) as data: for each
 * headline metric, its mean and 95% confidence interval at every grid point (one series per value of
 * the first swept path) or for every policy, so a reader sees at a glance where the policy parameter
 * moves the result and whether the intervals part.
 */
public final class StudyCharts {
    /** A metric charted: its name in the CSV files and its axis label with the unit. */
    private record Charted(String name, String label) {}

    private static final List<Charted> METRICS = List.of(
            new Charted("vwap", "VWAP (CNY/t)"),
            new Charted("volume", "Volume (t)"),
            new Charted("complianceRate", "Compliance rate"),
            new Charted("abatementCost", "Abatement cost (CNY)"),
            new Charted("equilibriumPrice", "Equilibrium price (CNY/t)"));

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
     * One chart per metric of a sweep folder's {@code grid.csv}: each mean with its 95% CI as a dot and
     * whisker, laid out by {@link SweepLayout}.
     */
    public static List<ChartData> sweep(Path dir) throws IOException {
        Path json = dir.resolve("sweep.json");
        String scenario = JsonFiles.string(JsonFiles.readObject(json), json.toString(), "scenario");
        CsvTable grid = CsvTable.read(dir.resolve("grid.csv"), "point");
        List<String> sets = new ArrayList<>();
        for (String column : grid.header()) {
            if (column.startsWith("$")) {
                sets.add(column);
            }
        }
        List<List<String>> points = new ArrayList<>();
        for (CsvTable.Row row : grid.rows()) {
            List<String> parts = new ArrayList<>();
            for (String column : sets) {
                parts.add(shortPath(column) + "=" + row.text(column));
            }
            points.add(parts);
        }
        SweepLayout layout = SweepLayout.of(points);
        List<String> xAxes = new ArrayList<>();
        for (int a = sets.size() < 2 ? 0 : 1; a < sets.size(); a++) {
            xAxes.add(shortPath(sets.get(a)));
        }
        String xLabel = xAxes.isEmpty() ? "Grid point" : String.join(", ", xAxes);
        List<ChartData> charts = new ArrayList<>();
        for (Charted metric : METRICS) {
            String column = metric.name();
            if (!grid.has(column + "_mean")) {
                continue;
            }
            List<List<Point>> bySeries = new ArrayList<>();
            layout.series().forEach(name -> bySeries.add(new ArrayList<>()));
            for (int p = 0; p < grid.rows().size(); p++) {
                CsvTable.Row row = grid.rows().get(p);
                bySeries.get(layout.seriesOf().get(p))
                        .add(new Point(
                                layout.xOf().get(p),
                                row.number(column + "_ciLow", true),
                                row.number(column + "_ciHigh", true)));
            }
            List<Series> series = new ArrayList<>();
            for (int k = 0; k < bySeries.size(); k++) {
                series.add(new Series(
                        layout.series().get(k), Style.WHISKER_LINE, false, Palette.category(k), bySeries.get(k)));
            }
            charts.add(new ChartData(
                    "sweep-" + column,
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
                "ciLow",
                "ciHigh",
                "diffCiLow",
                "diffCiHigh");
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
                means.add(new Point(labels.size(), row.number("ciLow", true), row.number("ciHigh", true)));
                labels.add(policy);
                if (!row.text("diffCiLow").isEmpty()) {
                    diffs.add(new Point(
                            diffLabels.size(), row.number("diffCiLow", true), row.number("diffCiHigh", true)));
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

    /** {@code $.market.limitPct} as {@code limitPct}: the last segment of a parameter path. */
    static String shortPath(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}

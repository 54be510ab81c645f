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
 * headline metric, its mean and 95% confidence interval at every grid point or for every policy, so a
 * reader sees at a glance where the policy parameter moves the result and whether the intervals part.
 */
public final class StudyCharts {
    /** The metrics charted, with their axis labels. */
    static final List<String[]> METRICS = List.of(
            new String[] {"vwap", "VWAP (CNY/t)"},
            new String[] {"volume", "Volume (t)"},
            new String[] {"complianceRate", "Compliance rate"},
            new String[] {"abatementCost", "Abatement cost (CNY)"},
            new String[] {"equilibriumPrice", "Equilibrium price (CNY/t)"});

    private StudyCharts() {}

    /** Whether {@code dir} holds a sweep's files. */
    public static boolean isSweepFolder(Path dir) {
        return Files.isRegularFile(dir.resolve("sweep.json"));
    }

    /** Whether {@code dir} holds a comparison's files. */
    public static boolean isCompareFolder(Path dir) {
        return Files.isRegularFile(dir.resolve("compare.json"));
    }

    /** One chart per metric over the grid points of a sweep folder's {@code grid.csv}. */
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
        List<String> labels = new ArrayList<>();
        for (CsvTable.Row row : grid.rows()) {
            List<String> parts = new ArrayList<>();
            for (String column : sets) {
                parts.add(shortPath(column) + "=" + row.text(column));
            }
            labels.add(String.join(", ", parts));
        }
        List<ChartData> charts = new ArrayList<>();
        for (String[] metric : METRICS) {
            if (grid.has(metric[0] + "_mean")) {
                charts.add(chart(
                        "sweep-" + metric[0],
                        metric[1] + " across the sweep: " + scenario,
                        "Grid point",
                        metric,
                        grid.rows(),
                        labels,
                        "_mean",
                        "_ciLow",
                        "_ciHigh"));
            }
        }
        return charts;
    }

    /** One chart per metric over the policies of a comparison folder's {@code compare.csv}. */
    public static List<ChartData> compare(Path dir) throws IOException {
        CsvTable table = CsvTable.read(dir.resolve("compare.csv"), "metric", "scenario", "mean", "ciLow", "ciHigh");
        List<ChartData> charts = new ArrayList<>();
        for (String[] metric : METRICS) {
            List<CsvTable.Row> rows = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            for (CsvTable.Row row : table.rows()) {
                if (row.text("metric").equals(metric[0])) {
                    rows.add(row);
                    labels.add(row.text("scenario"));
                }
            }
            if (!rows.isEmpty()) {
                charts.add(chart(
                        "compare-" + metric[0],
                        metric[1] + " by policy, paired seeds",
                        "Policy",
                        metric,
                        rows,
                        labels,
                        "mean",
                        "ciLow",
                        "ciHigh"));
            }
        }
        return charts;
    }

    private static ChartData chart(
            String name,
            String title,
            String xLabel,
            String[] metric,
            List<CsvTable.Row> rows,
            List<String> labels,
            String mean,
            String low,
            String high) {
        String prefix = mean.startsWith("_") ? metric[0] : "";
        List<Point> means = new ArrayList<>();
        List<Point> lows = new ArrayList<>();
        List<Point> highs = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            CsvTable.Row row = rows.get(i);
            means.add(Point.of(i, row.number(prefix + mean, true)));
            lows.add(Point.of(i, row.number(prefix + low, true)));
            highs.add(Point.of(i, row.number(prefix + high, true)));
        }
        return new ChartData(
                name,
                title,
                Kind.POINTS,
                xLabel,
                metric[1],
                "",
                List.of(
                        new Series("Mean", Style.LINE, false, Palette.PRICE, means),
                        new Series("95% CI low", Style.DASHED, false, Palette.RANGE, lows),
                        new Series("95% CI high", Style.DASHED, false, Palette.RANGE, highs)),
                List.of(),
                labels);
    }

    /** {@code $.market.limitPct} as {@code limitPct}: the last segment of a parameter path. */
    static String shortPath(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}

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
 * headline metric, its mean and 95% confidence interval at every grid point or for every policy, so a
 * reader sees at a glance where the policy parameter moves the result and whether the intervals part.
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
     * One chart per metric over the grid points of a sweep folder's long {@code grid.csv}, each point
     * labelled with its swept values under the column names {@code sweep.json} gives the axes.
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
        List<ChartData> charts = new ArrayList<>();
        for (Charted metric : METRICS) {
            List<CsvTable.Row> rows = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            for (CsvTable.Row row : grid.rows()) {
                if (row.text("metric").equals(metric.name())) {
                    rows.add(row);
                    List<String> parts = new ArrayList<>();
                    for (String column : sets) {
                        parts.add(column + "=" + row.text(column));
                    }
                    labels.add(String.join(", ", parts));
                }
            }
            if (!rows.isEmpty()) {
                charts.add(chart(
                        "sweep-" + metric.name(),
                        metric.label() + " across the sweep: " + scenario,
                        "Grid point",
                        metric.label(),
                        rows,
                        labels,
                        "mean",
                        "ci95_low",
                        "ci95_high"));
            }
        }
        return charts;
    }

    /** One chart per metric over the policies of a comparison folder's {@code compare.csv}. */
    public static List<ChartData> compare(Path dir) throws IOException {
        CsvTable table =
                CsvTable.read(dir.resolve("compare.csv"), "metric", "scenario", "mean", "ci95_low", "ci95_high");
        List<ChartData> charts = new ArrayList<>();
        for (Charted metric : METRICS) {
            List<CsvTable.Row> rows = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            for (CsvTable.Row row : table.rows()) {
                if (row.text("metric").equals(metric.name())) {
                    rows.add(row);
                    labels.add(row.text("scenario"));
                }
            }
            if (!rows.isEmpty()) {
                charts.add(chart(
                        "compare-" + metric.name(),
                        metric.label() + " by policy, paired seeds",
                        "Policy",
                        metric.label(),
                        rows,
                        labels,
                        "mean",
                        "ci95_low",
                        "ci95_high"));
            }
        }
        return charts;
    }

    private static ChartData chart(
            String name,
            String title,
            String xLabel,
            String yLabel,
            List<CsvTable.Row> rows,
            List<String> labels,
            String mean,
            String low,
            String high) {
        List<Point> means = new ArrayList<>();
        List<Point> lows = new ArrayList<>();
        List<Point> highs = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            CsvTable.Row row = rows.get(i);
            means.add(Point.of(i, row.number(mean, true)));
            lows.add(Point.of(i, row.number(low, true)));
            highs.add(Point.of(i, row.number(high, true)));
        }
        return new ChartData(
                name,
                title,
                Kind.POINTS,
                xLabel,
                yLabel,
                "",
                List.of(
                        new Series("Mean", Style.LINE, false, Palette.PRICE, means),
                        new Series("95% CI low", Style.DASHED, false, Palette.RANGE, lows),
                        new Series("95% CI high", Style.DASHED, false, Palette.RANGE, highs)),
                List.of(),
                labels);
    }
}

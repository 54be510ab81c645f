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
import org.carbonsim.cli.text.Lang;
import org.carbonsim.cli.text.Text;

/**
 * The charts of a sweep ({@code grid.csv}) or a comparison ({@code compare.csv}) as data: for each
 * headline metric, its mean and 95% confidence interval at every grid point or for every policy, so a
 * reader sees at a glance where the policy parameter moves the result and whether the intervals part.
 */
public final class StudyCharts {
    /** A metric charted: its id in the long tables' {@code metric} column and its axis label with the unit. */
    private record Charted(String name, Text label) {}

    private static final List<Charted> METRICS = List.of(
            new Charted("vwap", Text.of("VWAP (CNY/t)", "成交量加权均价（元/吨）")),
            new Charted("volume", Text.of("Volume (t)", "成交量（吨）")),
            new Charted("compliance_rate", Text.of("Compliance rate", "履约率")),
            new Charted("abatement_cost", Text.of("Abatement cost (CNY)", "减排成本（元）")),
            new Charted("equilibrium_price", Text.of("Equilibrium price (CNY/t)", "均衡价格（元/吨）")));

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
        return sweep(dir, Lang.EN);
    }

    /** As {@link #sweep(Path)}, in {@code lang}. */
    public static List<ChartData> sweep(Path dir, Lang lang) throws IOException {
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
                        metric.label().in(lang) + lang.pick(" across the sweep: ", "，参数扫描：") + scenario,
                        lang.pick("Grid point", "网格点"),
                        metric.label().in(lang),
                        lang,
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
        return compare(dir, Lang.EN);
    }

    /** As {@link #compare(Path)}, in {@code lang}. */
    public static List<ChartData> compare(Path dir, Lang lang) throws IOException {
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
                        metric.label().in(lang) + lang.pick(" by policy, paired seeds", "，按政策（配对种子）"),
                        lang.pick("Policy", "政策"),
                        metric.label().in(lang),
                        lang,
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
            Lang lang,
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
                        new Series(lang.pick("Mean", "均值"), Style.LINE, false, Palette.PRICE, means),
                        new Series(lang.pick("95% CI low", "95% 置信区间下限"), Style.DASHED, false, Palette.RANGE, lows),
                        new Series(lang.pick("95% CI high", "95% 置信区间上限"), Style.DASHED, false, Palette.RANGE, highs)),
                List.of(),
                labels);
    }
}

package org.carbonsim.cli.chart;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.carbonsim.cli.UserInputException;
import org.carbonsim.cli.chart.ChartData.Kind;
import org.carbonsim.cli.chart.ChartData.Point;
import org.carbonsim.cli.chart.ChartData.Series;
import org.carbonsim.cli.chart.ChartData.Style;
import org.carbonsim.cli.text.Lang;
import org.carbonsim.cli.text.Text;

/**
 * The charts of a sweep ({@code grid.csv}) or a comparison ({@code compare.csv}) as data: for each
 * headline metric, its mean and 95% confidence interval at every grid point (one series per value of
 * the first swept path) or for every policy, and each policy's paired difference against the first,
 * as dots and whiskers, so a reader sees at a glance where the policy parameter moves the result and
 * whether the intervals part; and of a sensitivity study ({@code sensitivity.csv}): per metric, each
 * parameter's indices as bars. Where the market has block agreement trades, a sweep also charts the
 * final year's block volume ({@code year-stats.csv}) and a sensitivity study each year's block volume
 * ({@code sensitivity-years.csv}), the figure no metric of the summary files holds.
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

    /**
     * The block agreements' volume of the final year, which a sweep of a market with block agreement
     * trades charts from {@code year-stats.csv} (it is no metric of {@code grid.csv}).
     */
    private static final Charted BLOCK_VOLUME =
            new Charted("block_volume", Text.of("Block volume in the final year (t)", "最后一年大宗协议成交量（吨）"));

    /** The statistics of each year's figures, per grid point. */
    private static final String YEAR_STATS = "year-stats.csv";

    /** A sensitivity study's indices of each year's figures. */
    private static final String YEAR_INDICES = "sensitivity-years.csv";

    /** The series of means with their intervals, and the same after a metric on an axis. */
    private static final Text MEAN_CI = Text.of("Mean and 95% CI", "均值及 95% 置信区间");

    private static final Text AND_MEAN_CI = Text.of(", mean and 95% CI", "，均值及 95% 置信区间");

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
            return of(points, Lang.EN);
        }

        /** As {@link #of(List)}, a one-axis sweep's series named in {@code lang}. */
        public static SweepLayout of(List<List<String>> points, Lang lang) {
            List<String> xLabels = new ArrayList<>();
            List<String> series = new ArrayList<>();
            List<Integer> seriesOf = new ArrayList<>();
            List<Integer> xOf = new ArrayList<>();
            for (List<String> point : points) {
                boolean oneAxis = point.size() < 2;
                String name = oneAxis ? MEAN_CI.in(lang) : point.get(0);
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
     * the column names {@code sweep.json} gives the axes; then, where {@code year-stats.csv} has the
     * block volume (a market with block agreement trades), the final year's block volume the same way.
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
        List<Integer> setAxes = new ArrayList<>();
        JsonElement axes = summary.get("axes");
        if (axes != null && axes.isJsonArray()) {
            for (int i = 0; i < axes.getAsJsonArray().size(); i++) {
                JsonElement axis = axes.getAsJsonArray().get(i);
                if (axis.isJsonObject()) {
                    setAxes.add(i);
                    sets.add(JsonFiles.string(axis.getAsJsonObject(), json.toString(), "column"));
                }
            }
        }
        CsvTable grid = CsvTable.read(dir.resolve("grid.csv"), "point", "metric", "mean", "ci95_low", "ci95_high");
        for (int i = 0; i < sets.size(); i++) {
            if (!grid.has(sets.get(i))) {
                // either file may be the edited one: name both
                throw new UserInputException(grid.location() + ":1: missing column " + sets.get(i) + ", which " + json
                        + " names at"
                        + " axes[" + setAxes.get(i) + "].column");
            }
        }
        String xLabel = sets.isEmpty()
                ? lang.pick("Grid point", "网格点")
                : String.join(", ", sets.subList(sets.size() < 2 ? 0 : 1, sets.size()));
        List<ChartData> charts = new ArrayList<>();
        for (Charted metric : METRICS) {
            List<CsvTable.Row> rows = new ArrayList<>();
            for (CsvTable.Row row : grid.rows()) {
                if (row.text("metric").equals(metric.name())) {
                    rows.add(row);
                }
            }
            if (!rows.isEmpty()) {
                charts.add(sweepChart(metric, rows, sets, xLabel, scenario, lang));
            }
        }
        Path yearStats = dir.resolve(YEAR_STATS);
        if (Files.isRegularFile(yearStats)) {
            blockVolume(CsvTable.read(yearStats, "year", "metric", "ci95_low", "ci95_high"), sets)
                    .ifPresent(rows -> charts.add(sweepChart(BLOCK_VOLUME, rows, sets, xLabel, scenario, lang)));
        }
        return charts;
    }

    /**
     * The final year's {@code block_volume} rows of a sweep's {@code year-stats.csv}, one per grid point;
     * empty where the market has no block agreement trades (the file has no such rows).
     */
    private static Optional<List<CsvTable.Row>> blockVolume(CsvTable yearStats, List<String> sets) {
        for (String column : sets) {
            if (!yearStats.has(column)) {
                throw new UserInputException(yearStats.location() + ":1: missing column " + column);
            }
        }
        int lastYear = Integer.MIN_VALUE;
        for (CsvTable.Row row : yearStats.rows()) {
            if (row.text("metric").equals(BLOCK_VOLUME.name())) {
                lastYear = Math.max(lastYear, row.integer("year"));
            }
        }
        List<CsvTable.Row> rows = new ArrayList<>();
        for (CsvTable.Row row : yearStats.rows()) {
            if (row.text("metric").equals(BLOCK_VOLUME.name()) && row.integer("year") == lastYear) {
                rows.add(row);
            }
        }
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows);
    }

    /** The chart of {@code metric}'s {@code rows}, one per grid point, laid out by {@link SweepLayout}. */
    private static ChartData sweepChart(
            Charted metric, List<CsvTable.Row> rows, List<String> sets, String xLabel, String scenario, Lang lang) {
        List<List<String>> points = new ArrayList<>();
        for (CsvTable.Row row : rows) {
            List<String> parts = new ArrayList<>();
            for (String column : sets) {
                parts.add(column + "=" + row.text(column));
            }
            points.add(parts);
        }
        SweepLayout layout = SweepLayout.of(points, lang);
        List<List<Point>> bySeries = new ArrayList<>();
        layout.series().forEach(name -> bySeries.add(new ArrayList<>()));
        for (int p = 0; p < rows.size(); p++) {
            CsvTable.Row row = rows.get(p);
            bySeries.get(layout.seriesOf().get(p)).add(row.interval(layout.xOf().get(p), "ci95_low", "ci95_high"));
        }
        List<Series> series = new ArrayList<>();
        for (int k = 0; k < bySeries.size(); k++) {
            series.add(new Series(
                    layout.series().get(k), Style.WHISKER_LINE, false, Palette.category(k), bySeries.get(k)));
        }
        return new ChartData(
                "sweep-" + metric.name(),
                metric.label().in(lang) + lang.pick(" across the sweep: ", "，参数扫描：") + scenario,
                Kind.POINTS,
                xLabel,
                metric.label().in(lang) + AND_MEAN_CI.in(lang),
                "",
                series,
                List.of(),
                layout.xLabels());
    }

    /**
     * Two charts per metric of a comparison folder's {@code compare.csv}: each policy's mean and 95% CI
     * ({@code compare-METRIC}), and each later policy's paired difference against the first with its
     * 95% CI ({@code compare-diff-METRIC}), as dots and whiskers, never a line across policies.
     */
    public static List<ChartData> compare(Path dir) throws IOException {
        return compare(dir, Lang.EN);
    }

    /** As {@link #compare(Path)}, in {@code lang}. */
    public static List<ChartData> compare(Path dir, Lang lang) throws IOException {
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
                means.add(row.interval(labels.size(), "ci95_low", "ci95_high"));
                labels.add(policy);
                if (!row.text("diff_ci95_low").isEmpty()) {
                    diffs.add(row.interval(diffLabels.size(), "diff_ci95_low", "diff_ci95_high"));
                    diffLabels.add(policy + " (" + row.text("policy") + ")");
                }
            }
            if (!labels.isEmpty()) {
                charts.add(new ChartData(
                        "compare-" + metric.name(),
                        metric.label().in(lang) + lang.pick(" by policy, paired seeds", "，按政策（配对种子）"),
                        Kind.POINTS,
                        lang.pick("Policy", "政策"),
                        metric.label().in(lang) + AND_MEAN_CI.in(lang),
                        "",
                        List.of(new Series(MEAN_CI.in(lang), Style.WHISKER, false, Palette.PRICE, means)),
                        List.of(),
                        labels));
            }
            if (!diffLabels.isEmpty()) {
                differences.add(new ChartData(
                        "compare-diff-" + metric.name(),
                        metric.label().in(lang)
                                + lang.pick(": paired difference against %s", "：相对 %s 的配对差值")
                                        .formatted(baseline),
                        Kind.POINTS,
                        lang.pick("Policy", "政策"),
                        lang.pick("Difference vs %s, ", "相对 %s 的差值，").formatted(baseline)
                                + metric.label().in(lang),
                        "",
                        List.of(new Series(
                                lang.pick("Mean difference and 95% CI (same seeds)", "差值均值及 95% 置信区间（相同种子）"),
                                Style.WHISKER,
                                false,
                                Palette.POLICY,
                                diffs)),
                        List.of(),
                        diffLabels));
            }
        }
        charts.addAll(differences);
        return charts;
    }

    /** Whether {@code dir} holds a sensitivity study's files. */
    public static boolean isSensitivityFolder(Path dir) {
        return Files.isRegularFile(dir.resolve("sensitivity.json"));
    }

    /**
     * One bar chart per metric of a sensitivity folder's {@code sensitivity.csv}: each parameter's
     * first- and total-order Sobol index, or its Morris μ* and σ, in the order of the file. A metric
     * that did not vary over the plan has no chart: the file's cells say so (blank Sobol indices,
     * Morris effects 0), and an empty frame or a row of bars of height 0 would not. Then, where {@code
     * sensitivity-years.csv} has the block volume (a market with block agreement trades), one chart per
     * year of its indices, {@code sensitivity-block_volume_YEAR}, as a year's VWAP has.
     */
    public static List<ChartData> sensitivity(Path dir) throws IOException {
        return sensitivity(dir, Lang.EN);
    }

    /** As {@link #sensitivity(Path)}, titles, axes and legends in {@code lang}; metric ids as in the file. */
    public static List<ChartData> sensitivity(Path dir, Lang lang) throws IOException {
        Path json = dir.resolve("sensitivity.json");
        String scenario = JsonFiles.string(JsonFiles.readObject(json), json.toString(), "scenario");
        CsvTable table = CsvTable.read(dir.resolve("sensitivity.csv"), "metric", "parameter");
        boolean sobol = table.has("first");
        List<String> metrics = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            if (!metrics.contains(row.text("metric"))) {
                metrics.add(row.text("metric"));
            }
        }
        List<ChartData> charts = new ArrayList<>();
        for (String metric : metrics) {
            List<CsvTable.Row> rows = table.rows().stream()
                    .filter(r -> r.text("metric").equals(metric))
                    .toList();
            sensitivityChart(metric, rows, sobol, scenario, lang).ifPresent(charts::add);
        }
        Path years = dir.resolve(YEAR_INDICES);
        if (Files.isRegularFile(years)) {
            Map<String, List<CsvTable.Row>> blocks = new LinkedHashMap<>();
            for (CsvTable.Row row :
                    CsvTable.read(years, "year", "metric", "unit", "parameter").rows()) {
                if (row.text("metric").equals(BLOCK_VOLUME.name())) {
                    blocks.computeIfAbsent(BLOCK_VOLUME.name() + "_" + row.text("year"), k -> new ArrayList<>())
                            .add(row);
                }
            }
            blocks.forEach((metric, rows) ->
                    sensitivityChart(metric, rows, sobol, scenario, lang).ifPresent(charts::add));
        }
        return charts;
    }

    /**
     * The chart of one metric's indices, {@code rows} one per parameter; empty when the metric did not
     * vary over the plan.
     */
    private static Optional<ChartData> sensitivityChart(
            String metric, List<CsvTable.Row> rows, boolean sobol, String scenario, Lang lang) {
        List<String> labels = new ArrayList<>();
        List<Point> a = new ArrayList<>();
        List<Point> b = new ArrayList<>();
        for (CsvTable.Row row : rows) {
            a.add(Point.of(labels.size(), row.number(sobol ? "first" : "mu_star", true)));
            b.add(Point.of(labels.size(), row.number(sobol ? "total" : "sigma", true)));
            labels.add(row.text("parameter"));
        }
        if (Stream.concat(a.stream(), b.stream()).allMatch(p -> Double.isNaN(p.y()) || (!sobol && p.y() == 0))) {
            return Optional.empty();
        }
        String unit = sobol ? "" : unitLabel(rows.get(0).text("unit"), lang);
        return Optional.of(new ChartData(
                "sensitivity-" + metric,
                (sobol
                                ? lang.pick("Sobol indices of %s: %s", "%s 的 Sobol 指数：%s")
                                : lang.pick("Morris effects on %s: %s", "%s 的 Morris 效应：%s"))
                        .formatted(metric, scenario),
                Kind.POINTS,
                lang.pick("Parameter", "参数"),
                sobol
                        ? lang.pick("Share of variance", "方差占比")
                        : lang.pick("Effect of the whole range", "整个取值范围的效应") + unit,
                "",
                sobol
                        ? List.of(
                                new Series(lang.pick("First order", "一阶"), Style.BAR, false, Palette.PRICE, a),
                                new Series(lang.pick("Total order", "总效应"), Style.BAR, false, Palette.REFERENCE, b))
                        : List.of(
                                new Series(
                                        lang.pick("μ* (mean |effect|)", "μ*（效应绝对值的均值）"),
                                        Style.BAR,
                                        false,
                                        Palette.PRICE,
                                        a),
                                new Series(
                                        lang.pick("σ (spread of effects)", "σ（效应的离散程度）"),
                                        Style.BAR,
                                        false,
                                        Palette.REFERENCE,
                                        b)),
                List.of(),
                labels));
    }

    /** A unit suffix of the files ({@code cny_per_t}) as an axis label's unit in {@code lang}. */
    private static String unitLabel(String suffix, Lang lang) {
        return switch (suffix) {
            case "cny_per_t" -> lang.pick(" (CNY/t)", "（元/吨）");
            case "cny" -> lang.pick(" (CNY)", "（元）");
            case "t" -> lang.pick(" (t)", "（吨）");
            default -> "";
        };
    }
}

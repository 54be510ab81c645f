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
import org.carbonsim.cli.chart.ChartData.Kind;
import org.carbonsim.cli.chart.ChartData.Point;
import org.carbonsim.cli.chart.ChartData.Series;
import org.carbonsim.cli.chart.ChartData.Style;
import org.carbonsim.cli.text.Lang;
import org.carbonsim.cli.text.Text;

/**
 * The dot-and-whisker charts of a comparison's paired differences, from {@code compare-years.csv} and
 * {@code compare-sectors.csv}: for each figure, the mean difference (policy − first policy, same seeds)
 * with its 95% t-interval per year over all sectors, and per sector in the final year, one series per
 * policy after the first. A whisker that does not cross the line at 0 is a difference the replications
 * resolve.
 */
public final class CompareCharts {
    /** The years file. */
    public static final String YEARS = "compare-years.csv";
    /** The sectors file. */
    public static final String SECTORS = "compare-sectors.csv";

    /**
     * A figure charted: its id in the files' {@code metric} column, its name in titles and its unit,
     * empty for a count; {@code whenNonZero} for a figure that is 0 in every run of a scenario without
     * the rules it measures (offsets, MRV, CBAM), charted only where some interval is not [0, 0]. The
     * block volume has rows (per year only) only where a policy's market has block agreement trades.
     */
    private record Charted(String metric, Text label, Text unit, boolean whenNonZero) {
        Charted(String metric, Text label, Text unit) {
            this(metric, label, unit, false);
        }

        String axis(String baseline, Lang lang) {
            return lang.pick("Difference vs %s", "相对 %s 的差值").formatted(baseline)
                    + (unit.en().isEmpty() ? "" : lang.pick(" (%s)", "（%s）").formatted(unit.in(lang)));
        }
    }

    private static final Text TONNES = Text.of("t", "吨");
    private static final Text CNY = Text.of("CNY", "元");

    private static final List<Charted> METRICS = List.of(
            new Charted("covered_firms", Text.of("Covered firms", "纳入企业数"), Text.same("")),
            new Charted("allocation", Text.of("Allocation", "配额分配"), TONNES),
            new Charted("shortfall", Text.of("Shortfall", "履约缺口"), TONNES),
            new Charted("abatement", Text.of("Abatement", "减排量"), TONNES),
            new Charted("abatement_cost", Text.of("Abatement cost", "减排成本"), CNY),
            new Charted("penalties", Text.of("Penalties", "罚款"), CNY),
            new Charted("compliance_cost", Text.of("Compliance cost", "履约成本"), CNY),
            new Charted(
                    "compliance_cost_per_tonne",
                    Text.of("Compliance cost per tonne", "每吨履约成本"),
                    Text.of("CNY/t", "元/吨")),
            new Charted("covered_emissions", Text.of("Covered emissions", "纳入排放量"), TONNES),
            new Charted("offsets", Text.of("Offsets used", "使用的抵销量"), TONNES, true),
            new Charted("banked", Text.of("Banked", "结转量"), TONNES),
            new Charted("undetected_gap", Text.of("Undetected gap", "未发现缺口"), TONNES, true),
            new Charted("cbam_liability", Text.of("CBAM liability", "CBAM 应缴额"), CNY, true),
            new Charted("block_volume", Text.of("Block volume", "大宗协议成交量"), TONNES));

    private static final String[] COLUMNS = {"policy", "scenario", "year", "metric", "diff_ci95_low", "diff_ci95_high"};

    private CompareCharts() {}

    /** Whether {@code dir} holds a comparison's paired differences per year and sector. */
    public static boolean hasPairedFiles(Path dir) {
        return Files.isRegularFile(dir.resolve(YEARS)) && Files.isRegularFile(dir.resolve(SECTORS));
    }

    /** The per-year charts, then the per-sector charts, of a comparison folder, in English. */
    public static List<ChartData> all(Path dir) throws IOException {
        return all(dir, Lang.EN);
    }

    /** As {@link #all(Path)}, in {@code lang}. */
    public static List<ChartData> all(Path dir, Lang lang) throws IOException {
        String baseline = baseline(dir);
        List<ChartData> charts = new ArrayList<>();
        CsvTable years = CsvTable.read(dir.resolve(YEARS), COLUMNS);
        for (Charted metric : METRICS) {
            List<CsvTable.Row> rows = rows(years, metric);
            if (!rows.isEmpty()) {
                charts.add(years(metric, rows, baseline, lang));
            }
        }
        List<String> columns = new ArrayList<>(List.of(COLUMNS));
        columns.add("sector_name");
        CsvTable sectors = CsvTable.read(dir.resolve(SECTORS), columns.toArray(String[]::new));
        int lastYear = Integer.MIN_VALUE;
        for (CsvTable.Row row : sectors.rows()) {
            lastYear = Math.max(lastYear, row.integer("year"));
        }
        for (Charted metric : METRICS) {
            List<CsvTable.Row> rows = new ArrayList<>();
            for (CsvTable.Row row : rows(sectors, metric)) {
                if (row.integer("year") == lastYear) {
                    rows.add(row);
                }
            }
            if (!rows.isEmpty()) {
                charts.add(sectors(metric, rows, baseline, lastYear, lang));
            }
        }
        return charts;
    }

    /** The folder's {@code compare.json}. */
    public static JsonObject summary(Path dir) throws IOException {
        return JsonFiles.readObject(dir.resolve("compare.json"));
    }

    private static String baseline(Path dir) throws IOException {
        Path file = dir.resolve("compare.json");
        JsonObject json = summary(dir);
        JsonElement scenarios = json.get("scenarios");
        if (scenarios == null
                || !scenarios.isJsonArray()
                || scenarios.getAsJsonArray().isEmpty()
                || !scenarios.getAsJsonArray().get(0).isJsonPrimitive()) {
            throw new org.carbonsim.cli.UserInputException(file + ": \"scenarios\" must list the policies' names");
        }
        return scenarios.getAsJsonArray().get(0).getAsString();
    }

    /** {@code metric}'s rows; none when it is charted only where non-zero and every interval is [0, 0]. */
    private static List<CsvTable.Row> rows(CsvTable table, Charted metric) {
        List<CsvTable.Row> rows = new ArrayList<>();
        boolean nonZero = false;
        for (CsvTable.Row row : table.rows()) {
            if (row.text("metric").equals(metric.metric())) {
                rows.add(row);
                nonZero |= row.number("diff_ci95_low", true) != 0 || row.number("diff_ci95_high", true) != 0;
            }
        }
        return metric.whenNonZero() && !nonZero ? List.of() : rows;
    }

    private static ChartData years(Charted metric, List<CsvTable.Row> rows, String baseline, Lang lang) {
        Map<String, List<Point>> byPolicy = new LinkedHashMap<>();
        for (CsvTable.Row row : rows) {
            byPolicy.computeIfAbsent(policy(row), k -> new ArrayList<>())
                    .add(row.interval(row.integer("year"), "diff_ci95_low", "diff_ci95_high"));
        }
        return new ChartData(
                "compare-years-" + metric.metric(),
                metric.label().in(lang) + lang.pick(": paired difference by year", "：逐年配对差值"),
                Kind.YEARS,
                lang.pick("Year", "年份"),
                metric.axis(baseline, lang),
                "",
                series(byPolicy, baseline, lang),
                List.of());
    }

    private static ChartData sectors(Charted metric, List<CsvTable.Row> rows, String baseline, int year, Lang lang) {
        List<String> labels = new ArrayList<>();
        Map<String, List<Point>> byPolicy = new LinkedHashMap<>();
        for (CsvTable.Row row : rows) {
            String sector = row.text("sector_name");
            int x = labels.indexOf(sector);
            if (x < 0) {
                x = labels.size();
                labels.add(sector);
            }
            byPolicy.computeIfAbsent(policy(row), k -> new ArrayList<>())
                    .add(row.interval(x, "diff_ci95_low", "diff_ci95_high"));
        }
        return new ChartData(
                "compare-sectors-" + metric.metric(),
                metric.label().in(lang) + lang.pick(": paired difference by sector, ", "：分行业配对差值，") + year,
                Kind.POINTS,
                lang.pick("Sector", "行业"),
                metric.axis(baseline, lang),
                "",
                series(byPolicy, baseline, lang),
                List.of(),
                labels);
    }

    /** The series name of a row's policy: its name and index, so that two policies of one name stay apart. */
    private static String policy(CsvTable.Row row) {
        return row.text("scenario") + " (" + row.text("policy") + ")";
    }

    private static List<Series> series(Map<String, List<Point>> byPolicy, String baseline, Lang lang) {
        List<Series> series = new ArrayList<>();
        int k = 0;
        for (Map.Entry<String, List<Point>> e : byPolicy.entrySet()) {
            series.add(new Series(
                    e.getKey() + " − " + baseline + lang.pick(" (0): mean, 95% CI", "（0）：均值，95% 置信区间"),
                    Style.WHISKER,
                    false,
                    Palette.category(k++),
                    e.getValue()));
        }
        return series;
    }
}

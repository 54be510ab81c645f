package org.carbonsim.cli.report;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.carbonsim.cli.chart.CsvTable;
import org.carbonsim.cli.chart.MonteCarloOutput;
import org.carbonsim.cli.chart.ScenarioCopy;
import org.carbonsim.cli.text.Lang;
import org.carbonsim.cli.text.Text;
import org.carbonsim.core.montecarlo.Metric;

/**
 * The report of a Monte Carlo folder, in English and Chinese: the study's settings, the statistics per
 * metric, for a market with block agreement trades their volume per year, the fan charts and the
 * glossary.
 */
public final class MonteCarloReport {
    private MonteCarloReport() {}

    /** "none", or the stop rule as "95% CI of close within 1.0% of its mean". */
    static Text stopRule(JsonObject summary) {
        JsonElement rule = summary.get("stopRule");
        if (rule == null || !rule.isJsonObject()) {
            return Text.of("none (all runs)", "无（运行全部次数）");
        }
        JsonObject r = rule.getAsJsonObject();
        String width = RunReport.text(r, "relativeHalfWidth");
        try {
            width = new BigDecimal(width).movePointRight(2).stripTrailingZeros().toPlainString() + "%";
        } catch (NumberFormatException e) {
            // shown as written
        }
        return Text.of("95%% CI half-width of %s within %s of its mean", "%s 的 95%% 置信区间半宽在其均值的 %s 以内")
                .format(RunReport.text(r, "metric"), width);
    }

    /** The uncertain inputs' JSON paths, comma-separated, or "none". */
    /** The labels of the metrics of the final year, in the order of the table, joined by {@code separator}. */
    static String finalYearLabels(String separator) {
        return Arrays.stream(Metric.values())
                .filter(Metric::ofFinalYear)
                .map(Metric::label)
                .collect(Collectors.joining(separator));
    }

    static Text inputs(JsonObject summary) {
        JsonElement inputs = summary.get("inputs");
        if (inputs == null || !inputs.isJsonArray() || inputs.getAsJsonArray().isEmpty()) {
            return Text.of("none", "无");
        }
        List<String> paths = new ArrayList<>();
        inputs.getAsJsonArray().forEach(e -> paths.add(e.isJsonPrimitive() ? e.getAsString() : e.toString()));
        return Text.same(String.join(", ", paths));
    }

    /** The page for {@code mc} in English with the charts as drawn. */
    public static String html(MonteCarloOutput mc, List<ReportChart> charts) {
        return html(mc, ScenarioCopy.NONE, Lang.EN, charts, List.of());
    }

    /**
     * The page for {@code mc}, opening in {@code lang}, with the fan charts drawn in English ({@code
     * en}) and Chinese ({@code zh}, or empty).
     */
    public static String html(
            MonteCarloOutput mc, ScenarioCopy copy, Lang lang, List<ReportChart> en, List<ReportChart> zh) {
        Tables tables = new Tables();
        Html html = new Html()
                .begin(Text.of("carbonsim Monte Carlo: ", "carbonsim 蒙特卡洛报告：").append(Text.same(mc.scenario())), lang);
        html.element("h1", mc.scenario());
        html.paragraph(
                "meta",
                Text.of("carbonsim Monte Carlo report, base seed %s, %d runs", "carbonsim 蒙特卡洛报告，基础种子 %s，%d 次模拟")
                        .format(mc.baseSeed(), mc.runs()));
        copy.description().ifPresent(d -> html.paragraph("description", d));
        JsonObject s = mc.summary();
        List<Text[]> params = new ArrayList<>();
        params.add(new Text[] {Text.of("Scenario", "情景"), Text.same(mc.scenario())});
        params.add(new Text[] {Text.of("Base seed", "基础种子"), Text.same(Long.toString(mc.baseSeed()))});
        params.add(new Text[] {Text.of("Runs", "模拟次数"), Text.same(grouped(mc.runs()))});
        params.add(new Text[] {Text.of("Most runs", "最多模拟次数"), Text.same(RunReport.text(s, "maxRuns"))});
        params.add(new Text[] {Text.of("Stop rule", "停止规则"), stopRule(s)});
        params.add(new Text[] {Text.of("Stopped early", "是否提前停止"), yesNo(RunReport.text(s, "stoppedEarly"))});
        params.add(new Text[] {Text.of("Runs in the daily bands", "日分位带所用模拟次数"), Text.same(grouped(mc.bandRuns()))});
        params.add(new Text[] {Text.of("Uncertain inputs", "不确定输入"), inputs(s)});
        if (!copy.edits().isEmpty()) {
            params.add(RunReport.editsRow(copy));
        }
        html.paramsOf(params);

        html.element("h2", Text.of("Statistics per metric", "各指标统计"));
        html.paragraph(
                "meta",
                Text.of(
                        "Metrics of the last year (" + finalYearLabels(", ") + ") or of the whole run, in"
                                + " the units of the glossary below. Click a heading to sort.",
                        "指标为最后一年的值（" + finalYearLabels("、") + "）或整个模拟期的值，单位见下方术语表。" + "点击表头排序。"));
        List<Html.Column> columns = new ArrayList<>();
        Glossary.Entry metric = new Glossary.Entry(
                "metric",
                Text.of("Metric", "指标"),
                Quantity.TEXT,
                Text.of("The metric, as montecarlo.json names it.", "指标，名称同 montecarlo.json。"));
        columns.add(new Html.Column(metric.term(), metric.definition(), false));
        for (Glossary.Entry stat : Glossary.STATISTICS) {
            tables.use(stat);
            columns.add(new Html.Column(stat.term(), stat.definition(), true));
        }
        List<List<Html.Cell>> rows = new ArrayList<>();
        for (Map.Entry<String, JsonObject> e : mc.metrics().entrySet()) {
            List<Html.Cell> row = new ArrayList<>();
            java.util.Optional<Glossary.Entry> known = Glossary.find(e.getKey());
            known.ifPresent(tables::use);
            Text name = known.map(k -> Text.of(
                            k.term().en() + " (" + e.getKey() + ")", k.term().zh() + "（" + e.getKey() + "）"))
                    .orElse(Text.same(e.getKey()));
            row.add(new Html.Cell(name, e.getKey()));
            Figures f = Figures.of(
                    known.map(Glossary.Entry::kind)
                            .filter(k -> k != Quantity.RATE)
                            .orElse(Quantity.RATIO),
                    List.of());
            for (Glossary.Entry stat : Glossary.STATISTICS) {
                String raw = RunReport.text(e.getValue(), stat.key());
                String shown =
                        stat.key().equals("n") ? grouped(raw) : f.quantity() == Quantity.RATIO ? raw : f.format(raw);
                row.add(new Html.Cell(Text.same(shown), raw));
            }
            rows.add(row);
        }
        html.tableOf("metrics", true, columns, rows);

        if (mc.yearStats().isPresent()) {
            RunReport.blockSection(
                    html,
                    tables,
                    Text.of(
                            "From year-stats.csv, over the runs: the year's volume counts the trades on the order book"
                                    + " and in block agreements; block volume is the part traded in blocks, with the 95%"
                                    + " CI of its mean; block share is the mean block volume ÷ the mean volume.",
                            "来自 year-stats.csv，基于各次模拟：当年成交量包括订单簿成交与大宗协议成交；大宗协议成交量为其中以大宗协议成交的部分，"
                                    + "附其均值的 95% 置信区间；大宗协议占比为大宗协议成交量均值 ÷ 成交量均值。"),
                    blocksPerYear(mc.yearStats().get(), tables));
        }

        html.element("h2", Text.of("Fan charts", "扇形图"));
        if (zh.isEmpty()) {
            html.charts(en);
        } else {
            html.charts(en, zh);
        }
        html.element("h2", Text.of("Glossary", "术语表"));
        html.glossary(tables.used());
        return html.end(
                mc.yearStats().isPresent()
                        ? Text.of(
                                "Written by carbonsim from montecarlo.json, bands.csv and year-stats.csv in this folder;"
                                        + " re-render with: carbonsim chart DIR",
                                "由 carbonsim 根据本文件夹中的 montecarlo.json、bands.csv 和 year-stats.csv 生成；重新生成：carbonsim chart DIR")
                        : Text.of(
                                "Written by carbonsim from montecarlo.json and bands.csv in this folder; re-render with:"
                                        + " carbonsim chart DIR",
                                "由 carbonsim 根据本文件夹中的 montecarlo.json 和 bands.csv 生成；重新生成：carbonsim chart DIR"));
    }

    /**
     * The block agreement trades per year, from {@code year-stats.csv}: the mean volume, the mean block
     * volume with its 95% CI, and the mean block volume's share of the mean volume (n/a where the mean
     * volume is 0 or a mean is missing).
     */
    static Tables.Built blocksPerYear(CsvTable yearStats, Tables tables) {
        Map<String, CsvTable.Row> volumes = new LinkedHashMap<>();
        Map<String, CsvTable.Row> blocks = new LinkedHashMap<>();
        for (CsvTable.Row row : yearStats.rows()) {
            switch (row.text("metric")) {
                case "volume" -> volumes.put(row.text("year"), row);
                case "block_volume" -> blocks.put(row.text("year"), row);
                default -> {
                    // the other figures are in year-stats.csv
                }
            }
        }
        Text mean = Text.of(", mean", "均值");
        Text low = Text.of(", 95% CI low", " 95% 置信区间下限");
        Text high = Text.of(", 95% CI high", " 95% 置信区间上限");
        List<String> years = new ArrayList<>(blocks.keySet());
        List<BlockColumn> columns = List.of(
                new BlockColumn("year", Text.same(""), years),
                new BlockColumn("volume", mean, column(years, volumes, "mean")),
                new BlockColumn("blockVolume", mean, column(years, blocks, "mean")),
                new BlockColumn("blockVolume", low, column(years, blocks, "ci95_low")),
                new BlockColumn("blockVolume", high, column(years, blocks, "ci95_high")),
                new BlockColumn("blockShare", Text.same(""), shares(years, volumes, blocks)));
        List<Html.Column> headings = new ArrayList<>();
        List<Figures> figures = new ArrayList<>();
        for (BlockColumn c : columns) {
            Glossary.Entry e = Glossary.find(c.key()).orElseThrow();
            tables.use(e);
            Figures f = Figures.of(e.kind(), c.values());
            figures.add(f);
            Text term = Text.of(
                    e.term().en() + c.statistic().en(),
                    e.term().zh() + c.statistic().zh());
            headings.add(new Html.Column(f.heading(term), e.definition(), e.kind() != Quantity.YEAR));
        }
        List<List<Html.Cell>> rows = new ArrayList<>();
        for (int y = 0; y < years.size(); y++) {
            List<Html.Cell> row = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                String raw = columns.get(i).values().get(y);
                row.add(new Html.Cell(Text.same(figures.get(i).format(raw)), raw));
            }
            rows.add(row);
        }
        return new Tables.Built(headings, rows);
    }

    /** A column of the block table: the glossary entry of its figure, the statistic after its term, its values. */
    private record BlockColumn(String key, Text statistic, List<String> values) {}

    /** Each year's {@code statistic} of the rows by year, blank for a year without a row. */
    private static List<String> column(List<String> years, Map<String, CsvTable.Row> byYear, String statistic) {
        return years.stream()
                .map(y -> byYear.containsKey(y) ? byYear.get(y).text(statistic) : "")
                .toList();
    }

    /** Each year's mean block volume ÷ mean volume, to six decimals; blank where either is missing or the volume 0. */
    private static List<String> shares(
            List<String> years, Map<String, CsvTable.Row> volumes, Map<String, CsvTable.Row> blocks) {
        List<String> shares = new ArrayList<>();
        for (String year : years) {
            double volume = volumes.containsKey(year) ? volumes.get(year).number("mean", true) : Double.NaN;
            double block = blocks.get(year).number("mean", true);
            shares.add(
                    Double.isFinite(volume) && Double.isFinite(block) && volume != 0
                            ? new BigDecimal(Double.toString(block))
                                    .divide(new BigDecimal(Double.toString(volume)), 6, RoundingMode.HALF_UP)
                                    .toPlainString()
                            : "");
        }
        return shares;
    }

    private static Text yesNo(String flag) {
        return switch (flag) {
            case "true" -> Text.of("yes", "是");
            case "false" -> Text.of("no", "否");
            default -> Text.same(flag);
        };
    }

    private static String grouped(long n) {
        return String.format(java.util.Locale.ROOT, "%,d", n);
    }

    private static String grouped(String raw) {
        try {
            return grouped(Long.parseLong(raw));
        } catch (NumberFormatException e) {
            return raw;
        }
    }
}

package org.carbonsim.cli.report;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.carbonsim.cli.chart.MonteCarloOutput;
import org.carbonsim.cli.chart.ScenarioCopy;
import org.carbonsim.cli.text.Lang;
import org.carbonsim.cli.text.Text;
import org.carbonsim.core.montecarlo.Metric;

/**
 * The report of a Monte Carlo folder, in English and Chinese: the study's settings, the statistics per
 * metric, the fan charts and the glossary.
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

        html.element("h2", Text.of("Fan charts", "扇形图"));
        if (zh.isEmpty()) {
            html.charts(en);
        } else {
            html.charts(en, zh);
        }
        html.element("h2", Text.of("Glossary", "术语表"));
        html.glossary(tables.used());
        return html.end(Text.of(
                "Written by carbonsim from montecarlo.json and bands.csv in this folder; re-render with:"
                        + " carbonsim chart DIR",
                "由 carbonsim 根据本文件夹中的 montecarlo.json 和 bands.csv 生成；重新生成：carbonsim chart DIR"));
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

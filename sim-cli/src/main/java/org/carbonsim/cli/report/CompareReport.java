package org.carbonsim.cli.report;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.carbonsim.cli.chart.CsvTable;
import org.carbonsim.cli.text.Lang;
import org.carbonsim.cli.text.Text;

/**
 * The report of a comparison folder: the policies and settings, each policy's metrics with the paired
 * difference against the first ({@code compare.csv}), the paired differences per year over all sectors
 * and per sector in the final year ({@code compare-years.csv}, {@code compare-sectors.csv}), what the
 * figures mean, and the charts. The page's own words are in English and Chinese; the tables' cells are
 * the files' text.
 */
public final class CompareReport {
    /** What the paired-difference columns and figures mean. */
    static final List<Text[]> GLOSSARY = List.of(
            new Text[] {
                Text.of("Paired difference", "配对差值"),
                Text.of(
                        "For each replication, the figure of the row's policy minus the first policy's, both run with"
                                + " the same seed (common random numbers), so luck that both share cancels. diff_mean"
                                + " is the mean over the n replications where the figure is defined in both; mean_a"
                                + " and mean_b are the two policies' means over the same replications.",
                        "每次重复模拟中，该行政策的数值减去第一个政策的数值，两者使用相同的随机种子（公共随机数），"
                                + "共同的运气因此相互抵消。diff_mean 是两者均有定义的 n 次重复的均值；mean_a 和 mean_b"
                                + " 是两个政策在同样这些重复中的均值。")
            },
            new Text[] {
                Text.of("95% CI", "95% 置信区间"),
                Text.of(
                        "Student's t interval on the paired differences: diff_mean ± t(0.975, n − 1) × sd ÷ √n."
                                + " diff_excludes_zero is true when the interval lies wholly above or below 0.",
                        "配对差值的 t 区间：diff_mean ± t(0.975, n − 1) × sd ÷ √n。区间整体高于或低于 0 时，"
                                + "diff_excludes_zero 为 true。")
            },
            new Text[] {
                Text.of("Allocation, shortfall, abatement", "配额分配、履约缺口、减排量"),
                Text.of(
                        "Final free allocation, obligations left unmet at the deadline, and business-as-usual minus"
                                + " verified emissions, t.",
                        "最终免费配额、截止日仍未履行的清缴义务、基准情景排放减去核查排放，单位吨。")
            },
            new Text[] {
                Text.of("Compliance cost", "履约成本"),
                Text.of(
                        "What covered enterprises paid to comply: abatement cost, offset credits, fines, and"
                                + " allowances bought net of those sold valued at the year's VWAP, CNY. Per tonne: over"
                                + " the covered enterprises' verified emissions, CNY/t; n/a (no row) where a sector"
                                + " has none.",
                        "纳入企业为履约支付的费用：减排成本、抵销信用、罚款，以及按当年成交量加权均价计的配额净买入，" + "单位元。每吨：除以纳入企业的核查排放，单位元/吨；某行业没有核查排放时无此行。")
            });

    /** The figure of {@code compare-years.csv} a comparison of markets with block agreement trades adds. */
    static final String BLOCK_VOLUME = "block_volume";

    /** What the block volume means, shown where {@code compare-years.csv} has it. */
    private static final Text[] BLOCKS = {
        Text.of("Block volume", "大宗协议成交量"),
        Text.of(
                "The part of the year's exchange volume traded in block agreements, negotiated off the order book"
                        + " (market.blockTrades), t; per year only, where a policy's market has block agreement"
                        + " trades (0 in a policy whose market has none).",
                "当年交易所成交量中以大宗协议（在订单簿之外协商，market.blockTrades）成交的部分，单位吨；仅逐年列出，"
                        + "且仅在某一政策的市场有大宗协议交易时列出（市场无大宗协议交易的政策为 0）。")
    };

    private CompareReport() {}

    /**
     * A number from the files as the page shows it, to the precision a reader compares (0 as 0, whole
     * units from 1,000, two decimals from 1, else four); the files keep every decimal. Text that is not a
     * number is shown as it is.
     */
    static String shown(String text) {
        if (!Html.isNumber(text)) {
            return text;
        }
        BigDecimal v = new BigDecimal(text.trim());
        if (v.signum() == 0) {
            return "0";
        }
        int scale =
                v.abs().compareTo(BigDecimal.valueOf(1000)) >= 0 ? 0 : v.abs().compareTo(BigDecimal.ONE) >= 0 ? 2 : 4;
        return v.setScale(scale, RoundingMode.HALF_UP).toPlainString();
    }

    /** The headings of a paired-difference table, with the sector when {@code bySector}. */
    static List<String> header(boolean bySector) {
        List<String> header = new ArrayList<>(List.of("policy", "year"));
        if (bySector) {
            header.add("sector");
        }
        header.addAll(List.of("metric", "mean_a", "mean_b", "diff_mean", "95% CI of diff_mean", "n"));
        return header;
    }

    /**
     * The rows of a paired-difference file for the page: the policy by name, the sector by name, the
     * interval in one cell; only {@code onlyYear}'s rows when it is not empty.
     */
    static List<List<String>> differences(CsvTable table, boolean bySector, String onlyYear) {
        List<List<String>> rows = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            if (onlyYear != null && !onlyYear.isEmpty() && !row.text("year").equals(onlyYear)) {
                continue;
            }
            List<String> cells = new ArrayList<>(List.of(row.text("scenario"), row.text("year")));
            if (bySector) {
                cells.add(row.text("sector_name"));
            }
            cells.addAll(List.of(
                    row.text("metric") + (row.text("unit").isEmpty() ? "" : " (" + row.text("unit") + ")"),
                    shown(row.text("mean_a")),
                    shown(row.text("mean_b")),
                    shown(row.text("diff_mean")),
                    "[" + shown(row.text("diff_ci95_low")) + ", " + shown(row.text("diff_ci95_high")) + "]"
                            + ("true".equals(row.text("diff_excludes_zero")) ? " *" : ""),
                    row.text("n")));
            rows.add(cells);
        }
        return rows;
    }

    /**
     * The page for a comparison folder from its {@code compare.json} ({@code summary}), {@code
     * compare.csv} ({@code metrics}), {@code compare-years.csv} and {@code compare-sectors.csv}, opening
     * in {@code lang}, with the charts drawn in English ({@code en}) and Chinese ({@code zh}, the same
     * charts in the same order, or empty).
     */
    public static String html(
            JsonObject summary,
            CsvTable metrics,
            CsvTable years,
            CsvTable sectors,
            Lang lang,
            List<ReportChart> en,
            List<ReportChart> zh) {
        List<String> policies = new ArrayList<>();
        JsonElement scenarios = summary.get("scenarios");
        if (scenarios != null && scenarios.isJsonArray()) {
            scenarios.getAsJsonArray().forEach(e -> policies.add(e.isJsonPrimitive() ? e.getAsString() : e.toString()));
        }
        Text versus = Text.same(String.join(" vs ", policies));
        Text baseline = policies.isEmpty() ? Text.of("the first policy", "第一个政策") : Text.same(policies.get(0));
        String seed = RunReport.text(summary, "baseSeed");
        String runs = RunReport.text(summary, "runs");
        Html html = new Html()
                .begin(Text.of("carbonsim compare: %s", "carbonsim 政策比较：%s").format(versus), lang);
        html.element("h1", Text.of("Policy comparison: %s", "政策比较：%s").format(versus));
        html.paragraph(
                "meta",
                Text.of(
                                "carbonsim compare report, base seed %s, %s paired runs per policy",
                                "carbonsim 政策比较报告，基础种子 %s，每个政策 %s 次配对模拟")
                        .format(seed, runs));
        List<Text[]> params = new ArrayList<>();
        for (int k = 0; k < policies.size(); k++) {
            params.add(new Text[] {
                Text.of(k == 0 ? "Policy %d (baseline)" : "Policy %d", k == 0 ? "政策 %d（基准）" : "政策 %d")
                        .format(k),
                Text.same(policies.get(k))
            });
        }
        params.add(new Text[] {Text.of("Base seed", "基础种子"), Text.same(seed)});
        params.add(new Text[] {Text.of("Paired runs", "配对模拟次数"), Text.same(runs)});
        html.paramsOf(params);

        html.element("h2", Text.of("Metrics by policy", "各政策指标"));
        html.paragraph(
                "meta",
                Text.of(
                                "Each policy's mean and 95%% CI, and the paired difference against %s (compare.csv)."
                                        + " Click a heading to sort.",
                                "各政策的均值和 95%% 置信区间，以及相对 %s 的配对差值（compare.csv）。点击表头排序。")
                        .format(baseline));
        html.table("metrics", true, metrics.header(), RunReport.table(metrics, null));

        html.element("h2", Text.of("Paired differences per year", "逐年配对差值"));
        html.paragraph(
                "meta",
                Text.of(
                                "Each policy minus %s, same seeds, summed over all sectors (compare-years.csv).",
                                "各政策减去 %s，相同种子，所有行业合计（compare-years.csv）。")
                        .format(baseline));
        html.table("years", true, header(false), differences(years, false, null));

        String lastYear = "";
        for (CsvTable.Row row : sectors.rows()) {
            String year = row.text("year");
            if (lastYear.isEmpty() || year.compareTo(lastYear) > 0) {
                lastYear = year;
            }
        }
        html.element(
                "h2",
                lastYear.isEmpty()
                        ? Text.of("Paired differences per sector", "分行业配对差值")
                        : Text.of("Paired differences per sector, %s", "%s 年分行业配对差值")
                                .format(lastYear));
        html.paragraph(
                "meta",
                Text.of(
                        "The final year; every year is in compare-sectors.csv. Sector names as the scenario gives them.",
                        "仅显示最后一年；每年的数据见 compare-sectors.csv。行业名称取自情景文件。"));
        html.table("sectors", true, header(true), differences(sectors, true, lastYear));

        html.element("h2", Text.of("What the figures mean", "数值的含义"));
        boolean blocks = years.rows().stream().anyMatch(r -> r.text("metric").equals(BLOCK_VOLUME));
        html.paramsOf(
                blocks
                        ? Stream.concat(GLOSSARY.stream(), Stream.<Text[]>of(BLOCKS))
                                .toList()
                        : GLOSSARY);

        html.element("h2", Text.of("Charts", "图表"));
        html.paragraph(
                "meta",
                Text.of(
                        "Dots are mean paired differences, whiskers their 95% CIs; a whisker clear of the line at 0 is"
                                + " a difference the replications resolve.",
                        "圆点为配对差值的均值，须线为其 95% 置信区间；须线不与 0 线相交，说明重复模拟足以分辨该差值。"));
        html.charts(en, zh);
        return html.end(Text.of(
                "Written by carbonsim from compare.json, compare.csv, compare-years.csv and compare-sectors.csv in"
                        + " this folder; re-render with: carbonsim chart DIR",
                "由 carbonsim 根据本文件夹中的 compare.json、compare.csv、compare-years.csv 和 compare-sectors.csv"
                        + " 生成；重新生成：carbonsim chart DIR"));
    }
}

package org.carbonsim.cli.report;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.carbonsim.cli.chart.CsvTable;
import org.carbonsim.cli.chart.RunOutput;
import org.carbonsim.cli.chart.ScenarioCopy;
import org.carbonsim.cli.text.Lang;
import org.carbonsim.cli.text.Text;

/** The report of a run folder, in English and Chinese. */
public final class RunReport {
    /** The most enterprise rows in the page; beyond it only the last year's rows are shown. */
    static final int MAX_ENTERPRISE_ROWS = 3000;

    /** The most characters of one {@code --set} edit the parameters list shows. */
    static final int EDIT_CHARS = 200;

    /** The per-year columns of the headline table: summary.json fields, defined in the {@link Glossary}. */
    static final List<String> HEADLINE = List.of(
            "year",
            "close",
            "vwap",
            "volume",
            "turnover",
            "coveredEnterprises",
            "coveredEmissions",
            "cap",
            "complianceRate",
            "penalties",
            "equilibriumPrice",
            "efficiency",
            "equilibriumPriceOneYear",
            "efficiencyOneYear",
            "costEffectiveness",
            "limitHits",
            "interventions");

    /** The per-year columns of the liquidity scorecard: summary.json fields, defined in the {@link Glossary}. */
    static final List<String> LIQUIDITY =
            List.of("year", "volume", "turnoverRatio", "noTradeDays", "lastDaysVolumeShare", "spread");

    /** The whole run's figures under the title: summary.json's totals. */
    static final List<String> TOTALS = List.of(
            "cap",
            "allocated",
            "auctioned",
            "emissions",
            "offsetsUsed",
            "volume",
            "vwap",
            "complianceRate",
            "penalties",
            "efficiency",
            "costEffectiveness",
            "interventions");

    /** The column of {@code annual.csv} a run whose exchange has block agreement trades adds. */
    static final String BLOCK_VOLUME = "block_volume_t";

    /** The columns of the block agreement trades' table: glossary entries. */
    static final List<String> BLOCKS = List.of("year", "volume", "blockVolume", "blockShare", "blockTurnover");

    private RunReport() {}

    /** The page for {@code run} in English with the charts as drawn. */
    public static String html(RunOutput run, List<ReportChart> charts) {
        return html(run, ScenarioCopy.NONE, Lang.EN, charts, List.of());
    }

    /**
     * The page for {@code run}, opening in {@code lang}, with the charts drawn in English ({@code en})
     * and Chinese ({@code zh}, the same charts in the same order, or empty).
     */
    public static String html(RunOutput run, ScenarioCopy copy, Lang lang, List<ReportChart> en, List<ReportChart> zh) {
        Tables tables = new Tables();
        Html html =
                new Html().begin(Text.of("carbonsim run: ", "carbonsim 运行报告：").append(Text.same(run.scenario())), lang);
        html.element("h1", run.scenario());
        html.paragraph(
                "meta",
                Text.of("carbonsim run report, seed %s", "carbonsim 运行报告，随机种子 %s")
                        .format(run.seed()));
        copy.description().ifPresent(d -> html.paragraph("description", d));

        List<Text[]> params = new ArrayList<>();
        params.add(new Text[] {Text.of("Scenario", "情景"), Text.same(run.scenario())});
        params.add(new Text[] {Text.of("Seed", "随机种子"), Text.same(Long.toString(run.seed()))});
        if (!run.years().isEmpty()) {
            String first = text(run.years().get(0), "year");
            String last = text(run.years().get(run.years().size() - 1), "year");
            params.add(new Text[] {
                Text.of("Years", "年份"),
                Text.of("%s to %s (%d)", "%s 至 %s（%d 年）")
                        .format(first, last, run.years().size())
            });
        }
        params.add(new Text[] {
            Text.of("Trading days", "交易日数"),
            Text.same(Integer.toString(run.daily().rows().size()))
        });
        if (!copy.edits().isEmpty()) {
            params.add(editsRow(copy));
        }
        JsonObject t = run.totals();
        for (String field : TOTALS) {
            Glossary.find(field).filter(e -> t.has(field)).ifPresent(e -> {
                tables.use(e);
                Figures f = Figures.of(e.kind(), List.of(text(t, field)));
                params.add(new Text[] {
                    Text.of("%s over the run", "全期%s").format(e.term()), f.withUnit(text(t, field)), e.definition()
                });
            });
        }
        html.paramsOf(params);

        html.element("h2", Text.of("Results per year", "逐年结果"));
        html.paragraph(
                "meta",
                Text.of(
                        "Hover over a heading for its definition; the glossary below has them all.",
                        "将鼠标悬停在表头上可查看定义；下方术语表列出了全部定义。"));
        Tables.Built years = perYear(run, tables, HEADLINE);
        // the efficiency's definition rests on these two, so the glossary defines them too
        Glossary.find("leastCostAbatementCost").ifPresent(tables::use);
        Glossary.find("realisedCost").ifPresent(tables::use);
        // and the cost-effectiveness's on these two
        Glossary.find("abatementLeastCost").ifPresent(tables::use);
        Glossary.find("abatementCost").ifPresent(tables::use);
        html.tableOf("years", false, years.columns(), years.rows());
        if (!run.years().isEmpty() && run.years().get(0).has("turnoverRatio")) {
            html.element("h2", Text.of("Liquidity per year", "逐年流动性"));
            Tables.Built liquidity = perYear(run, tables, LIQUIDITY);
            html.tableOf("liquidity", false, liquidity.columns(), liquidity.rows());
        }

        if (run.annual().has(BLOCK_VOLUME)) {
            blockSection(
                    html,
                    tables,
                    Text.of(
                            "From annual.csv: the year's volume counts the trades on the order book and in block"
                                    + " agreements; block volume is the part traded in blocks.",
                            "来自 annual.csv：当年成交量包括订单簿成交与大宗协议成交；大宗协议成交量为其中以大宗协议成交的部分。"),
                    blocksPerYear(run, tables));
        }

        html.element("h2", Text.of("Charts", "图表"));
        if (zh.isEmpty()) {
            html.charts(en);
        } else {
            html.charts(en, zh);
        }

        Map<String, Function<CsvTable.Row, String>> sectorNames =
                Map.of("sector", row -> copy.sectorName(run.sectors(), row));
        html.element("h2", Text.of("Sectors", "行业"));
        html.paragraph("meta", Text.of("Click a heading to sort.", "点击表头排序。"));
        Tables.Built sectors = tables.csv(run.sectors(), run.sectors().rows(), sectorNames);
        html.tableOf("sectors", true, sectors.columns(), sectors.rows());

        if (run.cbam().isPresent()) {
            html.element("h2", Text.of("CBAM exposure", "欧盟碳边境调节机制（CBAM）敞口"));
            html.paragraph(
                    "meta",
                    Text.of(
                            "From cbam.csv: liability = embedded emissions × CBAM factor × (EU price − effective"
                                    + " price paid in China); shifted home is what China's carbon price keeps at home,"
                                    + " allocation forgone what free allocation leaves to the EU.",
                            "来自 cbam.csv：应缴额 = 隐含排放 × CBAM 系数 × （欧盟价格 − 国内实际碳价）；留在国内为国内碳价"
                                    + "留在国内的部分，免费配额让出为免费分配让给欧盟的部分。"));
            Tables.Built cbam = tables.csv(
                    run.cbam().get(),
                    run.cbam().get().rows(),
                    Map.of("sector", row -> copy.sectorName(run.cbam().get(), row)));
            html.tableOf("cbam", true, cbam.columns(), cbam.rows());
        }

        if (run.events().isPresent() && !run.events().get().rows().isEmpty()) {
            html.element("h2", Text.of("Interventions and auctions", "干预与拍卖"));
            html.paragraph(
                    "meta",
                    Text.of(
                            "From events.csv: day is the 0-based trading day of the year.",
                            "来自 events.csv：交易日为当年从 0 开始的交易日序号。"));
            Tables.Built events =
                    tables.csv(run.events().get(), run.events().get().rows(), Map.of());
            html.tableOf("events", true, events.columns(), events.rows());
        }

        if (run.mrv().isPresent()) {
            html.element("h2", Text.of("Data quality (MRV)", "数据质量（MRV）"));
            html.paragraph(
                    "meta",
                    Text.of(
                            "From mrv.csv: what the covered enterprises emitted, reported and surrendered for,"
                                    + " what audits found, and the year's prices beside them.",
                            "来自 mrv.csv：纳入企业的真实排放、报告排放与履约排放，核查发现的问题，以及当年价格。"));
            Tables.Built mrv = tables.csv(run.mrv().get(), run.mrv().get().rows(), Map.of());
            html.tableOf("mrv", true, mrv.columns(), mrv.rows());
        }

        html.element("h2", Text.of("Enterprises", "企业"));
        CsvTable enterprises = run.enterprises();
        String onlyYear = null;
        if (enterprises.rows().size() > MAX_ENTERPRISE_ROWS && !run.years().isEmpty()) {
            onlyYear = text(run.years().get(run.years().size() - 1), "year");
            html.paragraph(
                    "meta",
                    Text.of(
                                    "%d rows in enterprises.csv; the year %s only is shown here. Click a heading to sort.",
                                    "enterprises.csv 共 %d 行；此处只显示 %s 年。点击表头排序。")
                            .format(enterprises.rows().size(), onlyYear));
        } else {
            html.paragraph("meta", Text.of("Click a heading to sort.", "点击表头排序。"));
        }
        List<CsvTable.Row> shown = new ArrayList<>();
        for (CsvTable.Row row : enterprises.rows()) {
            if (onlyYear == null || row.text("year").equals(onlyYear)) {
                shown.add(row);
            }
        }
        Tables.Built firms = tables.csv(enterprises, shown, Map.of("sector", row -> copy.sectorName(enterprises, row)));
        html.tableOf("enterprises", true, firms.columns(), firms.rows());

        html.element("h2", Text.of("Glossary", "术语表"));
        html.glossary(tables.used());
        return html.end(Text.of(
                "Written by carbonsim from summary.json, daily.csv, annual.csv, sectors.csv, enterprises.csv and"
                        + " scenario.json in this folder; re-render with: carbonsim chart DIR",
                "由 carbonsim 根据本文件夹中的 summary.json、daily.csv、annual.csv、sectors.csv、enterprises.csv 和"
                        + " scenario.json 生成；重新生成：carbonsim chart DIR"));
    }

    /**
     * The section on block agreement trades of a run's or a study's report: its heading, the definition
     * of a block agreement trade in the glossary, where its figures come from ({@code source}) and their
     * table per year.
     */
    static void blockSection(Html html, Tables tables, Text source, Tables.Built blocks) {
        html.element("h2", Text.of("Block agreement trades", "大宗协议交易"));
        Glossary.find("blockAgreementTrade").ifPresent(tables::use);
        html.paragraph("meta", source);
        html.tableOf("blocks", false, blocks.columns(), blocks.rows());
    }

    /** A per-year table: a column per summary.json field of {@code fields}, in its unit. */
    private static Tables.Built perYear(RunOutput run, Tables tables, List<String> fields) {
        List<List<String>> rows = new ArrayList<>();
        for (JsonObject y : run.years()) {
            rows.add(fields.stream().map(field -> text(y, field)).toList());
        }
        return table(tables, fields, rows);
    }

    /**
     * The block agreement trades per year, from {@code annual.csv}: the year's volume, the part of it
     * traded in blocks, that part's share (n/a in a year nothing traded) and its value.
     */
    static Tables.Built blocksPerYear(RunOutput run, Tables tables) {
        List<List<String>> rows = new ArrayList<>();
        for (CsvTable.Row row : run.annual().rows()) {
            String volume = row.text("volume_t");
            String block = row.text(BLOCK_VOLUME);
            long all = Long.parseLong(volume);
            String share = all == 0
                    ? "n/a"
                    : new BigDecimal(block)
                            .divide(BigDecimal.valueOf(all), 6, RoundingMode.HALF_UP)
                            .toPlainString();
            rows.add(List.of(row.text("year"), volume, block, share, row.text("block_turnover_cny")));
        }
        return table(tables, BLOCKS, rows);
    }

    /** A table with a column per glossary entry of {@code fields}, in its unit, and {@code rows} of raw values. */
    private static Tables.Built table(Tables tables, List<String> fields, List<List<String>> rows) {
        List<Html.Column> columns = new ArrayList<>();
        List<Figures> figures = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            Glossary.Entry e = Glossary.find(fields.get(i)).orElseThrow();
            tables.use(e);
            int column = i;
            Figures f =
                    Figures.of(e.kind(), rows.stream().map(r -> r.get(column)).toList());
            figures.add(f);
            columns.add(new Html.Column(f.heading(e.term()), e.definition(), e.kind() != Quantity.YEAR));
        }
        List<List<Html.Cell>> cells = new ArrayList<>();
        for (List<String> values : rows) {
            List<Html.Cell> row = new ArrayList<>();
            for (int i = 0; i < fields.size(); i++) {
                String raw = values.get(i);
                row.add(new Html.Cell(Text.same(figures.get(i).format(raw)), raw));
            }
            cells.add(row);
        }
        return new Tables.Built(columns, cells);
    }

    /** The rows of {@code table}, or of the year {@code onlyYear} only when it is not null, as text. */
    static List<List<String>> table(CsvTable table, String onlyYear) {
        List<List<String>> rows = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            if (onlyYear == null || row.text("year").equals(onlyYear)) {
                rows.add(row.fields());
            }
        }
        return rows;
    }

    static String text(JsonObject o, String field) {
        JsonElement e = o.get(field);
        if (e == null || e.isJsonNull()) {
            return "n/a";
        }
        return e.isJsonPrimitive() ? e.getAsString() : e.toString();
    }

    /**
     * The row that says which values of the scenario a {@code --set} changed for this run or study: the
     * copy in the folder is the file as read, so without it a report would describe another scenario.
     */
    static Text[] editsRow(ScenarioCopy copy) {
        Text edits = Text.same("");
        for (String edit : copy.edits()) {
            edits = edits.append(Text.same(edits.en().isEmpty() ? "" : "; ")).append(shortEdit(edit));
        }
        return new Text[] {Text.of("Changed with --set", "以 --set 修改的值"), edits};
    }

    /**
     * An edit as listed, cut after {@value #EDIT_CHARS} characters with how long it is: a JSON list set
     * whole can run to thousands of characters, which run.json keeps.
     */
    static Text shortEdit(String edit) {
        int length = edit.codePointCount(0, edit.length());
        if (length <= EDIT_CHARS) {
            return Text.same(edit);
        }
        return Text.same(edit.substring(0, edit.offsetByCodePoints(0, EDIT_CHARS)) + "…")
                .append(Text.of(" (%,d characters; run.json has the whole value)", "（共 %,d 个字符，完整的值见 run.json）")
                        .format(length));
    }
}

package org.carbonsim.cli.report;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.carbonsim.cli.chart.CsvTable;

/**
 * The report of a comparison folder: the policies and settings, each policy's metrics with the paired
 * difference against the first ({@code compare.csv}), the paired differences per year over all sectors
 * and per sector in the final year ({@code compare-years.csv}, {@code compare-sectors.csv}), what the
 * figures mean, and the charts.
 */
public final class CompareReport {
    /** What the paired-difference columns and figures mean. */
    static final List<String[]> GLOSSARY = List.of(
            new String[] {
                "Paired difference",
                "For each replication, the figure of the row's policy minus the first policy's, both run with"
                        + " the same seed (common random numbers), so luck that both share cancels. diff_mean is"
                        + " the mean over the n replications where the figure is defined in both; mean_a and"
                        + " mean_b are the two policies' means over the same replications."
            },
            new String[] {
                "95% CI",
                "Student's t interval on the paired differences: diff_mean ± t(0.975, n − 1) × sd ÷ √n."
                        + " diff_excludes_zero is true when the interval lies wholly above or below 0."
            },
            new String[] {
                "Allocation, shortfall, abatement",
                "Final free allocation, obligations left unmet at the deadline, and business-as-usual minus"
                        + " verified emissions, t."
            },
            new String[] {
                "Compliance cost",
                "What covered enterprises paid to comply: abatement cost, offset credits, fines, and"
                        + " allowances bought net of those sold valued at the year's VWAP, CNY. Per tonne: over"
                        + " the covered enterprises' verified emissions, CNY/t; n/a (no row) where a sector has"
                        + " none."
            });

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
        BigDecimal v = new BigDecimal(text);
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
     * compare.csv} ({@code metrics}), {@code compare-years.csv} and {@code compare-sectors.csv}, with
     * {@code charts}.
     */
    public static String html(
            JsonObject summary, CsvTable metrics, CsvTable years, CsvTable sectors, List<ReportChart> charts) {
        List<String> policies = new ArrayList<>();
        JsonElement scenarios = summary.get("scenarios");
        if (scenarios != null && scenarios.isJsonArray()) {
            scenarios.getAsJsonArray().forEach(e -> policies.add(e.isJsonPrimitive() ? e.getAsString() : e.toString()));
        }
        String baseline = policies.isEmpty() ? "the first policy" : policies.get(0);
        Html html = new Html().begin("carbonsim compare: " + String.join(" vs ", policies));
        html.element("h1", "Policy comparison: " + String.join(" vs ", policies));
        html.paragraph(
                "meta",
                "carbonsim compare report, base seed " + RunReport.text(summary, "baseSeed") + ", "
                        + RunReport.text(summary, "runs") + " paired runs per policy");
        List<String[]> params = new ArrayList<>();
        for (int k = 0; k < policies.size(); k++) {
            params.add(new String[] {"Policy " + k + (k == 0 ? " (baseline)" : ""), policies.get(k)});
        }
        params.add(new String[] {"Base seed", RunReport.text(summary, "baseSeed")});
        params.add(new String[] {"Paired runs", RunReport.text(summary, "runs")});
        html.params(params);

        html.element("h2", "Metrics by policy");
        html.paragraph(
                "meta",
                "Each policy's mean and 95% CI, and the paired difference against " + baseline
                        + " (compare.csv). Click a heading to sort.");
        html.table("metrics", true, metrics.header(), RunReport.table(metrics, null));

        html.element("h2", "Paired differences per year");
        html.paragraph(
                "meta", "Each policy minus " + baseline + ", same seeds, summed over all sectors (compare-years.csv).");
        html.table("years", true, header(false), differences(years, false, null));

        String lastYear = "";
        for (CsvTable.Row row : sectors.rows()) {
            String year = row.text("year");
            if (lastYear.isEmpty() || year.compareTo(lastYear) > 0) {
                lastYear = year;
            }
        }
        html.element("h2", "Paired differences per sector" + (lastYear.isEmpty() ? "" : ", " + lastYear));
        html.paragraph(
                "meta",
                "The final year; every year is in compare-sectors.csv. Sector names as the scenario gives them.");
        html.table("sectors", true, header(true), differences(sectors, true, lastYear));

        html.element("h2", "What the figures mean");
        html.params(GLOSSARY);

        html.element("h2", "Charts");
        html.paragraph(
                "meta",
                "Dots are mean paired differences, whiskers their 95% CIs; a whisker clear of the line at 0 is"
                        + " a difference the replications resolve.");
        html.charts(charts);
        return html.end("Written by carbonsim from compare.json, compare.csv, compare-years.csv and"
                + " compare-sectors.csv in this folder; re-render with: carbonsim chart DIR");
    }
}

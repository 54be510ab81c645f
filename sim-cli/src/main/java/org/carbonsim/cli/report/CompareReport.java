package org.carbonsim.cli.report;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
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
        html.table("years", true, years.header(), RunReport.table(years, null));

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
        html.table("sectors", true, sectors.header(), RunReport.table(sectors, lastYear.isEmpty() ? null : lastYear));

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

package org.carbonsim.cli.report;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.carbonsim.cli.chart.MonteCarloOutput;

/** The report of a Monte Carlo folder: the study's settings, the statistics per metric, the fan charts. */
public final class MonteCarloReport {
    static final String[] STATISTICS = {
        "n", "mean", "sd", "standardError", "ci95Low", "ci95High", "p5", "p25", "p50", "p75", "p95", "min", "max"
    };

    private MonteCarloReport() {}

    /** "none", or the stop rule as "95% CI of close within 1.0% of its mean". */
    static String stopRule(JsonObject summary) {
        JsonElement rule = summary.get("stopRule");
        if (rule == null || !rule.isJsonObject()) {
            return "none (all runs)";
        }
        JsonObject r = rule.getAsJsonObject();
        String width = RunReport.text(r, "relativeHalfWidth");
        try {
            width = new BigDecimal(width).movePointRight(2).stripTrailingZeros().toPlainString() + "%";
        } catch (NumberFormatException e) {
            // shown as written
        }
        return "95% CI half-width of " + RunReport.text(r, "metric") + " within " + width + " of its mean";
    }

    /** The uncertain inputs' JSON paths, comma-separated, or "none". */
    static String inputs(JsonObject summary) {
        JsonElement inputs = summary.get("inputs");
        if (inputs == null || !inputs.isJsonArray() || inputs.getAsJsonArray().isEmpty()) {
            return "none";
        }
        List<String> paths = new ArrayList<>();
        inputs.getAsJsonArray().forEach(e -> paths.add(e.isJsonPrimitive() ? e.getAsString() : e.toString()));
        return String.join(", ", paths);
    }

    /** The page for {@code mc} with {@code charts}. */
    public static String html(MonteCarloOutput mc, List<ReportChart> charts) {
        Html html = new Html().begin("carbonsim Monte Carlo: " + mc.scenario());
        html.element("h1", mc.scenario());
        html.paragraph("meta", "carbonsim Monte Carlo report, base seed " + mc.baseSeed() + ", " + mc.runs() + " runs");
        JsonObject s = mc.summary();
        List<String[]> params = new ArrayList<>();
        params.add(new String[] {"Scenario", mc.scenario()});
        params.add(new String[] {"Base seed", Long.toString(mc.baseSeed())});
        params.add(new String[] {"Runs", Integer.toString(mc.runs())});
        params.add(new String[] {"Most runs", RunReport.text(s, "maxRuns")});
        params.add(new String[] {"Stop rule", stopRule(s)});
        params.add(new String[] {"Stopped early", RunReport.text(s, "stoppedEarly")});
        params.add(new String[] {"Runs in the daily bands", Integer.toString(mc.bandRuns())});
        params.add(new String[] {"Uncertain inputs", inputs(s)});
        html.params(params);

        html.element("h2", "Statistics per metric");
        html.paragraph(
                "meta",
                "Prices in CNY/t, money in CNY, volume in t; metrics of the last year (close, vwap, volume,"
                        + " equilibriumPrice) or of the whole run. Click a heading to sort.");
        List<String> header = new ArrayList<>();
        header.add("metric");
        header.addAll(List.of(STATISTICS));
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, JsonObject> e : mc.metrics().entrySet()) {
            List<String> row = new ArrayList<>();
            row.add(e.getKey());
            for (String stat : STATISTICS) {
                row.add(RunReport.text(e.getValue(), stat));
            }
            rows.add(row);
        }
        html.table("metrics", true, header, rows);

        html.element("h2", "Fan charts");
        html.charts(charts);
        return html.end("Written by carbonsim from montecarlo.json and bands.csv in this folder; re-render with:"
                + " carbonsim chart DIR");
    }
}

package org.carbonsim.cli.report;

import com.google.gson.JsonObject;
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
        params.add(new String[] {"Stop rule", RunReport.text(s, "stopRule")});
        params.add(new String[] {"Stopped early", RunReport.text(s, "stoppedEarly")});
        params.add(new String[] {"Runs in the daily bands", Integer.toString(mc.bandRuns())});
        params.add(new String[] {"Uncertain inputs", RunReport.text(s, "inputs")});
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

package org.carbonsim.cli.report;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.carbonsim.cli.chart.CsvTable;
import org.carbonsim.cli.chart.RunOutput;

/** The report of a run folder. */
public final class RunReport {
    /** The most enterprise rows in the page; beyond it only the last year's rows are shown. */
    static final int MAX_ENTERPRISE_ROWS = 3000;

    /** The per-year columns of the headline table: summary.json field and heading. */
    static final List<String[]> HEADLINE = List.of(
            new String[] {"year", "Year"},
            new String[] {"close", "Close (CNY/t)"},
            new String[] {"vwap", "VWAP (CNY/t)"},
            new String[] {"volume", "Volume (t)"},
            new String[] {"turnover", "Turnover (CNY)"},
            new String[] {"coveredEnterprises", "Covered enterprises"},
            new String[] {"coveredEmissions", "Covered emissions (t)"},
            new String[] {"cap", "Cap (t)"},
            new String[] {"complianceRate", "Compliance rate"},
            new String[] {"penalties", "Penalties (CNY)"},
            new String[] {"equilibriumPrice", "Equilibrium price (CNY/t)"},
            new String[] {"efficiency", "Efficiency"},
            new String[] {"equilibriumPriceOneYear", "One-year equilibrium price (CNY/t)"},
            new String[] {"efficiencyOneYear", "One-year efficiency"},
            new String[] {"limitHits", "Limit hits"},
            new String[] {"interventions", "Interventions"});

    /** The glossary under the headline table: each headline figure and how it is computed. */
    static final List<String[]> GLOSSARY = List.of(
            new String[] {
                "Close", "Price of the last trade on the year's last trading day, CNY/t (the previous close if none)."
            },
            new String[] {
                "VWAP", "Volume-weighted average price of the year's exchange trades: turnover ÷ volume, CNY/t."
            },
            new String[] {
                "Compliance rate",
                "Share of covered enterprises that met their obligation in full at the deadline (surrendered"
                        + " allowances and offsets covering verified emissions)."
            },
            new String[] {
                "Equilibrium price",
                "The headline least-cost reference price, CNY/t. Where banking is allowed it is the"
                        + " intertemporal path over all the run's years: the price rises at the scenario's discount"
                        + " rate while the bank is positive and restarts where the bank is empty (Rubin 1996;"
                        + " Schennach 2000). Where banking is forbidden it is the one-year price."
            },
            new String[] {
                "One-year equilibrium price",
                "The price at which the year's least-cost abatement and offsets alone close the gap between"
                        + " expected business-as-usual emissions and the allowances issued or held at the year's"
                        + " start, ignoring what the bank is worth later; 0 when there is a surplus."
            },
            new String[] {
                "Least-cost abatement cost",
                "What the firms' abatement costs on the reference: each firm abates where its marginal cost"
                        + " is at or below the reference price (summary.json and annual.csv)."
            },
            new String[] {
                "Efficiency",
                "Reference cost (least-cost abatement, offsets at their price, unmet tonnes at the year's"
                        + " fine per tonne short) ÷ realised cost (abatement, offsets bought and fines). 1 is the"
                        + " least-cost outcome; it is at most 1 up to rounding when the market meets the same gap."
                        + " n/a (undefined, never 0) where the reference needs no costly abatement or nothing was"
                        + " spent. Against the banking-aware path a single year can read above 1 when the market"
                        + " abated less than the path that year and more in another. The one-year efficiency"
                        + " uses the one-year reference."
            });

    private RunReport() {}

    /** The page for {@code run} with {@code charts}. */
    public static String html(RunOutput run, List<ReportChart> charts) {
        Html html = new Html().begin("carbonsim run: " + run.scenario());
        html.element("h1", run.scenario());
        html.paragraph("meta", "carbonsim run report, seed " + run.seed());
        List<String[]> params = new ArrayList<>();
        params.add(new String[] {"Scenario", run.scenario()});
        params.add(new String[] {"Seed", Long.toString(run.seed())});
        if (!run.years().isEmpty()) {
            String first = text(run.years().get(0), "year");
            String last = text(run.years().get(run.years().size() - 1), "year");
            params.add(new String[] {
                "Years", first + " to " + last + " (" + run.years().size() + ")"
            });
        }
        params.add(new String[] {
            "Trading days", Integer.toString(run.daily().rows().size())
        });
        JsonObject t = run.totals();
        String[][] totals = {
            {"cap", "Total cap (t)"},
            {"allocated", "Allocated free (t)"},
            {"auctioned", "Auctioned (t)"},
            {"emissions", "Emissions (t)"},
            {"offsetsUsed", "Offsets used (t)"},
            {"volume", "Volume traded (t)"},
            {"vwap", "VWAP over the run (CNY/t)"},
            {"complianceRate", "Compliance rate over the run"},
            {"penalties", "Penalties (CNY)"},
            {"interventions", "Interventions"}
        };
        for (String[] f : totals) {
            if (t.has(f[0])) {
                params.add(new String[] {f[1], text(t, f[0])});
            }
        }
        html.params(params);

        html.element("h2", "Results per year");
        List<String> header = new ArrayList<>();
        HEADLINE.forEach(h -> header.add(h[1]));
        List<List<String>> rows = new ArrayList<>();
        for (JsonObject y : run.years()) {
            List<String> row = new ArrayList<>();
            for (String[] h : HEADLINE) {
                row.add(text(y, h[0]));
            }
            rows.add(row);
        }
        html.table("years", false, header, rows);
        html.element("h3", "What these figures mean");
        html.params(GLOSSARY);

        html.element("h2", "Charts");
        html.charts(charts);

        html.element("h2", "Sectors");
        html.paragraph("meta", "Click a heading to sort. Quantities in t, penalties in CNY.");
        html.table("sectors", true, run.sectors().header(), table(run.sectors(), null));

        if (run.events().isPresent() && !run.events().get().rows().isEmpty()) {
            html.element("h2", "Interventions and auctions");
            html.paragraph(
                    "meta",
                    "From events.csv: day is the 0-based trading day of the year; tonnes ordered or sold, tonnes"
                            + " requested or offered, auction clearing price in CNY/t.");
            html.table(
                    "events",
                    true,
                    run.events().get().header(),
                    table(run.events().get(), null));
        }

        html.element("h2", "Enterprises");
        CsvTable enterprises = run.enterprises();
        String onlyYear = null;
        if (enterprises.rows().size() > MAX_ENTERPRISE_ROWS && !run.years().isEmpty()) {
            onlyYear = text(run.years().get(run.years().size() - 1), "year");
            html.paragraph(
                    "meta",
                    enterprises.rows().size() + " rows in enterprises.csv; the year " + onlyYear
                            + " only is shown here. Click a heading to sort.");
        } else {
            html.paragraph("meta", "Click a heading to sort. Quantities in t, penalties in CNY.");
        }
        html.table("enterprises", true, enterprises.header(), table(enterprises, onlyYear));
        return html.end("Written by carbonsim from summary.json, daily.csv, annual.csv, sectors.csv and"
                + " enterprises.csv in this folder; re-render with: carbonsim chart DIR");
    }

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
}

package org.carbonsim.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;
import org.carbonsim.core.engine.DayResult;
import org.carbonsim.core.engine.EnterpriseResult;
import org.carbonsim.core.engine.RunResult;
import org.carbonsim.core.engine.RunTotals;
import org.carbonsim.core.engine.SectorResult;
import org.carbonsim.core.engine.TradeRecord;
import org.carbonsim.core.engine.UnitSurplus;
import org.carbonsim.core.engine.YearResult;

/**
 * Writes a run's files: {@code summary.json}, {@code daily.csv}, {@code annual.csv}, {@code
 * sectors.csv}, {@code enterprises.csv} and, on request, {@code trades.csv}. Money in yuan and prices
 * in yuan per tonne with two decimals, converted from fen with integer arithmetic; rates with four
 * decimals; an undefined efficiency (no costly abatement needed, or nothing spent) is written as
 * {@code null} (JSON) or empty (CSV), never 0. The headline reference columns ({@code
 * equilibrium_price}, {@code least_cost_abatement_cost}, {@code efficiency}) are the banking-aware
 * path where banking is allowed; the one-year reference follows under {@code ..._one_year} names. UTF-8,
 * LF line ends, rows in the result's order, so the same result gives the same bytes.
 */
final class RunFiles {
    static final String SUMMARY = "summary.json";
    static final String DAILY = "daily.csv";
    static final String ANNUAL = "annual.csv";
    static final String SECTORS = "sectors.csv";
    static final String ENTERPRISES = "enterprises.csv";
    static final String TRADES = "trades.csv";

    private RunFiles() {}

    /** Writes every file of {@code result} into {@code dir}, which must exist. */
    static void write(RunResult result, Path dir, boolean trades) throws IOException {
        write(dir.resolve(SUMMARY), summary(result));
        write(dir.resolve(DAILY), daily(result));
        write(dir.resolve(ANNUAL), annual(result));
        write(dir.resolve(SECTORS), sectors(result));
        write(dir.resolve(ENTERPRISES), enterprises(result));
        if (trades) {
            write(dir.resolve(TRADES), trades(result));
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Fen as yuan with two decimals. */
    static String yuan(long fen) {
        return BigDecimal.valueOf(fen, 2).toPlainString();
    }

    /** A rate with four decimals. */
    static String rate(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).toPlainString();
    }

    static String summary(RunResult result) {
        return JsonText.of(json -> {
            json.beginObject().name("scenario").string(result.scenario());
            json.name("seed").number(result.seed());
            json.name("years").beginArray();
            for (YearResult y : result.years()) {
                json.beginLineObject();
                field(json, "year", Integer.toString(y.year()));
                field(json, "cap", Long.toString(y.cap()));
                field(json, "coveredEnterprises", Integer.toString(y.coveredEnterprises()));
                field(json, "coveredEmissions", Long.toString(y.coveredEmissions()));
                field(json, "allocated", Long.toString(y.allocated()));
                field(json, "auctioned", Long.toString(y.auctioned()));
                field(json, "emissions", Long.toString(y.emissions()));
                field(json, "abatement", Long.toString(y.abatement()));
                field(json, "offsetsUsed", Long.toString(y.offsetsUsed()));
                field(json, "banked", Long.toString(y.banked()));
                field(json, "volume", Long.toString(y.volume()));
                field(json, "turnover", yuan(y.turnover()));
                field(json, "vwap", yuan(y.vwapFen()));
                field(json, "close", yuan(y.closeFen()));
                field(json, "limitHits", Integer.toString(y.limitHits()));
                field(json, "interventions", Integer.toString(y.interventions()));
                field(json, "complianceRate", rate(y.complianceRate()));
                field(json, "penalties", yuan(y.penalties()));
                field(json, "equilibriumPrice", yuan(y.equilibriumPrice()));
                field(json, "abatementCost", yuan(y.abatementCost()));
                field(json, "leastCostAbatementCost", yuan(y.leastCostAbatementCost()));
                field(json, "efficiency", efficiency(y.efficiency(), "null"));
                field(json, "realisedCost", yuan(y.realisedCost()));
                field(json, "equilibriumPriceOneYear", yuan(y.equilibriumPriceOneYear()));
                field(json, "leastCostAbatementCostOneYear", yuan(y.leastCostAbatementCostOneYear()));
                field(json, "efficiencyOneYear", efficiency(y.efficiencyOneYear(), "null"));
                json.endObject();
            }
            json.endArray();
            json.name("totals").beginLineObject();
            RunTotals t = result.totals();
            field(json, "cap", Long.toString(t.cap()));
            field(json, "allocated", Long.toString(t.allocated()));
            field(json, "auctioned", Long.toString(t.auctioned()));
            field(json, "emissions", Long.toString(t.emissions()));
            field(json, "abatement", Long.toString(t.abatement()));
            field(json, "offsetsUsed", Long.toString(t.offsetsUsed()));
            field(json, "volume", Long.toString(t.volume()));
            field(json, "turnover", yuan(t.turnover()));
            field(json, "vwap", yuan(t.vwapFen()));
            field(json, "limitHits", Integer.toString(t.limitHits()));
            field(json, "interventions", Integer.toString(t.interventions()));
            field(json, "complianceRate", rate(t.complianceRate()));
            field(json, "penalties", yuan(t.penalties()));
            field(json, "abatementCost", yuan(t.abatementCost()));
            field(json, "leastCostAbatementCost", yuan(t.leastCostAbatementCost()));
            field(json, "realisedCost", yuan(t.realisedCost()));
            field(json, "efficiency", efficiency(t.efficiency(), "null"));
            // only a market with unit schedules has these, so every other summary stays as it was
            if (result.unitSurplus().isPresent()) {
                UnitSurplus surplus = result.unitSurplus().get();
                field(json, "realisedSurplus", yuan(surplus.realisedFen()));
                field(json, "maximumSurplus", yuan(surplus.maximumFen()));
                field(json, "allocativeEfficiency", efficiency(surplus.efficiency(), "null"));
            }
            json.endObject().endObject();
        });
    }

    private static void field(JsonText json, String name, String value) throws IOException {
        json.name(name).number(value);
    }

    private static String efficiency(OptionalDouble efficiency, String missing) {
        return efficiency.isPresent() ? rate(efficiency.getAsDouble()) : missing;
    }

    static String csvField(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    static String daily(RunResult result) {
        StringBuilder csv = new StringBuilder("year,day,open,high,low,close,vwap,volume,turnover,band_low,band_high\n");
        for (DayResult d : result.days()) {
            row(
                    csv,
                    Integer.toString(d.year()),
                    Integer.toString(d.day()),
                    yuan(d.openFen()),
                    yuan(d.highFen()),
                    yuan(d.lowFen()),
                    yuan(d.closeFen()),
                    yuan(d.vwapFen()),
                    Long.toString(d.volumeTonnes()),
                    yuan(d.turnoverFen()),
                    yuan(d.bandLowFen()),
                    yuan(d.bandHighFen()));
        }
        return csv.toString();
    }

    static String annual(RunResult result) {
        StringBuilder csv = new StringBuilder("year,cap,covered_enterprises,covered_emissions,allocated,auctioned,"
                + "emissions,abatement,offsets_used,banked,volume,turnover,vwap,close,limit_hits,interventions,"
                + "compliance_rate,penalties,equilibrium_price,abatement_cost,least_cost_abatement_cost,efficiency,"
                + "realised_cost,equilibrium_price_one_year,least_cost_abatement_cost_one_year,efficiency_one_year\n");
        for (YearResult y : result.years()) {
            row(
                    csv,
                    Integer.toString(y.year()),
                    Long.toString(y.cap()),
                    Integer.toString(y.coveredEnterprises()),
                    Long.toString(y.coveredEmissions()),
                    Long.toString(y.allocated()),
                    Long.toString(y.auctioned()),
                    Long.toString(y.emissions()),
                    Long.toString(y.abatement()),
                    Long.toString(y.offsetsUsed()),
                    Long.toString(y.banked()),
                    Long.toString(y.volume()),
                    yuan(y.turnover()),
                    yuan(y.vwapFen()),
                    yuan(y.closeFen()),
                    Integer.toString(y.limitHits()),
                    Integer.toString(y.interventions()),
                    rate(y.complianceRate()),
                    yuan(y.penalties()),
                    yuan(y.equilibriumPrice()),
                    yuan(y.abatementCost()),
                    yuan(y.leastCostAbatementCost()),
                    efficiency(y.efficiency(), ""),
                    yuan(y.realisedCost()),
                    yuan(y.equilibriumPriceOneYear()),
                    yuan(y.leastCostAbatementCostOneYear()),
                    efficiency(y.efficiencyOneYear(), ""));
        }
        return csv.toString();
    }

    static String sectors(RunResult result) {
        StringBuilder csv = new StringBuilder("year,sector,covered_enterprises,allocation,emissions,abatement,"
                + "surrendered,offsets,shortfall,penalty,bought,sold,banked\n");
        for (SectorResult s : result.sectors()) {
            row(
                    csv,
                    Integer.toString(s.year()),
                    csvField(s.sectorId()),
                    Integer.toString(s.coveredEnterprises()),
                    Long.toString(s.allocation()),
                    Long.toString(s.emissions()),
                    Long.toString(s.abatement()),
                    Long.toString(s.surrendered()),
                    Long.toString(s.offsets()),
                    Long.toString(s.shortfall()),
                    yuan(s.penalty()),
                    Long.toString(s.bought()),
                    Long.toString(s.sold()),
                    Long.toString(s.banked()));
        }
        return csv.toString();
    }

    static String enterprises(RunResult result) {
        StringBuilder csv = new StringBuilder("year,enterprise,sector,covered,reason,new_entrant,allocation,emissions,"
                + "abatement,surrendered,offsets,shortfall,penalty,bought,sold,banked\n");
        for (EnterpriseResult e : result.enterprises()) {
            row(
                    csv,
                    Integer.toString(e.year()),
                    csvField(e.enterpriseId()),
                    csvField(e.sectorId()),
                    Boolean.toString(e.covered()),
                    e.reason(),
                    Boolean.toString(e.newEntrant()),
                    Long.toString(e.allocation()),
                    Long.toString(e.emissions()),
                    Long.toString(e.abatement()),
                    Long.toString(e.surrendered()),
                    Long.toString(e.offsets()),
                    Long.toString(e.shortfall()),
                    yuan(e.penalty()),
                    Long.toString(e.bought()),
                    Long.toString(e.sold()),
                    Long.toString(e.banked()));
        }
        return csv.toString();
    }

    static String trades(RunResult result) {
        StringBuilder csv = new StringBuilder("year,day,buyer,seller,price,quantity\n");
        for (TradeRecord t : result.trades()) {
            row(
                    csv,
                    Integer.toString(t.year()),
                    Integer.toString(t.day()),
                    csvField(t.buyer()),
                    csvField(t.seller()),
                    yuan(t.priceFen()),
                    Long.toString(t.quantityTonnes()));
        }
        return csv.toString();
    }

    private static void row(StringBuilder csv, String... fields) {
        csv.append(String.join(",", fields)).append('\n');
    }
}

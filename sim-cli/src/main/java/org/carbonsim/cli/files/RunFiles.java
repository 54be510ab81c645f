package org.carbonsim.cli.files;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.carbonsim.cli.format.Csv;
import org.carbonsim.cli.format.JsonText;
import org.carbonsim.core.engine.DayResult;
import org.carbonsim.core.engine.EnterpriseResult;
import org.carbonsim.core.engine.Liquidity;
import org.carbonsim.core.engine.RunResult;
import org.carbonsim.core.engine.RunTotals;
import org.carbonsim.core.engine.SectorResult;
import org.carbonsim.core.engine.TradeRecord;
import org.carbonsim.core.engine.UnitSurplus;
import org.carbonsim.core.engine.YearResult;
import org.carbonsim.core.model.Enterprise;
import org.carbonsim.core.model.Sector;
import org.carbonsim.core.scenario.Scenario;

/**
 * Writes a run's files: {@code summary.json}, {@code daily.csv}, {@code annual.csv}, {@code
 * sectors.csv}, {@code enterprises.csv}, on request {@code trades.csv}, with MRV rules the {@link
 * MrvFiles}, for a scenario with a {@code cbam} block, {@code cbam.csv} ({@link CbamFiles}), with a
 * {@code finance} block the {@link FinanceFiles} and with a stability reserve {@code reserve.csv}
 * ({@link ReserveFiles}), with
 * the column names of
 * docs/data-dictionary.md (snake_case, unit suffixes {@code _t}, {@code _cny}, {@code _cny_per_t}).
 * Money in yuan and prices in yuan per tonne with two decimals, converted from fen with integer
 * arithmetic; tonnes and counts as integers; rates with four decimals; an undefined efficiency (no
 * costly abatement needed, or nothing spent) is written as {@code null} (JSON) or empty (CSV), never
 * 0. The headline reference columns ({@code equilibrium_price_cny_per_t}, {@code
 * least_cost_abatement_cost_cny}, {@code efficiency}) are the banking-aware path where banking is
 * allowed; the one-year reference follows under {@code ..._one_year} names, then the least cost of the
 * realised abatement and its cost-effectiveness ({@code cost_effectiveness}, undefined when the
 * abatement cost nothing). The seed is a JSON string.
 * UTF-8, LF line ends, rows in the result's order, so the same result gives the same bytes.
 */
public final class RunFiles {
    static final String SUMMARY = "summary.json";
    static final String DAILY = "daily.csv";
    static final String ANNUAL = "annual.csv";
    static final String SECTORS = "sectors.csv";
    static final String ENTERPRISES = "enterprises.csv";
    static final String TRADES = "trades.csv";

    private RunFiles() {}

    /**
     * Writes every file of {@code result}, a run of {@code scenario}, into {@code dir}, which must exist;
     * the scenario's sectors and enterprises give the {@code sector_name} and {@code enterprise_name}
     * columns.
     */
    public static void write(RunResult result, Scenario scenario, Path dir, boolean trades) throws IOException {
        write(result, scenario, dir, trades, Map.of());
    }

    /**
     * As {@link #write(RunResult, Scenario, Path, boolean)}, with trades.csv naming the players of a
     * classroom session: {@code playerOf} gives the player id by enterprise id; when it is not empty
     * trades.csv has the columns {@code buyer_player} and {@code seller_player}.
     */
    public static void write(
            RunResult result, Scenario scenario, Path dir, boolean trades, Map<String, String> playerOf)
            throws IOException {
        Map<String, String> sectorNames = sectorNames(scenario);
        write(dir.resolve(SUMMARY), summary(result));
        write(dir.resolve(DAILY), daily(result));
        write(dir.resolve(ANNUAL), annual(result));
        write(dir.resolve(SECTORS), sectors(result, sectorNames));
        write(dir.resolve(ENTERPRISES), enterprises(result, sectorNames, enterpriseNames(scenario)));
        if (trades) {
            write(dir.resolve(TRADES), trades(result, playerOf));
        }
        if (!result.mrv().isEmpty()) {
            write(dir.resolve(MrvFiles.MRV), MrvFiles.csv(result));
        }
        if (!result.cbam().isEmpty()) {
            write(dir.resolve(CbamFiles.CBAM), CbamFiles.csv(result, sectorNames));
        }
        if (result.finance().isPresent()) {
            if (!result.finance().get().forwardDays().isEmpty()) {
                write(
                        dir.resolve(FinanceFiles.FORWARDS),
                        FinanceFiles.forwards(result.finance().get()));
            }
            write(
                    dir.resolve(FinanceFiles.FINANCE),
                    FinanceFiles.finance(result.finance().get()));
        }
        if (!result.reserve().isEmpty()) {
            write(dir.resolve(ReserveFiles.RESERVE), ReserveFiles.csv(result.reserve()));
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Fen as yuan with two decimals. */
    public static String yuan(long fen) {
        return BigDecimal.valueOf(fen, 2).toPlainString();
    }

    /** A rate with four decimals. */
    public static String rate(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).toPlainString();
    }

    static String summary(RunResult result) {
        return JsonText.of(json -> {
            json.beginObject().name("scenario").string(result.scenario());
            json.name("seed").string(Long.toString(result.seed()));
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
                field(json, "abatementLeastCost", yuan(y.abatementLeastCost()));
                field(json, "costEffectiveness", efficiency(y.costEffectiveness(), "null"));
                Liquidity l = y.liquidity();
                field(json, "turnoverRatio", efficiency(l.turnoverRatio(), "null"));
                field(json, "noTradeDays", Integer.toString(l.noTradeDays()));
                field(json, "lastDaysVolumeShare", efficiency(l.lastDaysVolumeShare(), "null"));
                field(json, "spread", spread(l.spreadFen(), "null"));
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
            field(json, "abatementLeastCost", yuan(t.abatementLeastCost()));
            field(json, "costEffectiveness", efficiency(t.costEffectiveness(), "null"));
            // only a market with unit schedules has these, so every other summary stays as it was
            if (result.unitSurplus().isPresent()) {
                UnitSurplus surplus = result.unitSurplus().get();
                field(json, "realisedSurplus", yuan(surplus.realisedFen()));
                field(json, "maximumSurplus", yuan(surplus.maximumFen()));
                field(json, "allocativeEfficiency", efficiency(surplus.efficiency(), "null"));
            }
            json.endObject();
            // only a scenario with MRV rules has these, so every other summary stays as it was
            if (!result.mrv().isEmpty()) {
                MrvFiles.summary(json, result.mrv());
            }
            // only a scenario with a cbam block has this, so every other summary stays as it was
            if (!result.cbam().isEmpty()) {
                CbamFiles.summary(json, result);
            }
            json.endObject();
        });
    }

    private static void field(JsonText json, String name, String value) throws IOException {
        json.name(name).number(value);
    }

    private static String efficiency(OptionalDouble efficiency, String missing) {
        return efficiency.isPresent() ? rate(efficiency.getAsDouble()) : missing;
    }

    private static String spread(OptionalLong spreadFen, String missing) {
        return spreadFen.isPresent() ? yuan(spreadFen.getAsLong()) : missing;
    }

    /** The sector names of {@code scenario} by sector id, as the scenario gives them. */
    public static Map<String, String> sectorNames(Scenario scenario) {
        Map<String, String> names = new HashMap<>();
        for (Sector sector : scenario.sectors()) {
            names.put(sector.id(), sector.name());
        }
        return names;
    }

    /**
     * The enterprise names of {@code scenario} by enterprise id, as the scenario or its register gives
     * them (the id where neither names one), generated population members included.
     */
    public static Map<String, String> enterpriseNames(Scenario scenario) {
        Map<String, String> names = new HashMap<>();
        for (Enterprise enterprise : scenario.enterprises()) {
            names.put(enterprise.id(), enterprise.name());
        }
        return names;
    }

    static String daily(RunResult result) {
        // the forward curve's columns only where forwards trade, so other runs' files stay as they were
        Map<Long, List<String>> curve = result.finance()
                .filter(f -> !f.forwardDays().isEmpty())
                .map(FinanceFiles::curve)
                .orElse(null);
        return daily(result.days(), curve, result.blockTrades());
    }

    /**
     * daily.csv of {@code days}, with the block agreements' columns when the exchange has them ({@code
     * blockTrades}) and the forward curve's when {@code curve} is not null.
     */
    static String daily(List<DayResult> days, Map<Long, List<String>> curve, boolean blockTrades) {
        StringBuilder csv = new StringBuilder();
        List<String> header = new ArrayList<>(List.of(
                "year",
                "day",
                "open_cny_per_t",
                "high_cny_per_t",
                "low_cny_per_t",
                "close_cny_per_t",
                "vwap_cny_per_t",
                "volume_t",
                "turnover_cny",
                "band_low_cny_per_t",
                "band_high_cny_per_t"));
        if (blockTrades) {
            header.addAll(BLOCK_COLUMNS);
        }
        if (curve != null) {
            header.addAll(FinanceFiles.DAILY_COLUMNS);
        }
        Csv.row(csv, header);
        for (DayResult d : days) {
            List<String> row = new ArrayList<>(List.of(
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
                    yuan(d.bandHighFen())));
            if (blockTrades) {
                row.add(Long.toString(d.blockVolumeTonnes()));
                row.add(yuan(d.blockTurnoverFen()));
            }
            if (curve != null) {
                row.addAll(FinanceFiles.curveCells(curve, d.year(), d.day()));
            }
            Csv.row(csv, row);
        }
        return csv.toString();
    }

    /**
     * The columns of the block agreement trades, in {@code daily.csv} and {@code annual.csv} of a run
     * whose exchange has them (after the others, so other runs' files stay as they were).
     */
    private static final List<String> BLOCK_COLUMNS = List.of("block_volume_t", "block_turnover_cny");

    static String annual(RunResult result) {
        StringBuilder csv = new StringBuilder();
        List<String> header = new ArrayList<>(List.of(
                "year",
                "cap_t",
                "covered_enterprises",
                "covered_emissions_t",
                "allocated_t",
                "auctioned_t",
                "emissions_t",
                "abatement_t",
                "offsets_used_t",
                "banked_t",
                "volume_t",
                "turnover_cny",
                "vwap_cny_per_t",
                "close_cny_per_t",
                "limit_hits",
                "interventions",
                "compliance_rate",
                "penalties_cny",
                "equilibrium_price_cny_per_t",
                "abatement_cost_cny",
                "least_cost_abatement_cost_cny",
                "efficiency",
                "realised_cost_cny",
                "equilibrium_price_one_year_cny_per_t",
                "least_cost_abatement_cost_one_year_cny",
                "efficiency_one_year",
                "abatement_least_cost_cny",
                "cost_effectiveness",
                "turnover_ratio",
                "no_trade_days",
                "last_20_days_volume_share",
                "spread_cny_per_t",
                "cancelled_t",
                "deducted_t"));
        if (result.blockTrades()) {
            header.addAll(BLOCK_COLUMNS);
        }
        Csv.row(csv, header);
        Map<Integer, long[]> blocks = blockTotals(result);
        for (YearResult y : result.years()) {
            List<String> row = new ArrayList<>(List.of(
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
                    efficiency(y.efficiencyOneYear(), ""),
                    yuan(y.abatementLeastCost()),
                    efficiency(y.costEffectiveness(), ""),
                    efficiency(y.liquidity().turnoverRatio(), ""),
                    Integer.toString(y.liquidity().noTradeDays()),
                    efficiency(y.liquidity().lastDaysVolumeShare(), ""),
                    spread(y.liquidity().spreadFen(), ""),
                    Long.toString(y.cancelled()),
                    Long.toString(y.deducted())));
            if (result.blockTrades()) {
                long[] block = blocks.getOrDefault(y.year(), new long[2]);
                row.add(Long.toString(block[0]));
                row.add(yuan(block[1]));
            }
            Csv.row(csv, row);
        }
        return csv.toString();
    }

    /** Each year's block agreement trades, tonnes and fen, added up from its days. */
    private static Map<Integer, long[]> blockTotals(RunResult result) {
        Map<Integer, long[]> totals = new HashMap<>();
        for (DayResult d : result.days()) {
            long[] year = totals.computeIfAbsent(d.year(), y -> new long[2]);
            year[0] = Math.addExact(year[0], d.blockVolumeTonnes());
            year[1] = Math.addExact(year[1], d.blockTurnoverFen());
        }
        return totals;
    }

    /**
     * The columns of a compliance position that {@code sectors.csv} and {@code enterprises.csv} share;
     * the banking rule's cancellations and the tonnes withheld from the issuance come last, after the
     * columns the files held before them.
     */
    private static final List<String> POSITION = List.of(
            "allocation_t",
            "emissions_t",
            "abatement_t",
            "surrendered_t",
            "offsets_t",
            "shortfall_t",
            "penalty_cny",
            "bought_t",
            "sold_t",
            "banked_t",
            "cancelled_t",
            "deducted_t");

    /** The cells of {@link #POSITION}: tonnes as integers, the penalty from fen to yuan. */
    private static List<String> position(long... tonnesThenPenaltyFen) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < tonnesThenPenaltyFen.length; i++) {
            long v = tonnesThenPenaltyFen[i];
            cells.add(POSITION.get(i).endsWith("_cny") ? yuan(v) : Long.toString(v));
        }
        return cells;
    }

    static String sectors(RunResult result, Map<String, String> sectorNames) {
        StringBuilder csv = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("year", "sector_id", "sector_name", "covered_enterprises"));
        header.addAll(POSITION);
        Csv.row(csv, header);
        for (SectorResult s : result.sectors()) {
            List<String> row = new ArrayList<>(List.of(
                    Integer.toString(s.year()),
                    s.sectorId(),
                    sectorNames.getOrDefault(s.sectorId(), s.sectorId()),
                    Integer.toString(s.coveredEnterprises())));
            row.addAll(position(
                    s.allocation(),
                    s.emissions(),
                    s.abatement(),
                    s.surrendered(),
                    s.offsets(),
                    s.shortfall(),
                    s.penalty(),
                    s.bought(),
                    s.sold(),
                    s.banked(),
                    s.cancelled(),
                    s.deducted()));
            Csv.row(csv, row);
        }
        return csv.toString();
    }

    /**
     * enterprises.csv: {@code enterpriseNames} gives the {@code enterprise_name} column by enterprise
     * id (the id for one it lacks), {@code sectorNames} the {@code sector_name} column.
     */
    static String enterprises(RunResult result, Map<String, String> sectorNames, Map<String, String> enterpriseNames) {
        return enterprises(result.enterprises(), sectorNames, enterpriseNames);
    }

    /** enterprises.csv of {@code rows}. */
    static String enterprises(
            List<EnterpriseResult> rows, Map<String, String> sectorNames, Map<String, String> enterpriseNames) {
        StringBuilder csv = new StringBuilder();
        List<String> header = new ArrayList<>(List.of(
                "year",
                "enterprise_id",
                "enterprise_name",
                "sector_id",
                "sector_name",
                "covered",
                "reason",
                "new_entrant"));
        header.addAll(POSITION);
        Csv.row(csv, header);
        for (EnterpriseResult e : rows) {
            List<String> row = new ArrayList<>(List.of(
                    Integer.toString(e.year()),
                    e.enterpriseId(),
                    enterpriseNames.getOrDefault(e.enterpriseId(), e.enterpriseId()),
                    e.sectorId(),
                    sectorNames.getOrDefault(e.sectorId(), e.sectorId()),
                    Boolean.toString(e.covered()),
                    e.reason(),
                    Boolean.toString(e.newEntrant())));
            row.addAll(position(
                    e.allocation(),
                    e.emissions(),
                    e.abatement(),
                    e.surrendered(),
                    e.offsets(),
                    e.shortfall(),
                    e.penalty(),
                    e.bought(),
                    e.sold(),
                    e.banked(),
                    e.cancelled(),
                    e.deducted()));
            Csv.row(csv, row);
        }
        return csv.toString();
    }

    static String trades(RunResult result) {
        return trades(result, Map.of());
    }

    /** trades.csv; with players ({@code playerOf} by enterprise id) two more columns name them, blank for agents. */
    static String trades(RunResult result, Map<String, String> playerOf) {
        return trades(result.trades(), playerOf, result.blockTrades());
    }

    /**
     * trades.csv of {@code trades}, naming the players as {@link #trades(RunResult, Map)} does, and with
     * each trade's venue when the exchange has block agreements ({@code blockTrades}).
     */
    static String trades(List<TradeRecord> trades, Map<String, String> playerOf, boolean blockTrades) {
        StringBuilder csv = new StringBuilder();
        List<String> header =
                new ArrayList<>(List.of("year", "day", "buyer_id", "seller_id", "price_cny_per_t", "quantity_t"));
        if (!playerOf.isEmpty()) {
            header.addAll(List.of("buyer_player", "seller_player"));
        }
        if (blockTrades) {
            header.add("venue");
        }
        Csv.row(csv, header.toArray(String[]::new));
        for (TradeRecord t : trades) {
            List<String> row = new ArrayList<>(List.of(
                    Integer.toString(t.year()),
                    Integer.toString(t.day()),
                    t.buyer(),
                    t.seller(),
                    yuan(t.priceFen()),
                    Long.toString(t.quantityTonnes())));
            if (!playerOf.isEmpty()) {
                row.add(playerOf.getOrDefault(t.buyer(), ""));
                row.add(playerOf.getOrDefault(t.seller(), ""));
            }
            if (blockTrades) {
                row.add(t.block() ? "block" : "book");
            }
            Csv.row(csv, row.toArray(String[]::new));
        }
        return csv.toString();
    }
}

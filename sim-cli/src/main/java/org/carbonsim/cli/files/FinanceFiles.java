package org.carbonsim.cli.files;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.carbonsim.cli.format.Csv;
import org.carbonsim.core.engine.FinanceResult;
import org.carbonsim.core.engine.FinanceYearResult;
import org.carbonsim.core.finance.FinancingYear;
import org.carbonsim.core.finance.ForwardDay;
import org.carbonsim.core.finance.ForwardYear;

/**
 * The files of a run with a {@code finance} block: {@code forwards.csv} (each contract's trading
 * days; only when the block lists forwards), {@code finance.csv} (each year's forward market and financing), and the forward-curve
 * columns {@code daily.csv} gains when forwards trade (the front and next contracts' settlement
 * prices, blank on a day with none). Written only for such runs, so other runs' files stay as they
 * were.
 */
final class FinanceFiles {
    static final String FORWARDS = "forwards.csv";
    static final String FINANCE = "finance.csv";

    /** The columns {@code daily.csv} gains. */
    static final List<String> DAILY_COLUMNS = List.of(
            "forward_front_contract", "forward_front_cny_per_t", "forward_next_contract", "forward_next_cny_per_t");

    private FinanceFiles() {}

    static String forwards(FinanceResult finance) {
        StringBuilder csv = new StringBuilder();
        Csv.row(
                csv,
                "year",
                "day",
                "contract",
                "delivery_day",
                "settlement_cny_per_t",
                "fair_cny_per_t",
                "spot_close_cny_per_t",
                "volume_t",
                "turnover_cny",
                "open_interest_t",
                "delivered_t");
        for (ForwardDay d : finance.forwardDays()) {
            Csv.row(
                    csv,
                    Integer.toString(d.year()),
                    Integer.toString(d.day()),
                    d.contract(),
                    Integer.toString(d.deliveryDay()),
                    RunFiles.yuan(d.settlementFen()),
                    RunFiles.yuan(d.fairFen()),
                    RunFiles.yuan(d.spotFen()),
                    Long.toString(d.volumeTonnes()),
                    RunFiles.yuan(d.turnoverFen()),
                    Long.toString(d.openInterestTonnes()),
                    Long.toString(d.deliveredTonnes()));
        }
        return csv.toString();
    }

    static String finance(FinanceResult finance) {
        StringBuilder csv = new StringBuilder();
        Csv.row(
                csv,
                "year",
                "forward_volume_t",
                "forward_turnover_cny",
                "forward_delivered_t",
                "margin_calls",
                "unmet_margin_calls",
                "margin_defaults",
                "delivery_defaults",
                "default_penalties_cny",
                "pledged_t",
                "repo_t",
                "lent_cny",
                "financing_cost_cny",
                "forfeited_t",
                "financing_deals");
        for (FinanceYearResult y : finance.years()) {
            ForwardYear f = y.forwards();
            FinancingYear p = y.financing();
            Csv.row(
                    csv,
                    Integer.toString(y.year()),
                    Long.toString(f.volumeTonnes()),
                    RunFiles.yuan(f.turnoverFen()),
                    Long.toString(f.deliveredTonnes()),
                    Integer.toString(f.marginCalls()),
                    Integer.toString(f.unmetMarginCalls()),
                    Integer.toString(f.marginDefaults()),
                    Integer.toString(f.deliveryDefaults()),
                    RunFiles.yuan(f.penaltiesFen()),
                    Long.toString(p.pledgedTonnes()),
                    Long.toString(p.repoTonnes()),
                    RunFiles.yuan(p.lentFen()),
                    RunFiles.yuan(p.interestFen()),
                    Long.toString(p.forfeitedTonnes()),
                    Integer.toString(p.deals()));
        }
        return csv.toString();
    }

    /**
     * The forward curve by (year, day): the two contracts nearest delivery that traded that day, as
     * {@link #DAILY_COLUMNS} cells; a day without forwards is absent.
     */
    static Map<Long, List<String>> curve(FinanceResult finance) {
        Map<Long, List<String>> cells = new HashMap<>();
        for (ForwardDay d : finance.forwardDays()) {
            long key = key(d.year(), d.day());
            List<String> row = cells.computeIfAbsent(key, k -> new ArrayList<>());
            if (row.size() < DAILY_COLUMNS.size()) {
                row.add(d.contract());
                row.add(RunFiles.yuan(d.settlementFen()));
            }
        }
        return cells;
    }

    /** The day's curve cells, blank where no contract was listed. */
    static List<String> curveCells(Map<Long, List<String>> curve, int year, int day) {
        List<String> row = new ArrayList<>(curve.getOrDefault(key(year, day), List.of()));
        while (row.size() < DAILY_COLUMNS.size()) {
            row.add("");
        }
        return row;
    }

    private static long key(int year, int day) {
        return (long) year * 1_000 + day;
    }
}

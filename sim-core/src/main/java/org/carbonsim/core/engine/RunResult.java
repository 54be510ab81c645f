package org.carbonsim.core.engine;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.carbonsim.core.cbam.CbamSectorYear;
import org.carbonsim.core.mrv.MrvYear;
import org.carbonsim.core.offsets.OffsetHistory;

/**
 * Everything a run produced: the scenario's name and the seed, one {@link YearResult} per year, the
 * totals, every trading day, per-sector and per-enterprise rows for every year (ordered by year, then
 * id), the interventions, the primary auctions, the registry's totals each year, the stability
 * reserve's years, and the trades when they were recorded (empty otherwise). The same scenario
 * and seed give an equal result. Immutable.
 *
 * @param scenario the scenario's name
 * @param seed the replication's seed
 * @param years per year
 * @param totals over the run
 * @param days every trading day, in order
 * @param sectors per sector and year
 * @param enterprises per enterprise and year
 * @param interventions government interventions, in order
 * @param auctions primary auctions, in order
 * @param ledger the registry's totals at the end of each year
 * @param trades every trade in order, if recorded
 * @param unitSurplus the realised and maximum surplus of the unit-schedule traders (a Gode–Sunder
 *     market's allocative efficiency); empty when the scenario has none
 * @param mrv each year's reports and verification; empty when the scenario has no MRV rules
 * @param cbam CBAM exposure per year and exporting sector, in that order; empty when the scenario
 *     has no {@code cbam} block
 * @param offsets what the modelled offset supply (CCER pipeline, carbon inclusion) did; {@link
 *     OffsetHistory#NONE} when the scenario models none
 * @param finance forwards and financing against allowances; empty without a {@code finance} block
 * @param reserve each year of the market stability reserve, in order; empty when the scenario has none
 * @param blockTrades whether the exchange has block agreement trades ({@code market.blockTrades})
 */
public record RunResult(
        String scenario,
        long seed,
        List<YearResult> years,
        RunTotals totals,
        List<DayResult> days,
        List<SectorResult> sectors,
        List<EnterpriseResult> enterprises,
        List<InterventionRecord> interventions,
        List<AuctionRecord> auctions,
        List<LedgerYear> ledger,
        List<TradeRecord> trades,
        Optional<UnitSurplus> unitSurplus,
        List<MrvYear> mrv,
        List<CbamSectorYear> cbam,
        OffsetHistory offsets,
        Optional<FinanceResult> finance,
        List<ReserveYear> reserve,
        boolean blockTrades) {
    public RunResult {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(totals, "totals");
        years = List.copyOf(years);
        days = List.copyOf(days);
        sectors = List.copyOf(sectors);
        enterprises = List.copyOf(enterprises);
        interventions = List.copyOf(interventions);
        auctions = List.copyOf(auctions);
        ledger = List.copyOf(ledger);
        trades = List.copyOf(trades);
        Objects.requireNonNull(unitSurplus, "unitSurplus");
        mrv = List.copyOf(mrv);
        cbam = List.copyOf(cbam);
        Objects.requireNonNull(offsets, "offsets");
        Objects.requireNonNull(finance, "finance");
        reserve = List.copyOf(reserve);
    }
}

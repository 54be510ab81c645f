package org.carbonsim.core.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.carbonsim.core.allocation.AllocationLine;
import org.carbonsim.core.allocation.AllocationTable;
import org.carbonsim.core.allocation.Allocator;
import org.carbonsim.core.coverage.CoverageDecider;
import org.carbonsim.core.coverage.CoverageRecord;
import org.carbonsim.core.equilibrium.CoveredFirm;
import org.carbonsim.core.equilibrium.EquilibriumInput;
import org.carbonsim.core.equilibrium.OffsetSupply;
import org.carbonsim.core.model.Economy;
import org.carbonsim.core.model.Enterprise;
import org.carbonsim.core.policy.PriceCorridor;
import org.carbonsim.core.scenario.Scenario;

/**
 * The one-year reference of a year, as the year opens: the least-cost problem of its covered
 * enterprises (their expected obligations on business-as-usual emissions and their curves), the
 * allowances the year puts on the market (expected free allocation and the auction volume), the
 * allowances already held in circulation, the offsets and the price corridor, capped at the
 * penalty-equivalent price; and what enterprises foreseeing the least-cost path over the run's later
 * years (and any years after the run that the scenario lets them foresee) take an allowance banked this year to be worth ({@link Foresight}). Stateless.
 */
final class OneYearReference {
    private final Scenario scenario;
    private final Economy economy;

    OneYearReference(Scenario scenario, Economy economy) {
        this.scenario = scenario;
        this.economy = economy;
    }

    /**
     * The reference problem of the {@code covered} year, with its allocation table, the obligations
     * its reporting expects and its offset rule, {@code auctionTonnes} to auction, the
     * penalty-equivalent price {@code penaltyPriceFen} and {@code heldAtStartTonnes} in circulation.
     */
    EquilibriumInput input(CoveredYear covered, long auctionTonnes, long penaltyPriceFen, long heldAtStartTonnes) {
        int year = covered.year();
        AllocationTable table = covered.table();
        ReportingYear reporting = covered.reporting();
        List<CoveredFirm> firms = new ArrayList<>();
        long issued = auctionTonnes;
        for (AllocationLine line : table.lines()) {
            issued = Math.addExact(issued, line.allocationTonnes());
            Enterprise enterprise = economy.enterprise(line.enterpriseId());
            long forecast = reporting.expectedObligation(
                    enterprise.id(), economy.expectedYear(enterprise.id(), year).bauEmissionsTonnes());
            firms.add(new CoveredFirm(enterprise.id(), forecast, enterprise.abatement()));
        }
        PriceCorridor corridor = scenario.policy().corridor();
        long ceiling = Math.max(corridor.floorFen(), Math.min(corridor.ceilingFen(), penaltyPriceFen));
        Map<String, Long> allocations = new TreeMap<>();
        for (AllocationLine line : table.lines()) {
            allocations.put(line.enterpriseId(), line.allocationTonnes());
        }
        OffsetSupply offsets = OffsetPlan.referenceSupply(covered.offsetRule(), year, allocations);
        return new EquilibriumInput(firms, issued, heldAtStartTonnes, offsets, corridor.floorFen(), ceiling);
    }

    /**
     * What enterprises foreseeing the least-cost path take an allowance banked in {@code year} to be
     * worth, fen, and how many the path banks, from the year's {@code reference} and the later years
     * {@link #foreseenYears} gives, with the {@code reserve} (if the scenario has one) acting on the
     * path's banks.
     */
    Foresight.ForeseenBank foreseenBank(
            int year, EquilibriumInput reference, List<ForeseenYear> later, Optional<ForeseenReserve> reserve) {
        return Foresight.bank(
                reference,
                later,
                CycleLinks.of(scenario.compliance(), year, 1 + later.size()),
                scenario.compliance().discountRate(),
                reserve);
    }

    /**
     * The years after {@code year} as the enterprises foresee them: to the run's last year and {@code
     * agents.compliance.foresightYearsAfterRun} years beyond it, each as the coverage rules ({@code
     * ahead}, a copy of the run's decider that has decided {@code year}) and the {@code allocator} make it
     * on expected business-as-usual data: the years to come are not yet recorded, so the economy reads
     * them on trend, without shocks. A sector that leaves the scheme takes its enterprises and their
     * allowances with it, a lowered threshold brings its enterprises in, and allowances issued below
     * the cap (allocation by intensity or benchmark under a cap it does not bind) are foreseen as issued,
     * not as the cap.
     */
    List<ForeseenYear> foreseenYears(int year, CoverageDecider ahead, Allocator allocator) {
        int lastYear = scenario.calendar().startYear()
                + scenario.calendar().years()
                - 1
                + scenario.agents().compliance().foresightYearsAfterRun();
        List<ForeseenYear> later = new ArrayList<>();
        for (int y = year + 1; y <= lastYear; y++) {
            List<CoverageRecord> coverage = ahead.decide(y, economy.enterprises(), economy);
            AllocationTable table = allocator.allocate(y, coverage, economy, economy::expectedYear);
            List<CoveredFirm> firms = new ArrayList<>(table.lines().size());
            long issued = table.auctionTonnes();
            for (AllocationLine line : table.lines()) {
                Enterprise enterprise = economy.enterprise(line.enterpriseId());
                firms.add(new CoveredFirm(
                        enterprise.id(),
                        economy.expectedYear(enterprise.id(), y).bauEmissionsTonnes(),
                        enterprise.abatement()));
                issued = Math.addExact(issued, line.allocationTonnes());
            }
            later.add(new ForeseenYear(y, firms, issued, table.auctionTonnes()));
        }
        return later;
    }
}

package org.carbonsim.core.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.carbonsim.core.allocation.AllocationLine;
import org.carbonsim.core.allocation.AllocationTable;
import org.carbonsim.core.allocation.Allocator;
import org.carbonsim.core.allocation.CapSchedule;
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
     * worth, fen, and how many the path banks, from the year's {@code reference}, its cap {@code
     * capTonnes} and the allowances it issues before a stability reserve acts, {@code
     * plannedIssuedTonnes}. The path runs to the run's last year and {@code
     * agents.compliance.foresightYearsAfterRun} years beyond it, the cap's rule and the expected
     * emissions continuing as they are written, and the {@code reserve} (if the scenario has one)
     * acting on its banks.
     */
    Foresight.ForeseenBank foreseenBank(
            int year,
            EquilibriumInput reference,
            long capTonnes,
            long plannedIssuedTonnes,
            Optional<ForeseenReserve> reserve) {
        List<Integer> later = new ArrayList<>();
        List<Double> capRatio = new ArrayList<>();
        long capThisYear = Math.max(1, capTonnes);
        int lastYear = scenario.calendar().startYear()
                + scenario.calendar().years()
                - 1
                + scenario.agents().compliance().foresightYearsAfterRun();
        for (int y = year + 1; y <= lastYear; y++) {
            later.add(y);
            // a cap derived from allocation is foreseen as this year's
            capRatio.add(
                    scenario.allocation().cap() instanceof CapSchedule.FromAllocation
                            ? 1.0
                            : (double) Allocator.capTonnes(scenario.allocation().cap(), y) / capThisYear);
        }
        return Foresight.bank(
                reference,
                plannedIssuedTonnes,
                later,
                capRatio,
                (id, y) -> economy.expectedYear(id, y).bauEmissionsTonnes(),
                CycleLinks.of(scenario.compliance(), year, 1 + later.size()),
                scenario.compliance().discountRate(),
                reserve);
    }
}

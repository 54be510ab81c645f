package org.carbonsim.core.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.carbonsim.core.agents.AbatementPlanner;
import org.carbonsim.core.allocation.AllocationLine;
import org.carbonsim.core.allocation.AllocationTable;
import org.carbonsim.core.allocation.Allocator;
import org.carbonsim.core.compliance.ComplianceCycle;
import org.carbonsim.core.compliance.OffsetRule;
import org.carbonsim.core.coverage.CoverageDecider;
import org.carbonsim.core.coverage.CoverageRecord;
import org.carbonsim.core.equilibrium.CoveredFirm;
import org.carbonsim.core.equilibrium.EquilibriumInput;
import org.carbonsim.core.equilibrium.OffsetSupply;
import org.carbonsim.core.model.AbatementCurve;
import org.carbonsim.core.model.Economy;
import org.carbonsim.core.model.Enterprise;
import org.carbonsim.core.model.TechnologyStep;
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
        // the table's lines come by id, as the offset caps are read
        OffsetSupply offsets = OffsetPlan.referenceSupply(covered.offsetRule(), year, table.lines());
        return new EquilibriumInput(firms, issued, heldAtStartTonnes, offsets, corridor.floorFen(), ceiling);
    }

    /**
     * The reported reference problem of {@code year}: {@code input} with each enterprise on the steps
     * that can abate in that year. The reference is a planner with perfect foresight from the run's
     * first day: it can order a step with lead time L at the first year's verification at the
     * earliest, and the step abates from L years after the run's first year; a step that takes longer
     * cannot abate in {@code year} whoever orders it, so the reference leaves it out. The firms decide
     * at a verification too, so what they have built by a year is among what the planner could have
     * built by then; and a step costs its price per tonne abated in every year it abates, with no
     * investment paid up front, so the planner gives up nothing by ordering it as early as it can, and
     * a step the firms built costs the reference what it costs the firms (its price per tonne), no more
     * and no less. Which steps the firms actually built does not enter the reference. Continuous curves
     * are unchanged.
     */
    EquilibriumInput readyIn(EquilibriumInput input, int year) {
        int yearsSinceStart = year - scenario.calendar().startYear();
        List<CoveredFirm> firms = new ArrayList<>(input.firms().size());
        for (CoveredFirm firm : input.firms()) {
            firms.add(new CoveredFirm(firm.id(), firm.bauTonnes(), readyIn(firm.curve(), yearsSinceStart)));
        }
        return new EquilibriumInput(
                firms, input.capTonnes(), input.bankedTonnes(), input.offsets(), input.floorFen(), input.ceilingFen());
    }

    /**
     * The steps of {@code curve} whose lead time is at most {@code yearsSinceStart}, the years since the
     * run's first year: those a planner ordering at the first year's verification has in effect by then.
     */
    static AbatementCurve readyIn(AbatementCurve curve, int yearsSinceStart) {
        if (!(curve instanceof AbatementCurve.Steps steps) || allReady(steps, yearsSinceStart)) {
            return curve;
        }
        List<TechnologyStep> ready = steps.steps().stream()
                .filter(step -> step.leadTimeYears() <= yearsSinceStart)
                .toList();
        return new AbatementCurve.Steps(ready);
    }

    /**
     * Whether every step of {@code steps} has a lead time of at most {@code yearsSinceStart}: from the
     * run's second year or so on most curves are whole, and each year's reference asks every
     * enterprise's.
     */
    private static boolean allReady(AbatementCurve.Steps steps, int yearsSinceStart) {
        for (TechnologyStep step : steps.steps()) {
            if (step.leadTimeYears() > yearsSinceStart) {
                return false;
            }
        }
        return true;
    }

    /**
     * What enterprises foreseeing the least-cost path take an allowance banked in {@code year} to be
     * worth, fen, and how many the path banks, from the year's {@code reference} and the later years
     * {@link #foreseenYears} gives, with the {@code reserve} (if the scenario has one) acting on the
     * path's banks. Each enterprise is foreseen in each year on the curve it can abate along then, as
     * its {@code planner} stands when the year opens ({@link AbatementPlanner#curveAvailableIn}): a
     * step not yet decided, ordered at this year's verification at the earliest, counts from its lead
     * time after this year on; the parts of steps already decided count from the year they take
     * effect, whatever the price (their cost is sunk). The path's prices are the prices the firms can
     * meet: a year whose steps are still being built is foreseen without them, as the reported
     * reference leaves them out ({@link #readyIn}).
     */
    Foresight.ForeseenBank foreseenBank(
            int year,
            EquilibriumInput reference,
            List<ForeseenYear> later,
            Optional<ForeseenReserve> reserve,
            AbatementPlanner planner) {
        List<ForeseenYear> laterAvailable = new ArrayList<>(later.size());
        for (ForeseenYear foreseen : later) {
            laterAvailable.add(new ForeseenYear(
                    foreseen.year(),
                    availableIn(foreseen.firms(), year, foreseen.year(), planner),
                    foreseen.issuedTonnes(),
                    foreseen.auctionTonnes(),
                    foreseen.offsets()));
        }
        EquilibriumInput thisYear = new EquilibriumInput(
                availableIn(reference.firms(), year, year, planner),
                reference.capTonnes(),
                reference.bankedTonnes(),
                reference.offsets(),
                reference.floorFen(),
                reference.ceilingFen());
        return Foresight.bank(
                thisYear,
                laterAvailable,
                CycleLinks.of(scenario.compliance(), year, 1 + later.size()),
                scenario.compliance().discountRate(),
                reserve);
    }

    /**
     * {@code firms} each on the curve it can abate along in {@code year} as its {@code planner} stands
     * at the verification of {@code decisionYear}.
     */
    private static List<CoveredFirm> availableIn(
            List<CoveredFirm> firms, int decisionYear, int year, AbatementPlanner planner) {
        List<CoveredFirm> available = new ArrayList<>(firms.size());
        for (CoveredFirm firm : firms) {
            available.add(new CoveredFirm(
                    firm.id(),
                    firm.bauTonnes(),
                    planner.curveAvailableIn(firm.id(), firm.curve(), decisionYear, year)));
        }
        return available;
    }

    /**
     * The years of {@code cycle} after {@code year}, to {@code lastYear} (its deadline, or the run's
     * last year where the run ends first), as the covered enterprises expect them: each year as the
     * coverage rules ({@code ahead}, a copy of the run's decider that has decided {@code year}) and the
     * {@code allocator} make it on expected business-as-usual data, as {@link #foreseenYears} does. A
     * year's auctions are expected to go to the enterprises covered then in proportion to their
     * expected emissions, as the foreseeing firms share the bank they plan: the rules say how much is
     * auctioned, not who will buy it.
     */
    CycleOutlook cycleOutlook(
            int year, int lastYear, ComplianceCycle cycle, CoverageDecider ahead, Allocator allocator) {
        CycleOutlook.Builder outlook = new CycleOutlook.Builder(cycle);
        for (int y = year + 1; y <= lastYear; y++) {
            List<CoverageRecord> coverage = ahead.decide(y, economy.enterprises(), economy);
            AllocationTable table = allocator.allocateWithoutPreAllocation(y, coverage, economy, economy::expectedYear);
            double totalBau = 0;
            for (AllocationLine line : table.lines()) {
                totalBau += economy.expectedYear(line.enterpriseId(), y).bauEmissionsTonnes();
            }
            for (AllocationLine line : table.lines()) {
                String id = line.enterpriseId();
                long bau = economy.expectedYear(id, y).bauEmissionsTonnes();
                long auctioned = totalBau > 0 ? (long) Math.floor(table.auctionTonnes() * (bau / totalBau)) : 0;
                outlook.add(id, new CycleOutlook.LaterYear(line.sectorId(), bau, line.allocationTonnes(), auctioned));
            }
        }
        return outlook.build();
    }

    /**
     * The years after {@code year} as the enterprises foresee them: to the run's last year and {@code
     * agents.compliance.foresightYearsAfterRun} years beyond it, each as the coverage rules ({@code
     * ahead}, a copy of the run's decider that has decided {@code year}) and the {@code allocator} make it
     * on expected business-as-usual data: the years to come are not yet recorded, so the economy reads
     * them on trend, without shocks. A sector that leaves the scheme takes its enterprises and their
     * allowances with it, a lowered threshold brings its enterprises in, and allowances issued below
     * the cap (allocation by intensity or benchmark under a cap it does not bind) are foreseen as issued,
     * not as the cap. Each year counts the credits of this year's {@code offsetRule} (its programmes,
     * their prices and supply) eligible in that year, their caps on that year's allocation: where the
     * cap falls, so do caps on allocation, and a year foreseen with this year's caps counted credits
     * its enterprises could not surrender.
     */
    List<ForeseenYear> foreseenYears(int year, CoverageDecider ahead, Allocator allocator, OffsetRule offsetRule) {
        return foreseenYears(year, null, ahead, allocator, offsetRule);
    }

    /**
     * The last year the enterprises foresee: the run's last year and {@code
     * agents.compliance.foresightYearsAfterRun} years beyond it. From it on, {@link #foreseenYears}
     * gives none.
     */
    int lastForeseenYear() {
        return scenario.calendar().startYear()
                + scenario.calendar().years()
                - 1
                + scenario.agents().compliance().foresightYearsAfterRun();
    }

    /**
     * Of the years {@link #foreseenYears(int, CoverageDecider, Allocator, OffsetRule)} gives, those
     * {@code leads} years after {@code year} ({@code leads} ascending), each the same: coverage is
     * still decided year by year to the last of them, as it carries from one year to the next, but no
     * other year is allocated.
     */
    List<ForeseenYear> foreseenYears(
            int year, List<Integer> leads, CoverageDecider ahead, Allocator allocator, OffsetRule offsetRule) {
        int lastYear = lastForeseenYear();
        List<ForeseenYear> later = new ArrayList<>();
        // the next of the leads not yet passed; every year is foreseen without leads
        int next = 0;
        for (int y = year + 1; y <= lastYear && (leads == null || next < leads.size()); y++) {
            List<CoverageRecord> coverage = ahead.decide(y, economy.enterprises(), economy);
            if (leads != null) {
                while (next < leads.size() && leads.get(next) < y - year) {
                    next++;
                }
                if (next == leads.size() || leads.get(next) != y - year) {
                    continue;
                }
            }
            AllocationTable table = allocator.allocateWithoutPreAllocation(y, coverage, economy, economy::expectedYear);
            List<CoveredFirm> firms = new ArrayList<>(table.lines().size());
            long issued = table.auctionTonnes();
            for (AllocationLine line : table.lines()) {
                // the table was allocated on expected data: its line holds the expected emissions
                firms.add(new CoveredFirm(
                        line.enterpriseId(),
                        line.bauEmissionsTonnes(),
                        economy.enterprise(line.enterpriseId()).abatement()));
                issued = Math.addExact(issued, line.allocationTonnes());
            }
            OffsetSupply offsets = OffsetPlan.referenceSupply(offsetRule, y, table.lines());
            later.add(new ForeseenYear(y, firms, issued, table.auctionTonnes(), offsets));
        }
        return later;
    }
}

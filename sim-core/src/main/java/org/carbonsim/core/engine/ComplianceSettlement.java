package org.carbonsim.core.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.carbonsim.core.agents.MarginalCost;
import org.carbonsim.core.agents.Position;
import org.carbonsim.core.allocation.AllocationLine;
import org.carbonsim.core.compliance.ComplianceCycle;
import org.carbonsim.core.compliance.ComplianceDesk;
import org.carbonsim.core.compliance.ComplianceOutcome;
import org.carbonsim.core.compliance.ComplianceYear;
import org.carbonsim.core.offsets.CreditSupply;
import org.carbonsim.core.registry.Registry;
import org.carbonsim.core.scenario.Scenario;

/**
 * The compliance deadline of each year of a run in turn: each covered enterprise's obligation of the
 * year joins its cycle's ({@link OpenCycle}), misreports are charged, and in the cycle's last year (or
 * the run's, which settles a cycle the run cuts short) every enterprise owing for the cycle settles
 * with the year's desk (offsets, surrender, borrowing, penalties, banking); the year's credit supply
 * closes on the outcome, and the covered enterprises hold what they have until the year ends. Keeps
 * the year's outcomes. Not thread-safe.
 */
final class ComplianceSettlement {
    private final Scenario scenario;
    private final Registry registry;
    private final CreditSupply creditSupply;
    private final OpenCycle openCycle;
    private final AccountBook book;
    private final SessionPositions positions;
    /** Each enterprise's registry account, opened on first use. */
    private final ToIntFunction<String> accountOf;

    private ComplianceYear compliance;
    /** Each year's map is new: the year's sector rows keep it. */
    private Map<String, ComplianceOutcome> outcomes;

    ComplianceSettlement(
            Scenario scenario,
            Registry registry,
            CreditSupply creditSupply,
            OpenCycle openCycle,
            AccountBook book,
            SessionPositions positions,
            ToIntFunction<String> accountOf) {
        this.scenario = scenario;
        this.registry = registry;
        this.creditSupply = creditSupply;
        this.openCycle = openCycle;
        this.book = book;
        this.positions = positions;
        this.accountOf = accountOf;
    }

    /** Opens a year: nothing settled yet. */
    void openYear() {
        compliance = null;
        outcomes = Map.of();
    }

    /**
     * The deadline of {@code verified}'s year for the covered enterprises of {@code lines}, reported
     * under {@code reporting}: settled by {@code desk} at the year's average price {@code averageFen},
     * with the surplus value and offset plan of {@code needs} and the credits on the path of {@code
     * outlook}, whose price effects the credit supply closes on.
     */
    void settle(
            List<AllocationLine> lines,
            YearVerification verified,
            ReportingYear reporting,
            ComplianceDesk desk,
            YearOutlook outlook,
            VerifiedNeeds needs,
            long averageFen) {
        int year = verified.year();
        for (AllocationLine line : lines) {
            String id = line.enterpriseId();
            int account = accountOf.applyAsInt(id);
            openCycle.add(id, account, verified.obligation(id), book.soldTonnes(account) - book.boughtTonnes(account));
        }
        reporting.chargeMisreports(registry, accountOf);
        ComplianceCycle cycle = scenario.compliance().cycleOf(year);
        int lastRunYear = scenario.calendar().startYear() + scenario.calendar().years() - 1;
        if (!cycle.settlesIn(year) && year < lastRunYear) {
            compliance = new ComplianceYear(year, List.of());
            creditSupply.close(compliance, outlook.priceEffects());
            return;
        }
        if (!cycle.settlesIn(year)) {
            cycle = new ComplianceCycle(
                    cycle.firstYear(),
                    year,
                    cycle.borrowingWithinCycle(),
                    cycle.banking(),
                    cycle.borrowingShare(),
                    cycle.burdenCap());
        }
        // firms that foresee a path banking out of a year priced at a flat programme's own price (the
        // bank value is then that price) free for the bank the allowances the path's share of the
        // programme's credits replaces, as the path does; a firm without the path swaps none at a tie
        long surplusValueFen = needs.surplusValueFen();
        double atValueShare = outlook.creditsOnPath() == CreditsOnPath.NONE
                ? 0
                : needs.offsetPlan().pathShareAt(surplusValueFen);
        compliance = desk.settleCycle(cycle, openCycle.dues(), registry, averageFen, surplusValueFen, atValueShare);
        registry.cancelNonBankable(year);
        openCycle.clear(cycle);
        creditSupply.close(compliance, outlook.priceEffects());
        // looked up by id only: sized for every outcome at once
        outcomes = new HashMap<>(YearPlans.capacityFor(compliance.outcomes().size()));
        for (ComplianceOutcome outcome : compliance.outcomes()) {
            outcomes.put(outcome.enterpriseId(), outcome);
        }
        positions.resync();
        for (AllocationLine line : lines) {
            Position position = positions.of(line.enterpriseId());
            position.updateExpectedNeed(position.allowancesTonnes());
            position.updateMarginalCost(MarginalCost.constant(0));
        }
    }

    /** The year's compliance: its outcomes, or none in a year before its cycle's deadline. */
    ComplianceYear compliance() {
        return compliance;
    }

    /** Each enterprise's outcome at the year's deadline, by id; empty before it or when nothing was due. */
    Map<String, ComplianceOutcome> outcomes() {
        return outcomes;
    }

    /** What each enterprise's credits surrendered at this year's deadline cost it, fen; none without. */
    Map<String, Long> offsetCostFen() {
        Map<String, Long> costs = new HashMap<>(YearPlans.capacityFor(outcomes.size()));
        for (ComplianceOutcome outcome : outcomes.values()) {
            if (outcome.offsetCostFen() != 0) {
                costs.put(outcome.enterpriseId(), outcome.offsetCostFen());
            }
        }
        return costs;
    }
}

package org.carbonsim.core.engine;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.carbonsim.core.agents.AbatementDecision;
import org.carbonsim.core.agents.AbatementPlanner;
import org.carbonsim.core.agents.MarginalCost;
import org.carbonsim.core.allocation.AllocationLine;
import org.carbonsim.core.compliance.YearObligation;
import org.carbonsim.core.model.AbatementCurve;
import org.carbonsim.core.model.Economy;

/**
 * The covered enterprises' plans as a year opens: each one's abatement decision at the price it
 * expects, the obligation it then expects to owe (its expected obligation under MRV rules, on its
 * expected emissions after that abatement), the cost it takes a tonne to have ({@link CurveCost}: its
 * revisable curve at the planned share, the penalty-equivalent price beyond its potential, no less
 * than the bank value, and holding its share of the bank it foresees) and the year's offset plan over those obligations. Immutable; making it records
 * the decisions in the planner.
 */
final class YearPlans {
    private final Map<String, AbatementDecision> decisions;
    private final Map<String, Long> expectedObligations;
    private final Map<String, CurveCost> costs;
    private final OffsetPlan offsetPlan;
    private final long penaltyPriceFen;
    private final PlannedBorrowing borrowing;
    private final Map<String, Long> fromCycle;
    private final CycleOutlook cycleOutlook;
    private final Map<String, Long> laterCycleNeeds;

    private YearPlans(
            Map<String, AbatementDecision> decisions,
            Map<String, Long> expectedObligations,
            Map<String, CurveCost> costs,
            OffsetPlan offsetPlan,
            long penaltyPriceFen,
            PlannedBorrowing borrowing,
            Map<String, Long> fromCycle,
            CycleOutlook cycleOutlook,
            Map<String, Long> laterCycleNeeds) {
        this.decisions = Collections.unmodifiableMap(decisions);
        this.expectedObligations = expectedObligations;
        this.costs = costs;
        this.offsetPlan = offsetPlan;
        this.penaltyPriceFen = penaltyPriceFen;
        this.borrowing = borrowing;
        this.fromCycle = fromCycle;
        this.cycleOutlook = cycleOutlook;
        this.laterCycleNeeds = laterCycleNeeds;
    }

    /**
     * The plans of the enterprises the {@code covered} year lists: {@code planner} decides each one's
     * abatement at the price it expects, the year's reporting turns its expected emissions into the
     * obligation it expects, the year's offset rule gives the offset plan; no tonne costs an
     * enterprise more than the penalty-equivalent price, neither one beyond its potential nor one on a
     * curve that rises above it (paying the penalty is the cheaper way to be short), and an allowance
     * is worth at least the bank value ({@code prices}), as each enterprise takes it ({@code banks}).
     * In a year of a multi-year cycle the offset plan takes its caps on the allocation and emissions of
     * the cycle so far ({@code openCycle} and this year), as the desk does at the deadline, since the
     * need it meets is the cycle's so far. Where the year comes before the deadline of a cycle whose
     * allowances are one pool and the enterprises do not foresee the path, each plans the cycle as a
     * whole on its {@code cycleOutlook}: it needs this year's obligation and what the later years
     * will add beyond their allocation at the share it plans to abate ({@link #laterCycleNeedTonnes}),
     * and a tonne costs it the curve over the cycle's emissions, since before the one deadline it can
     * abate that tonne in any of the cycle's years and does so where it is cheapest, at the same
     * marginal cost in each.
     */
    static YearPlans of(
            CoveredYear covered,
            PlanningPrices prices,
            BankValueSpread banks,
            Economy economy,
            AbatementPlanner planner,
            OpenCycle openCycle,
            CycleOutlook cycleOutlook) {
        int year = covered.year();
        int firms = covered.table().lines().size();
        // filled along the table's lines, so in id order (the allocator sorts them): iterated in that
        // order, and by the offset plan's caps as they are (ByIdTotals)
        Map<String, AbatementDecision> decisions = new LinkedHashMap<>(capacityFor(firms));
        Map<String, Long> allocations = new LinkedHashMap<>(capacityFor(firms));
        Map<String, Long> expectedObligations = new LinkedHashMap<>(capacityFor(firms));
        // looked up by id only, or summed whatever the order: sized for every firm at once
        Map<String, CurveCost> costs = new HashMap<>(capacityFor(firms));
        Map<String, Double> shares = new HashMap<>(capacityFor(firms));
        long foreseenBank = prices.foreseenBankTonnes();
        long fromCycleTonnes = prices.fromCycleTonnes();
        Map<String, Long> fromCycle = new HashMap<>(capacityFor(firms));
        Map<String, Long> laterCycleNeeds = new HashMap<>(capacityFor(firms));
        double totalForecast = 0;
        if (foreseenBank > 0 || fromCycleTonnes > 0) {
            for (AllocationLine line : covered.table().lines()) {
                totalForecast += economy.expectedYear(line.enterpriseId(), year).bauEmissionsTonnes();
            }
        }
        // no tonne is abated for more than being short costs, whatever price is expected
        double planningPriceFen = Math.min(prices.expectedFen(), prices.penaltyPriceFen());
        for (AllocationLine line : covered.table().lines()) {
            String id = line.enterpriseId();
            AbatementCurve curve = economy.enterprise(id).abatement();
            long forecast = economy.expectedYear(id, year).bauEmissionsTonnes();
            AbatementDecision decision = planner.plan(id, year, curve, forecast, planningPriceFen);
            decisions.put(id, decision);
            shares.put(id, decision.share());
            allocations.put(id, line.allocationTonnes());
            expectedObligations.put(
                    id, covered.reporting().expectedObligation(id, forecast - decision.abatementTonnes()));
            double committed = planner.committedShare(id);
            long bankTarget = totalForecast > 0 && foreseenBank > 0
                    ? (long) Math.floor(foreseenBank * (forecast / totalForecast))
                    : 0;
            if (fromCycleTonnes > 0 && totalForecast > 0) {
                fromCycle.put(id, (long) Math.floor(fromCycleTonnes * (forecast / totalForecast)));
            }
            if (cycleOutlook.plansFor(id)) {
                laterCycleNeeds.put(id, cycleOutlook.laterNeedTonnes(id, decision.share()));
            }
            costs.put(
                    id,
                    new CurveCost(
                            planner.revisableCurve(id),
                            Math.addExact(forecast, cycleOutlook.laterBauTonnes(id)),
                            committed,
                            decision.share() - committed,
                            prices.penaltyPriceFen(),
                            banks.valueFen(id, prices.bankFen(), prices.penaltyPriceFen()),
                            bankTarget));
        }
        // before a pooled cycle's deadline the caps rest on the cycle's expected totals, later years too
        OffsetPlan offsetPlan = OffsetPlan.of(
                        covered.offsetRule(),
                        year,
                        cycleOutlook.withLaterAllocation(
                                openCycle.withCarried(allocations, YearObligation::allocationTonnes)),
                        cycleOutlook.withLaterEmissions(
                                openCycle.withCarried(expectedObligations, YearObligation::emissionsTonnes), shares))
                .onPath(prices.creditsOnPath());
        if (!laterCycleNeeds.isEmpty()) {
            // what each would hold at the year's end: the need it enters trading with, less the credits
            // it plans at the price it expects, which free as many allowances to sell
            long plannedPriceFen = (long) Math.floor(planningPriceFen);
            Map<String, Long> needs = new HashMap<>(capacityFor(firms));
            for (AllocationLine line : covered.table().lines()) {
                String id = line.enterpriseId();
                long owed = cycleOutlook.obligationTonnes(
                        line.sectorId(), expectedObligations.get(id), line.allocationTonnes());
                needs.put(
                        id,
                        openCycle.carriedTonnes(id)
                                + owed
                                - (line.allocationTonnes() - line.preAllocationTonnes())
                                + laterCycleNeeds.getOrDefault(id, 0L)
                                - offsetPlan.plannedTonnes(id, plannedPriceFen));
            }
            CycleOutlook.deferredTonnes(needs, laterCycleNeeds)
                    .forEach((id, deferred) -> laterCycleNeeds.merge(id, -deferred, Math::addExact));
        }
        return new YearPlans(
                decisions,
                expectedObligations,
                costs,
                offsetPlan,
                prices.penaltyPriceFen(),
                prices.borrowing(),
                fromCycle,
                cycleOutlook,
                laterCycleNeeds);
    }

    /** The initial capacity of a hash map that holds {@code entries} without resizing. */
    static int capacityFor(int entries) {
        return (int) Math.min(1L << 30, entries * 4L / 3 + 1);
    }

    /**
     * The surplus covered enterprise {@code id} means to carry into next year, t: its share of the bank
     * the enterprises foresee ({@link PlanningPrices#foreseenBankTonnes}), in proportion to its expected
     * business-as-usual emissions this year; 0 without foresight.
     */
    long bankTargetTonnes(String id) {
        return costs.get(id).bankTargetTonnes();
    }

    /** What each covered enterprise plans to borrow from next year's allocation at the deadline. */
    PlannedBorrowing borrowing() {
        return borrowing;
    }

    /**
     * What covered enterprise {@code id} owing {@code cycleOwedTonnes} for its cycle so far plans to
     * meet without buying or abating, t: what it borrows from next year's allocation at the cycle's
     * deadline ({@link #borrowing}), or before the deadline its share of what the path it foresees
     * takes from the cycle's later allocation ({@link PlanningPrices#fromCycleTonnes}).
     */
    long plannedCoverTonnes(String id, long cycleOwedTonnes) {
        return Math.addExact(borrowing.tonnesOn(cycleOwedTonnes), fromCycle.getOrDefault(id, 0L));
    }

    /**
     * What covered enterprise {@code id} expects the later years of its cycle to add to its need as the
     * year opens, t ({@link CycleOutlook#laterNeedTonnes} at the share it plans): 0 at the cycle's
     * deadline, where the cycle's allowances are not one pool, and for enterprises that foresee the
     * path (they plan the pool on it).
     */
    long laterCycleNeedTonnes(String id) {
        return laterCycleNeeds.getOrDefault(id, 0L);
    }

    /** The later years of the cycle the enterprises plan for ({@link CycleOutlook#NONE} for none). */
    CycleOutlook cycleOutlook() {
        return cycleOutlook;
    }

    /**
     * Each covered enterprise's abatement decision, in id order (the order of the allocation table's
     * lines); a read-only view.
     */
    Map<String, AbatementDecision> decisions() {
        return decisions;
    }

    /** What covered enterprise {@code id} expects to owe for the year after its planned abatement, t. */
    long expectedObligationTonnes(String id) {
        return expectedObligations.get(id);
    }

    /** The cost covered enterprise {@code id} takes a tonne to have, by its curve alone. */
    CurveCost cost(String id) {
        return costs.get(id);
    }

    /**
     * The cost {@code id} takes a tonne to have, the offset credits the plan allows it included, with
     * room for the {@code coverTonnes} it plans to borrow to be bought instead ({@link PlannedCoverCost}).
     */
    MarginalCost covering(String id, long coverTonnes) {
        return OffsetCost.of(PlannedCoverCost.of(costs.get(id), coverTonnes), offsetPlan, id);
    }

    /** What being a tonne short costs this year, fen per tonne: the penalty-equivalent price. */
    long penaltyPriceFen() {
        return penaltyPriceFen;
    }

    /** The year's offset plan over the expected obligations. */
    OffsetPlan offsetPlan() {
        return offsetPlan;
    }
}

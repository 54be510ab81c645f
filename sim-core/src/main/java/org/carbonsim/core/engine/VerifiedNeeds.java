package org.carbonsim.core.engine;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.carbonsim.core.agents.AbatementPlanner;
import org.carbonsim.core.agents.MarginalCost;
import org.carbonsim.core.agents.Position;
import org.carbonsim.core.allocation.AllocationLine;
import org.carbonsim.core.compliance.OffsetRule;
import org.carbonsim.core.compliance.YearObligation;

/**
 * What the covered enterprises trade toward from verification to the deadline, for each year of a run
 * in turn: the credits each plans on its verified year ({@link OffsetPlan}), the need left for
 * allowances and the marginal cost of covering it. Their abatement is done, so a shortfall costs the
 * penalty-equivalent price and a surplus is worth the close at verification if it can be banked,
 * nothing if not; a firm planning its pooled cycle as a whole prices a tonne at what abating it in the
 * cycle's later years would cost. Not thread-safe.
 */
final class VerifiedNeeds {
    private final SessionPositions positions;
    private final AbatementPlanner planner;
    private final BankValueSpread bankValues;
    private final OpenCycle openCycle;

    private OffsetPlan offsetPlan;
    /** What a covered enterprise takes a surplus allowance to be worth from verification on, fen. */
    private long surplusValueFen;

    VerifiedNeeds(
            SessionPositions positions, AbatementPlanner planner, BankValueSpread bankValues, OpenCycle openCycle) {
        this.positions = positions;
        this.planner = planner;
        this.bankValues = bankValues;
        this.openCycle = openCycle;
    }

    /** Opens a year with {@code plans}: their offset plan, no surplus value yet. */
    void openYear(YearPlans plans) {
        offsetPlan = plans.offsetPlan();
        surplusValueFen = 0;
    }

    /**
     * Sets each covered enterprise of {@code lines} to trade toward its verified year ({@code
     * verified}), under the year's {@code offsetRule} and {@code outlook}: at {@code tradableFen} (what a
     * tonne could trade at when the last day closed) or, for a firm planning its pooled cycle as a
     * whole, at {@code poolPriceFen}.
     */
    void afterVerification(
            YearVerification verified,
            YearOutlook outlook,
            OffsetRule offsetRule,
            List<AllocationLine> lines,
            long tradableFen,
            long poolPriceFen) {
        YearPlans plans = verified.plans();
        boolean carried = outlook.carriedOut();
        // the deadline's offset purchases read the common value; each firm's surplus its own. Firms
        // that foresee the path replace an allowance they would bank with a credit only below what
        // the path makes a banked allowance worth, next year's price discounted, as the path does: a
        // close a fen above a credit's price would otherwise swap every credit for a banked allowance
        CreditsOnPath creditsOnPath = outlook.creditsOnPath();
        long bankFen = outlook.bankFen();
        long penaltyPriceFen = outlook.penaltyPriceFen();
        surplusValueFen = !carried ? 0 : creditsOnPath == CreditsOnPath.NONE ? Math.max(tradableFen, bankFen) : bankFen;
        // filled along the lines, so in id order: the offset plan's caps read it as it is (ByIdTotals)
        Map<String, Long> obligations = new LinkedHashMap<>(YearPlans.capacityFor(lines.size()));
        for (AllocationLine line : lines) {
            obligations.put(line.enterpriseId(), verified.obligationTonnes(line.enterpriseId()));
        }
        // in a multi-year cycle the caps rest on the cycle's totals so far, as at the deadline
        // and before a pooled cycle's deadline on what its later years are expected to add
        CycleOutlook later = plans.cycleOutlook();
        offsetPlan = OffsetPlan.of(
                        offsetRule,
                        verified.year(),
                        later.withLaterAllocation(
                                openCycle.withCarried(verified.finalAllocation(), YearObligation::allocationTonnes)),
                        later.withLaterEmissions(
                                openCycle.withCarried(obligations, YearObligation::emissionsTonnes), verified.shares()))
                .onPath(creditsOnPath);
        // summed whatever the order, and looked up by id: sized for every line at once
        Map<String, Long> laterNeeds = new HashMap<>(YearPlans.capacityFor(lines.size()));
        Map<String, Long> afterCredits = new HashMap<>(YearPlans.capacityFor(lines.size()));
        // each enterprise's need, cover, revised share and plan, by its line's place: read here at its
        // credit price and below as its cost's credits
        long[] needs = new long[lines.size()];
        long[] covers = new long[lines.size()];
        double[] shares = new double[lines.size()];
        OffsetPlan.EnterprisePlan[] linePlans = new OffsetPlan.EnterprisePlan[lines.size()];
        int lineIndex = 0;
        for (AllocationLine line : lines) {
            String id = line.enterpriseId();
            long cycleOwed = Math.addExact(
                    openCycle.carriedTonnes(id), verified.obligation(id).obligationTonnes());
            double share = verified.decisions().get(id).share();
            shares[lineIndex] = share;
            long laterNeed = later.laterNeedTonnes(id, share);
            laterNeeds.put(id, laterNeed);
            long cover = plans.plannedCoverTonnes(id, cycleOwed);
            covers[lineIndex] = cover;
            long need = cycleOwed - cover + laterNeed;
            needs[lineIndex] = need;
            long creditPriceFen = later.plansFor(id) ? poolPriceFen : tradableFen;
            OffsetPlan.EnterprisePlan linePlan = offsetPlan.forEnterprise(id);
            linePlans[lineIndex++] = linePlan;
            afterCredits.put(id, need - linePlan.plannedTonnes(creditPriceFen));
        }
        // what the others must wait for until the cycle's later allowances are issued: the credits
        // a firm plans free as many of its allowances to sell, so they count against its need
        Map<String, Long> deferred = CycleOutlook.deferredTonnes(afterCredits, laterNeeds);
        lineIndex = 0;
        for (AllocationLine line : lines) {
            String id = line.enterpriseId();
            int at = lineIndex++;
            OffsetPlan.EnterprisePlan linePlan = linePlans[at];
            Position position = positions.of(id);
            double share = shares[at];
            position.updateExpectedNeed(needs[at] - deferred.getOrDefault(id, 0L));
            position.updateNeedUncertainty(0);
            long beyondFen = plans.cost(id).beyondFen();
            if (later.plansFor(id)) {
                // this year's abatement is done, the cycle's later years' is still to come: a tonne
                // costs what abating it then would, at the share it now plans for them
                double committed = planner.committedShare(id);
                position.updateMarginalCost(OffsetCost.of(
                        PlannedCoverCost.of(
                                new CurveCost(
                                        planner.revisableCurve(id),
                                        later.laterBauTonnes(id),
                                        committed,
                                        Math.max(0, share - committed),
                                        beyondFen,
                                        Math.min(beyondFen, bankValues.valueFen(id, bankFen, penaltyPriceFen))),
                                covers[at]),
                        offsetPlan,
                        linePlan));
                continue;
            }
            long firmBankFen = carried ? Math.max(tradableFen, bankValues.valueFen(id, bankFen, penaltyPriceFen)) : 0;
            position.updateMarginalCost(OffsetCost.of(
                    PlannedCoverCost.of(
                            MarginalCost.abated(
                                    beyondFen,
                                    Math.min(beyondFen, firmBankFen),
                                    carried ? plans.bankTargetTonnes(id) : 0),
                            covers[at]),
                    offsetPlan,
                    linePlan));
        }
    }

    /** The year's offset plan: as planned when the year opened, and from verification on the verified year. */
    OffsetPlan offsetPlan() {
        return offsetPlan;
    }

    /** What a covered enterprise takes a surplus allowance to be worth from verification on, fen; 0 before. */
    long surplusValueFen() {
        return surplusValueFen;
    }
}

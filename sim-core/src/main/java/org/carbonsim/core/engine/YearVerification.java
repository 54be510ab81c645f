package org.carbonsim.core.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.carbonsim.core.agents.AbatementDecision;
import org.carbonsim.core.agents.AbatementPlanner;
import org.carbonsim.core.agents.Position;
import org.carbonsim.core.agents.RealisedAbatement;
import org.carbonsim.core.allocation.AllocationLine;
import org.carbonsim.core.compliance.YearObligation;
import org.carbonsim.core.model.Economy;
import org.carbonsim.core.model.EnterpriseYear;
import org.carbonsim.core.scenario.Scenario;

/**
 * The year's verification, for each year of a run in turn, and the covered enterprises' abatement it
 * settles: their decisions from their plans as the year opens, the estimates of the year's outcome
 * before verification ({@link EmissionsEstimates}), and at verification their abatement revised to
 * what trading left them to do, the year's output and emissions simulated, abatement costs realised,
 * the reports made and the allocation trued up; from then on what each enterprise owes. It also tells
 * the external traders each covered enterprise's state ({@link FirmState}). Not thread-safe.
 */
final class YearVerification {
    private final Scenario scenario;
    private final long seed;
    private final SplittableRandom random;
    private final Economy economy;
    private final AbatementPlanner planner;
    private final SessionPositions positions;
    private final SessionOwners owners;
    private final ExternalTraders external;
    private final YearAllocation allocation;
    private final YearOutlook outlook;

    private int year;
    private ReportingYear reporting;
    private YearPlans plans;
    // each year's maps are new: the year's results and the external traders keep them. The
    // decisions keep the plans' order, the ids' (the allocation table's lines), in a linked hash map
    private Map<String, AbatementDecision> decisions;
    private Map<String, Double> shares;
    private Map<String, EnterpriseYear> actual;
    private Map<String, Long> realisedCost;
    private Map<String, Long> finalAllocation;
    /** The seed of the year's outcome, drawn as the year opens; verification simulates its draw. */
    private long outcomeSeed;

    private EmissionsEstimates estimates;
    private List<EmissionsEstimates.Firm> estimating;

    YearVerification(
            Scenario scenario,
            long seed,
            SplittableRandom random,
            Economy economy,
            AbatementPlanner planner,
            SessionPositions positions,
            SessionOwners owners,
            ExternalTraders external,
            YearAllocation allocation,
            YearOutlook outlook) {
        this.scenario = scenario;
        this.seed = seed;
        this.random = random;
        this.economy = economy;
        this.planner = planner;
        this.positions = positions;
        this.owners = owners;
        this.external = external;
        this.allocation = allocation;
        this.outlook = outlook;
    }

    /** Opens {@code year}, whose covered enterprises report under {@code reporting}: nothing decided yet. */
    void openYear(int year, ReportingYear reporting) {
        this.year = year;
        this.reporting = reporting;
        plans = null;
        decisions = new LinkedHashMap<>();
        shares = Map.of();
        actual = Map.of();
        realisedCost = Map.of();
        finalAllocation = Map.of();
        estimating = new ArrayList<>();
    }

    /**
     * Takes the covered enterprises' decisions from {@code plans}, draws the seed of the year's outcome,
     * which verification on {@code verificationDay} simulates, and lists the covered enterprises whose
     * estimates of it move their needs through the year.
     */
    void plan(YearPlans plans, int verificationDay) {
        this.plans = plans;
        decisions.putAll(plans.decisions());
        outcomeSeed = random.nextLong();
        estimates = new EmissionsEstimates(
                economy, year, outcomeSeed, scenario.agents().compliance(), verificationDay);
        for (AllocationLine line : allocation.table().lines()) {
            String id = line.enterpriseId();
            // an output-based allocation is trued up on actual output, so it moves with the estimate
            boolean trueUpFollowsOutput =
                    scenario.allocation().methodFor(line.sectorId(), year).outputBased();
            estimating.add(new EmissionsEstimates.Firm(
                    id,
                    positions.of(id),
                    economy.expectedYear(id, year).bauEmissionsTonnes(),
                    decisions.get(id).share(),
                    trueUpFollowsOutput ? line.allocationTonnes() : 0));
        }
    }

    /** On a day of estimates before verification, the estimating enterprises learn the year's outcome so far. */
    void estimate(int day) {
        if (estimates.estimatesOn(day)) {
            estimates.estimate(day, estimating, random);
        }
    }

    /**
     * Verification: abatement plans are revised to what trading left each enterprise to do, at
     * {@code tradableFen} (what a tonne could trade at when the last day closed) or, for a firm
     * planning its pooled cycle as a whole, at {@code poolPriceFen}; the year's output and emissions
     * become known, abatement costs are realised, the reports are made at the year's average price
     * {@code averageFen} and the allocation is trued up.
     */
    void verify(long tradableFen, long poolPriceFen, long averageFen) {
        // looked up by id only, never iterated
        shares = new HashMap<>(YearPlans.capacityFor(decisions.size()));
        InvestmentOutlook investments = outlook.investmentOutlook(decisions.keySet());
        for (Map.Entry<String, AbatementDecision> entry : decisions.entrySet()) {
            AbatementDecision decision = entry.getValue();
            String id = decision.enterpriseId();
            CurveCost cost = plans.cost(id);
            Position position = positions.of(id);
            long shortfall = position.shortfallTonnes();
            if (position.marginalCost() instanceof OffsetCost) {
                // the credits the desk will surrender (those no dearer than the close, where an
                // allowance can be bought instead) cover part of the position: abatement covers
                // the rest. Not the year's average: in a year that opened high and fell, credits
                // between the close and the average left a tonne abatable below the close to a
                // credit, and the firm bid the close up to the credit's price after verification
                shortfall -= ((OffsetCost) position.marginalCost()).offeredTonnes(tradableFen);
            }
            double share = planner.committedShare(id)
                    + cost.shareToFinishYear(
                            plans.borrowing().abatementToCover(shortfall),
                            plans.cycleOutlook().plansFor(id) ? poolPriceFen : tradableFen,
                            scenario.agents().compliance().finalAbatement());
            if (external.plays(id)) {
                share = external.abatementShare(id, share);
            }
            decision = planner.revise(id, share);
            // the same key: its value replaced in place, without a second look-up
            entry.setValue(decision);
            commitInvestments(id, investments, tradableFen);
            shares.put(id, decision.share());
        }
        List<EnterpriseYear> simulatedYears = economy.simulateYear(year, shares, new SplittableRandom(outcomeSeed));
        // looked up by id only, never iterated: sized for every entry at once
        actual = new HashMap<>(YearPlans.capacityFor(simulatedYears.size()));
        for (EnterpriseYear simulated : simulatedYears) {
            actual.put(simulated.enterpriseId(), simulated);
        }
        realisedCost = new HashMap<>(YearPlans.capacityFor(decisions.size()));
        for (String id : decisions.keySet()) {
            RealisedAbatement realised = planner.settle(id, actual.get(id).bauEmissionsTonnes());
            realisedCost.put(id, realised.costFen());
        }
        reporting.verify(allocation.table().lines(), actual, seed, averageFen);
        finalAllocation = allocation.trueUp();
        positions.resync();
    }

    /**
     * The investment rule at verification: each step with a lead time is decided as far as the
     * least-cost answer of the year it would abate in takes it, where that year is foreseen, and at
     * or below {@code tradableFen} where it is not (past the run and the years its firms foresee
     * beyond it).
     */
    private void commitInvestments(String id, InvestmentOutlook investments, long tradableFen) {
        for (int lead : planner.leadTimes(id)) {
            if (!investments.foresees(lead)) {
                planner.commitInvestments(id, year, lead, tradableFen);
                continue;
            }
            investments
                    .firm(lead, id)
                    .ifPresent(f -> planner.commitInvestments(id, year, lead, f.abatedTonnes(), f.bauTonnes()));
        }
    }

    /** The state of covered enterprise {@code enterpriseId}, for the external traders. */
    FirmState firmState(String enterpriseId) {
        AbatementDecision decision = decisions.get(enterpriseId);
        if (!owners.inSession(enterpriseId) || decision == null) {
            throw new IllegalArgumentException(enterpriseId + " is not covered this year");
        }
        Position position = positions.of(enterpriseId);
        return new FirmState(
                enterpriseId,
                position.allowancesTonnes(),
                position.cashFen(),
                position.cashLimited(),
                position.expectedNeedTonnes(),
                economy.expectedYear(enterpriseId, year).bauEmissionsTonnes(),
                decision.share(),
                planner.committedShare(enterpriseId),
                actual.containsKey(enterpriseId),
                planner.revisableCurve(enterpriseId));
    }

    /** What {@code id} surrenders allowances for: its compliance emissions under MRV, else its emissions. */
    long obligationTonnes(String id) {
        return reporting.obligationTonnes(id, actual);
    }

    /**
     * This year's obligation of covered enterprise {@code id}, by its cycle's burden cap, on the
     * emissions it surrenders for (its compliance emissions under MRV rules).
     */
    YearObligation obligation(String id) {
        long emissions = obligationTonnes(id);
        long allocationTonnes = finalAllocation.getOrDefault(id, 0L);
        String sector = economy.enterprise(id).sectorId();
        return new YearObligation(
                year,
                emissions,
                allocationTonnes,
                scenario.compliance().cycleOf(year).obligationTonnes(sector, emissions, allocationTonnes));
    }

    int year() {
        return year;
    }

    /** The covered enterprises' plans as the year opened. */
    YearPlans plans() {
        return plans;
    }

    /** Each covered enterprise's abatement decision: as planned, and from verification as revised. */
    Map<String, AbatementDecision> decisions() {
        return decisions;
    }

    /** Each covered enterprise's abatement share as revised at verification; empty before. */
    Map<String, Double> shares() {
        return shares;
    }

    /** Each covered enterprise's simulated year; empty before verification. */
    Map<String, EnterpriseYear> actual() {
        return actual;
    }

    /** What each covered enterprise's abatement cost it, fen; empty before verification. */
    Map<String, Long> realisedCost() {
        return realisedCost;
    }

    /** Each covered enterprise's allocation trued up from actual output, t; empty before verification. */
    Map<String, Long> finalAllocation() {
        return finalAllocation;
    }
}

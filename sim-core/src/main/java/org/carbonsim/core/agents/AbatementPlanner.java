package org.carbonsim.core.agents;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.carbonsim.core.model.AbatementCurve;
import org.carbonsim.core.model.ProductionModel;
import org.carbonsim.core.model.TechnologyStep;

/**
 * Chooses each enterprise's abatement for the year where its marginal abatement cost meets its
 * expected price, lets the market revise it until its commitment point, and keeps the technology
 * decisions that outlast a year.
 *
 * <p>Continuous curves (linear, quadratic) are operational choices made afresh each year: share =
 * shareAtPrice(expected), revisable until verification. Technology steps follow the market like a
 * continuous curve until they are committed, and are then kept:
 *
 * <ul>
 *   <li>A step without lead time ({@code leadTimeYears} 0) can be taken up within the year. It is
 *       planned at the expected price and revised with the market like a continuous curve (the
 *       marginal step in part: a share of the plant's capacity, as the reference equilibrium takes
 *       it); at verification, the commitment point, what the year ends with is adopted for good
 *       ({@link #settle}).
 *   <li>A step with a lead time of L years is an investment decided at a verification, L years
 *       before the verification of the first year it abates in ({@link #commitInvestments}): it is
 *       decided when its cost per tonne is at or below the price then (the close at verification), not
 *       at the opening expectation, and takes effect L years later.
 * </ul>
 *
 * Once adopted, a step stays adopted whatever the price does and costs its cost per tonne abated in
 * every year it is in effect; costs are summed over what is in effect rather than read from the
 * curve's cheapest-first cost, since a cheap step with a long lead time can still be pending while a
 * dearer quick one is in effect. Realised costs are accounted per enterprise in whole fen, rounded once
 * per enterprise-year, through {@link #settle}. Enterprises are kept in id order. Not thread-safe.
 */
public final class AbatementPlanner {
    private static final double EPSILON = 1e-12;

    private final Map<String, FirmState> firms = new TreeMap<>();

    /**
     * Plans {@code enterpriseId}'s abatement in {@code year}. Years must not go backwards for an
     * enterprise; planning the same year again (say, after the expectation moved) replans what is
     * still revisable.
     *
     * @param enterpriseId the enterprise
     * @param year the compliance year
     * @param curve its abatement curve (the same one every year)
     * @param bauTonnesForecast business-as-usual emissions expected this year, t
     * @param expectedPriceFen expected allowance price, fen per tonne
     */
    public AbatementDecision plan(
            String enterpriseId, int year, AbatementCurve curve, long bauTonnesForecast, double expectedPriceFen) {
        Objects.requireNonNull(enterpriseId, "enterpriseId");
        Objects.requireNonNull(curve, "curve");
        if (bauTonnesForecast < 0) {
            throw new IllegalArgumentException(
                    enterpriseId + ": bauTonnesForecast must be >= 0, got " + bauTonnesForecast);
        }
        if (!(expectedPriceFen >= 0) || Double.isInfinite(expectedPriceFen)) {
            throw new IllegalArgumentException(
                    enterpriseId + ": expectedPriceFen must be finite and >= 0, got " + expectedPriceFen);
        }
        FirmState state = firms.computeIfAbsent(enterpriseId, id -> new FirmState(curve));
        if (!state.curve.equals(curve)) {
            throw new IllegalArgumentException(enterpriseId + ": abatement curve changed between years");
        }
        if (year < state.lastYear) {
            throw new IllegalArgumentException(
                    enterpriseId + ": year " + year + " is before the last planned year " + state.lastYear);
        }
        List<TechnologyStep> effective = new ArrayList<>();
        for (int i = 0; i < state.steps.size(); i++) {
            if (state.decided[i] && state.effectiveYear[i] <= year && state.adopted[i] < 1) {
                state.adopted[i] = 1;
                effective.add(state.steps.get(i));
            }
        }
        state.beginYear();
        double tentative = state.revisable.shareAtPrice(expectedPriceFen);
        double share = Math.min(1, state.committedShare + tentative);
        double costPerBau = state.committedCostPerBau + state.revisable.costFenPerBauTonne(tentative);
        AbatementDecision decision = new AbatementDecision(
                enterpriseId,
                year,
                expectedPriceFen,
                share,
                costPerBau,
                bauTonnesForecast,
                ProductionModel.abatedTonnes(bauTonnesForecast, share),
                Math.round(costPerBau * bauTonnesForecast),
                List.of(),
                effective);
        if (year != state.lastYear) {
            state.settled = false;
        }
        state.lastYear = year;
        state.lastDecision = decision;
        return decision;
    }

    /**
     * What of the enterprise's abatement can still follow the market this year: its continuous curve,
     * or the part of its quick (lead time 0) technology steps not yet adopted. Its planned share less
     * {@link #committedShare} lies on this curve.
     */
    public AbatementCurve revisableCurve(String enterpriseId) {
        return state(enterpriseId).revisable;
    }

    /** The share of business-as-usual emissions already committed this year (steps adopted for good). */
    public double committedShare(String enterpriseId) {
        return state(enterpriseId).committedShare;
    }

    /**
     * Replaces the enterprise's plan for its last planned year with abatement of {@code share} of its
     * business-as-usual emissions, as a firm does when the market shows its plan was too much or too
     * little, before the year is settled. The share is clamped to what is committed at least and to
     * what the revisable curve adds at most.
     */
    public AbatementDecision revise(String enterpriseId, double share) {
        FirmState state = state(enterpriseId);
        if (state.settled) {
            throw new IllegalStateException(enterpriseId + ": year " + state.lastYear + " already settled");
        }
        if (Double.isNaN(share)) {
            throw new IllegalArgumentException(enterpriseId + ": share must be a number");
        }
        AbatementDecision last = state.lastDecision;
        double extra = Math.max(0, Math.min(state.revisable.maxShare(), share - state.committedShare));
        double clamped = Math.min(1, state.committedShare + extra);
        double costPerBau = state.committedCostPerBau + state.revisable.costFenPerBauTonne(extra);
        AbatementDecision revised = new AbatementDecision(
                enterpriseId,
                last.year(),
                last.expectedPriceFen(),
                clamped,
                costPerBau,
                last.bauTonnes(),
                ProductionModel.abatedTonnes(last.bauTonnes(), clamped),
                Math.round(costPerBau * last.bauTonnes()),
                List.of(),
                last.effectiveSteps());
        state.lastDecision = revised;
        return revised;
    }

    /**
     * The investment rule at verification: each step with a lead time that is not yet decided is
     * decided when its cost per tonne is at or below {@code priceFen}, and takes effect its lead time
     * after {@code year}. Returns the steps decided, cheapest first.
     */
    public List<TechnologyStep> commitInvestments(String enterpriseId, int year, long priceFen) {
        FirmState state = state(enterpriseId);
        List<TechnologyStep> decided = new ArrayList<>();
        for (int i = 0; i < state.steps.size(); i++) {
            TechnologyStep step = state.steps.get(i);
            if (step.leadTimeYears() > 0 && !state.decided[i] && step.costFenPerTonne() <= priceFen) {
                state.decided[i] = true;
                state.decidedYear[i] = year;
                state.effectiveYear[i] = Math.addExact(year, step.leadTimeYears());
                decided.add(step);
            }
        }
        return List.copyOf(decided);
    }

    /**
     * Accounts the enterprise's abatement for its last planned year at the actual business-as-usual
     * emissions, adds the cost to its running total, and returns it; the quick steps the year ends
     * with are adopted for good, cheapest first. Once per enterprise-year.
     */
    public RealisedAbatement settle(String enterpriseId, long actualBauTonnes) {
        FirmState state = state(enterpriseId);
        if (state.settled) {
            throw new IllegalStateException(enterpriseId + ": year " + state.lastYear + " already settled");
        }
        AbatementDecision decision = state.lastDecision;
        state.adoptQuickSteps(decision.share() - state.committedShare);
        long cost = decision.costFenAt(actualBauTonnes);
        state.settled = true;
        state.realisedCostFen = Math.addExact(state.realisedCostFen, cost);
        return new RealisedAbatement(enterpriseId, state.lastYear, decision.abatementTonnesAt(actualBauTonnes), cost);
    }

    /** Abatement cost settled so far for the enterprise, fen (0 if never planned). */
    public long realisedCostFen(String enterpriseId) {
        FirmState state = firms.get(enterpriseId);
        return state == null ? 0 : state.realisedCostFen;
    }

    /** Abatement cost settled so far over all enterprises, fen. */
    public long totalRealisedCostFen() {
        long total = 0;
        for (FirmState state : firms.values()) {
            total = Math.addExact(total, state.realisedCostFen);
        }
        return total;
    }

    /** Technology steps wholly adopted for the enterprise as of its last planned year, cheapest first. */
    public List<TechnologyStep> adoptedSteps(String enterpriseId) {
        FirmState state = firms.get(enterpriseId);
        List<TechnologyStep> adopted = new ArrayList<>();
        if (state != null) {
            for (int i = 0; i < state.steps.size(); i++) {
                if (state.adopted[i] >= 1 - EPSILON) {
                    adopted.add(state.steps.get(i));
                }
            }
        }
        return List.copyOf(adopted);
    }

    /** Technology steps decided but not yet in effect as of the enterprise's last planned year. */
    public List<PendingStep> pendingSteps(String enterpriseId) {
        FirmState state = firms.get(enterpriseId);
        List<PendingStep> pending = new ArrayList<>();
        if (state != null) {
            for (int i = 0; i < state.steps.size(); i++) {
                if (state.decided[i] && state.effectiveYear[i] > state.lastYear) {
                    pending.add(new PendingStep(state.steps.get(i), state.decidedYear[i], state.effectiveYear[i]));
                }
            }
        }
        return List.copyOf(pending);
    }

    private FirmState state(String enterpriseId) {
        FirmState state = firms.get(enterpriseId);
        if (state == null || state.lastDecision == null) {
            throw new IllegalStateException(enterpriseId + ": no abatement planned");
        }
        return state;
    }

    /**
     * Per-enterprise memory: for each step the fraction adopted for good (lead-time steps are adopted
     * whole when they take effect), investment decisions, the year's committed share and revisable
     * curve, the last decision and the realised cost so far.
     */
    private static final class FirmState {
        final AbatementCurve curve;
        final List<TechnologyStep> steps;
        final double[] adopted;
        final boolean[] decided;
        final int[] decidedYear;
        final int[] effectiveYear;
        AbatementCurve revisable;
        double committedShare;
        double committedCostPerBau;
        int lastYear = Integer.MIN_VALUE;
        AbatementDecision lastDecision;
        boolean settled;
        long realisedCostFen;

        FirmState(AbatementCurve curve) {
            this.curve = curve;
            this.steps = curve instanceof AbatementCurve.Steps ? ((AbatementCurve.Steps) curve).steps() : List.of();
            this.adopted = new double[steps.size()];
            this.decided = new boolean[steps.size()];
            this.decidedYear = new int[steps.size()];
            this.effectiveYear = new int[steps.size()];
            this.revisable = curve;
        }

        /** The committed share and cost, and the revisable curve, from what is adopted now. */
        void beginYear() {
            if (steps.isEmpty()) {
                revisable = curve;
                return;
            }
            committedShare = 0;
            committedCostPerBau = 0;
            List<TechnologyStep> open = new ArrayList<>();
            for (int i = 0; i < steps.size(); i++) {
                TechnologyStep step = steps.get(i);
                committedShare += adopted[i] * step.abatementShare();
                committedCostPerBau += adopted[i] * step.abatementShare() * step.costFenPerTonne();
                double left = (1 - adopted[i]) * step.abatementShare();
                if (step.leadTimeYears() == 0 && left > EPSILON) {
                    open.add(new TechnologyStep(step.name(), step.costFenPerTonne(), left, 0));
                }
            }
            committedShare = Math.min(1, committedShare);
            revisable = new AbatementCurve.Steps(open);
        }

        /** Adopts {@code extraShare} of emissions from the open quick steps, cheapest first. */
        void adoptQuickSteps(double extraShare) {
            double remaining = extraShare;
            for (int i = 0; i < steps.size() && remaining > EPSILON; i++) {
                TechnologyStep step = steps.get(i);
                double left = (1 - adopted[i]) * step.abatementShare();
                if (step.leadTimeYears() != 0 || left <= EPSILON) {
                    continue;
                }
                double taken = Math.min(left, remaining);
                adopted[i] = Math.min(1, adopted[i] + taken / step.abatementShare());
                remaining -= taken;
            }
        }
    }
}

package org.carbonsim.core.agents;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.carbonsim.core.model.AbatementCurve;
import org.carbonsim.core.model.TechnologyStep;

/**
 * Chooses each enterprise's abatement for the year where its marginal abatement cost meets its
 * expected price, and keeps the lumpy technology decisions that outlast a year. Continuous curves
 * (linear, quadratic) are operational choices made afresh each year: share = shareAtPrice(expected).
 * Technology steps are investments: a step whose cost per tonne is at or below the expected price is
 * decided once, takes effect {@code leadTimeYears} later (0 = the same year) and then stays adopted,
 * whatever the price does; it costs nothing before it takes effect and its cost per tonne abated in
 * every year after. Because a cheap step with a long lead time can still be pending while a dearer
 * quick one is already in effect, costs are summed over the steps actually in effect rather than
 * read from the curve's cheapest-first cost. Realised costs are accounted per enterprise in whole fen,
 * rounded once per enterprise-year, through {@link #settle}. Enterprises are kept in id order. Not
 * thread-safe.
 */
public final class AbatementPlanner {
    private final Map<String, FirmState> firms = new TreeMap<>();

    /**
     * Plans {@code enterpriseId}'s abatement in {@code year}. Years must not go backwards for an
     * enterprise; planning the same year again (say, after the expectation moved) keeps steps already
     * decided and may decide more.
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
        AbatementDecision decision = curve instanceof AbatementCurve.Steps
                ? planSteps(enterpriseId, year, state, bauTonnesForecast, expectedPriceFen)
                : planContinuous(enterpriseId, year, curve, bauTonnesForecast, expectedPriceFen);
        if (year != state.lastYear) {
            state.settled = false;
        }
        state.lastYear = year;
        state.lastDecision = decision;
        return decision;
    }

    private static AbatementDecision planContinuous(
            String id, int year, AbatementCurve curve, long bau, double expectedPriceFen) {
        double share = curve.shareAtPrice(expectedPriceFen);
        double costPerBau = curve.costFenPerBauTonne(share);
        return new AbatementDecision(
                id,
                year,
                expectedPriceFen,
                share,
                costPerBau,
                bau,
                Math.round(share * bau),
                Math.round(costPerBau * bau),
                List.of(),
                List.of());
    }

    private static AbatementDecision planSteps(
            String id, int year, FirmState state, long bau, double expectedPriceFen) {
        List<TechnologyStep> steps = state.steps;
        List<TechnologyStep> decided = new ArrayList<>();
        List<TechnologyStep> effective = new ArrayList<>();
        double share = 0;
        double costPerBau = 0;
        for (int i = 0; i < steps.size(); i++) {
            TechnologyStep step = steps.get(i);
            if (!state.decided[i] && step.costFenPerTonne() <= expectedPriceFen) {
                state.decided[i] = true;
                state.decidedYear[i] = year;
                state.effectiveYear[i] = Math.addExact(year, step.leadTimeYears());
                decided.add(step);
            }
            if (state.decided[i] && state.effectiveYear[i] <= year) {
                if (!state.reportedEffective[i]) {
                    effective.add(step);
                    state.reportedEffective[i] = true;
                }
                share += step.abatementShare();
                costPerBau += step.abatementShare() * step.costFenPerTonne();
            }
        }
        double cappedShare = Math.min(1, share);
        return new AbatementDecision(
                id,
                year,
                expectedPriceFen,
                cappedShare,
                costPerBau,
                bau,
                Math.round(cappedShare * bau),
                Math.round(costPerBau * bau),
                decided,
                effective);
    }

    /**
     * Replaces the enterprise's plan for its last planned year with abatement of {@code share} of its
     * business-as-usual emissions, as a firm does when the market shows its plan was too much or too
     * little: continuous curves only (technology steps are investments fixed by their lead times), and
     * before the year is settled. The share is clamped to {@code [0, maxShare]}.
     */
    public AbatementDecision revise(String enterpriseId, double share) {
        FirmState state = firms.get(enterpriseId);
        if (state == null || state.lastDecision == null) {
            throw new IllegalStateException(enterpriseId + ": no abatement planned");
        }
        if (state.settled) {
            throw new IllegalStateException(enterpriseId + ": year " + state.lastYear + " already settled");
        }
        if (state.curve instanceof AbatementCurve.Steps) {
            throw new IllegalArgumentException(enterpriseId + ": technology steps cannot be revised within a year");
        }
        if (Double.isNaN(share)) {
            throw new IllegalArgumentException(enterpriseId + ": share must be a number");
        }
        AbatementDecision last = state.lastDecision;
        double clamped = Math.max(0, Math.min(state.curve.maxShare(), share));
        double costPerBau = state.curve.costFenPerBauTonne(clamped);
        AbatementDecision revised = new AbatementDecision(
                enterpriseId,
                last.year(),
                last.expectedPriceFen(),
                clamped,
                costPerBau,
                last.bauTonnes(),
                Math.round(clamped * last.bauTonnes()),
                Math.round(costPerBau * last.bauTonnes()),
                List.of(),
                List.of());
        state.lastDecision = revised;
        return revised;
    }

    /**
     * Accounts the enterprise's abatement for its last planned year at the actual business-as-usual
     * emissions, adds the cost to its running total, and returns it. Once per enterprise-year.
     */
    public RealisedAbatement settle(String enterpriseId, long actualBauTonnes) {
        FirmState state = firms.get(enterpriseId);
        if (state == null || state.lastDecision == null) {
            throw new IllegalStateException(enterpriseId + ": no abatement planned");
        }
        if (state.settled) {
            throw new IllegalStateException(enterpriseId + ": year " + state.lastYear + " already settled");
        }
        AbatementDecision decision = state.lastDecision;
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

    /** Technology steps in effect for the enterprise as of its last planned year, cheapest first. */
    public List<TechnologyStep> adoptedSteps(String enterpriseId) {
        FirmState state = firms.get(enterpriseId);
        List<TechnologyStep> adopted = new ArrayList<>();
        if (state != null) {
            for (int i = 0; i < state.steps.size(); i++) {
                if (state.decided[i] && state.effectiveYear[i] <= state.lastYear) {
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

    /** Per-enterprise memory: step decisions, the last decision and the realised cost so far. */
    private static final class FirmState {
        final AbatementCurve curve;
        final List<TechnologyStep> steps;
        final boolean[] decided;
        final boolean[] reportedEffective;
        final int[] decidedYear;
        final int[] effectiveYear;
        int lastYear = Integer.MIN_VALUE;
        AbatementDecision lastDecision;
        boolean settled;
        long realisedCostFen;

        FirmState(AbatementCurve curve) {
            this.curve = curve;
            this.steps = curve instanceof AbatementCurve.Steps ? ((AbatementCurve.Steps) curve).steps() : List.of();
            this.decided = new boolean[steps.size()];
            this.reportedEffective = new boolean[steps.size()];
            this.decidedYear = new int[steps.size()];
            this.effectiveYear = new int[steps.size()];
        }
    }
}

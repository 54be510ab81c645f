package org.carbonsim.core.agents;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 *       it); at verification, the commitment point, what the year ends with is what it abated that
 *       year ({@link #settle}). It is not kept beyond the year: it costs its price per tonne in every
 *       year it abates and can be taken up again within any year, so the next year plans it afresh,
 *       as the least-cost reference does.
 *   <li>A step with a lead time of L years is an investment decided at a verification, L years
 *       before the verification of the first year it abates in, and takes effect L years later. It is
 *       decided for the year it would abate in: as far as the enterprise's abatement in that year's
 *       foreseen least-cost answer reaches along the curve it will have then, the marginal step in part
 *       ({@link #commitInvestments(String, int, int, long, long)}); where that year is not foreseen, when
 *       its cost per tonne is at or below the close ({@link #commitInvestments(String, int, long)}). A
 *       step decided in part keeps its other part open for a later verification.
 * </ul>
 *
 * Once in effect, a step with a lead time stays adopted whatever the price does and costs its cost per tonne abated in
 * every year it is in effect; costs are summed over what is in effect rather than read from the
 * curve's cheapest-first cost, since a cheap step with a long lead time can still be pending while a
 * dearer quick one is in effect. Realised costs are accounted per enterprise in whole fen, rounded once
 * per enterprise-year, through {@link #settle}. Enterprises are found by id (a hash look-up: the
 * yearly loops ask for each firm several times a year); nothing depends on their order. Not
 * thread-safe.
 */
public final class AbatementPlanner {
    private static final double EPSILON = 1e-12;

    private final Map<String, FirmState> firms = new HashMap<>();

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
        if (!state.hasCurve(curve)) {
            throw new IllegalArgumentException(enterpriseId + ": abatement curve changed between years");
        }
        if (year < state.lastYear) {
            throw new IllegalArgumentException(
                    enterpriseId + ": year " + year + " is before the last planned year " + state.lastYear);
        }
        List<TechnologyStep> effective = new ArrayList<>();
        for (int i = 0; i < state.steps.size(); i++) {
            TechnologyStep step = state.steps.get(i);
            if (step.leadTimeYears() == 0) {
                continue;
            }
            double inEffect = state.fractionInEffect(i, year);
            if (inEffect > state.adopted[i] + EPSILON) {
                effective.add(part(step, inEffect - state.adopted[i]));
                state.adopted[i] = inEffect;
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
     * or its quick (lead time 0) technology steps. Its planned share less
     * {@link #committedShare} lies on this curve.
     */
    public AbatementCurve revisableCurve(String enterpriseId) {
        return state(enterpriseId).revisable;
    }

    /** The share of business-as-usual emissions already committed this year (lead-time steps in effect). */
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
     * The investment rule at verification where no year the steps would abate in is foreseen: each
     * step with a lead time, or the part of it not yet decided, is decided when its cost per tonne is
     * at or below {@code priceFen}, and takes effect its lead time after {@code year}. Returns the steps
     * (or parts) decided, cheapest first.
     */
    public List<TechnologyStep> commitInvestments(String enterpriseId, int year, long priceFen) {
        List<TechnologyStep> decided = new ArrayList<>();
        for (int lead : leadTimes(enterpriseId)) {
            decided.addAll(commitInvestments(enterpriseId, year, lead, priceFen));
        }
        return List.copyOf(decided);
    }

    /** {@link #commitInvestments(String, int, long)} for the steps whose lead time is {@code leadTimeYears}. */
    public List<TechnologyStep> commitInvestments(String enterpriseId, int year, int leadTimeYears, long priceFen) {
        FirmState state = state(enterpriseId);
        List<TechnologyStep> decided = new ArrayList<>();
        for (int i = 0; i < state.steps.size(); i++) {
            TechnologyStep step = state.steps.get(i);
            double open = 1 - state.decidedFraction(i);
            if (step.leadTimeYears() == leadTimeYears
                    && leadTimeYears > 0
                    && open > EPSILON
                    && step.costFenPerTonne() <= priceFen) {
                state.decide(i, open, year);
                decided.add(part(step, open));
            }
        }
        return List.copyOf(decided);
    }

    /**
     * The investment rule at verification where the year the steps would abate in is foreseen: the
     * least-cost answer of that year (a year {@code leadTimeYears} after {@code year}) has the
     * enterprise abate {@code foreseenAbatedTonnes} of its {@code foreseenBauTonnes}, along the curve
     * it will have then ({@link #curveAvailableIn}), cheapest first. The steps of that lead time that
     * this abatement reaches are decided now, the one it reaches in part for that part (a share of the
     * plant's capacity, as the answer takes it; the rest stays open), and take effect in that year.
     * Rounding to whole tonnes is forgiven: a step short of being reached by less than a tonne is
     * decided whole, and less than a tonne of one is not decided. Returns the steps (or parts) decided,
     * cheapest first.
     */
    public List<TechnologyStep> commitInvestments(
            String enterpriseId, int year, int leadTimeYears, long foreseenAbatedTonnes, long foreseenBauTonnes) {
        if (leadTimeYears <= 0) {
            throw new IllegalArgumentException(enterpriseId + ": leadTimeYears must be > 0, got " + leadTimeYears);
        }
        FirmState state = state(enterpriseId);
        int target = Math.addExact(year, leadTimeYears);
        List<TechnologyStep> decided = new ArrayList<>();
        double remaining = foreseenAbatedTonnes;
        for (Piece piece : state.pieces(year, target)) {
            if (remaining < 1) {
                break;
            }
            double tonnes = piece.share() * foreseenBauTonnes;
            double taken = tonnes - remaining < 1 ? tonnes : remaining;
            remaining -= taken;
            TechnologyStep step = state.steps.get(piece.index());
            if (piece.open() && step.leadTimeYears() == leadTimeYears && taken >= 1) {
                double fraction = Math.min(
                        1 - state.decidedFraction(piece.index()),
                        taken / tonnes * piece.share() / step.abatementShare());
                state.decide(piece.index(), fraction, year);
                decided.add(part(step, fraction));
            }
        }
        return List.copyOf(decided);
    }

    /**
     * The lead times (above 0) of the enterprise's technology steps that are not wholly decided, in
     * increasing order. Asked of every enterprise at every verification, twice, and they change only
     * when an investment is decided: each enterprise keeps them ({@link FirmState#openLeads}).
     */
    public List<Integer> leadTimes(String enterpriseId) {
        return state(enterpriseId).openLeads;
    }

    /**
     * The curve {@code curve} the enterprise can abate along in {@code year}, as it stands at the
     * verification of {@code decisionYear}: steps without lead time whole; the parts of steps decided
     * and in effect by then at a cost of 0 (they abate whatever the price: their cost is sunk); and the
     * undecided parts of steps whose lead time still lets a decision now or later take effect by then.
     * A continuous curve is returned as it is, and so is a curve for an enterprise not yet planned,
     * without the steps that cannot be ready.
     */
    public AbatementCurve curveAvailableIn(String enterpriseId, AbatementCurve curve, int decisionYear, int year) {
        if (!(curve instanceof AbatementCurve.Steps)) {
            return curve;
        }
        FirmState state = stateOf(enterpriseId, curve);
        return state.wholeIn(decisionYear, year) ? curve : fromPieces(state, decisionYear, year);
    }

    /**
     * {@link #curveAvailableIn} of a curve of steps, always made from its pieces: what it gives where the
     * curve is not whole then, for tests to set beside it where it is.
     */
    AbatementCurve curveFromPieces(String enterpriseId, AbatementCurve.Steps curve, int decisionYear, int year) {
        return fromPieces(stateOf(enterpriseId, curve), decisionYear, year);
    }

    /** The enterprise's state where it was planned on {@code curve}, else a state with nothing decided. */
    private FirmState stateOf(String enterpriseId, AbatementCurve curve) {
        FirmState known = firms.get(enterpriseId);
        return known != null && known.hasCurve(curve) ? known : new FirmState(curve);
    }

    /** The curve of {@code state}'s pieces in {@code year} as it stands at the verification of {@code decisionYear}. */
    private static AbatementCurve fromPieces(FirmState state, int decisionYear, int year) {
        List<TechnologyStep> available = new ArrayList<>();
        for (Piece piece : state.pieces(decisionYear, year)) {
            TechnologyStep step = state.steps.get(piece.index());
            available.add(new TechnologyStep(step.name(), piece.costFen(), piece.share(), step.leadTimeYears()));
        }
        return new AbatementCurve.Steps(available);
    }

    /** {@code fraction} of {@code step}: the step itself when whole. */
    private static TechnologyStep part(TechnologyStep step, double fraction) {
        return fraction >= 1 - EPSILON
                ? step
                : new TechnologyStep(
                        step.name(), step.costFenPerTonne(), fraction * step.abatementShare(), step.leadTimeYears());
    }

    /**
     * Accounts the enterprise's abatement for its last planned year at the actual business-as-usual
     * emissions, adds the cost to its running total, and returns it. The quick steps the year ends
     * with are not carried into the next year, which plans them afresh. Once per enterprise-year.
     */
    public RealisedAbatement settle(String enterpriseId, long actualBauTonnes) {
        FirmState state = state(enterpriseId);
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

    /**
     * Technology steps with a lead time wholly in effect for the enterprise as of its last planned
     * year, cheapest first (quick steps are never adopted beyond their year).
     */
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
                for (Tranche tranche : state.tranches.get(i)) {
                    if (tranche.effectiveYear() > state.lastYear) {
                        pending.add(new PendingStep(
                                part(state.steps.get(i), tranche.fraction()),
                                tranche.decidedYear(),
                                tranche.effectiveYear()));
                    }
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

    /** A part of a step decided at one verification: {@code fraction} of it, in effect from {@code effectiveYear}. */
    private record Tranche(double fraction, int decidedYear, int effectiveYear) {}

    /**
     * A part of a step's share available in a year: {@code open} if it can still be decided, priced at
     * the step's cost, or else already in effect then, priced at 0.
     */
    private record Piece(int index, long costFen, double share, boolean open) {}

    /** Pieces cheapest first; at one cost, those decided or quick before open ones, then by step. */
    private static final Comparator<Piece> PIECE_ORDER =
            Comparator.comparingLong(Piece::costFen).thenComparing(Piece::open).thenComparingInt(Piece::index);

    /**
     * Per-enterprise memory: for each step with a lead time the fraction adopted for good (as its
     * decided parts take effect; a quick step's stays 0), the parts decided, the year's committed share and revisable
     * curve, the last decision and the realised cost so far.
     */
    private static final class FirmState {
        final AbatementCurve curve;
        final List<TechnologyStep> steps;
        final double[] adopted;
        final List<List<Tranche>> tranches = new ArrayList<>();
        /** {@link #leadTimes}: worked out when the state is made and again at each decision. */
        List<Integer> openLeads;
        /** Whether any part of a step has been decided. */
        boolean anyDecided;
        /** The longest lead time of its steps, 0 without any. */
        final int longestLead;
        /**
         * Whether the steps' pieces, with nothing decided, fall in the curve's own order: at one cost
         * the curve keeps its steps as given, the pieces put the quick ones first ({@link #pieces}).
         */
        final boolean piecesInCurveOrder;

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
            for (int i = 0; i < steps.size(); i++) {
                tranches.add(new ArrayList<>());
            }
            this.revisable = curve;
            this.openLeads = openLeadTimes();
            int longest = 0;
            boolean inOrder = true;
            for (int i = 0; i < steps.size(); i++) {
                TechnologyStep step = steps.get(i);
                longest = Math.max(longest, step.leadTimeYears());
                if (i > 0) {
                    TechnologyStep before = steps.get(i - 1);
                    inOrder &= before.costFenPerTonne() != step.costFenPerTonne()
                            || before.leadTimeYears() == 0
                            || step.leadTimeYears() > 0;
                }
            }
            this.longestLead = longest;
            this.piecesInCurveOrder = inOrder;
        }

        /**
         * Whether {@code other} is this firm's curve: the same object, as every year's plan passes it,
         * or an equal one. The identity comes first because a record's generated {@code equals} spins
         * method-handle classes on its first call, which a short run's class-data archive cannot hold.
         */
        boolean hasCurve(AbatementCurve other) {
            return curve == other || curve.equals(other);
        }

        double decidedFraction(int i) {
            double total = 0;
            for (Tranche tranche : tranches.get(i)) {
                total += tranche.fraction();
            }
            return Math.min(1, total);
        }

        double fractionInEffect(int i, int year) {
            double total = 0;
            for (Tranche tranche : tranches.get(i)) {
                total += tranche.effectiveYear() <= year ? tranche.fraction() : 0;
            }
            return Math.min(1, total);
        }

        void decide(int i, double fraction, int year) {
            tranches.get(i)
                    .add(new Tranche(
                            fraction, year, Math.addExact(year, steps.get(i).leadTimeYears())));
            anyDecided = true;
            openLeads = openLeadTimes();
        }

        /**
         * Whether the curve is available in {@code year}, as it stands at the verification of {@code
         * decisionYear}, as it is ({@link #pieces} would give its steps whole, at their own costs, in
         * its order): nothing is decided yet, and a decision now takes every step's effect by then. At
         * each verification most enterprises still to decide are so, before their first decision.
         */
        boolean wholeIn(int decisionYear, int year) {
            return !anyDecided && piecesInCurveOrder && (long) decisionYear + longestLead <= year;
        }

        /**
         * The distinct lead times (above 0) of the steps not wholly decided, in increasing order; most
         * enterprises have none or one, so they are gathered in an array, not a sorted set.
         */
        private List<Integer> openLeadTimes() {
            int[] leads = new int[steps.size()];
            int n = 0;
            for (int i = 0; i < steps.size(); i++) {
                int lead = steps.get(i).leadTimeYears();
                if (lead > 0 && 1 - decidedFraction(i) > EPSILON) {
                    leads[n++] = lead;
                }
            }
            if (n == 0) {
                return List.of();
            }
            Arrays.sort(leads, 0, n);
            List<Integer> distinct = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                if (i == 0 || leads[i] != leads[i - 1]) {
                    distinct.add(leads[i]);
                }
            }
            return List.copyOf(distinct);
        }

        /**
         * What of each step can abate in {@code year} as it stands at the verification of {@code
         * decisionYear}, cheapest first (the parts in effect first, at 0; at one cost, parts already
         * decided or quick before open ones).
         */
        List<Piece> pieces(int decisionYear, int year) {
            List<Piece> pieces = new ArrayList<>();
            for (int i = 0; i < steps.size(); i++) {
                TechnologyStep step = steps.get(i);
                if (step.leadTimeYears() == 0) {
                    pieces.add(new Piece(i, step.costFenPerTonne(), step.abatementShare(), false));
                    continue;
                }
                double inEffect = fractionInEffect(i, year);
                if (inEffect > EPSILON) {
                    pieces.add(new Piece(i, 0, inEffect * step.abatementShare(), false));
                }
                double open = 1 - decidedFraction(i);
                if (open > EPSILON && (long) decisionYear + step.leadTimeYears() <= year) {
                    pieces.add(new Piece(i, step.costFenPerTonne(), open * step.abatementShare(), true));
                }
            }
            pieces.sort(PIECE_ORDER);
            return pieces;
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
    }
}

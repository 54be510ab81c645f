package org.carbonsim.core.equilibrium;

import java.util.ArrayList;
import java.util.List;
import org.carbonsim.core.equilibrium.EquilibriumResult.Regime;

/**
 * Finds a year's competitive allowance price and least-cost abatement by bisection over the firms'
 * marginal abatement cost curves. Abatement supply at price p is Σ shareAtPrice(p) × BAU plus the
 * offset credits no dearer than p that the compliance desk's caps hold firm by firm ({@link
 * YearSupply}, {@link CreditRationing}); the price is the smallest p at which supply
 * covers the gap (business-as-usual emissions minus allowances available), found to within 0.01 fen
 * in a bounded number of halvings. Supply jumps where a technology step or the offset price sits, so
 * the tonnes needed at the clearing price are taken from what becomes available across the final
 * 0.01-fen interval, in proportion: the marginal step (or offset tranche) is partly used and the gap
 * is closed exactly, which is the least-cost allocation to within 0.01 fen per marginal tonne. Tonnes
 * are then rounded to whole tonnes by largest remainder so they sum exactly, and the credits are shared
 * among the firms within their own caps, as the compliance desk rations them ({@link FirmCredits}). A
 * floor above the clearing price binds: firms then abate wherever their MAC is at or below the floor,
 * as they would facing that price. Immutable (stateless).
 */
public final class EquilibriumSolver {
    /** Width of the final price interval, fen per tonne. */
    public static final double PRICE_TOLERANCE_FEN = 0.01;

    private EquilibriumSolver() {}

    /** Solves one year's problem. */
    public static EquilibriumResult solve(EquilibriumInput input) {
        return solve(input, YearSupply.of(input));
    }

    /** Solves one year's problem whose firms and offsets supply {@code supply}. */
    static EquilibriumResult solve(EquilibriumInput input, YearSupply supply) {
        return build(input, supply, answer(input, supply));
    }

    /**
     * What each firm of {@code input} abates in its least-cost answer, t, in input order: the {@link
     * FirmAbatement#abatementTonnes} of {@link #solve}, bit for bit, without the rest of the result.
     * A reader that wants only the tonnes (the investment outlook, of every covered firm, at each
     * verification) is spared each firm's cost and its share of the credits and their cost.
     */
    public static long[] abatementTonnes(EquilibriumInput input) {
        YearSupply supply = YearSupply.of(input);
        return settle(input.firms(), supply, answer(input, supply), false).abated;
    }

    /** The regime of {@code input}'s answer and its tonnes before they are settled in whole tonnes. */
    private static Answer answer(EquilibriumInput input, YearSupply supply) {
        long gap = input.gapTonnes();
        double floor = input.floorFen();
        if (gap <= 0) {
            if (input.floorFen() == 0) {
                return new Answer(Regime.SURPLUS, 0, 0, new double[input.firms().size()], 0, 0);
            }
            return atFloor(input, supply, gap);
        }
        double tolerance = supplyTolerance(gap);
        double supplyFloor = supply.at(floor);
        if (supplyFloor >= gap - tolerance) {
            if (input.floorFen() > 0) {
                return atFloor(input, supply, gap);
            }
            // Zero-cost options alone close the gap: take the needed share of them at price 0.
            return interpolated(input, supply, Regime.CLEARED, -1, 0, gap);
        }
        double hi = Math.min((double) input.ceilingFen(), highestRelevantPrice(input));
        double supplyHi = supply.at(hi);
        if (supplyHi < gap - tolerance) {
            return atCeiling(input, supply, gap, hi);
        }
        PriceBracket price = bracket(supply, floor, supplyFloor, hi, supplyHi, gap - tolerance);
        return interpolated(input, supply, Regime.CLEARED, price.loFen(), price.hiFen(), gap);
    }

    /**
     * An answer before {@link #settle}: its regime, the price reported and the price up to which
     * credits are used, fen; each firm's abatement in whole tonnes (as doubles, in input order), the
     * credits used and the tonnes left unmet.
     */
    private record Answer(
            Regime regime, double priceFen, double creditPriceFen, double[] firmTonnes, long offsetsUsed, long unmet) {}

    /**
     * The interval, {@link #PRICE_TOLERANCE_FEN} wide, from {@code floorFen} to {@code hiFen} halved
     * down to where {@code supply} meets {@code target}: from fewer readings where supply never falls
     * as the price rises ({@link YearSupply#neverFalls}), halving for halving the same. Supply at the
     * ends has been read: {@code supplyAtFloor} and {@code supplyAtHi}.
     */
    static PriceBracket bracket(
            YearSupply supply, double floorFen, double supplyAtFloor, double hiFen, double supplyAtHi, double target) {
        if (supply.neverFalls()) {
            return PriceBracket.narrowedNonDecreasing(
                    floorFen, hiFen, PRICE_TOLERANCE_FEN, supply::at, target, supplyAtFloor, supplyAtHi);
        }
        return PriceBracket.narrowed(floorFen, hiFen, PRICE_TOLERANCE_FEN, mid -> supply.at(mid) >= target);
    }

    /**
     * Abatement plus usable offsets at price {@code priceFen}, t: what firms abating wherever their
     * MAC is at or below the price, and buying offsets no dearer than it within the compliance desk's
     * caps firm by firm ({@link CreditRationing}), would supply.
     */
    public static double supplyAt(EquilibriumInput input, double priceFen) {
        return YearSupply.of(input).at(priceFen);
    }

    /** Absorbs floating-point error in summed supply; far below the 1 t resolution of the result. */
    private static double supplyTolerance(long gap) {
        return 1e-9 * Math.max(1.0, gap);
    }

    /** A price at which every curve is at its largest share and every offset is used. */
    static double highestRelevantPrice(EquilibriumInput input) {
        double highest = input.offsets().highestPriceFen();
        for (CoveredFirm firm : input.firms()) {
            highest =
                    Math.max(highest, firm.curve().marginalCostFen(firm.curve().maxShare()));
        }
        return Math.max(highest, input.floorFen());
    }

    /**
     * Takes what is supplied at {@code lo} plus the needed fraction of what becomes available between
     * {@code lo} and {@code hi}; the price reported is {@code hi}, clamped to be non-negative.
     */
    private static Answer interpolated(
            EquilibriumInput input, YearSupply supply, Regime regime, double lo, double hi, long gap) {
        List<CoveredFirm> firms = input.firms();
        double[] amounts = new double[firms.size() + 1];
        double supplyLo = 0;
        double supplyHi = 0;
        double[] lower = new double[amounts.length];
        double[] upper = new double[amounts.length];
        for (int i = 0; i < firms.size(); i++) {
            lower[i] = supply.tonnesAtPrice(i, lo);
            upper[i] = supply.tonnesAtPrice(i, hi);
        }
        lower[firms.size()] = supply.creditsAt(lo, lower);
        upper[firms.size()] = supply.creditsAt(hi, upper);
        for (int i = 0; i < amounts.length; i++) {
            supplyLo += lower[i];
            supplyHi += upper[i];
        }
        double span = supplyHi - supplyLo;
        double theta = span > 0 ? Math.max(0, Math.min(1, (gap - supplyLo) / span)) : 1;
        for (int i = 0; i < amounts.length; i++) {
            amounts[i] = lower[i] + theta * (upper[i] - lower[i]);
        }
        long[] tonnes = Apportion.largestRemainder(amounts, gap);
        return new Answer(regime, Math.max(0, hi), hi, firmTonnes(amounts, tonnes), tonnes[firms.size()], 0);
    }

    private static Answer atFloor(EquilibriumInput input, YearSupply supply, long gap) {
        List<CoveredFirm> firms = input.firms();
        double[] amounts = new double[firms.size()];
        double total = 0;
        for (int i = 0; i < amounts.length; i++) {
            amounts[i] = supply.tonnesAtPrice(i, input.floorFen());
            total += amounts[i];
        }
        long[] tonnes = Apportion.largestRemainder(amounts, Math.round(total));
        long abated = sum(tonnes);
        double[] firmTonnes = toDouble(tonnes);
        long offsets = Math.min(supply.creditsAt(input.floorFen(), firmTonnes), Math.max(0, gap - abated));
        return new Answer(Regime.FLOOR, input.floorFen(), input.floorFen(), firmTonnes, offsets, 0);
    }

    private static Answer atCeiling(EquilibriumInput input, YearSupply supply, long gap, double highestUseful) {
        List<CoveredFirm> firms = input.firms();
        double[] amounts = new double[firms.size() + 1];
        double total = 0;
        for (int i = 0; i < firms.size(); i++) {
            amounts[i] = supply.tonnesAtPrice(i, highestUseful);
            total += amounts[i];
        }
        amounts[firms.size()] = supply.creditsAt(highestUseful, amounts);
        total += amounts[firms.size()];
        long covered = Math.min(gap, (long) Math.floor(total + supplyTolerance(gap)));
        long[] tonnes = Apportion.largestRemainder(amounts, covered);
        long offsets = tonnes[firms.size()];
        return new Answer(
                Regime.CEILING, input.ceilingFen(), highestUseful, firmTonnes(amounts, tonnes), offsets, gap - covered);
    }

    private static double[] firmTonnes(double[] amounts, long[] tonnes) {
        double[] firms = new double[amounts.length - 1];
        for (int i = 0; i < firms.length; i++) {
            firms[i] = tonnes[i];
        }
        return firms;
    }

    private static double[] toDouble(long[] tonnes) {
        double[] values = new double[tonnes.length];
        for (int i = 0; i < tonnes.length; i++) {
            values[i] = tonnes[i];
        }
        return values;
    }

    private static long sum(long[] values) {
        long total = 0;
        for (long value : values) {
            total = Math.addExact(total, value);
        }
        return total;
    }

    /**
     * The result of {@code answer}, {@link #settle settled} with its credits shared among the firms by
     * {@link FirmCredits}, with each firm's cost.
     */
    private static EquilibriumResult build(EquilibriumInput input, YearSupply supply, Answer answer) {
        List<CoveredFirm> covered = input.firms();
        Settlement settled = settle(covered, supply, answer, true);
        long[] abated = settled.abated;
        FirmCredits shared = settled.shared;
        List<FirmAbatement> firms = new ArrayList<>(abated.length);
        long totalTonnes = 0;
        long totalCost = 0;
        long creditCost = 0;
        for (int i = 0; i < abated.length; i++) {
            CoveredFirm firm = covered.get(i);
            long cost = firm.costFen(abated[i]);
            firms.add(new FirmAbatement(
                    firm.id(), firm.bauTonnes(), abated[i], cost, shared.tonnes()[i], shared.costFen()[i]));
            totalTonnes = Math.addExact(totalTonnes, abated[i]);
            totalCost = Math.addExact(totalCost, cost);
            creditCost = Math.addExact(creditCost, shared.costFen()[i]);
        }
        return new EquilibriumResult(
                answer.regime(),
                answer.priceFen(),
                Math.round(answer.priceFen()),
                input.gapTonnes(),
                firms,
                totalTonnes,
                settled.credits,
                settled.unmet,
                totalCost,
                creditCost);
    }

    /**
     * {@code answer} in whole tonnes: its firms' tonnes abated and its credits used, no dearer than its
     * credit price, as the firms' caps hold them ({@link FirmCredits}): of each programme what the
     * caps hold at the emissions the abatement leaves them, the dearest first credit's programme cut
     * first where that is more. The search counted the credits the same way, firm by firm, at each
     * firm's abatement at the price rounded up; should the caps at the abatement as rounded still hold
     * fewer, the credits over are not counted: their tonnes are abated by the firms that can still
     * abate at the price, in input order, then by those below their potential, and are unmet only
     * where no firm can abate more. Where {@code sharing}, the credits are shared out firm by firm
     * (for the result); else they are only counted ({@link FirmCredits#heldTonnes}), which holds the
     * same tonnes.
     */
    private static Settlement settle(List<CoveredFirm> covered, YearSupply supply, Answer answer, boolean sharing) {
        Settlement settled = new Settlement(answer);
        CreditRationing rationing = supply.rationing();
        while (true) {
            long[] asked = supply.askedOf(answer.creditPriceFen(), settled.abated, settled.credits);
            long held;
            if (sharing) {
                settled.shared = FirmCredits.of(rationing, covered, settled.abated, asked);
                held = settled.shared.assignedTonnes();
            } else {
                held = FirmCredits.heldTonnes(rationing, covered, settled.abated, asked);
            }
            if (held >= settled.credits) {
                return settled;
            }
            long over = settled.credits - held;
            settled.credits = held;
            settled.unmet = Math.addExact(settled.unmet, abateMore(covered, settled.abated, answer.priceFen(), over));
        }
    }

    /**
     * What {@link #settle} makes of an answer: each firm's whole tonnes abated, in input order, the
     * credits used, the tonnes unmet, and where it shared the credits, how they fall to the firms.
     */
    private static final class Settlement {
        final long[] abated;
        long credits;
        long unmet;
        FirmCredits shared;

        Settlement(Answer answer) {
            abated = new long[answer.firmTonnes().length];
            for (int i = 0; i < abated.length; i++) {
                abated[i] = (long) answer.firmTonnes()[i];
            }
            credits = answer.offsetsUsed();
            unmet = answer.unmet();
        }
    }

    /**
     * Adds {@code tonnes} to {@code abated}: first where a firm abates less than it would at {@code
     * priceFen}, then where it abates less than its potential, firm by firm in input order; returns the
     * tonnes no firm could abate.
     */
    private static long abateMore(List<CoveredFirm> firms, long[] abated, double priceFen, long tonnes) {
        long left = tonnes;
        for (int pass = 0; pass < 2 && left > 0; pass++) {
            for (int i = 0; i < abated.length && left > 0; i++) {
                CoveredFirm firm = firms.get(i);
                double reach = pass == 0 ? firm.tonnesAtPrice(priceFen) : firm.maxTonnes();
                long more = Math.min(left, Math.max(0, (long) Math.floor(reach) - abated[i]));
                abated[i] += more;
                left -= more;
            }
        }
        return left;
    }
}

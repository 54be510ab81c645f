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
        long gap = input.gapTonnes();
        double floor = input.floorFen();
        if (gap <= 0) {
            if (input.floorFen() == 0) {
                return build(
                        input,
                        supply,
                        Regime.SURPLUS,
                        0,
                        0,
                        new double[input.firms().size()],
                        0,
                        0);
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
    private static EquilibriumResult interpolated(
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
        return build(input, supply, regime, Math.max(0, hi), hi, firmTonnes(amounts, tonnes), tonnes[firms.size()], 0);
    }

    private static EquilibriumResult atFloor(EquilibriumInput input, YearSupply supply, long gap) {
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
        return build(input, supply, Regime.FLOOR, input.floorFen(), input.floorFen(), firmTonnes, offsets, 0);
    }

    private static EquilibriumResult atCeiling(
            EquilibriumInput input, YearSupply supply, long gap, double highestUseful) {
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
        return build(
                input,
                supply,
                Regime.CEILING,
                input.ceilingFen(),
                highestUseful,
                firmTonnes(amounts, tonnes),
                offsets,
                gap - covered);
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
     * The result from whole tonnes: {@code firmTonnes} (as doubles, in input order) abated and {@code
     * offsetsUsed} credits no dearer than {@code creditPriceFen}, shared among the firms by {@link
     * FirmCredits}: of each programme what the firms' caps hold at the emissions the abatement leaves
     * them, the dearest first credit's programme cut first where that is more. The search counted the
     * credits the same way, firm by firm, at each firm's abatement at the price rounded up; should the
     * caps at the abatement as rounded still hold fewer, the credits over are not counted: their tonnes
     * are abated by the firms that can still abate at the price, in input order, then by those below
     * their potential, and are unmet only where no firm can abate more.
     */
    private static EquilibriumResult build(
            EquilibriumInput input,
            YearSupply supply,
            Regime regime,
            double priceFen,
            double creditPriceFen,
            double[] firmTonnes,
            long offsetsUsed,
            long unmet) {
        List<CoveredFirm> covered = input.firms();
        long[] abated = new long[firmTonnes.length];
        for (int i = 0; i < abated.length; i++) {
            abated[i] = (long) firmTonnes[i];
        }
        long credits = offsetsUsed;
        long unmetTonnes = unmet;
        CreditRationing rationing = supply.rationing();
        FirmCredits shared =
                FirmCredits.of(rationing, covered, abated, supply.askedOf(creditPriceFen, abated, credits));
        while (shared.assignedTonnes() < credits) {
            long over = credits - shared.assignedTonnes();
            credits = shared.assignedTonnes();
            unmetTonnes = Math.addExact(unmetTonnes, abateMore(covered, abated, priceFen, over));
            shared = FirmCredits.of(rationing, covered, abated, supply.askedOf(creditPriceFen, abated, credits));
        }
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
                regime,
                priceFen,
                Math.round(priceFen),
                input.gapTonnes(),
                firms,
                totalTonnes,
                credits,
                unmetTonnes,
                totalCost,
                creditCost);
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

package org.carbonsim.core.engine;

import org.carbonsim.core.agents.FinalAbatement;
import org.carbonsim.core.agents.MarginalCost;
import org.carbonsim.core.model.AbatementCurve;
import org.carbonsim.core.model.ProductionModel;

/**
 * An enterprise's marginal abatement cost at its position, on the part of its abatement that can
 * still follow the market ({@code AbatementPlanner#revisableCurve}: a continuous curve, or the quick
 * technology steps): the cost is the curve at the planned share plus the shortfall
 * as a share of business-as-usual emissions (a long position means abating less than planned), and
 * beyond the abatement potential the penalty-equivalent price. Steps with a lead time in effect are outside
 * it: they are in the need already and cannot be forgone. The curve's largest share is
 * computed once, since traders ask for the cost several times a round.
 */
final class CurveCost implements MarginalCost {
    private final AbatementCurve curve;
    /**
     * The curve again when it is quadratic (else null), and {@link #linear} when it is linear:
     * traders ask the curve many times a round, and the compiler can inline a call through a curve's
     * own class but not an interface call over three kinds of curve. A stepped curve is read from
     * {@link #stepped}.
     */
    private final AbatementCurve.Quadratic quadratic;

    private final AbatementCurve.Linear linear;
    /** The curve's steps in arrays when it is stepped (else null), which it walks faster than its list. */
    private final SteppedCurve stepped;
    /** Answers most of {@link #largestShortfallAtMost}'s questions on a smooth curve without dividing (else null). */
    private final CostScreen screen;

    private final long bauTonnes;
    private final double committedShare;
    private final double plannedShare;
    private final long beyondFen;
    private final double maxShare;
    private final long capacityTonnes;
    private final long forgoableTonnes;
    /** The tonnes abated at the plan, committed and planned shares together, as the economy rounds them. */
    private final long abatedAtPlanTonnes;

    private final long bankFen;
    private final long bankTargetTonnes;

    CurveCost(AbatementCurve curve, long bauTonnes, double plannedShare, long beyondFen) {
        this(curve, bauTonnes, plannedShare, beyondFen, 0);
    }

    /** A cost with nothing committed outside the curve. */
    CurveCost(AbatementCurve curve, long bauTonnes, double plannedShare, long beyondFen, long bankFen) {
        this(curve, bauTonnes, 0, plannedShare, beyondFen, bankFen);
    }

    /**
     * @param committedShare the share abated for good outside the curve (technology steps adopted):
     *     the tonnes the firm may forgo or still abate are counted on top of it, as the economy counts
     *     emissions ({@link ProductionModel#abatedTonnes}), so a firm abating its whole potential
     *     emits exactly what it expected to
     * @param bankFen what the firm expects a banked allowance to be worth, fen per tonne (0 for
     *     nothing): no allowance is worth less to it, so it neither sells below that nor abates less
     *     than where its marginal cost reaches it; at most {@code beyondFen}
     */
    CurveCost(
            AbatementCurve curve,
            long bauTonnes,
            double committedShare,
            double plannedShare,
            long beyondFen,
            long bankFen) {
        this(curve, bauTonnes, committedShare, plannedShare, beyondFen, bankFen, 0);
    }

    /**
     * The cost of a firm that also means to carry {@code bankTargetTonnes} into later years: below the
     * bank value it buys until it holds that surplus on top of the abatement it could forgo ({@link
     * #forgoableTonnes}), since a tonne banked is worth the bank value to it.
     */
    CurveCost(
            AbatementCurve curve,
            long bauTonnes,
            double committedShare,
            double plannedShare,
            long beyondFen,
            long bankFen,
            long bankTargetTonnes) {
        if (bankFen < 0 || bankFen > beyondFen) {
            throw new IllegalArgumentException("need 0 <= bankFen <= beyondFen, got " + bankFen + " and " + beyondFen);
        }
        if (bankTargetTonnes < 0) {
            throw new IllegalArgumentException("bankTargetTonnes must be >= 0 t, got " + bankTargetTonnes);
        }
        this.bankFen = bankFen;
        this.bankTargetTonnes = bankTargetTonnes;
        this.curve = curve;
        this.quadratic = curve instanceof AbatementCurve.Quadratic q ? q : null;
        this.linear = curve instanceof AbatementCurve.Linear l ? l : null;
        this.stepped = curve instanceof AbatementCurve.Steps steps ? new SteppedCurve(steps) : null;
        this.bauTonnes = bauTonnes;
        this.committedShare = committedShare;
        this.plannedShare = plannedShare;
        this.beyondFen = beyondFen;
        this.maxShare = curve.maxShare();
        long abatedAtPlan = ProductionModel.abatedTonnes(bauTonnes, committedShare + plannedShare);
        this.capacityTonnes =
                Math.max(0, ProductionModel.abatedTonnes(bauTonnes, committedShare + maxShare) - abatedAtPlan);
        this.forgoableTonnes = abatedAtPlan - ProductionModel.abatedTonnes(bauTonnes, committedShare);
        this.abatedAtPlanTonnes = abatedAtPlan;
        this.screen = CostScreen.of(curve, bauTonnes, plannedShare);
    }

    /** The penalty-equivalent price a shortfall beyond the potential costs, fen per tonne. */
    long beyondFen() {
        return beyondFen;
    }

    /**
     * The share a revisable plan ends the year with when the firm's shortfall is {@code
     * shortfallTonnes}: whatever its holdings leave uncovered, within its potential and only while
     * abating costs less than the penalty-equivalent price; and at least up to where its marginal
     * cost meets {@code closeFen}, because a tonne it does not emit can be banked or sold at that
     * price.
     */
    double shareToFinishYear(long shortfallTonnes, long closeFen) {
        return shareToFinishYear(shortfallTonnes, closeFen, FinalAbatement.SHORTFALL);
    }

    /**
     * {@link #shareToFinishYear(long, long)} under {@code rule}: with {@link FinalAbatement#AT_PRICE}
     * the share is where the marginal cost meets the close (or the bank value, when higher), within
     * the potential, whatever the shortfall: the firm buys what it then lacks.
     */
    double shareToFinishYear(long shortfallTonnes, long closeFen, FinalAbatement rule) {
        if (bauTonnes == 0) {
            return plannedShare;
        }
        long ceilingFen =
                rule == FinalAbatement.AT_PRICE ? Math.min(beyondFen, Math.max(closeFen, bankFen)) : beyondFen;
        // the desk sells every tonne whose marginal cost rounds to the price or less (half a fen up), so
        // AT_PRICE abates them all: a firm that sold its surplus at the price is not left short
        double ceiling = Math.min(
                maxShare,
                curve.shareAtPrice(rule == FinalAbatement.AT_PRICE ? Math.nextDown(ceilingFen + 0.5) : ceilingFen));
        // strictly below the price: abating a tonne that costs exactly what it sells for gains nothing, so a
        // technology step priced at the close is not taken up on that account
        double floor = Math.min(ceiling, curve.shareAtPrice(Math.nextDown((double) Math.max(closeFen, bankFen))));
        double share = Math.max(floor, Math.min(ceiling, plannedShare + (double) shortfallTonnes / bauTonnes));
        // the shortfall is whole tonnes and the share a fraction of business as usual, which the economy
        // rounds back half-up: where the emissions at the new share end on half a tonne, the last bit of
        // the sum's floating point can round them up, a tonne short of the plan's tonnes and the
        // shortfall. Half a tonne more abated puts them on the whole tonne the shortfall asks for
        long wantedTonnes = abatedAtPlanTonnes + shortfallTonnes;
        if (share < ceiling && ProductionModel.abatedTonnes(bauTonnes, committedShare + share) < wantedTonnes) {
            share = Math.min(ceiling, share + 0.5 / bauTonnes);
        }
        return share;
    }

    @Override
    public long costFenPerTonne(long shortfallTonnes) {
        return Math.max(bankFen, abatementCostFen(shortfallTonnes));
    }

    private long abatementCostFen(long shortfallTonnes) {
        if (bauTonnes == 0) {
            return shortfallTonnes > 0 ? beyondFen : 0;
        }
        if (shortfallTonnes > capacityTonnes) {
            return beyondFen;
        }
        // the last tonne of the potential, rounded as the economy counts it, lies up to half a tonne
        // past the largest share: it is abated at that share, so it costs what the share costs
        double share = Math.min(maxShare, plannedShare + (double) shortfallTonnes / bauTonnes);
        if (share <= 0) {
            return 0;
        }
        return Math.min(beyondFen, Math.round(curveCostFen(share)));
    }

    /** The curve's marginal cost at {@code share}, through its own class when it is smooth ({@link #quadratic}). */
    private double curveCostFen(double share) {
        return quadratic != null
                ? quadratic.marginalCostFen(share)
                : linear != null
                        ? linear.marginalCostFen(share)
                        : stepped != null ? stepped.marginalCostFen(share) : curve.marginalCostFen(share);
    }

    /** The curve's share at {@code priceFen}, called as {@link #curveCostFen} calls its cost. */
    private double curveShareAtPrice(double priceFen) {
        return quadratic != null
                ? quadratic.shareAtPrice(priceFen)
                : linear != null
                        ? linear.shareAtPrice(priceFen)
                        : stepped != null ? stepped.shareAtPrice(priceFen) : curve.shareAtPrice(priceFen);
    }

    @Override
    public long abatementCapacityTonnes() {
        return capacityTonnes;
    }

    @Override
    public long forgoableTonnes() {
        return Math.addExact(forgoableTonnes, bankTargetTonnes);
    }

    @Override
    public long bankTargetTonnes() {
        return bankTargetTonnes;
    }

    /**
     * At the penalty-equivalent price the firm abates to its potential and buys the rest: it holds a
     * shortfall only up to what it could still abate, not past it, where a tonne short costs what the
     * price does ({@link MarginalCost#targetShortfallAt}).
     */
    @Override
    public long targetShortfallAt(long priceFen, long lo, long hi) {
        if (priceFen == beyondFen) {
            return Math.max(lo, Math.min(hi, capacityTonnes));
        }
        return largestShortfallAtMost(priceFen, lo, hi);
    }

    /**
     * Starts from the curve's own inverse, gallops to a bracket of the exact answer and bisects it:
     * the same answer as the plain bisection in far fewer cost lookups, which traders make several
     * times a round. The cost is the curve's rounded to the fen, so every share whose curve cost is
     * below the price plus half a fen costs at most the price: the inverse is taken there, which
     * puts the start a tonne or so from the answer, where the inverse at the price itself falls
     * short by the tonnes that half a fen buys (hundreds on a large plant's gentle curve). On a
     * smooth curve the inverse and the lookups are the {@link CostScreen}'s, which multiply where
     * the curve divides, and only a lookup the screen cannot decide reads the cost: any start gives
     * the same answer, and the screen answers as the cost does.
     */
    @Override
    public long largestShortfallAtMost(long priceFen, long lo, long hi) {
        if (priceFen < bankFen) {
            return lo;
        }
        if (priceFen >= beyondFen) {
            return hi;
        }
        if (bauTonnes == 0) {
            return Math.max(lo, Math.min(hi, 0));
        }
        double boundaryShare = Math.min(
                maxShare, screen != null ? screen.shareAtPrice(priceFen + 0.5) : curveShareAtPrice(priceFen + 0.5));
        long guess = (long) Math.floor((boundaryShare - plannedShare) * bauTonnes);
        long good = Math.max(lo, Math.min(hi, guess));
        long step = 1;
        if (costsAtMost(good, priceFen)) {
            while (good < hi) {
                long next = good + Math.min(step, hi - good);
                if (!costsAtMost(next, priceFen)) {
                    return bisect(priceFen, good, next - 1);
                }
                good = next;
                step <<= 1;
            }
            return good;
        }
        long bad = good;
        while (true) {
            if (bad <= lo) {
                return lo; // even the lower bound costs more: the bisection's answer too
            }
            long next = bad - Math.min(step, bad - lo);
            if (costsAtMost(next, priceFen)) {
                return bisect(priceFen, next, bad - 1);
            }
            bad = next;
            step <<= 1;
        }
    }

    /** {@link MarginalCost#largestShortfallAtMost}'s bisection, asking {@link #costsAtMost}. */
    private long bisect(long priceFen, long lo, long hi) {
        while (lo < hi) {
            long mid = lo + (hi - lo + 1) / 2;
            if (costsAtMost(mid, priceFen)) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /**
     * Whether the cost at {@code shortfallTonnes} is at most {@code priceFen}, for a price from the bank
     * value up to below the penalty-equivalent on a cost with business as usual: {@link #screen}'s
     * answer where it has one, else the cost's.
     */
    private boolean costsAtMost(long shortfallTonnes, long priceFen) {
        if (shortfallTonnes > capacityTonnes) {
            return false;
        }
        if (screen != null) {
            int answer = screen.costAtMost(shortfallTonnes, priceFen);
            if (answer != CostScreen.UNSURE) {
                return answer == 1;
            }
        }
        return costFenPerTonne(shortfallTonnes) <= priceFen;
    }
}

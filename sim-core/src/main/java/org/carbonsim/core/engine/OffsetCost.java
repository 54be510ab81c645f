package org.carbonsim.core.engine;

import java.util.Objects;
import org.carbonsim.core.agents.MarginalCost;

/**
 * An enterprise's marginal cost of covering its position with abatement or offset credits, whichever
 * is cheaper: credits are one more way to cover a tonne, as in the least-cost answer with offsets
 * (Montgomery 1972). At a price p the enterprise covers what its abatement covers at p plus the
 * credits it may use at p ({@link OffsetPlan#plannedTonnes}: of each programme, its share by room
 * of the credits on offer at p, rationed and rounded as the desk does), so its trading target
 * counts the credits it plans to surrender and the allowance price settles where abatement and
 * credits together close the gap. The credits are read from the plan at every whole-fen price, a
 * flat programme's as one step at its price and a sloped programme's along its rising curve, so
 * that a sloped programme counts at p every credit whose marginal price is below p, as the desk and
 * the least-cost reference do. The cost at shortfall s is the smallest price at which abatement and credits cover
 * s. Immutable but for the last cost searched for, which only shortens the next search.
 */
final class OffsetCost implements MarginalCost {
    private final MarginalCost abatement;
    /** The enterprise's plan, read at each price the search for the cost of a sloped programme tries. */
    private final OffsetPlan.EnterprisePlan plan;

    private final long capacityTonnes;
    /**
     * Where every programme is flat: the prices at which the credits planned change, ascending, from 0
     * (the plan is constant between two of them), and the credits planned from each; else {@code null}.
     */
    private final long[] stepPricesFen;

    private final long[] stepOfferedTonnes;
    /**
     * The first step that plans any credits ({@link #stepOfferedTonnes} above 0), or the steps' count: a
     * step before it prices a shortfall at the abatement cost of all of it or at its own price, if
     * higher, never below abatement alone, so the cost does not read it (the step at 0 fen, whenever
     * no programme is free).
     */
    private final int firstCreditStep;
    /**
     * The last cost found by searching the prices, where a programme is sloped: traders ask at nearby
     * shortfalls in a row, and the answer at one bounds the answer at the next. Held in one immutable
     * record, so that a reader on another thread sees a shortfall with its own cost or nothing.
     */
    private Answer last;

    /** A shortfall, t, and its cost, fen per tonne. */
    private record Answer(long shortfallTonnes, long costFen) {}

    private OffsetCost(
            MarginalCost abatement, OffsetPlan plan, OffsetPlan.EnterprisePlan enterprisePlan, long creditsTonnes) {
        this.abatement = abatement;
        this.plan = enterprisePlan;
        this.capacityTonnes = Math.addExact(abatement.abatementCapacityTonnes(), creditsTonnes);
        long[] flat = plan.flatStepPricesFen();
        if (flat == null) {
            stepPricesFen = null;
            stepOfferedTonnes = null;
            firstCreditStep = 0;
        } else {
            stepPricesFen = new long[flat.length + 1];
            System.arraycopy(flat, 0, stepPricesFen, 1, flat.length);
            stepOfferedTonnes = new long[stepPricesFen.length];
            for (int i = 0; i < stepPricesFen.length; i++) {
                stepOfferedTonnes[i] = this.plan.plannedTonnes(stepPricesFen[i]);
            }
            int first = 0;
            while (first < stepOfferedTonnes.length && stepOfferedTonnes[first] == 0) {
                first++;
            }
            firstCreditStep = first;
        }
    }

    /** {@code abatement} with the credits {@code plan} allows {@code enterpriseId}; {@code abatement} itself when none. */
    static MarginalCost of(MarginalCost abatement, OffsetPlan plan, String enterpriseId) {
        return of(abatement, plan, plan.forEnterprise(enterpriseId));
    }

    /**
     * {@link #of(MarginalCost, OffsetPlan, String)} with the enterprise's plan already read from {@code
     * plan} ({@link OffsetPlan#forEnterprise}), where its caller has read it at a price too.
     */
    static MarginalCost of(MarginalCost abatement, OffsetPlan plan, OffsetPlan.EnterprisePlan enterprisePlan) {
        Objects.requireNonNull(abatement, "abatement");
        long most = enterprisePlan.plannedTonnes(Long.MAX_VALUE / 4);
        return most == 0 ? abatement : new OffsetCost(abatement, plan, enterprisePlan, most);
    }

    /**
     * The credits the enterprise plans to surrender when allowances cost {@code priceFen}, t: where
     * every programme is flat, those of the highest step price at or below it.
     */
    long offeredTonnes(long priceFen) {
        if (stepPricesFen == null) {
            return plan.plannedTonnes(priceFen);
        }
        long offered = 0;
        for (int i = 0; i < stepPricesFen.length && stepPricesFen[i] <= priceFen; i++) {
            offered = stepOfferedTonnes[i];
        }
        return offered;
    }

    /**
     * The smallest price p at which abatement and credits cover the shortfall: the smallest p with p at
     * least the abatement cost of what the credits planned at p leave. That cost falls as p rises and
     * p itself rises, so the first such p is found by bisection between 0 and the cost of abating it
     * all. Where every programme is flat the plan is constant between its step prices, and the first
     * such p is the least over the steps of the step's price or the abatement cost of what its credits
     * leave, whichever is higher: the same answer in a few lookups. Where one is sloped the search
     * starts from the last cost found, which bounds this one (a larger shortfall costs at least as
     * much, a smaller one at most as much), stepping away from it by 1, 2, 4... fen until it brackets
     * the answer and bisecting the bracket: traders ask at nearby shortfalls in a row, so this takes
     * about half the plan's readings of a bisection from 0, and finds the same smallest p.
     */
    @Override
    public long costFenPerTonne(long shortfallTonnes) {
        long hi = abatement.costFenPerTonne(shortfallTonnes);
        if (stepPricesFen != null) {
            long best = hi;
            for (int i = firstCreditStep; i < stepPricesFen.length && stepPricesFen[i] < best; i++) {
                long left = Math.subtractExact(shortfallTonnes, stepOfferedTonnes[i]);
                best = Math.min(best, Math.max(stepPricesFen[i], abatement.costFenPerTonne(left)));
            }
            return best;
        }
        long lo = 0;
        Answer previous = last;
        if (previous != null && previous.shortfallTonnes() == shortfallTonnes) {
            return previous.costFen();
        }
        if (previous != null) {
            // the cost rises with the shortfall: the previous answer bounds this one from below when the
            // shortfall is larger, from above when it is smaller, and the search starts from it
            if (shortfallTonnes >= previous.shortfallTonnes()) {
                lo = Math.min(previous.costFen(), hi);
                for (long step = 1; lo < hi; step *= 2) {
                    long probe = Math.min(hi - 1, lo + step - 1);
                    if (covers(shortfallTonnes, probe)) {
                        hi = probe;
                        break;
                    }
                    lo = probe + 1;
                }
            } else {
                hi = Math.min(previous.costFen(), hi);
                for (long step = 1; lo < hi; step *= 2) {
                    long probe = Math.max(lo, hi - step);
                    if (!covers(shortfallTonnes, probe)) {
                        lo = probe + 1;
                        break;
                    }
                    hi = probe;
                }
            }
        }
        while (lo < hi) {
            long mid = lo + (hi - lo) / 2;
            if (covers(shortfallTonnes, mid)) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        last = new Answer(shortfallTonnes, hi);
        return hi;
    }

    /** Whether abatement and the credits planned at {@code priceFen} cover the shortfall at that price. */
    private boolean covers(long shortfallTonnes, long priceFen) {
        long left = Math.subtractExact(shortfallTonnes, offeredTonnes(priceFen));
        return priceFen >= abatement.costFenPerTonne(left);
    }

    @Override
    public long abatementCapacityTonnes() {
        return capacityTonnes;
    }

    @Override
    public long forgoableTonnes() {
        return abatement.forgoableTonnes();
    }

    @Override
    public long bankTargetTonnes() {
        return abatement.bankTargetTonnes();
    }

    /** What abatement covers at the price, shifted by the credits offered at it. */
    @Override
    public long largestShortfallAtMost(long priceFen, long lo, long hi) {
        long offered = offeredTonnes(priceFen);
        long covered = abatement.largestShortfallAtMost(
                priceFen, Math.subtractExact(lo, offered), Math.subtractExact(hi, offered));
        return Math.min(hi, Math.addExact(covered, offered));
    }

    /** As {@link #largestShortfallAtMost}, the credits at the price first and the abatement's tie rule for the rest. */
    @Override
    public long targetShortfallAt(long priceFen, long lo, long hi) {
        long offered = offeredTonnes(priceFen);
        long covered =
                abatement.targetShortfallAt(priceFen, Math.subtractExact(lo, offered), Math.subtractExact(hi, offered));
        return Math.min(hi, Math.addExact(covered, offered));
    }
}

package org.carbonsim.core.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.carbonsim.core.agents.MarginalCost;
import org.carbonsim.core.equilibrium.OffsetSupply;
import org.carbonsim.core.equilibrium.OffsetTranche;

/**
 * An enterprise's marginal cost of covering its position with abatement or offset credits, whichever
 * is cheaper: credits are one more way to cover a tonne, as in the least-cost answer with offsets
 * (Montgomery 1972). At a price p the enterprise covers what its abatement covers at p plus the
 * credits it may use at p ({@link OffsetPlan#plannedTonnes}: of each programme, the share of its cap
 * that the credits on offer at p fill, rationed and rounded as the desk does), so its trading target counts the credits it plans to surrender and
 * the allowance price settles where abatement and credits together close the gap. The credits offered
 * are a step function of the price: one step at each flat programme's price, and a sloped programme's
 * rising price cut into {@value #SLOPE_STEPS} steps (the credits between two steps are counted from
 * the upper one). The cost at shortfall s is the smallest price at which abatement and credits cover
 * s. Immutable.
 */
final class OffsetCost implements MarginalCost {
    /** Steps a sloped programme's supply is cut into. */
    static final int SLOPE_STEPS = 16;

    private final MarginalCost abatement;
    private final long[] stepPricesFen;
    private final long[] offeredTonnes;
    private final long capacityTonnes;

    private OffsetCost(MarginalCost abatement, long[] stepPricesFen, long[] offeredTonnes) {
        this.abatement = abatement;
        this.stepPricesFen = stepPricesFen;
        this.offeredTonnes = offeredTonnes;
        this.capacityTonnes =
                Math.addExact(abatement.abatementCapacityTonnes(), offeredTonnes[offeredTonnes.length - 1]);
    }

    /**
     * The prices at which the credits {@code supply} offers can change, ascending and distinct: each
     * programme's price, and a sloped programme's rising price cut into {@value #SLOPE_STEPS} steps.
     */
    static long[] stepPricesFen(OffsetSupply supply) {
        TreeSet<Long> prices = new TreeSet<>();
        for (OffsetTranche tranche : supply.tranches()) {
            prices.add(tranche.priceFen());
            if (tranche.slopeFenPerMt() > 0) {
                double top = tranche.highestPriceFen();
                for (int i = 1; i <= SLOPE_STEPS; i++) {
                    prices.add((long) Math.ceil(tranche.priceFen() + (top - tranche.priceFen()) * i / SLOPE_STEPS));
                }
            }
        }
        return prices.stream().mapToLong(Long::longValue).toArray();
    }

    /** {@code abatement} with the credits {@code plan} allows {@code enterpriseId}; {@code abatement} itself when none. */
    static MarginalCost of(MarginalCost abatement, OffsetPlan plan, String enterpriseId) {
        Objects.requireNonNull(abatement, "abatement");
        if (plan.plannedTonnes(enterpriseId, Long.MAX_VALUE / 4) == 0) {
            return abatement;
        }
        List<long[]> steps = new ArrayList<>();
        long last = 0;
        for (long price : plan.stepPricesFen()) {
            long offered = plan.plannedTonnes(enterpriseId, price);
            if (offered > last) {
                steps.add(new long[] {price, offered});
                last = offered;
            }
        }
        long[] stepPrices = new long[steps.size()];
        long[] offered = new long[steps.size()];
        for (int i = 0; i < steps.size(); i++) {
            stepPrices[i] = steps.get(i)[0];
            offered[i] = steps.get(i)[1];
        }
        return stepPrices.length == 0 ? abatement : new OffsetCost(abatement, stepPrices, offered);
    }

    /** The credits offered at {@code priceFen}: those of the highest step at or below it, t. */
    long offeredTonnes(long priceFen) {
        long offered = 0;
        for (int i = 0; i < stepPricesFen.length && stepPricesFen[i] <= priceFen; i++) {
            offered = offeredTonnes[i];
        }
        return offered;
    }

    /**
     * The smallest price at which abatement and credits cover the shortfall: over the steps, the
     * cheapest of {@code max(step price, abatement cost of what the step's credits leave)}.
     */
    @Override
    public long costFenPerTonne(long shortfallTonnes) {
        long best = abatement.costFenPerTonne(shortfallTonnes);
        for (int i = 0; i < stepPricesFen.length && stepPricesFen[i] < best; i++) {
            long withCredits = Math.max(
                    stepPricesFen[i], abatement.costFenPerTonne(Math.subtractExact(shortfallTonnes, offeredTonnes[i])));
            best = Math.min(best, withCredits);
        }
        return best;
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
}

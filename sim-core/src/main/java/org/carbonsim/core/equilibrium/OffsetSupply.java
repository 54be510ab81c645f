package org.carbonsim.core.equilibrium;

import java.util.List;

/**
 * Offset credits for the reference equilibrium: one {@link OffsetTranche} per programme eligible in
 * the year, and a cap on all credits together of {@code totalCapTonnes} plus {@code
 * totalCapEmissionsShare} of the covered firms' emissions. At an allowance price p the firms use every
 * credit whose marginal price is at most p, within each programme's cap and the total cap, cheapest
 * first: the least-cost use of offsets, which is what the compliance desk's caps allow and the
 * traders plan with. Immutable.
 *
 * @param tranches the eligible programmes
 * @param totalCapTonnes the cap on all credits that does not depend on emissions, t
 * @param totalCapEmissionsShare the share of emissions all credits together may also cover
 */
public record OffsetSupply(List<OffsetTranche> tranches, long totalCapTonnes, double totalCapEmissionsShare) {
    /** No offsets. */
    public static final OffsetSupply NONE = new OffsetSupply(List.of(), 0, 0);

    public OffsetSupply {
        tranches = List.copyOf(tranches);
        if (totalCapTonnes < 0 || !(totalCapEmissionsShare >= 0 && totalCapEmissionsShare <= 1)) {
            throw new IllegalArgumentException("need totalCapTonnes >= 0 (t) and totalCapEmissionsShare in [0, 1], got "
                    + totalCapTonnes + " and " + totalCapEmissionsShare);
        }
    }

    /** One flat programme: {@code supplyTonnes} at {@code priceFen}, at most {@code capTonnes} usable. */
    public static OffsetSupply flat(long supplyTonnes, long priceFen, long capTonnes) {
        return new OffsetSupply(
                List.of(new OffsetTranche("offsets", supplyTonnes, priceFen, 0, capTonnes, 0)), capTonnes, 0);
    }

    /** The most credits that may count when the firms emit {@code emissionsTonnes}, whatever their price, t. */
    public double usableTonnes(double emissionsTonnes) {
        double total = 0;
        for (OffsetTranche tranche : tranches) {
            total += tranche.usableTonnes(emissionsTonnes);
        }
        return Math.min(total, totalCap(emissionsTonnes));
    }

    /** Credits used at allowance price {@code priceFen} when the firms emit {@code emissionsTonnes}, t. */
    public double tonnesAtPrice(double priceFen, double emissionsTonnes) {
        double total = 0;
        for (OffsetTranche tranche : tranches) {
            total += Math.min(tranche.offeredAtPrice(priceFen), tranche.usableTonnes(emissionsTonnes));
        }
        return Math.min(total, totalCap(emissionsTonnes));
    }

    /** The marginal price above which no more credits are offered, fen per tonne (0 with none). */
    public double highestPriceFen() {
        double highest = 0;
        for (OffsetTranche tranche : tranches) {
            highest = Math.max(highest, tranche.highestPriceFen());
        }
        return highest;
    }

    /**
     * The least cost of {@code tonnes} credits when the firms emit {@code emissionsTonnes}, fen: the
     * programmes are filled up to the marginal price at which they offer {@code tonnes} together (found
     * by bisection), each within its own cap, and each priced as the desk prices it.
     */
    public long costFen(long tonnes, double emissionsTonnes) {
        if (tonnes <= 0 || tranches.isEmpty()) {
            return 0;
        }
        double lo = 0;
        double hi = highestPriceFen();
        for (int i = 0; i < 200 && hi - lo > 1e-6; i++) {
            double mid = lo + (hi - lo) / 2;
            if (uncappedAt(mid, emissionsTonnes) >= tonnes) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        long cost = 0;
        long left = tonnes;
        long[] taken = new long[tranches.size()];
        for (int i = 0; i < tranches.size() && left > 0; i++) {
            OffsetTranche tranche = tranches.get(i);
            taken[i] = Math.min(left, (long)
                    Math.floor(Math.min(tranche.offeredAtPrice(lo), tranche.usableTonnes(emissionsTonnes))));
            left -= taken[i];
        }
        for (int i = 0; i < tranches.size() && left > 0; i++) {
            OffsetTranche tranche = tranches.get(i);
            long room = (long) Math.floor(Math.min(tranche.offeredAtPrice(hi), tranche.usableTonnes(emissionsTonnes)))
                    - taken[i];
            long more = Math.max(0, Math.min(left, room));
            taken[i] += more;
            left -= more;
        }
        for (int i = 0; i < tranches.size(); i++) {
            cost = Math.addExact(cost, tranches.get(i).costFen(taken[i]));
        }
        return cost;
    }

    private double uncappedAt(double priceFen, double emissionsTonnes) {
        double total = 0;
        for (OffsetTranche tranche : tranches) {
            total += Math.min(tranche.offeredAtPrice(priceFen), tranche.usableTonnes(emissionsTonnes));
        }
        return total;
    }

    private double totalCap(double emissionsTonnes) {
        return totalCapTonnes + totalCapEmissionsShare * Math.max(0, emissionsTonnes);
    }
}

package org.carbonsim.core.equilibrium;

import java.util.ArrayList;
import java.util.List;
import org.carbonsim.core.compliance.OffsetRationing;

/**
 * How the compliance desk rations a year's offset credits among the covered firms, set up once for a
 * problem ({@link OffsetSupply} and its firms) and read at many prices. Each firm's room on a
 * programme is its cap on it (on allocation, from {@link FirmOffsetCaps}; on emissions, the
 * programme's share of the firm's emissions in whole tonnes, rounded down as the desk rounds it),
 * within what its cap on all programmes leaves. The programmes are taken cheapest first credit first
 * (by id among equal prices), as the desk takes them, and of each the credits sought go to the firms
 * as the same share of each one's room, in whole tonnes, up to all their rooms: the desk's rule
 * ({@link OffsetRationing}), the same code. The equilibrium solver counts credits with this at every price it tries, and shares the
 * reference's credits out with it ({@link FirmCredits}), so it never counts a credit the firms' caps
 * cannot hold. Where the problem gives no firm's caps, every firm may use the tranches' and the
 * total's whole caps on allocation, and those caps also bound the firms together. Immutable.
 */
final class CreditRationing {
    private final OffsetSupply supply;
    private final int firmCount;
    /** The tranches' indices, cheapest first credit first, by id among equal prices. */
    private final int[] order;
    /** Per tranche, per firm: the firm's cap on allocation on it, t. */
    private final long[][] onAllocation;
    /** Per firm: its cap on allocation on all tranches together, t. */
    private final long[] totalOnAllocation;
    /** Whether no firm's caps are given, so that the caps on allocation bound the firms together. */
    private final boolean pooled;
    /**
     * Whether a firm's cap on all tranches can hold less than its caps on each add up to: where it
     * cannot, how a tranche is shared among the firms does not change what the later ones can hold.
     */
    private final boolean totalMayBind;
    /** Per tranche: the firms' caps on allocation on it added up, t. */
    private final long[] onAllocationSum;
    /** Whether a cap on emissions applies to any tranche or to all together. */
    private final boolean onEmissions;
    /** {@link #share}'s per firm: its room on the tranche being shared, t. */
    private final long[] cap;
    /** {@link #share}'s per firm: what its cap on all tranches has left, t. */
    private final long[] totalRoom;

    private CreditRationing(OffsetSupply supply, List<CoveredFirm> firms) {
        this.supply = supply;
        this.firmCount = firms.size();
        List<OffsetTranche> tranches = supply.tranches();
        this.order = cheapestFirst(tranches);
        this.pooled = supply.firmCaps().isEmpty();
        FirmOffsetCaps[] caps = supply.capsOf(firms);
        this.onAllocation = new long[tranches.size()][firmCount];
        this.totalOnAllocation = new long[firmCount];
        this.onAllocationSum = new long[tranches.size()];
        this.cap = new long[firmCount];
        this.totalRoom = new long[firmCount];
        double shares = 0;
        for (OffsetTranche tranche : tranches) {
            shares += tranche.capEmissionsShare();
        }
        boolean mayBind = supply.totalCapEmissionsShare() < shares;
        for (int i = 0; i < firmCount; i++) {
            FirmOffsetCaps own = caps[i];
            long sum = 0;
            for (int p = 0; p < tranches.size(); p++) {
                onAllocation[p][i] = supply.programCapTonnes(own, p, 0);
                sum = Math.addExact(sum, onAllocation[p][i]);
                onAllocationSum[p] = Math.addExact(onAllocationSum[p], onAllocation[p][i]);
            }
            totalOnAllocation[i] = supply.totalCapTonnes(own, 0);
            mayBind |= totalOnAllocation[i] < sum;
        }
        this.totalMayBind = mayBind;
        this.onEmissions = shares > 0 || supply.totalCapEmissionsShare() > 0;
    }

    /** The rationing of {@code supply}'s credits among {@code firms}. */
    static CreditRationing of(OffsetSupply supply, List<CoveredFirm> firms) {
        return new CreditRationing(supply, firms);
    }

    OffsetSupply supply() {
        return supply;
    }

    /** Whether a cap on emissions applies, so that the firms' emissions matter. */
    boolean onEmissions() {
        return onEmissions;
    }

    /**
     * Shares {@code asked} credits of each tranche among the firms when each emits {@code
     * emissionsTonnes}; returns the credits of each tranche shared out, t: those asked, unless the
     * firms' rooms hold fewer. Where {@code byFirm} is given, {@code byFirm[p][i]} receives firm i's
     * credits of tranche p.
     */
    long[] share(long[] asked, long[] emissionsTonnes, long[][] byFirm) {
        int tranches = asked.length;
        long[] byTranche = new long[tranches];
        // where no firm's total can bind, its room on a tranche is its cap on it alone
        boolean perFirm = byFirm != null || totalMayBind;
        for (int i = 0; perFirm && i < firmCount; i++) {
            totalRoom[i] = Math.addExact(
                    totalOnAllocation[i], OffsetSupply.wholeShare(supply.totalCapEmissionsShare(), emissionsTonnes[i]));
        }
        long poolTotal = pooled ? supply.totalCapTonnes() : Long.MAX_VALUE;
        if (pooled) {
            for (int i = 0; i < firmCount; i++) {
                poolTotal = Math.addExact(
                        poolTotal, OffsetSupply.wholeShare(supply.totalCapEmissionsShare(), emissionsTonnes[i]));
            }
        }
        int last = lastAsked(asked);
        for (int k = 0; k <= last; k++) {
            int p = order[k];
            if (asked[p] == 0) {
                continue;
            }
            double share = supply.tranches().get(p).capEmissionsShare();
            long poolRoom = pooled ? supply.tranches().get(p).capTonnes() : Long.MAX_VALUE;
            if (!perFirm && share == 0) {
                // every firm's room is its cap on allocation, whatever it emits and took before
                byTranche[p] = Math.min(Math.min(asked[p], onAllocationSum[p]), Math.min(poolRoom, poolTotal));
                if (pooled) {
                    poolTotal -= byTranche[p];
                }
                continue;
            }
            for (int i = 0; i < firmCount; i++) {
                long onEmissions = OffsetSupply.wholeShare(share, emissionsTonnes[i]);
                cap[i] = Math.addExact(onAllocation[p][i], onEmissions);
                if (pooled) {
                    poolRoom = Math.addExact(poolRoom, onEmissions);
                }
            }
            long offered = Math.min(asked[p], Math.min(poolRoom, poolTotal));
            long shared;
            if (!perFirm || byFirm == null && k == last) {
                // no later tranche depends on how this one falls to the firms
                long rooms = 0;
                for (int i = 0; i < firmCount; i++) {
                    rooms = Math.addExact(rooms, perFirm ? Math.min(cap[i], totalRoom[i]) : cap[i]);
                }
                shared = Math.min(offered, rooms);
            } else {
                long[] fromTranche = OffsetRationing.shareOne(offered, cap, totalRoom);
                shared = 0;
                for (long tonnes : fromTranche) {
                    shared += tonnes;
                }
                if (byFirm != null) {
                    byFirm[p] = fromTranche;
                }
            }
            byTranche[p] = shared;
            if (pooled) {
                poolTotal -= shared;
            }
        }
        if (byFirm != null) {
            for (int p = 0; p < tranches; p++) {
                if (byFirm[p] == null) {
                    byFirm[p] = new long[firmCount];
                }
            }
        }
        return byTranche;
    }

    /**
     * {@code asked} cut down to {@code creditsTonnes} in all, the dearest first credit's tranche first
     * (the reverse of the order the desk takes them in), where they add up to more. A tranche is cut
     * only where every later one has none left, so the earlier ones fall to the firms as they did.
     */
    long[] cutTo(long[] asked, long creditsTonnes) {
        long[] cut = asked.clone();
        long over = -creditsTonnes;
        for (long tonnes : asked) {
            over = Math.addExact(over, tonnes);
        }
        for (int k = order.length - 1; k >= 0 && over > 0; k--) {
            int p = order[k];
            long less = Math.min(over, cut[p]);
            cut[p] -= less;
            over -= less;
        }
        return cut;
    }

    private int lastAsked(long[] asked) {
        for (int k = order.length - 1; k >= 0; k--) {
            if (asked[order[k]] > 0) {
                return k;
            }
        }
        return -1;
    }

    /** The tranches' indices, the cheapest first credit first, by id among equal prices, as the desk takes them. */
    private static int[] cheapestFirst(List<OffsetTranche> tranches) {
        long[] pricesFen = new long[tranches.size()];
        List<String> ids = new ArrayList<>(tranches.size());
        for (int p = 0; p < pricesFen.length; p++) {
            pricesFen[p] = tranches.get(p).priceFen();
            ids.add(tranches.get(p).id());
        }
        return OffsetRationing.cheapestFirst(pricesFen, ids);
    }
}

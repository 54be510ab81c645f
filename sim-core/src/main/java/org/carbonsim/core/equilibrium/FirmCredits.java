package org.carbonsim.core.equilibrium;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * How a reference's offset credits fall to the covered firms, under the offset rule the compliance
 * desk applies: each firm within its own caps ({@link OffsetSupply#programCapTonnes}, {@link
 * OffsetSupply#totalCapTonnes}), a cap on emissions applied to the emissions the reference leaves
 * the firm (its business-as-usual emissions less its abatement there) and rounded down as the desk
 * rounds it. The reference uses a programme's credits at one price whoever surrenders them, so any
 * split within the caps costs the same. This one is the desk's rationing: the programmes are taken
 * cheapest first credit first (by id among equal prices), as the desk takes them, and of each every
 * firm gets the same share of its room on it (its cap on the programme, within what its cap on all
 * programmes leaves after the earlier ones), in whole tonnes ({@link Apportion#proportional}: the
 * tonnes the rounding leaves go one each to the largest remainders, ties to the firm listed first),
 * and the same share of the credits' cost, in whole fen by the same rule. Immutable.
 *
 * @param tonnes each firm's credits, t, in the order of the firms
 * @param costFen what each firm's credits cost, fen
 * @param byTranche the credits shared out of each tranche, t: all that were asked of it, unless the
 *     firms' caps in whole tonnes hold fewer
 */
record FirmCredits(long[] tonnes, long[] costFen, long[] byTranche) {
    /**
     * {@code creditsTonnes} of {@code supply}'s credits, the least-cost ones ({@link
     * OffsetSupply#takenTonnes}), shared among {@code firms} when each abates {@code abatedTonnes}.
     */
    static FirmCredits of(OffsetSupply supply, List<CoveredFirm> firms, long[] abatedTonnes, long creditsTonnes) {
        return of(supply, firms, abatedTonnes, supply.takenTonnes(creditsTonnes, emissionsOf(firms, abatedTonnes)));
    }

    /** {@code asked} credits of each tranche of {@code supply} shared among {@code firms} when each abates {@code abatedTonnes}. */
    static FirmCredits of(OffsetSupply supply, List<CoveredFirm> firms, long[] abatedTonnes, long[] asked) {
        int n = firms.size();
        long[] tonnes = new long[n];
        long[] costFen = new long[n];
        long[] byTranche = new long[asked.length];
        long[] emissions = new long[n];
        for (int i = 0; i < n; i++) {
            emissions[i] = Math.max(0, firms.get(i).bauTonnes() - abatedTonnes[i]);
        }
        Map<String, FirmOffsetCaps> caps = supply.capsByFirm();
        FirmOffsetCaps[] own = new FirmOffsetCaps[n];
        long[] totalRoom = new long[n];
        for (int i = 0; i < n; i++) {
            own[i] = caps.get(firms.get(i).id());
            totalRoom[i] = supply.totalCapTonnes(own[i], emissions[i]);
        }
        for (int p : cheapestFirst(supply.tranches())) {
            if (asked[p] == 0) {
                continue;
            }
            long[] room = new long[n];
            long rooms = 0;
            for (int i = 0; i < n; i++) {
                room[i] = Math.min(supply.programCapTonnes(own[i], p, emissions[i]), totalRoom[i]);
                rooms = Math.addExact(rooms, room[i]);
            }
            long shared = Math.min(asked[p], rooms);
            if (shared == 0) {
                continue;
            }
            long[] fromProgram = Apportion.proportional(shared, room);
            long[] costs = Apportion.proportional(supply.tranches().get(p).costFen(shared), fromProgram);
            for (int i = 0; i < n; i++) {
                tonnes[i] += fromProgram[i];
                totalRoom[i] -= fromProgram[i];
                costFen[i] = Math.addExact(costFen[i], costs[i]);
            }
            byTranche[p] = shared;
        }
        return new FirmCredits(tonnes, costFen, byTranche);
    }

    /** The credits shared out, t. */
    long assignedTonnes() {
        long total = 0;
        for (long tranche : byTranche) {
            total += tranche;
        }
        return total;
    }

    /** The tranches' indices, the cheapest first credit first, by id among equal prices, as the desk takes them. */
    private static List<Integer> cheapestFirst(List<OffsetTranche> tranches) {
        List<Integer> order = new ArrayList<>(tranches.size());
        for (int p = 0; p < tranches.size(); p++) {
            order.add(p);
        }
        order.sort(Comparator.comparingLong((Integer p) -> tranches.get(p).priceFen())
                .thenComparing(p -> tranches.get(p).id()));
        return order;
    }

    private static long emissionsOf(List<CoveredFirm> firms, long[] abatedTonnes) {
        long emitted = 0;
        for (int i = 0; i < firms.size(); i++) {
            emitted = Math.addExact(emitted, Math.max(0, firms.get(i).bauTonnes() - abatedTonnes[i]));
        }
        return emitted;
    }
}

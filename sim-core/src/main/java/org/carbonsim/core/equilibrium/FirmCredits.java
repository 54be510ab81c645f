package org.carbonsim.core.equilibrium;

import java.util.List;
import org.carbonsim.core.compliance.OffsetRationing;

/**
 * How a reference's offset credits fall to the covered firms, under the offset rule the compliance
 * desk applies ({@link CreditRationing}): each firm within its own caps, a cap on emissions applied to
 * the emissions the reference leaves the firm (its business-as-usual emissions less its abatement
 * there) and rounded down as the desk rounds it. The reference uses a programme's credits at one
 * price whoever surrenders them, so any split within the caps costs the same. This one takes the
 * programmes cheapest first credit first (by id among equal prices), as the desk takes them, and of
 * each every firm gets the same share of its room on it (its cap on the programme, within what its cap
 * on all programmes leaves after the earlier ones), in whole tonnes ({@link OffsetRationing#proportional}:
 * the tonnes the rounding leaves go one each to the largest remainders, ties to the firm listed first),
 * and the same share of the credits' cost, in whole fen by the same rule: the rule the desk sells by.
 * Immutable.
 *
 * @param tonnes each firm's credits, t, in the order of the firms
 * @param costFen what each firm's credits cost, fen
 * @param byTranche the credits shared out of each tranche, t: all that were asked of it, unless the
 *     firms' caps in whole tonnes hold fewer
 */
record FirmCredits(long[] tonnes, long[] costFen, long[] byTranche) {
    /** {@code asked} credits of each tranche of {@code supply} shared among {@code firms} when each abates {@code abatedTonnes}. */
    static FirmCredits of(OffsetSupply supply, List<CoveredFirm> firms, long[] abatedTonnes, long[] asked) {
        return of(CreditRationing.of(supply, firms), firms, abatedTonnes, asked);
    }

    /** {@code asked} credits of each tranche shared by {@code rationing} among {@code firms} when each abates {@code abatedTonnes}. */
    static FirmCredits of(CreditRationing rationing, List<CoveredFirm> firms, long[] abatedTonnes, long[] asked) {
        int n = firms.size();
        long[][] byFirm = new long[asked.length][];
        long[] byTranche = rationing.share(asked, emissions(firms, abatedTonnes), byFirm);
        long[] tonnes = new long[n];
        long[] costFen = new long[n];
        for (int p = 0; p < asked.length; p++) {
            if (byTranche[p] == 0) {
                continue;
            }
            long[] costs = OffsetRationing.proportional(
                    rationing.supply().tranches().get(p).costFen(byTranche[p]), byFirm[p]);
            for (int i = 0; i < n; i++) {
                tonnes[i] += byFirm[p][i];
                costFen[i] = Math.addExact(costFen[i], costs[i]);
            }
        }
        return new FirmCredits(tonnes, costFen, byTranche);
    }

    /**
     * The credits {@link #of} shares out, t ({@link #assignedTonnes}), only counted: the rationing
     * counts a tranche's credits as the firms' rooms hold them without sharing them out where no later
     * tranche depends on how they fall to the firms ({@link CreditRationing#share}).
     */
    static long heldTonnes(CreditRationing rationing, List<CoveredFirm> firms, long[] abatedTonnes, long[] asked) {
        long total = 0;
        for (long tonnes : rationing.share(asked, emissions(firms, abatedTonnes), null)) {
            total += tonnes;
        }
        return total;
    }

    /** What each of {@code firms} emits when it abates {@code abatedTonnes}, t: none below 0. */
    private static long[] emissions(List<CoveredFirm> firms, long[] abatedTonnes) {
        long[] emissions = new long[firms.size()];
        for (int i = 0; i < emissions.length; i++) {
            emissions[i] = Math.max(0, firms.get(i).bauTonnes() - abatedTonnes[i]);
        }
        return emissions;
    }

    /** The credits shared out, t. */
    long assignedTonnes() {
        long total = 0;
        for (long tranche : byTranche) {
            total += tranche;
        }
        return total;
    }
}

package org.carbonsim.core.equilibrium;

import java.util.ArrayList;
import java.util.List;
import org.carbonsim.core.model.AbatementCurve;

/**
 * The equilibrium solver's firm-by-firm rationing of offset credits ({@link CreditRationing}) opened
 * to tests in other packages, so that they can set it beside the traders' plans and the compliance
 * desk at one price.
 */
public final class RationingProbe {
    private RationingProbe() {}

    /**
     * Each firm's credits, t, in the order of {@code firmIds}, when firm i emits {@code
     * emissionsTonnes[i]} and every credit of {@code supply} no dearer than {@code priceFen} is on offer.
     */
    public static long[] creditsByFirm(
            OffsetSupply supply, List<String> firmIds, long[] emissionsTonnes, double priceFen) {
        List<CoveredFirm> firms = new ArrayList<>(firmIds.size());
        for (int i = 0; i < firmIds.size(); i++) {
            firms.add(new CoveredFirm(firmIds.get(i), emissionsTonnes[i], new AbatementCurve.Linear(1_000, 0.1)));
        }
        long[] offered = new long[supply.tranches().size()];
        for (int p = 0; p < offered.length; p++) {
            offered[p] = supply.tranches().get(p).wholeOfferedAt(priceFen);
        }
        long[][] byTranche = new long[offered.length][];
        CreditRationing.of(supply, firms).share(offered, emissionsTonnes, byTranche);
        long[] tonnes = new long[firms.size()];
        for (long[] tranche : byTranche) {
            for (int i = 0; i < tonnes.length; i++) {
                tonnes[i] += tranche[i];
            }
        }
        return tonnes;
    }
}

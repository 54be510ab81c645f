package org.carbonsim.core.engine;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.carbonsim.core.allocation.AllocationLine;
import org.carbonsim.core.compliance.BankingRule;
import org.carbonsim.core.compliance.OffsetRationing;

/**
 * Each enterprise's share of the net sales a capped banking rule counts from before the run ({@link
 * BankingRule.Capped#priorNetSalesTonnes}): the enterprises that sold before the run are taken to be
 * those the run's first allocation leaves long, in proportion to the surplus it leaves them
 * (allocation less expected business-as-usual emissions, where positive), in whole tonnes by the
 * largest remainders ({@link OffsetRationing#proportional}). An enterprise short at its first
 * allocation counts none. Stateless.
 */
final class PriorNetSales {
    private PriorNetSales() {}

    /**
     * The prior net sales of {@code banking} shared among the enterprises of {@code firstYearLines},
     * t by enterprise id; empty for a rule without them, or when no enterprise is expected long.
     */
    static Map<String, Long> shares(BankingRule banking, List<AllocationLine> firstYearLines) {
        Map<String, Long> shares = new TreeMap<>();
        if (!(banking instanceof BankingRule.Capped capped) || capped.priorNetSalesTonnes() == 0) {
            return shares;
        }
        long[] surplus = new long[firstYearLines.size()];
        long total = 0;
        for (int i = 0; i < surplus.length; i++) {
            surplus[i] = Math.max(0, firstYearLines.get(i).expectedBalanceTonnes());
            total = Math.addExact(total, surplus[i]);
        }
        if (total == 0) {
            return shares;
        }
        long[] tonnes = OffsetRationing.proportional(capped.priorNetSalesTonnes(), surplus);
        for (int i = 0; i < tonnes.length; i++) {
            if (tonnes[i] > 0) {
                shares.put(firstYearLines.get(i).enterpriseId(), tonnes[i]);
            }
        }
        return shares;
    }
}

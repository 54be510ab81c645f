package org.carbonsim.core.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToLongFunction;
import org.carbonsim.core.compliance.BankingRule;
import org.carbonsim.core.compliance.ComplianceCycle;
import org.carbonsim.core.compliance.CycleDue;
import org.carbonsim.core.compliance.YearObligation;

/**
 * The obligations of the current compliance cycle not yet settled, per enterprise in id order,
 * with its net sales over the cycle and, for a capped banking rule that counts net sales from a year
 * ({@link BankingRule.Capped#countsFromYear}), those it made before the cycle. Not thread-safe.
 */
final class OpenCycle {
    private final Map<String, Integer> accounts = new TreeMap<>();
    private final Map<String, List<YearObligation>> years = new TreeMap<>();
    private final Map<String, Long> netSales = new TreeMap<>();
    /**
     * Per enterprise, the net sales a capped rule counting from a year counts from before this cycle:
     * its share of the years before the run and the run's earlier cycles, t.
     */
    private final Map<String, Long> netSalesBefore = new TreeMap<>();

    /** Counts {@code tonnes} per enterprise as net sales made before the run (the capped rule's prior). */
    void countPriorNetSales(Map<String, Long> tonnes) {
        tonnes.forEach((id, t) -> netSalesBefore.merge(id, t, Math::addExact));
    }

    void add(String id, int account, YearObligation owed, long netSalesTonnes) {
        accounts.put(id, account);
        years.computeIfAbsent(id, k -> new ArrayList<>()).add(owed);
        netSales.merge(id, netSalesTonnes, Math::addExact);
    }

    /** What {@code id} owes for the cycle's years before this one, t. */
    long carriedTonnes(String id) {
        long total = 0;
        for (YearObligation owed : years.getOrDefault(id, List.of())) {
            total = Math.addExact(total, owed.obligationTonnes());
        }
        return total;
    }

    /**
     * What {@code id} sold minus bought in the cycle's years before this one and, under a capped rule
     * counting from a year, before the cycle, t.
     */
    long netSalesTonnes(String id) {
        return Math.addExact(netSalesBefore.getOrDefault(id, 0L), netSales.getOrDefault(id, 0L));
    }

    /** What every enterprise together owes for the cycle's years before this one, t. */
    long carriedTonnes() {
        long total = 0;
        for (String id : years.keySet()) {
            total = Math.addExact(total, carriedTonnes(id));
        }
        return total;
    }

    /**
     * {@code thisYear}'s tonnes per enterprise with {@code field} of the cycle's years before this one
     * added: the totals the desk takes an offset cap on at the cycle's deadline.
     */
    Map<String, Long> withCarried(Map<String, Long> thisYear, ToLongFunction<YearObligation> field) {
        Map<String, Long> totals = new TreeMap<>(thisYear);
        for (Map.Entry<String, Long> entry : totals.entrySet()) {
            long total = entry.getValue();
            for (YearObligation owed : years.getOrDefault(entry.getKey(), List.of())) {
                total = Math.addExact(total, field.applyAsLong(owed));
            }
            entry.setValue(total);
        }
        return totals;
    }

    List<CycleDue> dues() {
        List<CycleDue> dues = new ArrayList<>(years.size());
        for (Map.Entry<String, List<YearObligation>> entry : years.entrySet()) {
            String id = entry.getKey();
            dues.add(new CycleDue(id, accounts.get(id), entry.getValue(), netSalesTonnes(id)));
        }
        return dues;
    }

    /**
     * Closes the settled {@code cycle}: under a capped rule that counts net sales from a year the cycle
     * starts in or after, its net sales are kept for the cycles after it; the rest is forgotten.
     */
    void clear(ComplianceCycle cycle) {
        if (cycle.banking() instanceof BankingRule.Capped capped
                && capped.countsFromYear()
                && cycle.firstYear() >= capped.netSalesFromYear()) {
            netSales.forEach((id, t) -> netSalesBefore.merge(id, t, Math::addExact));
        }
        accounts.clear();
        years.clear();
        netSales.clear();
    }
}

package org.carbonsim.core.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToLongFunction;
import org.carbonsim.core.compliance.CycleDue;
import org.carbonsim.core.compliance.YearObligation;

/**
 * The obligations of the current compliance cycle not yet settled, per enterprise in id order,
 * with its net sales over the cycle. Not thread-safe.
 */
final class OpenCycle {
    private final Map<String, Integer> accounts = new TreeMap<>();
    private final Map<String, List<YearObligation>> years = new TreeMap<>();
    private final Map<String, Long> netSales = new TreeMap<>();

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
            dues.add(new CycleDue(id, accounts.get(id), entry.getValue(), netSales.get(id)));
        }
        return dues;
    }

    void clear() {
        accounts.clear();
        years.clear();
        netSales.clear();
    }
}

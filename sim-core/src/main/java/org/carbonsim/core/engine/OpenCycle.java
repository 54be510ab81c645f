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
    /** Per enterprise in id order, its account, what it owes for the cycle's years so far and its net sales in them. */
    private final Map<String, Open> open = new TreeMap<>();
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
        // one descent of the tree, whether the enterprise is new to the cycle or not
        Open entry = open.computeIfAbsent(id, key -> new Open());
        entry.account = account;
        entry.years.add(owed);
        entry.netSalesTonnes = Math.addExact(entry.netSalesTonnes, netSalesTonnes);
    }

    /** An enterprise's part of the cycle so far. */
    private static final class Open {
        int account;
        final List<YearObligation> years = new ArrayList<>();
        long netSalesTonnes;
    }

    /** What {@code id} owes for the cycle's years before this one, t. */
    long carriedTonnes(String id) {
        Open entry = open.get(id);
        return entry == null ? 0 : carriedTonnes(entry);
    }

    private static long carriedTonnes(Open entry) {
        long total = 0;
        for (YearObligation owed : entry.years) {
            total = Math.addExact(total, owed.obligationTonnes());
        }
        return total;
    }

    /**
     * What {@code id} sold minus bought in the cycle's years before this one and, under a capped rule
     * counting from a year, before the cycle, t.
     */
    long netSalesTonnes(String id) {
        Open entry = open.get(id);
        return netSalesTonnes(id, entry == null ? 0 : entry.netSalesTonnes);
    }

    private long netSalesTonnes(String id, long inCycleTonnes) {
        return Math.addExact(netSalesBefore.getOrDefault(id, 0L), inCycleTonnes);
    }

    /** What every enterprise together owes for the cycle's years before this one, t. */
    long carriedTonnes() {
        long total = 0;
        for (Open entry : open.values()) {
            total = Math.addExact(total, carriedTonnes(entry));
        }
        return total;
    }

    /**
     * {@code thisYear}'s tonnes per enterprise with {@code field} of the cycle's years before this one
     * added: the totals the desk takes an offset cap on at the cycle's deadline. Read-only, in id
     * order; with nothing carried, {@code thisYear} itself where it is sorted by id ({@link ByIdTotals}).
     */
    Map<String, Long> withCarried(Map<String, Long> thisYear, ToLongFunction<YearObligation> field) {
        if (open.isEmpty()) {
            // the cycle's first year, or a one-year cycle: nothing carried to look up or add
            return ByIdTotals.sorted(thisYear);
        }
        Map<String, Long> totals = new TreeMap<>(thisYear);
        for (Map.Entry<String, Long> entry : totals.entrySet()) {
            long total = entry.getValue();
            Open carried = open.get(entry.getKey());
            for (YearObligation owed : carried == null ? List.<YearObligation>of() : carried.years) {
                total = Math.addExact(total, field.applyAsLong(owed));
            }
            entry.setValue(total);
        }
        return totals;
    }

    List<CycleDue> dues() {
        List<CycleDue> dues = new ArrayList<>(open.size());
        for (Map.Entry<String, Open> entry : open.entrySet()) {
            String id = entry.getKey();
            Open due = entry.getValue();
            dues.add(new CycleDue(id, due.account, due.years, netSalesTonnes(id, due.netSalesTonnes)));
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
            open.forEach((id, entry) -> netSalesBefore.merge(id, entry.netSalesTonnes, Math::addExact));
        }
        open.clear();
    }
}

package org.carbonsim.core.engine;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Tonnes per enterprise in enterprise-id order, as an offset plan's caps read them. The cycle's
 * totals ({@link OpenCycle#withCarried}, {@link CycleOutlook#withLaterAllocation}) add nothing in a
 * one-year cycle, and the year's own tonnes come sorted already: there they are read as they are,
 * rather than copied entry by entry for every covered enterprise.
 */
final class ByIdTotals {
    private ByIdTotals() {}

    /**
     * {@code tonnes} in id order, read-only: a view of the map itself where it is already sorted by
     * id in natural order, else a sorted copy.
     */
    static Map<String, Long> sorted(Map<String, Long> tonnes) {
        if (tonnes instanceof SortedMap<String, Long> sorted && sorted.comparator() == null) {
            return Collections.unmodifiableSortedMap(sorted);
        }
        return Collections.unmodifiableSortedMap(new TreeMap<>(tonnes));
    }
}

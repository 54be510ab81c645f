package org.carbonsim.core.engine;

import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Tonnes per enterprise in enterprise-id order, as an offset plan's caps read them. The cycle's
 * totals ({@link OpenCycle#withCarried}, {@link CycleOutlook#withLaterAllocation}) add nothing in a
 * one-year cycle, and the year's own tonnes come in id order already (a sorted map, or a map filled
 * along an allocation table's lines, which the allocator sorts by id): there they are read as they
 * are, rather than copied entry by entry for every covered enterprise.
 */
final class ByIdTotals {
    private ByIdTotals() {}

    /**
     * {@code tonnes} in id order, read-only: a view of the map itself where it is sorted by id in
     * natural order or iterates in ascending id order (as a linked hash map filled in id order does,
     * which also looks an id up without a walk down a tree), else a sorted copy.
     */
    static Map<String, Long> sorted(Map<String, Long> tonnes) {
        if (tonnes instanceof SortedMap<String, Long> sorted && sorted.comparator() == null) {
            return Collections.unmodifiableSortedMap(sorted);
        }
        if (ascending(tonnes)) {
            return Collections.unmodifiableMap(tonnes);
        }
        return Collections.unmodifiableSortedMap(new TreeMap<>(tonnes));
    }

    /**
     * Whether {@code byId} iterates its ids in strictly ascending natural order, the order a tree map
     * keeps: one comparison per entry, and a hash map's order usually fails within its first few.
     */
    static boolean ascending(Map<String, ?> byId) {
        Iterator<String> ids = byId.keySet().iterator();
        if (!ids.hasNext()) {
            return true;
        }
        String previous = ids.next();
        while (ids.hasNext()) {
            String id = ids.next();
            if (previous.compareTo(id) >= 0) {
                return false;
            }
            previous = id;
        }
        return true;
    }
}

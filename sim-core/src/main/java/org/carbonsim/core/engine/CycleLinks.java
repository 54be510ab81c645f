package org.carbonsim.core.engine;

import java.util.ArrayList;
import java.util.List;
import org.carbonsim.core.compliance.ComplianceCycle;
import org.carbonsim.core.compliance.ComplianceRules;
import org.carbonsim.core.equilibrium.CycleLink;

/**
 * The compliance cycles of a run of years as the least-cost path sees them: the one definition of
 * the cycles ({@link ComplianceRules#cycleOf}) that the desk settles, turned into the path's {@link
 * CycleLink}s, for the run's reference and the traders' foresight alike. Immutable (stateless).
 */
final class CycleLinks {
    private CycleLinks() {}

    /** The links of the {@code count} years from {@code firstYear}; a cycle begun before it starts at 0. */
    static List<CycleLink> of(ComplianceRules rules, int firstYear, int count) {
        List<CycleLink> links = new ArrayList<>(count);
        for (int t = 0; t < count; t++) {
            ComplianceCycle cycle = rules.cycleOf(firstYear + t);
            int start = Math.max(0, cycle.firstYear() - firstYear);
            links.add(new CycleLink(start, cycle.settlesIn(firstYear + t), cycle.borrowingShare(), cycle.banks()));
        }
        return links;
    }
}

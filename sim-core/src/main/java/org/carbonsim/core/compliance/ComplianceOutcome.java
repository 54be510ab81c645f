package org.carbonsim.core.compliance;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What one enterprise did at the deadline and what followed. obligation = surrendered + offsets +
 * borrowed + shortfall. Immutable.
 *
 * @param enterpriseId the enterprise
 * @param obligationTonnes what it had to surrender, t: verified emissions (over its cycle), or less
 *     under a burden cap
 * @param surrenderedTonnes allowances surrendered (vintages the cycle lets each year use), t
 * @param offsetsByProgram offset credits surrendered, t, by program id
 * @param offsetCostFen what the credits cost, fen
 * @param borrowedTonnes met from next year's allocation, t
 * @param shortfallTonnes left unmet, t
 * @param fineFen the fine, fen
 * @param deductionTonnes deducted from next year's issuance, t
 * @param bankedTonnes allowances carried into next year, t
 * @param cancelledTonnes allowances cancelled by the banking rule, t
 */
public record ComplianceOutcome(
        String enterpriseId,
        long obligationTonnes,
        long surrenderedTonnes,
        Map<String, Long> offsetsByProgram,
        long offsetCostFen,
        long borrowedTonnes,
        long shortfallTonnes,
        long fineFen,
        long deductionTonnes,
        long bankedTonnes,
        long cancelledTonnes) {
    public ComplianceOutcome {
        Objects.requireNonNull(enterpriseId, "enterpriseId");
        offsetsByProgram = java.util.Collections.unmodifiableMap(new TreeMap<>(offsetsByProgram));
        long offsets = 0;
        for (long t : offsetsByProgram.values()) {
            offsets += t;
        }
        if (surrenderedTonnes + offsets + borrowedTonnes + shortfallTonnes != obligationTonnes) {
            throw new IllegalArgumentException(
                    enterpriseId + ": surrendered + offsets + borrowed + shortfall != obligation");
        }
    }

    /** Offset credits surrendered, t. */
    public long offsetTonnes() {
        long total = 0;
        for (long t : offsetsByProgram.values()) {
            total += t;
        }
        return total;
    }

    /** Whether the obligation was met in full (borrowing, when the rules allow it, counts). */
    public boolean complied() {
        return shortfallTonnes == 0;
    }
}

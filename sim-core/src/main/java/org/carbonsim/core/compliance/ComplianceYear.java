package org.carbonsim.core.compliance;

import java.util.List;

/**
 * The outcome of a year's compliance deadline: one outcome per enterprise, in the order given, and
 * the compliance rates. Immutable.
 *
 * @param year the compliance year
 * @param outcomes per enterprise
 */
public record ComplianceYear(int year, List<ComplianceOutcome> outcomes) {
    public ComplianceYear {
        outcomes = List.copyOf(outcomes);
    }

    /** Share of enterprises that met their obligation in full (1 when there are none). */
    public double complianceRate() {
        if (outcomes.isEmpty()) {
            return 1;
        }
        int complied = 0;
        for (ComplianceOutcome outcome : outcomes) {
            complied += outcome.complied() ? 1 : 0;
        }
        return (double) complied / outcomes.size();
    }

    /** Share of obligation tonnes met (1 when nothing was owed). */
    public double tonnesComplianceRate() {
        long owed = 0;
        long unmet = 0;
        for (ComplianceOutcome outcome : outcomes) {
            owed += outcome.obligationTonnes();
            unmet += outcome.shortfallTonnes();
        }
        return owed == 0 ? 1 : (double) (owed - unmet) / owed;
    }

    /** Total fines, fen. */
    public long finesFen() {
        long total = 0;
        for (ComplianceOutcome outcome : outcomes) {
            total += outcome.fineFen();
        }
        return total;
    }

    /** Total tonnes short (neither surrendered nor offset), t. */
    public long shortfallTonnes() {
        long total = 0;
        for (ComplianceOutcome outcome : outcomes) {
            total = Math.addExact(total, outcome.shortfallTonnes());
        }
        return total;
    }

    /** Total paid for the offsets surrendered, fen. */
    public long offsetCostFen() {
        long total = 0;
        for (ComplianceOutcome outcome : outcomes) {
            total = Math.addExact(total, outcome.offsetCostFen());
        }
        return total;
    }

    /** Total offsets surrendered, t. */
    public long offsetTonnes() {
        long total = 0;
        for (ComplianceOutcome outcome : outcomes) {
            total += outcome.offsetTonnes();
        }
        return total;
    }

    /** Total allowances banked, t. */
    public long bankedTonnes() {
        long total = 0;
        for (ComplianceOutcome outcome : outcomes) {
            total += outcome.bankedTonnes();
        }
        return total;
    }
}

package org.carbonsim.core.mrv;

import java.util.Objects;

/**
 * One enterprise's report for a year and what verification made of it. Immutable.
 *
 * @param enterpriseId the enterprise
 * @param sectorId its sector
 * @param method how it is monitored
 * @param trueTonnes true emissions, t
 * @param measuredTonnes what its monitoring measured, t (true plus measurement error)
 * @param hiddenTonnes what it left out of the report on purpose, t
 * @param reportedTonnes what it reported: measured − hidden, t
 * @param audited whether verifiers audited the report
 * @param detected whether the audit found the hidden tonnes
 * @param complianceTonnes what it must surrender allowances for: reported, plus the hidden tonnes when
 *     detected, t
 * @param fineFen fine for a detected misreport, fen
 * @param deductionTonnes deducted from next year's allocation for a detected misreport, t
 */
public record MrvOutcome(
        String enterpriseId,
        String sectorId,
        MonitoringMethod method,
        long trueTonnes,
        long measuredTonnes,
        long hiddenTonnes,
        long reportedTonnes,
        boolean audited,
        boolean detected,
        long complianceTonnes,
        long fineFen,
        long deductionTonnes) {
    public MrvOutcome {
        Objects.requireNonNull(enterpriseId, "enterpriseId");
        Objects.requireNonNull(sectorId, "sectorId");
        Objects.requireNonNull(method, "method");
        if (reportedTonnes != measuredTonnes - hiddenTonnes) {
            throw new IllegalArgumentException(enterpriseId + ": reported must be measured − hidden");
        }
        if (complianceTonnes != reportedTonnes + (detected ? hiddenTonnes : 0)) {
            throw new IllegalArgumentException(enterpriseId + ": compliance must be reported (+ hidden if detected)");
        }
        if (detected && !audited) {
            throw new IllegalArgumentException(enterpriseId + ": detected without an audit");
        }
    }

    /** True emissions − compliance emissions: what the scheme does not see, t (negative when over-reported). */
    public long undetectedGapTonnes() {
        return trueTonnes - complianceTonnes;
    }
}

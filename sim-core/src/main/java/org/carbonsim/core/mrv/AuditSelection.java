package org.carbonsim.core.mrv;

/** How verifiers choose the reports they audit. */
public enum AuditSelection {
    /** Each report is audited with probability equal to the audit rate, independently. */
    RANDOM,
    /**
     * The audit rate × the number of reports (rounded half-up) with the lowest reported intensity
     * relative to their sector's reported intensity are audited: a low report is the suspicious one.
     */
    RISK_BASED
}

package org.carbonsim.core.mrv;

import java.util.Objects;

/**
 * What goes into one covered enterprise's report for a year. Immutable.
 *
 * @param enterpriseId the enterprise
 * @param sectorId its sector (for risk-based audits)
 * @param trueTonnes its true emissions, t
 * @param outputUnits its output, sector's product unit (for reported intensity)
 * @param method how it is monitored
 * @param hiddenShare share of its measured emissions it hides (from {@link UnderReportingRule})
 */
public record FirmReport(
        String enterpriseId,
        String sectorId,
        long trueTonnes,
        double outputUnits,
        MonitoringMethod method,
        double hiddenShare) {
    public FirmReport {
        Objects.requireNonNull(enterpriseId, "enterpriseId");
        Objects.requireNonNull(sectorId, "sectorId");
        Objects.requireNonNull(method, "method");
        if (trueTonnes < 0) {
            throw new IllegalArgumentException(enterpriseId + ": trueTonnes must be >= 0, got " + trueTonnes);
        }
        if (!(outputUnits >= 0) || Double.isInfinite(outputUnits)) {
            throw new IllegalArgumentException(enterpriseId + ": outputUnits must be finite and >= 0");
        }
        if (!(hiddenShare >= 0 && hiddenShare < 1)) {
            throw new IllegalArgumentException(enterpriseId + ": hiddenShare must be in [0, 1), got " + hiddenShare);
        }
    }
}

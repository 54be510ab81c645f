package org.carbonsim.core.coverage;

import java.util.Objects;

/**
 * Whether one enterprise is covered in one compliance year, and why. Immutable.
 *
 * @param enterpriseId the enterprise
 * @param sectorId its sector
 * @param year the compliance year
 * @param reason why it is or is not covered; {@link CoverageReason#covered()} says which
 * @param qualifyingYear the most recent lookback year that met the threshold, or {@link #NONE}
 * @param yearsBelow consecutive covered years below the threshold up to the previous year
 * @param newEntrant whether it entered this year, after the scheme's first year (allocated from the
 *     new-entrant reserve)
 */
public record CoverageRecord(
        String enterpriseId,
        String sectorId,
        int year,
        CoverageReason reason,
        int qualifyingYear,
        int yearsBelow,
        boolean newEntrant) {
    /** {@code qualifyingYear} when no lookback year met the threshold. */
    public static final int NONE = Integer.MIN_VALUE;

    public CoverageRecord {
        Objects.requireNonNull(enterpriseId, "enterpriseId");
        Objects.requireNonNull(sectorId, "sectorId");
        Objects.requireNonNull(reason, "reason");
        if (yearsBelow < 0) {
            throw new IllegalArgumentException("yearsBelow must be >= 0");
        }
        if (newEntrant && !reason.covered()) {
            throw new IllegalArgumentException(enterpriseId + ": a new entrant must be covered");
        }
    }

    /** Whether the enterprise is covered this year. */
    public boolean covered() {
        return reason.covered();
    }
}

package org.carbonsim.core.compliance;

import java.util.Objects;

/**
 * What one covered enterprise owes at the deadline. Immutable.
 *
 * @param enterpriseId the enterprise
 * @param account its registry account
 * @param emissionsTonnes verified emissions of the year, t: the obligation
 * @param allocationTonnes its final free allocation of the year, t (base of allocation-based offset caps)
 * @param netSalesTonnes allowances it sold minus bought in the year, t (for capped banking)
 */
public record ComplianceDue(
        String enterpriseId, int account, long emissionsTonnes, long allocationTonnes, long netSalesTonnes) {
    public ComplianceDue {
        Objects.requireNonNull(enterpriseId, "enterpriseId");
        if (emissionsTonnes < 0 || allocationTonnes < 0) {
            throw new IllegalArgumentException(enterpriseId + ": emissions and allocation must be >= 0 t");
        }
    }
}

package org.carbonsim.core.allocation;

import java.util.Objects;

/**
 * The settlement of one enterprise's allocation after verification: what was pre-allocated against
 * the final allocation. A positive adjustment is issued; a negative one is withdrawn (and, when the
 * enterprise no longer holds enough, owed as a debt netted from its next issuance by the registry).
 * Immutable.
 *
 * @param enterpriseId the enterprise
 * @param preAllocatedTonnes what was issued at the start of the year, t
 * @param finalAllocationTonnes the allocation computed from actual output, t
 */
public record TrueUp(String enterpriseId, long preAllocatedTonnes, long finalAllocationTonnes) {
    public TrueUp {
        Objects.requireNonNull(enterpriseId, "enterpriseId");
        if (preAllocatedTonnes < 0 || finalAllocationTonnes < 0) {
            throw new IllegalArgumentException(enterpriseId + ": tonnes must be >= 0");
        }
    }

    /** Final minus pre-allocated, t. */
    public long adjustmentTonnes() {
        return finalAllocationTonnes - preAllocatedTonnes;
    }

    /** Tonnes to issue (0 when over-allocated). */
    public long issueTonnes() {
        return Math.max(0, adjustmentTonnes());
    }

    /** Tonnes to withdraw (0 when under-allocated). */
    public long withdrawTonnes() {
        return Math.max(0, -adjustmentTonnes());
    }
}

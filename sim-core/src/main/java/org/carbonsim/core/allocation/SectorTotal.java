package org.carbonsim.core.allocation;

/**
 * A sector's totals in an allocation table. Immutable.
 *
 * @param sectorId the sector
 * @param enterprises covered enterprises allocated
 * @param preAllocationTonnes total pre-allocation, t
 * @param allocationTonnes total allocation, t
 * @param bauEmissionsTonnes total business-as-usual emissions in the table's basis, t
 */
public record SectorTotal(
        String sectorId, int enterprises, long preAllocationTonnes, long allocationTonnes, long bauEmissionsTonnes) {
    /** Allocation minus business-as-usual emissions, t. */
    public long expectedBalanceTonnes() {
        return allocationTonnes - bauEmissionsTonnes;
    }
}

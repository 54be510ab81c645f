package org.carbonsim.core.cbam;

import java.util.Objects;

/**
 * One enterprise's year as CBAM sees it. Immutable.
 *
 * @param enterpriseId the enterprise
 * @param sectorId its sector
 * @param covered whether it was covered by the domestic scheme that year (an uncovered firm pays no
 *     domestic carbon price)
 * @param outputUnits its output, in the sector's product unit
 * @param emissionsTonnes its verified emissions, t
 * @param allocationTonnes its final free allocation, t
 */
public record ExportingFirm(
        String enterpriseId,
        String sectorId,
        boolean covered,
        double outputUnits,
        long emissionsTonnes,
        long allocationTonnes) {
    public ExportingFirm {
        Objects.requireNonNull(enterpriseId, "enterpriseId");
        Objects.requireNonNull(sectorId, "sectorId");
        if (!(outputUnits >= 0) || Double.isInfinite(outputUnits)) {
            throw new IllegalArgumentException(enterpriseId + ": outputUnits must be finite and >= 0");
        }
        if (emissionsTonnes < 0 || allocationTonnes < 0) {
            throw new IllegalArgumentException(enterpriseId + ": emissions and allocation must be >= 0 t");
        }
    }

    /**
     * The carbon price effectively paid per tonne emitted, fen (rounded down): the allowance price
     * times the share of emissions not covered by free allocation, {@code P × max(0, E − A) ÷ E}; 0
     * when uncovered or without emissions.
     */
    public long effectivePriceFen(long allowancePriceFen) {
        if (!covered || emissionsTonnes == 0) {
            return 0;
        }
        long unallocated = Math.max(0, emissionsTonnes - allocationTonnes);
        return Cbam.floorMulDiv(allowancePriceFen, unallocated, emissionsTonnes);
    }
}

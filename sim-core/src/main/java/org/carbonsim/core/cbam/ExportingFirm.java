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
 * @param emissionsTonnes its true emissions, t: what its goods embed, which the effective price is
 *     spread over
 * @param complianceEmissionsTonnes the emissions it surrenders allowances for, t: under MRV rules
 *     its reported emissions corrected by the audits, which differ from the true ones by its
 *     method's measurement error and what it hides; without them its emissions
 * @param allocationTonnes its final free allocation, t
 */
public record ExportingFirm(
        String enterpriseId,
        String sectorId,
        boolean covered,
        double outputUnits,
        long emissionsTonnes,
        long complianceEmissionsTonnes,
        long allocationTonnes) {
    public ExportingFirm {
        Objects.requireNonNull(enterpriseId, "enterpriseId");
        Objects.requireNonNull(sectorId, "sectorId");
        if (!(outputUnits >= 0) || Double.isInfinite(outputUnits)) {
            throw new IllegalArgumentException(enterpriseId + ": outputUnits must be finite and >= 0");
        }
        if (emissionsTonnes < 0 || complianceEmissionsTonnes < 0 || allocationTonnes < 0) {
            throw new IllegalArgumentException(
                    enterpriseId + ": emissions, compliance emissions and allocation must be >= 0 t");
        }
    }

    /**
     * The carbon price effectively paid per tonne emitted, fen (rounded down): what the enterprise
     * paid for the allowances free allocation did not cover, spread over its true emissions, {@code
     * P × max(0, C − A) ÷ E} with {@code C} its compliance emissions and {@code E} its true ones, as
     * the EU's CBAM counts the goods' actual emissions and the price actually paid; 0 when uncovered
     * or without emissions. An enterprise that under-reports ({@code C < E}) has paid less per tonne
     * its goods embed; one whose method over-states ({@code C > E}) more.
     */
    public long effectivePriceFen(long allowancePriceFen) {
        if (!covered || emissionsTonnes == 0) {
            return 0;
        }
        long unallocated = Math.max(0, complianceEmissionsTonnes - allocationTonnes);
        return Cbam.floorMulDiv(allowancePriceFen, unallocated, emissionsTonnes);
    }
}

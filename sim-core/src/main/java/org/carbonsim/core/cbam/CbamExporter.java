package org.carbonsim.core.cbam;

import java.util.Objects;
import java.util.Optional;

/**
 * What a sector, or one enterprise in it, sends to the EU under CBAM: the share of its output
 * exported to the EU and the embedded emissions per product unit the EU counts (direct emissions
 * of the goods, and their precursors, by the EU's methods). An enterprise entry overrides its
 * sector's. Immutable.
 *
 * @param sectorId the sector
 * @param enterpriseId the one enterprise this entry is for; empty for the whole sector
 * @param goods the CBAM category of the goods
 * @param euExportShare share of output exported to the EU, 0..1
 * @param embeddedIntensity embedded emissions per product unit, t CO2e per unit (> 0)
 */
public record CbamExporter(
        String sectorId,
        Optional<String> enterpriseId,
        CbamGoods goods,
        double euExportShare,
        double embeddedIntensity) {
    public CbamExporter {
        Objects.requireNonNull(sectorId, "sectorId");
        Objects.requireNonNull(enterpriseId, "enterpriseId");
        Objects.requireNonNull(goods, "goods");
        if (!(euExportShare >= 0 && euExportShare <= 1)) {
            throw new IllegalArgumentException("euExportShare must be in [0, 1], got " + euExportShare);
        }
        if (!(embeddedIntensity > 0) || Double.isInfinite(embeddedIntensity)) {
            throw new IllegalArgumentException(
                    "embeddedIntensity must be > 0 t CO2e per product unit, got " + embeddedIntensity);
        }
    }
}

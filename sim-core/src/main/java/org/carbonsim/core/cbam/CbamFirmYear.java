package org.carbonsim.core.cbam;

import java.util.Objects;

/**
 * One exporting enterprise's CBAM year ({@link Cbam}). Immutable.
 *
 * @param enterpriseId the enterprise
 * @param exportsUnits output exported to the EU, product units
 * @param embeddedTonnes embedded emissions of those exports, t
 * @param effectivePriceFen carbon price effectively paid in China, fen per t
 * @param grossFen the bill with no price paid in China, fen
 * @param liabilityFen the CBAM liability, fen
 * @param shiftedHomeFen the part of the gross bill the domestic price keeps in China, fen
 * @param allocationForgoneFen what free allocation leaves to the EU, fen
 */
public record CbamFirmYear(
        String enterpriseId,
        double exportsUnits,
        long embeddedTonnes,
        long effectivePriceFen,
        long grossFen,
        long liabilityFen,
        long shiftedHomeFen,
        long allocationForgoneFen) {
    public CbamFirmYear {
        Objects.requireNonNull(enterpriseId, "enterpriseId");
    }
}

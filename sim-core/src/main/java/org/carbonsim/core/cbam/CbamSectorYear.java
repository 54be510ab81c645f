package org.carbonsim.core.cbam;

import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * One sector's CBAM year: its exporting enterprises summed ({@link Cbam}). Immutable.
 *
 * @param year the year
 * @param sectorId the sector
 * @param goods its CBAM category
 * @param exportingEnterprises enterprises with EU exports
 * @param exportsUnits output exported to the EU, product units
 * @param embeddedTonnes embedded emissions of the exports, t
 * @param factorBasisPoints the CBAM factor, basis points
 * @param euPriceFen the EU allowance price, fen per t; empty when the year has none
 * @param allowancePriceFen the domestic allowance price used, fen per t
 * @param effectivePriceFen the embedded-emissions-weighted effective domestic price, fen per t
 *     (rounded down); empty without embedded emissions
 * @param grossFen the bill with no price paid in China, fen
 * @param liabilityFen the CBAM liability, fen
 * @param shiftedHomeFen the part of the gross bill the domestic price keeps in China, fen
 * @param allocationForgoneFen what free allocation leaves to the EU, fen
 */
public record CbamSectorYear(
        int year,
        String sectorId,
        CbamGoods goods,
        int exportingEnterprises,
        double exportsUnits,
        long embeddedTonnes,
        int factorBasisPoints,
        OptionalLong euPriceFen,
        long allowancePriceFen,
        OptionalLong effectivePriceFen,
        long grossFen,
        long liabilityFen,
        long shiftedHomeFen,
        long allocationForgoneFen) {
    public CbamSectorYear {
        Objects.requireNonNull(sectorId, "sectorId");
        Objects.requireNonNull(goods, "goods");
        Objects.requireNonNull(euPriceFen, "euPriceFen");
        Objects.requireNonNull(effectivePriceFen, "effectivePriceFen");
    }

    /** The sum of {@code firms}. */
    static CbamSectorYear of(
            int year,
            String sectorId,
            CbamGoods goods,
            List<CbamFirmYear> firms,
            int factorBasisPoints,
            OptionalLong euPriceFen,
            long allowancePriceFen) {
        double exports = 0;
        long embedded = 0;
        BigInteger weighted = BigInteger.ZERO;
        long gross = 0;
        long liability = 0;
        long home = 0;
        long forgone = 0;
        for (CbamFirmYear firm : firms) {
            exports += firm.exportsUnits();
            embedded = Math.addExact(embedded, firm.embeddedTonnes());
            weighted = weighted.add(
                    BigInteger.valueOf(firm.embeddedTonnes()).multiply(BigInteger.valueOf(firm.effectivePriceFen())));
            gross = Math.addExact(gross, firm.grossFen());
            liability = Math.addExact(liability, firm.liabilityFen());
            home = Math.addExact(home, firm.shiftedHomeFen());
            forgone = Math.addExact(forgone, firm.allocationForgoneFen());
        }
        OptionalLong effective = embedded == 0
                ? OptionalLong.empty()
                : OptionalLong.of(weighted.divide(BigInteger.valueOf(embedded)).longValueExact());
        return new CbamSectorYear(
                year,
                sectorId,
                goods,
                firms.size(),
                exports,
                embedded,
                factorBasisPoints,
                euPriceFen,
                allowancePriceFen,
                effective,
                gross,
                liability,
                home,
                forgone);
    }
}

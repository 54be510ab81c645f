package org.carbonsim.core.model;

import java.util.Objects;

/**
 * One enterprise's year: output, business-as-usual and actual emissions, energy use and the share of
 * emissions abated. Years in which the enterprise does not operate are all zeros with
 * {@code operating} false. Immutable.
 *
 * @param enterpriseId the enterprise
 * @param year the calendar year
 * @param operating whether the enterprise operated in the year
 * @param outputUnits output in the sector's product unit
 * @param bauEmissionsTonnes emissions without abatement, t CO2e (output × intensity, rounded half-up)
 * @param emissionsTonnes emissions after abatement, t CO2e (verified emissions for a history year)
 * @param energyTce energy use, t of coal equivalent (rounded half-up)
 * @param abatementShare share of business-as-usual emissions abated (0..1)
 */
public record EnterpriseYear(
        String enterpriseId,
        int year,
        boolean operating,
        double outputUnits,
        long bauEmissionsTonnes,
        long emissionsTonnes,
        long energyTce,
        double abatementShare) {
    public EnterpriseYear {
        Objects.requireNonNull(enterpriseId, "enterpriseId");
        if (!(outputUnits >= 0) || Double.isInfinite(outputUnits)) {
            throw new IllegalArgumentException(
                    enterpriseId + " " + year + ": outputUnits must be finite and >= 0, got " + outputUnits);
        }
        if (bauEmissionsTonnes < 0 || emissionsTonnes < 0 || energyTce < 0) {
            throw new IllegalArgumentException(enterpriseId + " " + year + ": emissions and energy must be >= 0 t");
        }
        if (!(abatementShare >= 0 && abatementShare <= 1)) {
            throw new IllegalArgumentException(
                    enterpriseId + " " + year + ": abatementShare must be in [0, 1], got " + abatementShare);
        }
    }

    /** A year in which {@code enterpriseId} did not operate. */
    public static EnterpriseYear idle(String enterpriseId, int year) {
        return new EnterpriseYear(enterpriseId, year, false, 0, 0, 0, 0, 0);
    }

    /** Emissions per product unit in this year (0 when there was no output). */
    public double intensity() {
        return outputUnits > 0 ? emissionsTonnes / outputUnits : 0;
    }
}

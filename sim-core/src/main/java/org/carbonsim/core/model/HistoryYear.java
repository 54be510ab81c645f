package org.carbonsim.core.model;

/**
 * An enterprise's verified record for a year before the simulation starts, as a climate office holds
 * it: the base for historical allocation methods and for coverage lookback. Immutable.
 *
 * @param year the calendar year
 * @param outputUnits output in the sector's product unit
 * @param emissionsTonnes verified emissions, t CO2e
 * @param energyTce energy use, t of coal equivalent
 */
public record HistoryYear(int year, double outputUnits, long emissionsTonnes, long energyTce) {
    public HistoryYear {
        if (!(outputUnits >= 0) || Double.isInfinite(outputUnits)) {
            throw new IllegalArgumentException("outputUnits must be finite and >= 0, got " + outputUnits);
        }
        if (emissionsTonnes < 0 || energyTce < 0) {
            throw new IllegalArgumentException("emissions and energy must be >= 0");
        }
    }
}

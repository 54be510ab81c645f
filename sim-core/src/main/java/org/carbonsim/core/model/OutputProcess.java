package org.carbonsim.core.model;

/**
 * An enterprise's yearly output: {@code baseOutputUnits} in {@code baseYear}, growing by
 * {@code growthRate} a year, with random shocks drawn by {@code shockModel} with standard deviation
 * {@code shockSd}. Immutable.
 *
 * @param baseYear the year {@code baseOutputUnits} refers to
 * @param baseOutputUnits output in the base year, in the sector's product unit
 * @param growthRate trend growth per year (0.02 = 2%)
 * @param shockModel distribution of the yearly multiplicative shock
 * @param shockSd standard deviation of the shock (0.05 = 5%)
 */
public record OutputProcess(
        int baseYear, double baseOutputUnits, double growthRate, ShockModel shockModel, double shockSd) {
    public OutputProcess {
        if (!(baseOutputUnits >= 0) || Double.isInfinite(baseOutputUnits)) {
            throw new IllegalArgumentException("baseOutputUnits must be a finite number >= 0, got " + baseOutputUnits);
        }
        if (!(growthRate > -1) || Double.isInfinite(growthRate)) {
            throw new IllegalArgumentException("growthRate must be > -1, got " + growthRate);
        }
        if (!(shockSd >= 0) || Double.isInfinite(shockSd)) {
            throw new IllegalArgumentException("shockSd must be >= 0, got " + shockSd);
        }
        java.util.Objects.requireNonNull(shockModel, "shockModel");
    }

    /** The trend output in {@code year}, without shocks. */
    public double trendOutputUnits(int year) {
        return baseOutputUnits * Math.pow(1 + growthRate, year - baseYear);
    }
}

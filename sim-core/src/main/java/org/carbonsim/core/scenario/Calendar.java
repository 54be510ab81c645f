package org.carbonsim.core.scenario;

/**
 * The simulated years. Immutable.
 *
 * @param startYear first compliance year
 * @param years number of compliance years
 * @param tradingDaysPerYear trading days in each year (default 242)
 */
public record Calendar(int startYear, int years, int tradingDaysPerYear) {
    /** Trading days in a year on Chinese exchanges, roughly. */
    public static final int DEFAULT_TRADING_DAYS = 242;

    public Calendar {
        if (years < 1) {
            throw new IllegalArgumentException("years must be >= 1, got " + years);
        }
        if (tradingDaysPerYear < 1) {
            throw new IllegalArgumentException("tradingDaysPerYear must be >= 1, got " + tradingDaysPerYear);
        }
    }

    /** The last simulated year. */
    public int endYear() {
        return startYear + years - 1;
    }
}

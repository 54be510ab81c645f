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

    /**
     * The first year a scenario can name (a start year, a history year, a year key such as {@code
     * allocation.cap.byYear}): earlier is a typo, not a history to keep.
     */
    public static final int FIRST_YEAR = 1900;

    /**
     * The last year a scenario can name, and so the last year a calendar can run to: the sections
     * keyed by year accept no later key, so a later simulated year could be given no cap or rule.
     */
    public static final int LAST_YEAR = 2200;

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

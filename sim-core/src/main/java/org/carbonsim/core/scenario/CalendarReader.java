package org.carbonsim.core.scenario;

/**
 * Reads a scenario's {@code calendar}: {@code {"startYear": 2024, "years": 3, "tradingDaysPerYear":
 * 242}}. Keeps the years and trading days it read, even from a calendar with other problems, for the
 * sections read after it to check their years and days against; until then the start and end year are
 * 2000 and a year has the default number of trading days. Those stand-ins are no years of the user's:
 * {@link #yearsKnown} and {@link #endYearKnown} say whether the years were read, so that a missing or
 * damaged calendar is reported once, not again as every later year that falls outside 2000. Not
 * thread-safe; one per load.
 */
final class CalendarReader {
    private final Problems problems;
    private int startYear = 2000;
    private boolean yearsKnown;
    private boolean endYearKnown;
    private int endYear = 2000;
    private int tradingDays = Calendar.DEFAULT_TRADING_DAYS;

    CalendarReader(Problems problems) {
        this.problems = problems;
    }

    /** The calendar of {@code o}; {@code null} after reporting a problem. */
    Calendar read(Obj o) {
        int before = problems.count();
        int yearBefore = problems.count();
        startYear = o.requiredYear("startYear");
        // a calendar that is missing or no object is read as an empty one that reports no missing keys
        yearsKnown = o.has("startYear") && problems.count() == yearBefore;
        int lengthBefore = problems.count();
        int years = (int) o.requiredInteger("years", 1, 200, "compliance years");
        endYearKnown = yearsKnown && o.has("years") && problems.count() == lengthBefore;
        tradingDays = (int) o.integer("tradingDaysPerYear", Calendar.DEFAULT_TRADING_DAYS, 1, 366, "trading days");
        endYear = startYear + Math.max(years, 1) - 1;
        if (endYearKnown && endYear > Calendar.LAST_YEAR) {
            // the year keys of the sections after it stop at LAST_YEAR: the later years could not be given a cap
            problems.add(
                    o.path(),
                    "the last simulated year, startYear " + startYear + " + years " + years + " - 1 = " + endYear
                            + ", is after " + Calendar.LAST_YEAR + ", the last year a scenario can name; with"
                            + " startYear " + startYear + ", years can be at most "
                            + (Calendar.LAST_YEAR - startYear + 1));
            endYearKnown = false;
        }
        o.finish();
        return problems.build(o.path(), before, () -> new Calendar(startYear, years, tradingDays));
    }

    int startYear() {
        return startYear;
    }

    /** Whether the start year was read without a problem, so that other years can be checked against it. */
    boolean yearsKnown() {
        return yearsKnown;
    }

    /** Whether the start year and the number of years were both read without a problem. */
    boolean endYearKnown() {
        return endYearKnown;
    }

    int endYear() {
        return endYear;
    }

    int tradingDays() {
        return tradingDays;
    }
}

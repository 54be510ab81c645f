package org.carbonsim.core.agents;

/**
 * {@link ComplianceTrader#urgency} for every day from the year's first to the deadline day, computed
 * once: every compliance trader with the same procrastination reads the same table instead of taking
 * two exponentials a day. A day after the deadline (the year is settled, nothing is due) reads the
 * deadline day's urgency. Immutable once built.
 */
public final class UrgencySchedule {
    private final double procrastination;
    private final double[] byDay;

    private UrgencySchedule(double procrastination, double[] byDay) {
        this.procrastination = procrastination;
        this.byDay = byDay;
    }

    /**
     * The schedule of the {@code daysToPace} trading days from the year's first to the deadline day,
     * inclusive (the deadline's day of the year plus 1), for traders with {@code procrastination}.
     */
    public static UrgencySchedule of(int daysToPace, double procrastination) {
        if (daysToPace < 1) {
            throw new IllegalArgumentException("daysToPace must be >= 1, got " + daysToPace);
        }
        double[] byDay = new double[daysToPace];
        for (int day = 0; day < daysToPace; day++) {
            byDay[day] = ComplianceTrader.urgency(day, daysToPace, procrastination);
        }
        return new UrgencySchedule(procrastination, byDay);
    }

    /** The trading days it paces: from the year's first to the deadline day, inclusive. */
    public int daysToPace() {
        return byDay.length;
    }

    public double procrastination() {
        return procrastination;
    }

    /**
     * The first day of the year on which a trader working {@code min(1, dailyGapShare × urgency)} of
     * its gap a day works all of it: the rush, which lasts to the deadline day (urgency grows day by
     * day); the deadline day when no earlier day reaches it.
     */
    public int firstWholeGapDay(double dailyGapShare) {
        for (int day = 0; day < byDay.length; day++) {
            if (dailyGapShare * byDay[day] >= 1) {
                return day;
            }
        }
        return byDay.length - 1;
    }

    /** The urgency on day {@code dayOfYear}; on a day after the deadline, the deadline day's. */
    public double at(int dayOfYear) {
        return byDay[Math.min(dayOfYear, byDay.length - 1)];
    }
}

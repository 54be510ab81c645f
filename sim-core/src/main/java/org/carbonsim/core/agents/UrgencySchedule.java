package org.carbonsim.core.agents;

/**
 * {@link ComplianceTrader#urgency} for every day of a year, computed once: every compliance trader
 * with the same procrastination reads the same table instead of taking two exponentials a day.
 * Immutable once built.
 */
public final class UrgencySchedule {
    private final double procrastination;
    private final double[] byDay;

    private UrgencySchedule(double procrastination, double[] byDay) {
        this.procrastination = procrastination;
        this.byDay = byDay;
    }

    /** The schedule of a {@code tradingDays}-day year for traders with {@code procrastination}. */
    public static UrgencySchedule of(int tradingDays, double procrastination) {
        double[] byDay = new double[tradingDays];
        for (int day = 0; day < tradingDays; day++) {
            byDay[day] = ComplianceTrader.urgency(day, tradingDays, procrastination);
        }
        return new UrgencySchedule(procrastination, byDay);
    }

    public int tradingDays() {
        return byDay.length;
    }

    public double procrastination() {
        return procrastination;
    }

    /** The urgency on day {@code dayOfYear}. */
    public double at(int dayOfYear) {
        return byDay[dayOfYear];
    }
}

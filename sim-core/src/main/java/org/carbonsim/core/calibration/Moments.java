package org.carbonsim.core.calibration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.carbonsim.core.engine.DayResult;
import org.carbonsim.core.engine.RunResult;
import org.carbonsim.core.engine.YearResult;

/**
 * The {@link Moment}s of one run, computed from its per-year and per-day results alone: a pure
 * function of the {@link RunResult}. A moment without a meaning in a year (VWAP when nothing traded)
 * is NaN, never 0. Stateless.
 */
public final class Moments {
    /** Trading days before the deadline whose share of the year's volume is a moment. */
    public static final int DEADLINE_DAYS = 20;

    private Moments() {}

    /** The value of each of {@code targets}' moments in {@code run}, in order; NaN where undefined or the year did not run. */
    public static double[] of(RunResult run, List<Target> targets) {
        Map<Integer, YearResult> years = new HashMap<>();
        for (YearResult y : run.years()) {
            years.put(y.year(), y);
        }
        Map<Integer, List<DayResult>> days = new HashMap<>();
        for (DayResult d : run.days()) {
            days.computeIfAbsent(d.year(), k -> new ArrayList<>()).add(d);
        }
        double[] values = new double[targets.size()];
        for (int k = 0; k < values.length; k++) {
            Target t = targets.get(k);
            YearResult year = years.get(t.year());
            values[k] = year == null ? Double.NaN : of(t.moment(), year, days.getOrDefault(t.year(), List.of()));
        }
        return values;
    }

    /** {@code moment} of one year, from its summary and its trading days in order. */
    public static double of(Moment moment, YearResult year, List<DayResult> days) {
        switch (moment) {
            case VWAP:
                return year.volume() == 0 ? Double.NaN : (double) year.turnover() / year.volume() / 100.0;
            case VOLUME:
                return year.volume();
            case TURNOVER:
                return year.turnover() / 100.0;
            case LAST20_VOLUME_SHARE:
                return lastDaysShare(days);
            case LOG_RETURN_SD:
                return logReturnSd(days);
            case LIMIT_HIT_SHARE:
                return limitHitShare(days);
            case COMPLIANCE_RATE:
                return year.complianceRate();
            default:
                throw new IllegalStateException("unhandled moment " + moment);
        }
    }

    private static double lastDaysShare(List<DayResult> days) {
        long total = 0;
        long last = 0;
        for (int d = 0; d < days.size(); d++) {
            long v = days.get(d).volumeTonnes();
            total += v;
            if (d >= days.size() - DEADLINE_DAYS) {
                last += v;
            }
        }
        return total == 0 ? Double.NaN : (double) last / total;
    }

    private static double logReturnSd(List<DayResult> days) {
        int n = 0;
        double mean = 0;
        double m2 = 0;
        for (int d = 1; d < days.size(); d++) {
            long before = days.get(d - 1).closeFen();
            long now = days.get(d).closeFen();
            if (before <= 0 || now <= 0) {
                continue;
            }
            double r = Math.log((double) now / before);
            n++;
            double delta = r - mean;
            mean += delta / n;
            m2 += delta * (r - mean);
        }
        return n < 2 ? Double.NaN : Math.sqrt(m2 / (n - 1));
    }

    private static double limitHitShare(List<DayResult> days) {
        if (days.isEmpty()) {
            return Double.NaN;
        }
        int hits = 0;
        for (DayResult d : days) {
            if (d.limitUp() || d.limitDown()) {
                hits++;
            }
        }
        return (double) hits / days.size();
    }
}

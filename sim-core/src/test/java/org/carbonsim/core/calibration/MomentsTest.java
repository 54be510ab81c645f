package org.carbonsim.core.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.carbonsim.core.engine.DayResult;
import org.carbonsim.core.engine.Liquidity;
import org.carbonsim.core.engine.YearResult;
import org.junit.jupiter.api.Test;

class MomentsTest {
    /** A year with the given volume, turnover and compliance; every other figure 0. */
    private static YearResult year(long volume, long turnoverFen, double complianceRate) {
        return new YearResult(
                2024,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                volume,
                turnoverFen,
                0,
                0,
                0,
                0,
                complianceRate,
                0,
                0,
                0,
                0,
                OptionalDouble.empty(),
                0,
                0,
                0,
                OptionalDouble.empty(),
                0,
                OptionalDouble.empty(),
                Liquidity.of(List.of(), 0, 0, 0),
                0,
                0);
    }

    private static DayResult day(int day, long closeFen, long volume, boolean limitUp, boolean limitDown) {
        return new DayResult(
                2024,
                day,
                closeFen,
                closeFen,
                closeFen,
                closeFen,
                closeFen,
                volume,
                volume * closeFen,
                0,
                0,
                limitUp,
                limitDown,
                0,
                0);
    }

    @Test
    void vwapIsTurnoverOverVolumeInYuanAndUndefinedWithoutTrades() {
        assertEquals(45.5, Moments.of(Moment.VWAP, year(200, 910_000, 1), List.of()), 1e-12);
        assertTrue(Double.isNaN(Moments.of(Moment.VWAP, year(0, 0, 1), List.of())), "no trade, no VWAP");
        assertEquals(9_100, Moments.of(Moment.TURNOVER, year(200, 910_000, 1), List.of()), 1e-9);
        assertEquals(200, Moments.of(Moment.VOLUME, year(200, 910_000, 1), List.of()), 1e-12);
        assertEquals(0.75, Moments.of(Moment.COMPLIANCE_RATE, year(200, 910_000, 0.75), List.of()), 1e-12);
    }

    @Test
    void lastTwentyDaysShareCountsOnlyTheYearsLastTwentyTradingDays() {
        List<DayResult> days = new ArrayList<>();
        for (int d = 0; d < 25; d++) {
            days.add(day(d, 4000, d < 5 ? 1 : 10, false, false));
        }
        assertEquals(200.0 / 205, Moments.of(Moment.LAST20_VOLUME_SHARE, year(205, 0, 1), days), 1e-12);
        assertEquals(1.0, Moments.of(Moment.LAST20_VOLUME_SHARE, year(50, 0, 1), days.subList(20, 25)), 1e-12);
        List<DayResult> silent = List.of(day(0, 4000, 0, false, false));
        assertTrue(Double.isNaN(Moments.of(Moment.LAST20_VOLUME_SHARE, year(0, 0, 1), silent)));
    }

    @Test
    void logReturnSdIsTheSampleSdOfCloseToCloseLogReturns() {
        List<DayResult> days =
                List.of(day(0, 10_000, 1, false, false), day(1, 11_000, 1, true, false), day(2, 9_900, 1, false, true));
        double r1 = Math.log(1.1);
        double r2 = Math.log(0.9);
        double mean = (r1 + r2) / 2;
        double sd = Math.sqrt(((r1 - mean) * (r1 - mean) + (r2 - mean) * (r2 - mean)) / 1);
        assertEquals(sd, Moments.of(Moment.LOG_RETURN_SD, year(3, 0, 1), days), 1e-12);
        assertTrue(
                Double.isNaN(Moments.of(Moment.LOG_RETURN_SD, year(3, 0, 1), days.subList(0, 2))),
                "one return has no s.d.");
        assertEquals(2.0 / 3, Moments.of(Moment.LIMIT_HIT_SHARE, year(3, 0, 1), days), 1e-12);
    }

    @Test
    void labelsAreSnakeCaseWithUnitsAndFindTheirMoment() {
        for (Moment m : Moment.values()) {
            assertTrue(m.label().matches("[a-z0-9_]+"), m.label());
            assertEquals(m, Moment.byLabel(m.label()).orElseThrow());
        }
        assertTrue(Moment.byLabel("VWAP").isEmpty(), "labels are exact");
    }
}

package org.carbonsim.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class LiquidityTest {
    private static List<DayResult> days(long... volumes) {
        List<DayResult> days = new ArrayList<>();
        for (int d = 0; d < volumes.length; d++) {
            days.add(new DayResult(2024, d, 0, 0, 0, 0, 0, volumes[d], 0, 0, 0, false, false, 0, 0));
        }
        return days;
    }

    @Test
    void scorecardOfAHandWorkedYear() {
        // 25 days: 1,000 t on each of days 0-4, nothing on days 5-19, 500 t on each of days 20-24.
        // Volume 7,500 t over a cap of 100,000 t: ratio 0.075; idle days 15; the last 20 days (5-24)
        // hold 2,500 t of 7,500: a third. Spreads 3, 4 and 4 fen over three quoted rounds: 11/3 = 3.67,
        // rounded half up to 4 fen.
        long[] volumes = new long[25];
        for (int d = 0; d < 5; d++) {
            volumes[d] = 1000;
            volumes[20 + d] = 500;
        }
        Liquidity liquidity = Liquidity.of(days(volumes), 100_000, 3, 11);
        assertEquals(0.075, liquidity.turnoverRatio().getAsDouble(), 1e-12);
        assertEquals(15, liquidity.noTradeDays());
        assertEquals(1.0 / 3, liquidity.lastDaysVolumeShare().getAsDouble(), 1e-12);
        assertEquals(OptionalLong.of(4), liquidity.spreadFen());
    }

    @Test
    void undefinedFiguresAreEmptyNotZero() {
        Liquidity liquidity = Liquidity.of(days(0, 0, 0), 0, 0, 0);
        assertEquals(OptionalDouble.empty(), liquidity.turnoverRatio());
        assertEquals(3, liquidity.noTradeDays());
        assertEquals(OptionalDouble.empty(), liquidity.lastDaysVolumeShare());
        assertEquals(OptionalLong.empty(), liquidity.spreadFen());
    }

    @Test
    void aYearShorterThanTheWindowPutsAllItsVolumeInIt() {
        Liquidity liquidity = Liquidity.of(days(10, 0, 30), 40, 2, 5);
        assertEquals(1.0, liquidity.turnoverRatio().getAsDouble(), 1e-12);
        assertEquals(1.0, liquidity.lastDaysVolumeShare().getAsDouble(), 1e-12);
        assertEquals(OptionalLong.of(3), liquidity.spreadFen());
    }
}

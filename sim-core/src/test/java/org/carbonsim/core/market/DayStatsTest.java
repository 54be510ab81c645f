package org.carbonsim.core.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-computed daily statistics and closing prices. */
class DayStatsTest {
    @Test
    void closingPriceByEachRule() {
        DayStats stats = new DayStats(1, 2);
        stats.startDay(3000, true, 2700, 3300);
        stats.recordTrade(3000, 10);
        stats.recordTrade(3300, 5);
        stats.recordTrade(3100, 1);
        stats.recordTrade(3102, 2);
        // Day VWAP: (30000 + 16500 + 3100 + 6204) / 18 = 55804 / 18 = 3100.22 -> 3100.
        // Last two: (3100 + 6204) / 3 = 3101.33 -> 3101.
        assertEquals(
                List.of(new DailySummary(3000, 3000, 3300, 3000, 3102, 3100, 18, 55_804, 4, true, false), 3100L, 3101L),
                List.of(
                        stats.summary(ClosingPriceRule.LAST_TRADE),
                        stats.closePriceTicks(ClosingPriceRule.VWAP_DAY),
                        stats.closePriceTicks(ClosingPriceRule.VWAP_LAST_TRADES)));
    }

    @Test
    void theLastTradesRuleAveragesAsManyOfTheWindowAsAskedWhereverTheRingStands() {
        // A window of 3 after 5 trades holds 3102 x 2, 3000 x 4, 3300 x 1 (the ring wrapped twice).
        DayStats stats = new DayStats(1, 3);
        stats.startDay(3000, false, 0, 0);
        stats.recordTrade(3000, 10);
        stats.recordTrade(3300, 5);
        stats.recordTrade(3102, 2);
        stats.recordTrade(3000, 4);
        stats.recordTrade(3300, 1);
        // Last one: 3300. Last two: (12000 + 3300) / 5 = 3060. Last three: (6204 + 12000 + 3300) / 7
        // = 21504 / 7 = 3072.
        assertEquals(
                List.of(3300L, 3060L, 3072L, 3072L),
                List.of(
                        stats.closePriceTicks(ClosingPriceRule.VWAP_LAST_TRADES, 1),
                        stats.closePriceTicks(ClosingPriceRule.VWAP_LAST_TRADES, 2),
                        stats.closePriceTicks(ClosingPriceRule.VWAP_LAST_TRADES, 3),
                        stats.closePriceTicks(ClosingPriceRule.VWAP_LAST_TRADES)));
        // fewer trades than asked: all of them; more than the window holds: refused
        DayStats twoTrades = new DayStats(1, 3);
        twoTrades.startDay(3000, false, 0, 0);
        twoTrades.recordTrade(3000, 1);
        twoTrades.recordTrade(3300, 2);
        assertEquals(3200, twoTrades.closePriceTicks(ClosingPriceRule.VWAP_LAST_TRADES, 3));
        assertThrows(IllegalArgumentException.class, () -> stats.closePriceTicks(ClosingPriceRule.VWAP_LAST_TRADES, 4));
    }

    @Test
    void vwapRoundsHalfUpToTheTick() {
        DayStats stats = new DayStats(1, 10);
        stats.startDay(100, false, 0, 0);
        stats.recordTrade(100, 1);
        stats.recordTrade(101, 1);
        assertEquals(101, stats.vwapPriceTicks());
    }

    @Test
    void previousCloseWhenNothingTraded() {
        DayStats stats = new DayStats(5, 10);
        stats.startDay(2_850, true, 2_565, 3_135);
        assertEquals(
                new DailySummary(2_850, 2_850, 2_850, 2_850, 2_850, 2_850, 0, 0, 0, false, false),
                stats.summary(ClosingPriceRule.VWAP_DAY));
    }

    @Test
    void turnoverIsNotionalTimesTickSizeInFen() {
        DayStats stats = new DayStats(5, 10);
        stats.startDay(600, true, 540, 660);
        stats.recordTrade(540, 3);
        assertEquals(List.of(8_100L, true), List.of(stats.turnoverFen(), stats.lowerLimitTouched()));
    }

    @Test
    void overflowingNotionalThrowsRatherThanWrapping() {
        DayStats stats = new DayStats(1, 10);
        stats.startDay(0, false, 0, 0);
        assertThrows(ArithmeticException.class, () -> stats.recordTrade(Long.MAX_VALUE / 2, 3));
    }
}

package org.carbonsim.core.engine;

/**
 * One trading day of the session in numbers: prices in ticks, volume in tonnes, turnover in fen, the
 * day's band edges (both 0 when the day has no band) and whether a trade printed at the band's upper
 * (limit-up) or lower (limit-down) edge. When nothing traded every price equals the reference price.
 * Immutable.
 *
 * @param day day index since the session started, from 0
 * @param openTicks first trade price
 * @param highTicks highest trade price
 * @param lowTicks lowest trade price
 * @param closeTicks closing price by the market's closing rule; the next day's reference
 * @param vwapTicks volume-weighted average price of the day
 * @param volumeTonnes tonnes traded
 * @param turnoverFen value traded, fen
 * @param tradeCount number of trades
 * @param bandLowTicks band's lower edge, or 0 without a band
 * @param bandHighTicks band's upper edge, or 0 without a band
 * @param limitUp whether a trade printed at the upper edge
 * @param limitDown whether a trade printed at the lower edge
 */
public record DailyBar(
        int day,
        long openTicks,
        long highTicks,
        long lowTicks,
        long closeTicks,
        long vwapTicks,
        long volumeTonnes,
        long turnoverFen,
        long tradeCount,
        long bandLowTicks,
        long bandHighTicks,
        boolean limitUp,
        boolean limitDown) {
    public DailyBar {
        if (day < 0 || volumeTonnes < 0 || turnoverFen < 0 || tradeCount < 0) {
            throw new IllegalArgumentException("day, volumeTonnes, turnoverFen and tradeCount must be >= 0, got day "
                    + day + ", " + volumeTonnes + " t, " + turnoverFen + " fen, " + tradeCount + " trades");
        }
    }
}

package org.carbonsim.core.engine;

/**
 * One trading day of the session in numbers: prices in ticks, volume in tonnes, turnover in fen, the
 * day's band edges (both 0 when the day has no band) and whether a trade printed at the band's upper
 * (limit-up) or lower (limit-down) edge. When nothing traded every price equals the reference price.
 * The continuous session's figures are the book's; the day's block agreement trades, negotiated off
 * the book after it, are counted apart and set no price of the day. Immutable.
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
 * @param blockVolumeTonnes tonnes traded in block agreements, negotiated between the morning's rounds and the afternoon's
 * @param blockTurnoverFen value traded in block agreements, fen
 * @param blockTradeCount number of block agreement trades
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
        boolean limitDown,
        long blockVolumeTonnes,
        long blockTurnoverFen,
        int blockTradeCount) {
    public DailyBar {
        if (day < 0 || volumeTonnes < 0 || turnoverFen < 0 || tradeCount < 0) {
            throw new IllegalArgumentException("day, volumeTonnes, turnoverFen and tradeCount must be >= 0, got day "
                    + day + ", " + volumeTonnes + " t, " + turnoverFen + " fen, " + tradeCount + " trades");
        }
        if (blockVolumeTonnes < 0 || blockTurnoverFen < 0 || blockTradeCount < 0) {
            throw new IllegalArgumentException("block volume, turnover and trade count must be >= 0, got "
                    + blockVolumeTonnes + " t, " + blockTurnoverFen + " fen, " + blockTradeCount + " trades");
        }
    }
}

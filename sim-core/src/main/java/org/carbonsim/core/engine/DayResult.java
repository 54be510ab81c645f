package org.carbonsim.core.engine;

/**
 * One trading day of a run: prices in fen per tonne, volume in tonnes, turnover in fen and the day's
 * band (both edges 0 without a band). When nothing traded every price is the reference price.
 * Immutable.
 *
 * @param year the compliance year
 * @param day 0-based trading day of the year
 * @param openFen first trade price
 * @param highFen highest trade price
 * @param lowFen lowest trade price
 * @param closeFen closing price by the market's rule
 * @param vwapFen volume-weighted average price
 * @param volumeTonnes tonnes traded
 * @param turnoverFen value traded
 * @param bandLowFen lower edge of the band, or 0
 * @param bandHighFen upper edge of the band, or 0
 * @param limitUp whether a trade printed at the upper edge
 * @param limitDown whether a trade printed at the lower edge
 * @param blockVolumeTonnes tonnes traded in block agreements, negotiated off the book (not in
 *     {@code volumeTonnes})
 * @param blockTurnoverFen value traded in block agreements (not in {@code turnoverFen})
 */
public record DayResult(
        int year,
        int day,
        long openFen,
        long highFen,
        long lowFen,
        long closeFen,
        long vwapFen,
        long volumeTonnes,
        long turnoverFen,
        long bandLowFen,
        long bandHighFen,
        boolean limitUp,
        boolean limitDown,
        long blockVolumeTonnes,
        long blockTurnoverFen) {
    public DayResult {
        if (day < 0 || volumeTonnes < 0 || turnoverFen < 0 || blockVolumeTonnes < 0 || blockTurnoverFen < 0) {
            throw new IllegalArgumentException(
                    "day, volumeTonnes, turnoverFen, blockVolumeTonnes and blockTurnoverFen must be >= 0");
        }
    }

    /** Tonnes traded on the exchange that day, on the book and in block agreements. */
    public long allVolumeTonnes() {
        return Math.addExact(volumeTonnes, blockVolumeTonnes);
    }
}

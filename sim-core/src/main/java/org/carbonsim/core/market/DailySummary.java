package org.carbonsim.core.market;

/**
 * One trading day in numbers: prices in ticks, volume in tonnes, turnover in fen, and whether a trade
 * printed at the upper or lower edge of the price band. When nothing traded, every price equals the
 * reference price and the counts are zero. Immutable.
 */
public record DailySummary(
        long referencePriceTicks,
        long openPriceTicks,
        long highPriceTicks,
        long lowPriceTicks,
        long closePriceTicks,
        long vwapPriceTicks,
        long volumeTonnes,
        long turnoverFen,
        long tradeCount,
        boolean upperLimitTouched,
        boolean lowerLimitTouched) {
    public DailySummary {
        if (volumeTonnes < 0 || turnoverFen < 0 || tradeCount < 0) {
            throw new IllegalArgumentException("volumeTonnes, turnoverFen and tradeCount must be >= 0, got "
                    + volumeTonnes + " t, " + turnoverFen + " fen, " + tradeCount + " trades");
        }
    }
}

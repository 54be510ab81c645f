package org.carbonsim.core.market;

/**
 * The running statistics of one trading day, fed by the {@link OrderBook} that owns it: open, high,
 * low and last price, volume, turnover, trade count, the VWAPs behind the closing-price rules, and
 * whether the day touched the band's upper or lower limit. Prices are in ticks, volume in tonnes,
 * turnover in fen; sums are overflow-checked. Recording a trade allocates nothing. Not thread-safe.
 */
public final class DayStats {
    private final long tickSizeFen;
    private final long[] windowPrices;
    private final long[] windowTonnes;
    private int windowCount;
    private int windowNext;

    private long referencePriceTicks;
    private long lowerLimitTicks;
    private long upperLimitTicks;
    private boolean bandActive;

    private long openPriceTicks;
    private long highPriceTicks;
    private long lowPriceTicks;
    private long lastPriceTicks;
    private long volumeTonnes;
    private long notionalTicksTonnes;
    private long tradeCount;
    private boolean upperLimitTouched;
    private boolean lowerLimitTouched;

    DayStats(long tickSizeFen, int closingVwapTrades) {
        this.tickSizeFen = tickSizeFen;
        this.windowPrices = new long[closingVwapTrades];
        this.windowTonnes = new long[closingVwapTrades];
    }

    /** Resets for a new day with a reference price and band edges (ignored when {@code bandActive} is false). */
    void startDay(long referencePriceTicks, boolean bandActive, long lowerLimitTicks, long upperLimitTicks) {
        this.referencePriceTicks = referencePriceTicks;
        this.bandActive = bandActive;
        this.lowerLimitTicks = lowerLimitTicks;
        this.upperLimitTicks = upperLimitTicks;
        openPriceTicks = 0;
        highPriceTicks = 0;
        lowPriceTicks = 0;
        lastPriceTicks = 0;
        volumeTonnes = 0;
        notionalTicksTonnes = 0;
        tradeCount = 0;
        upperLimitTouched = false;
        lowerLimitTouched = false;
        windowCount = 0;
        windowNext = 0;
    }

    void recordTrade(long priceTicks, long quantityTonnes) {
        if (tradeCount == 0) {
            openPriceTicks = priceTicks;
            highPriceTicks = priceTicks;
            lowPriceTicks = priceTicks;
        } else {
            highPriceTicks = Math.max(highPriceTicks, priceTicks);
            lowPriceTicks = Math.min(lowPriceTicks, priceTicks);
        }
        lastPriceTicks = priceTicks;
        volumeTonnes = Math.addExact(volumeTonnes, quantityTonnes);
        notionalTicksTonnes = Math.addExact(notionalTicksTonnes, Math.multiplyExact(priceTicks, quantityTonnes));
        tradeCount++;
        if (bandActive) {
            upperLimitTouched |= priceTicks == upperLimitTicks;
            lowerLimitTouched |= priceTicks == lowerLimitTicks;
        }
        windowPrices[windowNext] = priceTicks;
        windowTonnes[windowNext] = quantityTonnes;
        windowNext = windowNext + 1 == windowPrices.length ? 0 : windowNext + 1;
        windowCount = Math.min(windowCount + 1, windowPrices.length);
    }

    /** The previous close the day's band is built around; 0 when the day has no reference. */
    public long referencePriceTicks() {
        return referencePriceTicks;
    }

    /** The first trade's price, or the reference price when nothing traded. */
    public long openPriceTicks() {
        return tradeCount == 0 ? referencePriceTicks : openPriceTicks;
    }

    /** The highest trade price, or the reference price when nothing traded. */
    public long highPriceTicks() {
        return tradeCount == 0 ? referencePriceTicks : highPriceTicks;
    }

    /** The lowest trade price, or the reference price when nothing traded. */
    public long lowPriceTicks() {
        return tradeCount == 0 ? referencePriceTicks : lowPriceTicks;
    }

    /** The last trade's price, or the reference price when nothing traded. */
    public long lastPriceTicks() {
        return tradeCount == 0 ? referencePriceTicks : lastPriceTicks;
    }

    public long volumeTonnes() {
        return volumeTonnes;
    }

    /** Sum of price times quantity over the day's trades, in tick-tonnes. */
    public long notionalTicksTonnes() {
        return notionalTicksTonnes;
    }

    /** The day's turnover in fen: notional in tick-tonnes times the tick size in fen. */
    public long turnoverFen() {
        return Math.multiplyExact(notionalTicksTonnes, tickSizeFen);
    }

    public long tradeCount() {
        return tradeCount;
    }

    /** Whether a trade printed at the band's upper edge today. */
    public boolean upperLimitTouched() {
        return upperLimitTouched;
    }

    /** Whether a trade printed at the band's lower edge today. */
    public boolean lowerLimitTouched() {
        return lowerLimitTouched;
    }

    /** The day's volume-weighted average price rounded to the tick, or the reference price when nothing traded. */
    public long vwapPriceTicks() {
        return tradeCount == 0 ? referencePriceTicks : roundedRatio(notionalTicksTonnes, volumeTonnes);
    }

    /**
     * The closing price under {@code rule}, {@link ClosingPriceRule#VWAP_LAST_TRADES} averaging as many
     * trades as the book's {@link BookConfig#closingVwapTrades}; the reference price when nothing
     * traded.
     */
    public long closePriceTicks(ClosingPriceRule rule) {
        return closePriceTicks(rule, windowPrices.length);
    }

    /**
     * The closing price under {@code rule}, {@link ClosingPriceRule#VWAP_LAST_TRADES} averaging the
     * day's last {@code lastTrades} trades (1 to the book's {@link BookConfig#closingVwapTrades}); the
     * reference price when nothing traded.
     */
    public long closePriceTicks(ClosingPriceRule rule, int lastTrades) {
        if (lastTrades < 1 || lastTrades > windowPrices.length) {
            throw new IllegalArgumentException(
                    "lastTrades must be in [1, " + windowPrices.length + "], got " + lastTrades);
        }
        if (tradeCount == 0) {
            return referencePriceTicks;
        }
        switch (rule) {
            case LAST_TRADE:
                return lastPriceTicks;
            case VWAP_DAY:
                return vwapPriceTicks();
            case VWAP_LAST_TRADES:
                long notional = 0;
                long tonnes = 0;
                // the ring's newest entry is just before windowNext
                int slot = windowNext;
                for (int i = Math.min(lastTrades, windowCount); i > 0; i--) {
                    slot = (slot == 0 ? windowPrices.length : slot) - 1;
                    notional = Math.addExact(notional, Math.multiplyExact(windowPrices[slot], windowTonnes[slot]));
                    tonnes = Math.addExact(tonnes, windowTonnes[slot]);
                }
                return roundedRatio(notional, tonnes);
            default:
                throw new IllegalArgumentException("unknown closing price rule " + rule);
        }
    }

    /** The day so far as an immutable summary, closing by {@code rule}. */
    public DailySummary summary(ClosingPriceRule rule) {
        return new DailySummary(
                referencePriceTicks,
                openPriceTicks(),
                highPriceTicks(),
                lowPriceTicks(),
                closePriceTicks(rule),
                vwapPriceTicks(),
                volumeTonnes,
                turnoverFen(),
                tradeCount,
                upperLimitTouched,
                lowerLimitTouched);
    }

    private static long roundedRatio(long numerator, long denominator) {
        long quotient = numerator / denominator;
        long remainder = numerator % denominator;
        return remainder >= denominator - remainder ? quotient + 1 : quotient;
    }
}

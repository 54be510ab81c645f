package org.carbonsim.core.market;

/**
 * The fixed shape of an {@link OrderBook}: the tick size in fen, the price ladder {@code
 * [minPriceTicks, maxPriceTicks]} (limit prices outside it are rejected), the number of resting orders
 * the book holds before it first grows its arrays, whether self-trade prevention is on, and how many
 * trades the {@link ClosingPriceRule#VWAP_LAST_TRADES} rule averages. Immutable.
 *
 * <p>Self-trade prevention, when on, cancels the incoming order's remainder when it would trade with
 * a resting order of the same owner; trades already made stand and the resting order is untouched.
 */
public record BookConfig(
        long tickSizeFen,
        long minPriceTicks,
        long maxPriceTicks,
        int initialOrderCapacity,
        boolean selfTradePrevention,
        int closingVwapTrades) {
    /** The largest ladder a book accepts, in ticks; bounds the memory of the ladder arrays. */
    public static final long MAX_LADDER_TICKS = 1L << 24;

    public BookConfig {
        if (tickSizeFen < 1) {
            throw new IllegalArgumentException("tickSizeFen must be >= 1 fen, got " + tickSizeFen);
        }
        if (minPriceTicks < 1 || maxPriceTicks < minPriceTicks) {
            throw new IllegalArgumentException("price ladder must satisfy 1 <= minPriceTicks <= maxPriceTicks, got ["
                    + minPriceTicks + ", " + maxPriceTicks + "] ticks");
        }
        if (maxPriceTicks - minPriceTicks + 1 > MAX_LADDER_TICKS) {
            throw new IllegalArgumentException("price ladder spans " + (maxPriceTicks - minPriceTicks + 1)
                    + " ticks, more than " + MAX_LADDER_TICKS);
        }
        if (initialOrderCapacity < 1) {
            throw new IllegalArgumentException("initialOrderCapacity must be >= 1 order, got " + initialOrderCapacity);
        }
        if (closingVwapTrades < 1) {
            throw new IllegalArgumentException("closingVwapTrades must be >= 1 trade, got " + closingVwapTrades);
        }
    }

    /**
     * A ladder of {@code [minPriceTicks, maxPriceTicks]} with a tick of one fen (0.01 yuan), room for
     * 1024 resting orders, no self-trade prevention and a closing VWAP over the last 10 trades.
     */
    public static BookConfig of(long minPriceTicks, long maxPriceTicks) {
        return new BookConfig(1, minPriceTicks, maxPriceTicks, 1024, false, 10);
    }

    /** This configuration with self-trade prevention switched on or off. */
    public BookConfig withSelfTradePrevention(boolean on) {
        return new BookConfig(tickSizeFen, minPriceTicks, maxPriceTicks, initialOrderCapacity, on, closingVwapTrades);
    }

    /** This configuration with room for {@code orders} resting orders before the first growth. */
    public BookConfig withInitialOrderCapacity(int orders) {
        return new BookConfig(
                tickSizeFen, minPriceTicks, maxPriceTicks, orders, selfTradePrevention, closingVwapTrades);
    }

    /** This configuration with a tick of {@code fen} fen. */
    public BookConfig withTickSizeFen(long fen) {
        return new BookConfig(
                fen, minPriceTicks, maxPriceTicks, initialOrderCapacity, selfTradePrevention, closingVwapTrades);
    }

    /** This configuration with the closing VWAP taken over the last {@code trades} trades. */
    public BookConfig withClosingVwapTrades(int trades) {
        return new BookConfig(
                tickSizeFen, minPriceTicks, maxPriceTicks, initialOrderCapacity, selfTradePrevention, trades);
    }
}

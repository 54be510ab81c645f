package org.carbonsim.core.agents;

/**
 * What a strategy may see of the market when it acts: the calendar (day, days to the compliance
 * deadline, round within the day), the reference price (the previous close), the day's last price,
 * the best bid and ask, the band's edges and recent closes. Prices are in ticks; {@link #NO_PRICE}
 * marks an empty side. Read-only; implementations are updated by the session between calls and are
 * Not thread-safe.
 */
public interface MarketView {
    /** What {@link #bestBidTicks()} and {@link #bestAskTicks()} return for an empty side. */
    long NO_PRICE = 0;

    /** Days since the session started, from 0. */
    int day();

    /** Day within the compliance year, from 0. */
    int dayOfYear();

    /** Trading days in a compliance year. */
    int tradingDays();

    /**
     * Day within the compliance year of the surrender deadline, from 0 and below {@link #tradingDays()}:
     * the year's last trading day unless the scenario sets an earlier one.
     */
    int deadlineDayOfYear();

    /**
     * Trading days left before the next deadline day: 0 on the deadline day, {@code deadlineDayOfYear()
     * − dayOfYear()} up to it. After the deadline the year is settled and nothing is due until the next
     * year's deadline, which it counts to: {@code tradingDays() − dayOfYear() + deadlineDayOfYear()}.
     */
    default int daysToDeadline() {
        return daysToDeadline(dayOfYear(), deadlineDayOfYear(), tradingDays());
    }

    /** {@link #daysToDeadline()} on day {@code today} of a year of {@code tradingDays} whose deadline is {@code deadline}. */
    static int daysToDeadline(int today, int deadline, int tradingDays) {
        return today <= deadline ? deadline - today : tradingDays - today + deadline;
    }

    /**
     * Round of continuous trading within the day, from 0. The opening call phase reports round 0 and
     * the closing call phase {@link #roundsPerDay()}, both with {@link #inCallPhase()} true.
     */
    int round();

    /** Rounds of continuous trading per day. */
    int roundsPerDay();

    /** Whether the book is collecting orders for a call auction (only limit orders are accepted). */
    boolean inCallPhase();

    /** The price tick in fen. */
    long tickSizeFen();

    /** The exchange fee on turnover paid by each side, basis points. */
    int feeBasisPoints();

    /** The previous close, around which today's band is set. */
    long referencePriceTicks();

    /** Today's last trade price, or the reference price before the first trade. */
    long lastPriceTicks();

    /**
     * Today's last trade price, or before the first trade the price a tonne could trade at when the
     * previous day closed: that close, or after a day without trades, the close moved down to a lower
     * best offer someone could pay for or up to a higher best bid someone holds an allowance to fill,
     * that stood at its end. Under the pilots' rule the close of
     * a day without trades is the last print, however far yesterday's quotes stood from it; a desk
     * that pays or concedes from here does not forget them overnight. {@link #lastPriceTicks()} where
     * the view keeps no book from one day to the next.
     */
    default long lastTradablePriceTicks() {
        return lastPriceTicks();
    }

    long bestBidTicks();

    long bestAskTicks();

    /**
     * The best bid once {@code tonnes} resting at {@code priceTicks} are left out: what the owner of a
     * bid of those tonnes at that price sees of the others' bids. {@link #bestBidTicks()} unless those
     * tonnes are all the best level holds.
     */
    long bestBidTicksWithout(long priceTicks, long tonnes);

    /** The best ask once {@code tonnes} resting at {@code priceTicks} are left out. */
    long bestAskTicksWithout(long priceTicks, long tonnes);

    /** The lowest price an order may carry today: the band's lower edge, or the ladder's bottom. */
    long lowerLimitTicks();

    /** The highest price an order may carry today: the band's upper edge, or the ladder's top. */
    long upperLimitTicks();

    /** How many past closes {@link #closeTicks} can return. */
    int closeCount();

    /** The close {@code daysAgo} days before today (0 = the previous close). */
    long closeTicks(int daysAgo);

    /**
     * The exchange volume of the day {@code daysAgo} days before today (0 = the previous trading
     * day), t; 0 for the opening price, which no day traded. Same range as {@link #closeTicks}.
     */
    long volumeTonnes(int daysAgo);

    /**
     * The share of a covered enterprise's purchases the primary auctions still to come before the
     * deadline are expected to meet, 0 to 1: those auctions' tonnes over the covered enterprises'
     * shortfalls, at most 1. Published figures (the auction calendar and volumes, the allocation
     * table, the verified emissions) let a desk estimate it; it leaves that share of its gap to the
     * auctions and buys the rest on the exchange. 0 when no auction is to come (by default).
     */
    default double auctionCoverShare() {
        return 0;
    }

    /** {@code priceTicks} clamped into today's allowed range. */
    default long clampTicks(long priceTicks) {
        return Math.max(lowerLimitTicks(), Math.min(upperLimitTicks(), priceTicks));
    }
}

package org.carbonsim.core.market;

/**
 * The outcome of one command on an {@link OrderBook} or a {@link CallAuction}. Every {@code
 * REJECTED_*} and {@code UNKNOWN_ORDER} outcome is also reported through {@link
 * MarketListener#onReject}; a rejected command leaves the book unchanged.
 */
public enum Result {
    /** A limit order rests on the book in full; nothing traded. */
    RESTING,
    /** A limit order traded part of its quantity; the remainder rests on the book. */
    PARTIALLY_FILLED_RESTING,
    /** The order traded its whole quantity. */
    FILLED,
    /**
     * The order traded what it could (possibly nothing) and its remainder was cancelled: a market or
     * IOC order, or any order stopped by self-trade prevention. The remainder is reported through
     * {@link MarketListener#onCancel}.
     */
    CANCELLED_REMAINDER,
    /** A resting order was cancelled. */
    CANCELLED,
    /** A resting order's quantity changed without a change of price. */
    AMENDED,
    /** The limit price lies outside the day's price band. */
    REJECTED_OUT_OF_BAND,
    /** The limit price lies outside the book's price ladder. */
    REJECTED_OUTSIDE_LADDER,
    /** A fill-or-kill order could not be filled in full at its price or better. */
    REJECTED_FOK_UNFILLABLE,
    /** The order id is already used by a live order. */
    REJECTED_DUPLICATE_ID,
    /** The command was malformed: a quantity not above zero, or a missing side or type. */
    REJECTED_INVALID,
    /** The command is not allowed in the book's current phase (for example a market order in a call phase). */
    REJECTED_WRONG_PHASE,
    /** No live order has this id (never seen, or already filled or cancelled). */
    UNKNOWN_ORDER;

    /** Whether this outcome is a rejection that left the book unchanged. */
    public boolean isRejected() {
        return ordinal() >= REJECTED_OUT_OF_BAND.ordinal();
    }
}

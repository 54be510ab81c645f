package org.carbonsim.core.market;

/** The side of an order: a bid to buy allowances or an offer to sell them. */
public enum Side {
    BUY,
    SELL;

    /** The side an order of this side trades against. */
    public Side opposite() {
        return this == BUY ? SELL : BUY;
    }
}

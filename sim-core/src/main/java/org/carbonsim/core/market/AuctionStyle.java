package org.carbonsim.core.market;

/**
 * How a {@link CallAuction} picks its price among those that execute the most with the least
 * imbalance, and how the orders at that price share what is left for them once every order at a
 * better price has filled.
 */
public enum AuctionStyle {
    /**
     * An exchange's opening or closing call: the price nearest the reference price (the last close),
     * and at it the earlier order fills first.
     */
    EXCHANGE_CALL,
    /**
     * A primary allowance auction, as the EU's auction rules set it: the price of the lowest bid that
     * fills (at least the reserve price), and the bids at it share what is left in proportion to their
     * quantities, rounded down, the tonnes the rounding leaves handed out one at a time in arrival
     * order, so that an enterprise's place in the list of bidders does not decide what it gets.
     */
    PRIMARY
}

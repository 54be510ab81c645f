package org.carbonsim.core.market;

/** An order-book event recorded as a value so tests can compare whole event lists. */
sealed interface Event {
    record Trade(long buyOrderId, long sellOrderId, int buyOwnerId, int sellOwnerId, long priceTicks, long tonnes)
            implements Event {}

    record Cancel(long orderId, long tonnes) implements Event {}

    record Reject(long orderId, Result reason) implements Event {}

    record Fill(long orderId, int ownerId, Side side, long priceTicks, long tonnes) implements Event {}
}

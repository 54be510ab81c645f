package org.carbonsim.core.agents;

import org.carbonsim.core.market.Result;

/**
 * What a trader knows of its latest order from the book's answer to it, without asking the book again:
 * a look-up by order id at each turn is one of the costlier steps of a turn that places an order.
 * Read against {@link org.carbonsim.core.market.OrderBook}'s contract: a limit order the book answers
 * {@link Result#RESTING} rests in full, one it answers {@link Result#FILLED} does not rest, and the
 * remainder of one answered {@link Result#CANCELLED_REMAINDER} was cancelled at once.
 */
final class OwnOrder {
    private OwnOrder() {}

    /**
     * The tonnes of a limit order of {@code quantityTonnes} that rest once the book has answered it
     * {@code result}: all of them when it rests untouched, none when it filled; otherwise (a part
     * filled, or the order turned away) what {@code orders} says of order {@code orderId}.
     */
    static long restingAfter(Result result, long quantityTonnes, OrderGateway orders, long orderId) {
        if (result == Result.RESTING) {
            return quantityTonnes;
        }
        if (result == Result.FILLED) {
            return 0;
        }
        return orders.remainingTonnes(orderId);
    }

    /**
     * Whether an order the book answered {@code result} may rest on it until the close: not when it
     * filled, nor when its remainder was cancelled at once. (An order that may rest can still fill
     * later; the close cancels it in any case.)
     */
    static boolean mayRest(Result result) {
        return result != Result.FILLED && result != Result.CANCELLED_REMAINDER;
    }
}

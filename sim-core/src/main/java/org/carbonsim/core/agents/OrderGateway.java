package org.carbonsim.core.agents;

import org.carbonsim.core.market.OrderType;
import org.carbonsim.core.market.Result;
import org.carbonsim.core.market.Side;

/**
 * The narrow port through which a strategy trades: submit, cancel and amend day orders on the
 * exchange. The gateway assigns order ids; {@link #lastOrderId} returns the id of the latest
 * submission. Prices in ticks, quantities in tonnes. Implementations are Not thread-safe.
 */
public interface OrderGateway {
    /** Submits an order for {@code ownerId}; the price is ignored for MARKET orders. */
    Result submit(int ownerId, Side side, OrderType type, long priceTicks, long quantityTonnes);

    /** The id given to the order of the latest {@link #submit}, whatever its result. */
    long lastOrderId();

    /** Cancels a resting order. */
    Result cancel(long orderId);

    /** Changes a resting order's price and remaining quantity. */
    Result amend(long orderId, long newPriceTicks, long newQuantityTonnes);

    /** The tonnes order {@code orderId} still has resting, or 0 when it is not resting. */
    long remainingTonnes(long orderId);

    /** Whether order {@code orderId} is still resting. */
    default boolean isLive(long orderId) {
        return remainingTonnes(orderId) > 0;
    }

    /** Cancels {@code orderId} when it is still resting; a no-op otherwise. */
    default void cancelIfLive(long orderId) {
        if (isLive(orderId)) {
            cancel(orderId);
        }
    }
}

package org.carbonsim.core.market;

/** Visits resting orders of an {@link OrderBook} in priority order (best price first, then time). */
@FunctionalInterface
public interface RestingOrderVisitor {
    void visit(long orderId, int ownerId, Side side, long priceTicks, long quantityTonnes);
}

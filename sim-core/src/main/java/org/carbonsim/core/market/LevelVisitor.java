package org.carbonsim.core.market;

/** Receives one price level of one side of an {@link OrderBook}, from {@link OrderBook#forEachLevel}. */
@FunctionalInterface
public interface LevelVisitor {
    void visit(long priceTicks, long tonnes, int orders);
}

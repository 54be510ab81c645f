package org.carbonsim.core.market;

/** Where a block negotiation's trades go. */
@FunctionalInterface
public interface BlockTrade {
    /**
     * {@code quantityTonnes} pass from the party at {@code seller} to the party at {@code buyer} (their
     * indices in the list negotiated) at {@code priceTicks}; both parties' answers change with it.
     */
    void trade(int buyer, int seller, long priceTicks, long quantityTonnes);
}

package org.carbonsim.core.market;

/**
 * One side of a negotiated block trade: what it would trade in a block at a price. Buying falls as
 * the price rises and selling grows with it.
 */
@FunctionalInterface
public interface BlockParty {
    /**
     * The tonnes it would trade in a block at {@code priceTicks}: positive to buy, negative to sell, 0
     * for nothing. Read again after each of its trades, which change it.
     */
    long tonnesAt(long priceTicks);
}

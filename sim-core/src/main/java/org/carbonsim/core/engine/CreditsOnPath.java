package org.carbonsim.core.engine;

/**
 * The offset credits the least-cost path the enterprises foresee uses in the year, and the year's price
 * on that path. Where the price is a flat programme's own price, the path uses only part of that
 * programme's credits: those that abatement at the price and the allowances the path leaves for the
 * year do not cover. Immutable.
 *
 * @param priceFen the year's price on the path, rounded to whole fen; -1 for {@link #NONE}
 * @param creditsTonnes the credits the path uses in the year, t
 */
record CreditsOnPath(long priceFen, long creditsTonnes) {
    /** No path foreseen: the enterprises plan every credit they may use at a price. */
    static final CreditsOnPath NONE = new CreditsOnPath(-1, 0);
}

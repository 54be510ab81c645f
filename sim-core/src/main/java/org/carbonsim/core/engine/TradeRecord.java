package org.carbonsim.core.engine;

import java.util.Objects;

/**
 * One trade of a run: when, between whom (enterprise ids, trader account names or {@code
 * government}), at what price and for how much. Immutable.
 *
 * @param year the compliance year
 * @param day 0-based trading day of the year
 * @param buyer the buying account's name
 * @param seller the selling account's name
 * @param priceFen price, fen per tonne
 * @param quantityTonnes tonnes
 * @param block whether it is a block agreement trade, negotiated off the book, rather than a trade on the book
 */
public record TradeRecord(
        int year, int day, String buyer, String seller, long priceFen, long quantityTonnes, boolean block) {
    public TradeRecord {
        Objects.requireNonNull(buyer, "buyer");
        Objects.requireNonNull(seller, "seller");
        if (priceFen <= 0 || quantityTonnes <= 0) {
            throw new IllegalArgumentException("priceFen and quantityTonnes must be > 0");
        }
    }

    /** A trade on the book. */
    public TradeRecord(int year, int day, String buyer, String seller, long priceFen, long quantityTonnes) {
        this(year, day, buyer, seller, priceFen, quantityTonnes, false);
    }
}

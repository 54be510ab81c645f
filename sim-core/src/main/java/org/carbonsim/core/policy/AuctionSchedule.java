package org.carbonsim.core.policy;

import java.util.List;

/**
 * When the year's auction volume (the allocation plan's auction share of the cap) is sold: split
 * evenly over the listed trading days, each a uniform-price sealed-bid auction with a reserve price.
 * Immutable.
 *
 * @param days 0-based trading days of each auction in the year, ascending
 * @param reservePriceFen no sale below this price, fen per tonne
 * @param coveredOnly whether only covered enterprises may bid (otherwise investors too)
 */
public record AuctionSchedule(List<Integer> days, long reservePriceFen, boolean coveredOnly) {
    public AuctionSchedule {
        days = List.copyOf(days);
        for (int i = 0; i < days.size(); i++) {
            if (days.get(i) < 0 || (i > 0 && days.get(i) <= days.get(i - 1))) {
                throw new IllegalArgumentException("auction days must be >= 0 and strictly ascending");
            }
        }
        if (reservePriceFen < 0) {
            throw new IllegalArgumentException("reservePriceFen must be >= 0");
        }
    }
}

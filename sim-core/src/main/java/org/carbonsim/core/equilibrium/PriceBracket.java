package org.carbonsim.core.equilibrium;

import java.util.function.DoublePredicate;

/**
 * A price interval, fen per tonne, whose top {@code hiFen} meets a monotone test and whose bottom
 * {@code loFen} does not (or is where the search began). The reference solvers find each price they
 * report by halving such an interval, and they halve it the same way: the middle replaces the end on
 * its side, until the interval is narrow enough, the halvings run out, or the middle no longer lies
 * strictly inside (doubles cannot split it further).
 *
 * @param loFen the bottom of the interval, fen per tonne
 * @param hiFen the top of the interval, fen per tonne
 */
record PriceBracket(double loFen, double hiFen) {
    /** Most halvings of the interval; 2^200 covers any {@code long} price range to far below a fen. */
    static final int MAX_ITERATIONS = 200;

    /**
     * The interval from {@code loFen} to {@code hiFen} halved while wider than {@code toleranceFen}:
     * a middle price at which {@code meets} holds becomes the top, any other the bottom.
     */
    static PriceBracket narrowed(double loFen, double hiFen, double toleranceFen, DoublePredicate meets) {
        double lo = loFen;
        double hi = hiFen;
        for (int i = 0; i < MAX_ITERATIONS && hi - lo > toleranceFen; i++) {
            double mid = lo + (hi - lo) / 2;
            if (mid <= lo || mid >= hi) {
                break;
            }
            if (meets.test(mid)) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return new PriceBracket(lo, hi);
    }
}

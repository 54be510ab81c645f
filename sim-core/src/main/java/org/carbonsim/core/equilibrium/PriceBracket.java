package org.carbonsim.core.equilibrium;

import java.util.function.DoublePredicate;
import java.util.function.DoubleUnaryOperator;

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

    /** Most guesses {@link #narrowedNonDecreasing} makes before it halves. */
    static final int MAX_GUESSES = 30;

    /**
     * {@link #narrowed} for the test that {@code supply} at the middle price is at least {@code
     * target}, where {@code supply} never falls as the price rises: the same interval, halving for
     * halving, from fewer readings of {@code supply}. A supply that never falls is at least the target
     * at every price above one where it is, and short of it at every price below one where it is
     * short; so a middle price at or above the lowest price read that met the target meets it, one at
     * or below the highest price read that fell short does not, and only a middle between the two is
     * read. Before halving, the two are brought close around where supply meets the target by guesses
     * (regula falsi, Illinois variant: a straight line through the two, the value kept twice in a row
     * halved), which on the continuous stretches of a supply converge far faster than halving; where
     * they stop narrowing by at least half a guess (a jump in supply), the halving goes on alone.
     *
     * <p>Every halving takes the same side as {@link #narrowed} would: its test at a middle price is
     * either read at that price or follows from readings at prices around it, which a supply that never
     * falls guarantees. {@code supply} must be such a function of the price, read exactly (the same
     * double at the same price whenever it is read).
     */
    static PriceBracket narrowedNonDecreasing(
            double loFen, double hiFen, double toleranceFen, DoubleUnaryOperator supply, double target) {
        return narrowedNonDecreasing(
                loFen, hiFen, toleranceFen, supply, target, supply.applyAsDouble(loFen), supply.applyAsDouble(hiFen));
    }

    /**
     * {@link #narrowedNonDecreasing(double, double, double, DoubleUnaryOperator, double)} where the
     * caller has read supply at both ends already: {@code supplyAtLo} at {@code loFen} and {@code
     * supplyAtHi} at {@code hiFen}, the values {@code supply} gives there.
     */
    static PriceBracket narrowedNonDecreasing(
            double loFen,
            double hiFen,
            double toleranceFen,
            DoubleUnaryOperator supply,
            double target,
            double supplyAtLo,
            double supplyAtHi) {
        Readings readings = new Readings(supply, target);
        if (hiFen - loFen > toleranceFen) {
            readings.guess(loFen, supplyAtLo, hiFen, supplyAtHi, toleranceFen);
        }
        return narrowed(loFen, hiFen, toleranceFen, readings::meets);
    }

    /**
     * The readings of a supply that never falls as the price rises: the highest price read at which it
     * was short of the target and the lowest at which it met it.
     */
    private static final class Readings {
        private final DoubleUnaryOperator supply;
        private final double target;
        private double shortBelowFen = Double.NEGATIVE_INFINITY;
        private double meetsFromFen = Double.POSITIVE_INFINITY;

        Readings(DoubleUnaryOperator supply, double target) {
            this.supply = supply;
            this.target = target;
        }

        /** Whether supply at {@code priceFen} meets the target, read and remembered; its excess over the target in {@code excess}. */
        private boolean read(double priceFen, double[] excess) {
            return remember(priceFen, supply.applyAsDouble(priceFen), excess);
        }

        /** Whether {@code tonnes}, supply at {@code priceFen}, meet the target, remembered; their excess over it in {@code excess}. */
        private boolean remember(double priceFen, double tonnes, double[] excess) {
            excess[0] = tonnes - target;
            if (tonnes >= target) {
                meetsFromFen = Math.min(meetsFromFen, priceFen);
                return true;
            }
            shortBelowFen = Math.max(shortBelowFen, priceFen);
            return false;
        }

        /** Whether supply at {@code priceFen} meets the target: from the readings where they tell, else read. */
        boolean meets(double priceFen) {
            if (priceFen >= meetsFromFen) {
                return true;
            }
            if (priceFen <= shortBelowFen) {
                return false;
            }
            return read(priceFen, new double[1]);
        }

        /**
         * Remembers supply at {@code loFen} and {@code hiFen} ({@code supplyAtLo} and {@code
         * supplyAtHi}) and, where it is short at the one and meets
         * the target at the other, at guesses between them that close in on where it meets it: first
         * at whole fen, where a supply of technology steps jumps (their costs are whole fen), until no
         * whole fen lies between the two; then, where supply meets the target at a whole fen and is
         * short just below it (the price sits on a jump), nothing is left to guess; else between the
         * two, where supply is continuous, until they are {@code toleranceFen} apart. A run of guesses
         * ends when they run out or two in a row narrow the two by less than half.
         */
        void guess(double loFen, double supplyAtLo, double hiFen, double supplyAtHi, double toleranceFen) {
            double[] excess = new double[1];
            if (remember(loFen, supplyAtLo, excess)) {
                return;
            }
            double excessLo = excess[0];
            if (!remember(hiFen, supplyAtHi, excess)) {
                return;
            }
            Guesses guesses = new Guesses(loFen, excessLo, hiFen, excess[0]);
            guesses.run(this, true, 1);
            double top = guesses.hi;
            if (top == Math.rint(top) && Math.nextDown(top) > guesses.lo) {
                if (!read(Math.nextDown(top), excess)) {
                    return;
                }
                guesses.hi = Math.nextDown(top);
                guesses.excessHi = excess[0];
            }
            guesses.run(this, false, toleranceFen);
        }
    }

    /** Regula falsi (Illinois) between a price where supply is short and one where it meets the target. */
    private static final class Guesses {
        double lo;
        double excessLo;
        double hi;
        double excessHi;
        /** Which end the last guess replaced: 1 the top, -1 the bottom, 0 none yet. */
        int replaced;

        Guesses(double lo, double excessLo, double hi, double excessHi) {
            this.lo = lo;
            this.excessLo = excessLo;
            this.hi = hi;
            this.excessHi = excessHi;
        }

        /**
         * Guesses, at whole fen where {@code wholeFen}, until the ends are no more than {@code widthFen}
         * apart (or no whole fen lies between them), the guesses run out or two in a row narrow the ends
         * by less than half.
         */
        void run(Readings readings, boolean wholeFen, double widthFen) {
            double[] excess = new double[1];
            int slow = 0;
            for (int i = 0; i < MAX_GUESSES && hi - lo > widthFen; i++) {
                double width = hi - lo;
                double guess = hi - excessHi * (width / (excessHi - excessLo));
                // after two slow guesses in a row (a jump between the ends) one guess halves them
                if (slow >= 2 || !(guess > lo && guess < hi)) {
                    guess = lo + width / 2;
                    slow = 0;
                }
                // a guess at least a whole fen (or half the width sought) inside the ends: a line
                // through an end that barely meets the target guesses next to it, and so narrows little
                double inside = wholeFen ? 1 : widthFen / 2;
                guess = Math.max(lo + inside, Math.min(hi - inside, wholeFen ? Math.rint(guess) : guess));
                if (!(guess > lo && guess < hi)) {
                    return;
                }
                if (readings.read(guess, excess)) {
                    hi = guess;
                    excessHi = excess[0];
                    excessLo = replaced == 1 ? excessLo / 2 : excessLo;
                    replaced = 1;
                } else {
                    lo = guess;
                    excessLo = excess[0];
                    excessHi = replaced == -1 ? excessHi / 2 : excessHi;
                    replaced = -1;
                }
                slow = hi - lo > width / 2 ? slow + 1 : 0;
            }
        }
    }
}

package org.carbonsim.core.engine;

/**
 * What a foreseeing enterprise plans to borrow from next year's allocation at the deadline. Where the
 * least-cost path it foresees borrows out of a year, a tonne of next year's allocation discounted a
 * year is worth less than this year's scarcity, so it covers as much of its obligation as the desk
 * lets it borrow that way ({@code compliance.borrowingShare} of the obligation, rounded down) and
 * neither buys nor abates for it. Immutable.
 *
 * @param share the share of its obligation it plans to borrow, in [0, 1); 0 when it plans none
 */
record PlannedBorrowing(double share) {
    /** No borrowing planned. */
    static final PlannedBorrowing NONE = new PlannedBorrowing(0);

    PlannedBorrowing {
        if (!(share >= 0 && share < 1)) {
            throw new IllegalArgumentException("share must be in [0, 1), got " + share);
        }
    }

    /** The tonnes it plans to borrow when it owes {@code obligationTonnes}, t: rounded down, as the desk's limit. */
    long tonnesOn(long obligationTonnes) {
        return (long) Math.floor(share * obligationTonnes);
    }

    /**
     * The tonnes it must abate to cover {@code shortfallTonnes} of its position, t. Each tonne abated
     * also lowers the obligation it borrows against, by the share, so a shortfall {@code S} takes
     * {@code S / (1 - share)} tonnes, rounded up, and a tonne more for the rounding of the limit; the
     * shortfall itself when none is planned or the position is long. (Abating only the shortfall left
     * every firm short by the share of it at the deadline, and where the borrowing limit binds no one
     * is long to sell to them.)
     */
    long abatementToCover(long shortfallTonnes) {
        if (shortfallTonnes <= 0 || share == 0) {
            return shortfallTonnes;
        }
        return Math.addExact((long) Math.ceil(shortfallTonnes / (1 - share)), 1);
    }
}

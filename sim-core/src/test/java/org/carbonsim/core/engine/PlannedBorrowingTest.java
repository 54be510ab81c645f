package org.carbonsim.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * What a firm that plans to borrow leaves uncovered and abates, worked by hand: the desk lets it
 * borrow {@code floor(share × obligation)}, so abating a tonne also takes {@code share} off what it
 * may borrow.
 */
class PlannedBorrowingTest {
    /** 5% of 1,000,000 t: 50,000 t it neither buys nor abates for. */
    @Test
    void plansToBorrowTheShareOfItsObligationRoundedDown() {
        PlannedBorrowing borrowing = new PlannedBorrowing(0.05);
        assertEquals(50_000, borrowing.tonnesOn(1_000_000));
        assertEquals(49_999, borrowing.tonnesOn(999_999));
        assertEquals(0, PlannedBorrowing.NONE.tonnesOn(1_000_000));
    }

    /**
     * Obligation 1,000,000 t, borrowing 5%: its need is 950,000 t; holding 940,500 t it is 9,500 t short.
     * Abating 9,500 t would leave an obligation of 990,500 t, a limit of 49,525 t and a need of 940,975
     * t: still 475 t short. Abating 9,500 / 0.95 = 10,000 t and one more, 10,001 t, leaves 989,999 t, a
     * limit of floor(49,499.95) = 49,499 t and a need of 940,500 t: exactly what it holds.
     */
    @Test
    void abatesTheShortfallOverOneLessTheShare() {
        PlannedBorrowing borrowing = new PlannedBorrowing(0.05);
        long abated = borrowing.abatementToCover(9_500);
        assertEquals(10_001, abated);
        long obligation = 1_000_000 - abated;
        assertEquals(940_500, obligation - borrowing.tonnesOn(obligation));
    }

    /** A long position, or a firm that plans no borrowing, abates what its position says. */
    @Test
    void withoutBorrowingOrWhenLongTheShortfallIsTheAbatement() {
        assertEquals(9_500, PlannedBorrowing.NONE.abatementToCover(9_500));
        assertEquals(-3_000, new PlannedBorrowing(0.05).abatementToCover(-3_000));
    }
}

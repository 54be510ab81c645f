package org.carbonsim.core.engine;

/**
 * The prices covered enterprises plan a year with as it opens. Immutable.
 *
 * @param expectedFen the price each expects, fen per tonne
 * @param penaltyPriceFen the year's {@link PenaltyEquivalent} of a tonne short, fen per tonne
 * @param bankFen the least an allowance is worth to them until verification, fen per tonne: what one
 *     kept for a later year is worth (0 when banking is forbidden), or, for firms that foresee the
 *     least-cost path, the year's own price on it where the path carries nothing out of the year
 * @param foreseenBankTonnes the allowances they foresee the market carrying into the next year, which
 *     they mean to hold between them, t (0 without foresight: they hold no surplus for its own sake)
 * @param borrowing what each plans to meet from next year's allocation at the deadline, and so not
 *     to buy or abate for: the scheme's borrowing share where the path they foresee borrows out of the
 *     year, else none
 * @param fromCycleTonnes what they plan, between them, to meet of this year's obligation from the
 *     allocation of their compliance cycle's later years: where the path they foresee ends a year before
 *     its cycle's deadline with a negative bank (the cycle's allowances one pool), minus that bank, else
 *     0; each plans its share in proportion to its expected business-as-usual emissions
 * @param creditsOnPath the offset credits the path they foresee uses this year, which they plan
 *     between them where the path uses a programme in part ({@link OffsetPlan#onPath}); {@link
 *     CreditsOnPath#NONE} without foresight
 */
record PlanningPrices(
        double expectedFen,
        long penaltyPriceFen,
        long bankFen,
        long foreseenBankTonnes,
        PlannedBorrowing borrowing,
        long fromCycleTonnes,
        CreditsOnPath creditsOnPath) {}

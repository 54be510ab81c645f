package org.carbonsim.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.carbonsim.core.equilibrium.EquilibriumResult;
import org.carbonsim.core.equilibrium.FirmAbatement;
import org.carbonsim.core.equilibrium.IntertemporalResult;
import org.junit.jupiter.api.Test;

/**
 * The run total above the least-cost path, by hand over two years at a discount rate of 10%: the path
 * prices CNY 20.00 and 22.00 (Hotelling), and firm C's path abates 10,000 t (CNY 100,000) and 11,000 t
 * (CNY 121,000) of its 100,000 t business-as-usual emissions, with allocations of 110,000 t and 70,000 t.
 * Its path reference is 100,000 + 20 × (100,000 − 10,000 − 110,000) = CNY −300,000 in the first year and
 * 121,000 + 22 × (100,000 − 11,000 − 70,000) = CNY 539,000 in the second.
 */
class PlayedYearTest {
    private static final double RATE = 0.10;

    private final IntertemporalResult path = new IntertemporalResult(
            List.of(year(2_000, 10_000, 10_000_000), year(2_200, 11_000, 12_100_000)), List.of(20_000L, 0L));

    @Test
    void theReferenceOnThePathIsTheFirmsAbatementCostPlusItsTradeAtThePathPrice() {
        PlayedYear first = played(0, 10_000_000);
        PlayedYear second = played(1, 0);

        assertEquals(
                new PlayedYear.FirmReference(10_000, 0, -30_000_000),
                first.against(path.years().get(0)));
        assertEquals(
                new PlayedYear.FirmReference(11_000, 0, 53_900_000),
                second.against(path.years().get(1)));
    }

    @Test
    void followingThePathReadsZeroWhoeverHoldsTheBank() {
        // abates 10,000 t, banks 20,000 t, then abates 11,000 t and sells the 1,000 t left at CNY 22.00:
        // 400,000 above the path, then 99,000 − 539,000 = −440,000, worth −400,000 in the first year
        List<PlayedYear> banks = List.of(played(0, 10_000_000), played(1, 9_900_000));
        // or sells its 20,000 t spare at CNY 20.00 and buys the 19,000 t short at CNY 22.00
        List<PlayedYear> sells = List.of(played(0, 10_000_000 - 40_000_000), played(1, 12_100_000 + 41_800_000));

        assertEquals(0, PlayedYear.presentValueAboveFen(banks, path, RATE));
        assertEquals(0, PlayedYear.presentValueAboveFen(sells, path, RATE));
    }

    @Test
    void skippingTheFirstYearsAbatementCostsTheTriangleInPresentValue() {
        // abates nothing in the first year (banks its 10,000 t surplus): CNY 0, 300,000 above the path;
        // then abates 11,000 t and buys the 9,000 t short at CNY 22.00 and a fen in fees: CNY 319,000.01,
        // 219,999.99 below the path, worth 199,999.990909... in the first year; in all CNY
        // 100,000.009090..., 100,000.01 to the fen: the 10,000 t it did not abate for CNY 100,000 it
        // bought a year later for 200,000 in present value
        List<PlayedYear> skips = List.of(played(0, 0), played(1, 31_900_001));

        assertEquals(10_000_001, PlayedYear.presentValueAboveFen(skips, path, RATE));
    }

    /**
     * The reference's credits for C are the solver's (its 11,000 t of the reference's 15,000 t, for CNY
     * 55,000): they cover part of its position, so C's reference is 100,000 + 55,000 + 20 × (100,000 −
     * 10,000 − 11,000 − 110,000) = CNY −465,000; its position rests on the 100,000 t the reference
     * expects of it, as its credits' caps do.
     */
    @Test
    void theFirmsCreditsOnTheReferenceCoverPartOfItsPosition() {
        EquilibriumResult reference = new EquilibriumResult(
                EquilibriumResult.Regime.CLEARED,
                2_000,
                2_000,
                40_000,
                List.of(
                        new FirmAbatement("C", 100_000, 10_000, 10_000_000, 11_000, 5_500_000),
                        new FirmAbatement("E", 60_000, 0, 0, 4_000, 2_000_000)),
                10_000,
                15_000,
                0,
                10_000_000,
                7_500_000);

        assertEquals(
                new PlayedYear.FirmReference(10_000, 11_000, -46_500_000),
                played(0, 0).against(reference));
        // E abates nothing there and its 4,000 t of credits (CNY 20,000) leave it 60,000 − 4,000 − 40,000
        // = 16,000 t to buy at CNY 20.00
        assertEquals(
                new PlayedYear.FirmReference(0, 4_000, 2_000_000 + 2_000L * 16_000),
                new PlayedYear(0, "E", 0, 40_000).against(reference));
        IllegalStateException e =
                assertThrows(IllegalStateException.class, () -> new PlayedYear(0, "X", 0, 40_000).against(reference));
        assertEquals("the reference does not list X", e.getMessage());
    }

    private static PlayedYear played(int yearOfRun, long realisedFen) {
        return new PlayedYear(yearOfRun, "C", realisedFen, yearOfRun == 0 ? 110_000 : 70_000);
    }

    private static EquilibriumResult year(long priceFen, long abatementTonnes, long costFen) {
        return new EquilibriumResult(
                EquilibriumResult.Regime.CLEARED,
                priceFen,
                priceFen,
                abatementTonnes,
                List.of(
                        new FirmAbatement("C", 100_000, abatementTonnes, costFen, 0, 0),
                        new FirmAbatement("E", 60_000, 0, 0, 0, 0)),
                abatementTonnes,
                0,
                0,
                costFen,
                0);
    }
}

package org.carbonsim.core.equilibrium;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.function.ToLongFunction;
import org.carbonsim.core.compliance.OffsetRationing;
import org.carbonsim.core.equilibrium.EquilibriumResult.Regime;
import org.carbonsim.core.model.AbatementCurve;
import org.junit.jupiter.api.Test;

/** The solver's offset credits firm by firm, worked by hand on two-firm markets. */
class FirmCreditsTest {
    private static CoveredFirm linear(String id, long bau) {
        // MAC rises to 4,000 fen at 40%: 10,000 fen × share, so a firm abates bau × p / 10,000 at p fen
        return new CoveredFirm(id, bau, new AbatementCurve.Linear(4_000, 0.4));
    }

    /** Two programmes and two firms' caps on allocation, with no cap on all credits tied to emissions. */
    private static OffsetSupply twoProgrammes(
            OffsetTranche first, OffsetTranche second, FirmOffsetCaps a, FirmOffsetCaps b) {
        return new OffsetSupply(List.of(first, second), a.totalCapTonnes() + b.totalCapTonnes(), 0, List.of(a, b));
    }

    private static void assertClearedAt(long priceFen, EquilibriumResult result) {
        assertEquals(Regime.CLEARED, result.regime());
        assertEquals(priceFen, result.priceFen());
    }

    /** Every firm's abatement, credits and their cost, t, t and fen, in order. */
    private static void assertFirms(
            EquilibriumResult result, List<Long> abatement, List<Long> credits, List<Long> creditCostFen) {
        assertEquals(abatement, each(result, FirmAbatement::abatementTonnes), "abatement");
        assertEquals(credits, each(result, FirmAbatement::creditTonnes), "credits");
        assertEquals(creditCostFen, each(result, FirmAbatement::creditCostFen), "credits' cost");
    }

    /** One figure of every firm of {@code result}, in order. */
    private static List<Long> each(EquilibriumResult result, ToLongFunction<FirmAbatement> figure) {
        return result.firms().stream().map(f -> figure.applyAsLong(f)).toList();
    }

    /**
     * Caps on emissions: each firm may cover 5% of its emissions with credits at 300 fen. A (100,000 t
     * as usual) and B (200,000 t) abate 300,000 × p / 10,000 = 30p at p fen, and the credits cover 5% of
     * what is left, 15,000 − 1.5p; the gap of 43,500 t closes at 28.5p = 28,500, p = 1,000 fen. A abates
     * 10,000 t and may use 5% of its 90,000 t left, 4,500 t (1,350,000 fen); B abates 20,000 t and uses
     * 5% of 180,000 t, 9,000 t (2,700,000 fen): 13,500 t in all, every credit the caps allow.
     */
    @Test
    void capsOnEmissionsGiveEachFirmItsShareOfWhatItStillEmits() {
        OffsetSupply offsets =
                new OffsetSupply(List.of(new OffsetTranche("ccer", 1_000_000, 300, 0, 0, 0.05)), 0, 0.05);
        EquilibriumResult result = EquilibriumSolver.solve(new EquilibriumInput(
                List.of(linear("A", 100_000), linear("B", 200_000)), 256_500, 0, offsets, 0, Long.MAX_VALUE));

        assertClearedAt(1_000, result);
        assertFirms(result, List.of(10_000L, 20_000L), List.of(4_500L, 9_000L), List.of(1_350_000L, 2_700_000L));
        assertEquals(13_500, result.offsetsUsedTonnes());
        assertEquals(4_050_000, result.offsetCostFen());
    }

    /**
     * Caps on allocation and scarce credits: A may use 11,000 t and B 4,000 t (10% of allocations of
     * 110,000 and 40,000 t), but only 10,001 t are on offer, at 500 fen. The gap of 30,000 t takes them
     * all (the firms abate the other 19,999 t at about 1,250 fen). Each firm gets the same share of its
     * cap, 10,001 / 15,000: A 7,334.07 t and B 2,666.93 t; rounded down that is 10,000 t, and the tonne
     * left goes to the larger remainder, B's: A 7,334 t (3,667,000 fen), B 2,667 t (1,333,500 fen).
     */
    @Test
    void scarceCreditsGoToTheFirmsAsTheSameShareOfTheirCaps() {
        OffsetSupply offsets = new OffsetSupply(
                List.of(new OffsetTranche("ccer", 10_001, 500, 0, 15_000, 0)),
                15_000,
                0,
                List.of(
                        new FirmOffsetCaps("A", List.of(11_000L), 11_000),
                        new FirmOffsetCaps("B", List.of(4_000L), 4_000)));
        EquilibriumResult result = EquilibriumSolver.solve(new EquilibriumInput(
                List.of(linear("A", 100_000), linear("B", 60_000)), 130_000, 0, offsets, 0, Long.MAX_VALUE));

        assertEquals(10_001, result.offsetsUsedTonnes());
        assertEquals(List.of(7_334L, 2_667L), each(result, FirmAbatement::creditTonnes));
        assertEquals(List.of(3_667_000L, 1_333_500L), each(result, FirmAbatement::creditCostFen));
        assertEquals(5_000_500, result.offsetCostFen());
    }

    /**
     * A sloped programme's cost falls to the firms by their credits, in whole fen: 3 credits from 100
     * fen rising 1,000,000 fen a Mt cost 3 × 100 + 1,000,000 × 3 / 10⁶ = 303 fen (the desk's sum: 300 +
     * 1 × (0 + 1 + 2)), and A's 2 of them (caps of 20 and 10 t) are 202 fen, B's 1 is 101 fen.
     */
    @Test
    void aSlopedProgrammesCostFallsToTheFirmsByTheirCredits() {
        assertArrayEquals(new long[] {2, 1}, OffsetRationing.proportional(3, new long[] {20, 10}));
        assertArrayEquals(new long[] {202, 101}, OffsetRationing.proportional(303, new long[] {2, 1}));
        OffsetTranche sloped = new OffsetTranche("ccer", 3, 100, 1_000_000, 30, 0);
        assertEquals(303, sloped.costFen(3));
        OffsetSupply offsets = new OffsetSupply(
                List.of(sloped),
                30,
                0,
                List.of(new FirmOffsetCaps("A", List.of(20L), 20), new FirmOffsetCaps("B", List.of(10L), 10)));

        FirmCredits shared = FirmCredits.of(
                offsets, List.of(linear("A", 1_000), linear("B", 1_000)), new long[] {0, 0}, new long[] {3});

        assertArrayEquals(new long[] {2, 1}, shared.tonnes());
        assertArrayEquals(new long[] {202, 101}, shared.costFen());
        assertEquals(3, shared.assignedTonnes());
    }

    /**
     * The programmes are shared out cheapest first, as the desk takes them, though the dear one is
     * listed first: A may use 100 t of each but 100 t in all, B 100 t of each and 200 t in all. Of the
     * cheap programme's 200 t (300 fen) each gets 100 t, which fills A's total; the dear one's 100 t
     * (900 fen) all go to B. A pays 30,000 fen, B 30,000 + 90,000. Taken in the listed order the dear
     * credits would have used half of A's total and left 50 t of the cheap ones without a firm.
     */
    @Test
    void theCheapestProgrammeIsSharedOutFirst() {
        OffsetSupply offsets = twoProgrammes(
                new OffsetTranche("dear", 1_000, 900, 0, 200, 0),
                new OffsetTranche("cheap", 1_000, 300, 0, 200, 0),
                new FirmOffsetCaps("A", List.of(100L, 100L), 100),
                new FirmOffsetCaps("B", List.of(100L, 100L), 200));

        FirmCredits shared = FirmCredits.of(
                offsets, List.of(linear("A", 10_000), linear("B", 10_000)), new long[] {0, 0}, new long[] {100, 200});

        assertArrayEquals(new long[] {100, 200}, shared.tonnes());
        assertArrayEquals(new long[] {30_000, 120_000}, shared.costFen());
        assertArrayEquals(new long[] {100, 200}, shared.byTranche());
    }

    /**
     * Programmes capped on different bases: the first, "alloc" (50,000 fen, never reached here), on
     * allocation, so the cap on all programmes together is on allocation too, 10% of it: A (allocated
     * 100,000 t) may use 10,000 t in all, B (allocated nothing) none. The cheap one, "emis" at 100
     * fen, may cover 5% of each firm's emissions. A and B (100,000 t each as usual) each abate 10p at p
     * fen. Firm by firm only A uses credits, 5% of 100,000 − 10p, so the supply is 20p + 5,000 − 0.5p
     * and the gap of 24,480 t closes at 19.5p = 19,480, p = 999 fen: each firm abates 9,990 t and A
     * uses 4,500 t (5% of 90,010 t, 4,500.5, rounded down), 450,000 fen. Counted together the caps on
     * emissions would give 5% of both firms' emissions, within the 10,000 t total: 19p + 10,000 closes
     * the gap at p = 762.1 fen, with some 3,100 t of credits that B's cap does not hold.
     */
    @Test
    void programmesCappedOnDifferentBasesAreCountedFirmByFirmWhileThePriceIsSearched() {
        OffsetSupply offsets = twoProgrammes(
                new OffsetTranche("alloc", 1_000_000, 50_000, 0, 10_000, 0),
                new OffsetTranche("emis", 1_000_000, 100, 0, 0, 0.05),
                new FirmOffsetCaps("A", List.of(10_000L, 0L), 10_000),
                new FirmOffsetCaps("B", List.of(0L, 0L), 0));
        EquilibriumResult result = EquilibriumSolver.solve(new EquilibriumInput(
                List.of(linear("A", 100_000), linear("B", 100_000)), 175_520, 0, offsets, 0, Long.MAX_VALUE));

        assertClearedAt(999, result);
        assertFirms(result, List.of(9_990L, 9_990L), List.of(4_500L, 0L), List.of(450_000L, 0L));
        assertEquals(4_500, result.offsetsUsedTonnes());
        assertEquals(0, result.unmetTonnes());
    }

    /** Remainders go to the largest fractions, ties to the earlier firm, and never above a weight. */
    @Test
    void proportionalSharesSumExactlyWithDeterministicRemainders() {
        assertArrayEquals(new long[] {2, 1, 1}, OffsetRationing.proportional(4, new long[] {1, 1, 1}));
        assertArrayEquals(new long[] {0, 1, 0}, OffsetRationing.proportional(1, new long[] {0, 5, 0}));
        assertArrayEquals(new long[] {7, 0, 3}, OffsetRationing.proportional(10, new long[] {7, 0, 3}));
        long big = Long.MAX_VALUE / 3;
        assertArrayEquals(new long[] {big, 0}, OffsetRationing.proportional(big, new long[] {big, 0}));
        assertThrows(IllegalArgumentException.class, () -> OffsetRationing.proportional(1, new long[] {0, 0}));
    }

    @Test
    void firmCapsMustAddUpToTheTranchesCaps() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> new OffsetSupply(
                        List.of(new OffsetTranche("ccer", 100, 500, 0, 15, 0)),
                        15,
                        0,
                        List.of(new FirmOffsetCaps("A", List.of(11L), 11))));
        assertEquals("ccer: the firms' caps add up to 11 t, the tranche's cap is 15 t", e.getMessage());
    }
}

package org.carbonsim.core.equilibrium;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.carbonsim.core.model.AbatementCurve;
import org.junit.jupiter.api.Test;

/**
 * An offset supply as the reference equilibrium counts and prices it ({@link YearSupply}, {@link
 * CreditRationing}, {@link FirmCredits}), worked by hand for one firm that abates nothing, so that the
 * supply's caps, given for no firm, are that firm's own.
 */
class OffsetSupplyTest {
    // CCER: 1,000,000 t from CNY 20 rising CNY 10 per Mt (credit k costs 2,000 + k / 1,000 fen),
    // capped at 50,000 t of allocation plus 5% of emissions; inclusion credits: 200,000 t flat at CNY
    // 30, capped at 20,000 t; all credits together at most 60,000 t.
    private final OffsetSupply supply = new OffsetSupply(
            List.of(
                    new OffsetTranche("ccer", 1_000_000, 2_000, 1_000, 50_000, 0.05),
                    new OffsetTranche("inclusion", 200_000, 3_000, 0, 20_000, 0)),
            60_000,
            0);

    /** One firm emitting {@code emissionsTonnes} as usual, with {@code offsets}. */
    private static EquilibriumInput oneFirm(OffsetSupply offsets, long emissionsTonnes) {
        CoveredFirm firm = new CoveredFirm("A", emissionsTonnes, new AbatementCurve.Linear(10_000, 0.5));
        return new EquilibriumInput(List.of(firm), 0, 0, offsets, 0, Long.MAX_VALUE);
    }

    /** Of each tranche, the credits on offer at {@code priceFen} that the caps hold, t. */
    private static long[] heldAt(OffsetSupply offsets, double priceFen, long emissionsTonnes) {
        return YearSupply.of(oneFirm(offsets, emissionsTonnes)).askedOf(priceFen, new long[1], Long.MAX_VALUE);
    }

    /** What the reference charges for {@code tonnes} of the credits on offer at {@code priceFen}, fen. */
    private static long costFen(OffsetSupply offsets, double priceFen, long emissionsTonnes, long tonnes) {
        EquilibriumInput input = oneFirm(offsets, emissionsTonnes);
        long[] asked = YearSupply.of(input).askedOf(priceFen, new long[1], tonnes);
        FirmCredits credits = FirmCredits.of(offsets, input.firms(), new long[1], asked);
        assertEquals(tonnes, credits.assignedTonnes(), "credits shared out");
        return credits.costFen()[0];
    }

    @Test
    void creditsOnOfferFollowEachProgrammesPriceWithinTheCaps() {
        // at CNY 20.50: CCER sells its credits below 2,050 fen, k < 50,000: 50,000 t; its cap with
        // 400,000 t emitted is 50,000 + 20,000 = 70,000 t; inclusion is dearer: none
        assertArrayEquals(new long[] {50_000, 0}, heldAt(supply, 2_050, 400_000));
        // whole credits: at 2,050.0005 fen credit 50,000 (at 2,050 fen) is below the price too
        assertArrayEquals(new long[] {50_001, 0}, heldAt(supply, 2_050.0005, 400_000));
        // at CNY 30: CCER offers its whole 1,000,000 t, capped at 70,000; the total cap of 60,000 binds
        // on it, the cheaper first credit, and leaves inclusion none
        assertArrayEquals(new long[] {60_000, 0}, heldAt(supply, 3_000, 400_000));
        // nothing below the cheapest price
        assertArrayEquals(new long[] {0, 0}, heldAt(supply, 1_999, 400_000));
        // a cap on emissions shrinks with the emissions left: 100,000 t emitted -> CCER cap 55,000;
        // inclusion's 20,000 is cut to the 5,000 the total cap leaves
        assertArrayEquals(new long[] {55_000, 5_000}, heldAt(supply, 3_000, 100_000));
    }

    @Test
    void creditsCostWhatTheDeskChargesAndTheDearestFirstCreditsAreLeftFirst() {
        // 10,000 t: all CCER, the cheaper first credit:
        // 10,000 * 2,000 + floor(1,000 * 10,000 * 9,999 / 2 / 10^6) = 20,000,000 + 49,995
        assertEquals(20_049_995, costFen(supply, 3_000, 400_000, 10_000));
        // 60,000 t: the caps hold 60,000 of CCER, so all from it:
        // 60,000 * 2,000 + floor(1,000 * 60,000 * 59,999 / 2 / 10^6) = 120,000,000 + 1,799,970
        assertEquals(121_799_970, costFen(supply, 3_000, 400_000, 60_000));
        // 100,000 t emitted: the caps hold 55,000 of CCER and 5,000 of inclusion; 58,000 t leave 2,000
        // of inclusion: 55,000 * 2,000 + floor(1,000 * 55,000 * 54,999 / 2 / 10^6) + 3,000 * 3,000
        // = 110,000,000 + 1,512,472 + 9,000,000
        assertEquals(120_512_472, costFen(supply, 3_000, 100_000, 58_000));
    }

    @Test
    void aFlatProgrammeIsOneTranche() {
        OffsetSupply flat = FlatOffsets.of(50_000, 2_000, 8_000);
        assertArrayEquals(new long[] {8_000}, heldAt(flat, 2_000, 0));
        assertArrayEquals(new long[] {0}, heldAt(flat, 1_999, 0));
        assertEquals(16_000_000, costFen(flat, 2_000, 0, 8_000));
    }

    @Test
    void eachFirmsOwnCapsAreFoundInStepOrByIdAndTwoSetsForOneFirmAreRejected() {
        OffsetTranche tranche = new OffsetTranche("ccer", 1_000_000, 2_000, 0, 30, 0);
        FirmOffsetCaps a = new FirmOffsetCaps("A", List.of(10L), 1);
        FirmOffsetCaps b = new FirmOffsetCaps("B", List.of(20L), 2);
        AbatementCurve curve = new AbatementCurve.Linear(10_000, 0.5);
        CoveredFirm firmA = new CoveredFirm("A", 100, curve);
        CoveredFirm firmB = new CoveredFirm("B", 100, curve);
        CoveredFirm firmC = new CoveredFirm("C", 100, curve);
        OffsetSupply listed = new OffsetSupply(List.of(tranche), 3, 0, List.of(a, b));
        FirmOffsetCaps[] inStep = listed.capsOf(List.of(firmA, firmB));
        assertSame(a, inStep[0], "A in step");
        assertSame(b, inStep[1], "B in step");
        FirmOffsetCaps[] reversed = listed.capsOf(List.of(firmB, firmA));
        assertSame(b, reversed[0], "B first");
        assertSame(a, reversed[1], "A second");
        FirmOffsetCaps[] withUnlisted = listed.capsOf(List.of(firmA, firmC));
        assertSame(a, withUnlisted[0], "A beside an unlisted firm");
        assertNull(withUnlisted[1], "C has no caps of its own");
        OffsetSupply unordered = new OffsetSupply(List.of(tranche), 3, 0, List.of(b, a));
        assertSame(a, unordered.capsOf(List.of(firmA, firmB))[0], "A listed second");
        for (List<FirmOffsetCaps> twice : List.of(List.of(a, a), List.of(b, a, b))) {
            IllegalArgumentException rejected = assertThrows(
                    IllegalArgumentException.class,
                    () -> new OffsetSupply(List.of(tranche), 3, 0, twice),
                    "caps " + twice);
            assertEquals(
                    (twice.size() == 2 ? "firm A" : "firm B") + " has two sets of offset caps", rejected.getMessage());
        }
    }
}

package org.carbonsim.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.carbonsim.core.compliance.PenaltyModel;
import org.junit.jupiter.api.Test;

/** The penalty-equivalent price follows the rule of the year and its reference price, by hand. */
class PenaltyEquivalentTest {
    private static final PenaltyModel HUBEI = new PenaltyModel.HubeiStyle(2, 15_000_000, 2);

    @Test
    void hubeiBelowTheCapIsFourTimesTheReferencePrice() {
        // CNY 20: fine 2 × 2,000 × 1,000 = 4,000,000 fen; deduction 2,000 t × 2,000 = 4,000,000 fen;
        // 8,000,000 / 1,000 t = 8,000 fen a tonne.
        assertEquals(8_000, PenaltyEquivalent.perTonneFen(HUBEI, 2_000));
    }

    @Test
    void hubeiFineCapBindsAtAHighReferencePrice() {
        // CNY 100: fine 2 × 10,000 × 1,000 = 20,000,000 fen, capped at 15,000,000; deduction 2,000 t ×
        // 10,000 = 20,000,000 fen; 35,000,000 / 1,000 t = 35,000 fen a tonne.
        assertEquals(35_000, PenaltyEquivalent.perTonneFen(HUBEI, 10_000));
    }

    @Test
    void theReferencePriceMovesThePenaltyEquivalent() {
        // The same rule in a year whose reference average is CNY 24 and one whose is CNY 15.
        assertEquals(9_600, PenaltyEquivalent.perTonneFen(HUBEI, 2_400));
        assertEquals(6_000, PenaltyEquivalent.perTonneFen(HUBEI, 1_500));
    }

    @Test
    void aFixedFineIsNotScaledByThePriceEvenBelowIt() {
        // CNY 800 a tonne short and nothing to make good: a tonne short costs 800 whatever allowances
        // trade at, so at a reference of CNY 500 no firm pays more than 800 for one (until 2026-12-03
        // the rule took at least twice the reference, CNY 1,000)
        PenaltyModel eu = new PenaltyModel.EuStyle(80_000, false);
        assertEquals(80_000, PenaltyEquivalent.perTonneFen(eu, 5_000));
        assertEquals(80_000, PenaltyEquivalent.perTonneFen(eu, 50_000));
    }

    @Test
    void aFixedFineWithMakeGoodAddsATonneAtTheReferencePrice() {
        // CNY 800 plus the tonne still owed, valued at the reference CNY 600: 1,400 a tonne
        assertEquals(140_000, PenaltyEquivalent.perTonneFen(new PenaltyModel.EuStyle(80_000, true), 60_000));
    }

    @Test
    void nationalStyleAddsTheDeductionAtThePrice() {
        // 5 × 6,000 + 1 × 6,000 = 36,000 fen a tonne.
        assertEquals(36_000, PenaltyEquivalent.perTonneFen(new PenaltyModel.NationalStyle(5, 1), 6_000));
    }
}

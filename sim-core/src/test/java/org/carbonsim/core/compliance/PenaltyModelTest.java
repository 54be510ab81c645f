package org.carbonsim.core.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PenaltyModelTest {
    @Test
    void hubeiStyleFinesAMultipleOfThePriceCappedAndDeductsDouble() {
        PenaltyModel hubei = new PenaltyModel.HubeiStyle(2, 15_000_000, 2);
        // 2 × 3,000 fen × 1,000 t = 6,000,000 fen (CNY 60,000), under the CNY 150,000 cap
        assertEquals(6_000_000, hubei.fineFen(1_000, 3_000));
        // 2 × 3,000 × 10,000 = 60,000,000 fen, capped at 15,000,000
        assertEquals(15_000_000, hubei.fineFen(10_000, 3_000));
        assertEquals(2_000, hubei.deductionTonnes(1_000));
        // fines floor to the fen: 1.5 × 333 × 1 = 499.5 → 499
        assertEquals(499, new PenaltyModel.HubeiStyle(1.5, 15_000_000, 2).fineFen(1, 333));
    }

    @Test
    void nationalStyleFinesAMultipleOfThePriceUncappedAndDeductsTheShortfall() {
        PenaltyModel national = new PenaltyModel.NationalStyle(5, 1);
        // 5 × 3,000 × 1,000,000 t = 15,000,000,000 fen
        assertEquals(15_000_000_000L, national.fineFen(1_000_000, 3_000));
        assertEquals(1_000_000, national.deductionTonnes(1_000_000));
    }

    @Test
    void euStyleFinesAFixedAmountAndMakeGoodOwesTheShortfall() {
        // EUR 100 ≈ 78,000 fen a tonne
        assertEquals(78_000_000, new PenaltyModel.EuStyle(78_000, true).fineFen(1_000, 3_000));
        assertEquals(1_000, new PenaltyModel.EuStyle(78_000, true).deductionTonnes(1_000));
        assertEquals(0, new PenaltyModel.EuStyle(78_000, false).deductionTonnes(1_000));
    }
}

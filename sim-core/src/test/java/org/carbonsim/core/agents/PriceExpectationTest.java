package org.carbonsim.core.agents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PriceExpectationTest {
    @Test
    void adaptiveExpectationMovesPartWayToEachClose() {
        // w = 0.5, E_0 = 2,000 fen.
        // close 3,000: 0.5 * 3,000 + 0.5 * 2,000 = 2,500
        // close 2,000: 0.5 * 2,000 + 0.5 * 2,500 = 2,250
        // close 2,250: 0.5 * 2,250 + 0.5 * 2,250 = 2,250
        // close 1,000: 0.5 * 1,000 + 0.5 * 2,250 = 1,625
        PriceExpectation expectation = new PriceExpectation(0.5, 2_000);

        assertEquals(2_000.0, expectation.expectedFen());
        assertEquals(2_500.0, expectation.observe(3_000));
        assertEquals(2_250.0, expectation.observe(2_000));
        assertEquals(2_250.0, expectation.observe(2_250));
        assertEquals(1_625.0, expectation.observe(1_000));
        assertEquals(1_625, expectation.expectedFenRounded());
    }

    @Test
    void lowWeightSmoothsAndRoundsToWholeFen() {
        // w = 0.2, E_0 = 1,000: close 2,000 -> 0.2 * 2,000 + 0.8 * 1,000 = 1,200;
        // close 2,000 -> 400 + 0.8 * 1,200 = 1,360; close 1,003 -> 200.6 + 1,088 = 1,288.6 -> 1,289 fen.
        PriceExpectation expectation = new PriceExpectation(0.2, 1_000);
        expectation.observe(2_000);
        expectation.observe(2_000);
        expectation.observe(1_003);

        assertEquals(1_288.6, expectation.expectedFen(), 1e-9);
        assertEquals(1_289, expectation.expectedFenRounded());
    }

    @Test
    void weightOneIsNaive() {
        PriceExpectation expectation = new PriceExpectation(1.0, 2_000);

        assertEquals(3_100.0, expectation.observe(3_100));
        assertEquals(2_900.0, expectation.observe(2_900));
    }

    @Test
    void takesTheWeightFromComplianceTraderParams() {
        PriceExpectation expectation = PriceExpectation.of(new ComplianceTraderParams(0.1, 0.5, 0.25, 0.01), 4_000);
        // 0.25 * 8,000 + 0.75 * 4,000 = 5,000
        assertEquals(5_000.0, expectation.observe(8_000));
        assertEquals(0.25, expectation.weight());
    }

    @Test
    void rejectsWeightOutsideUnitInterval() {
        assertThrows(IllegalArgumentException.class, () -> new PriceExpectation(0, 1_000));
        assertThrows(IllegalArgumentException.class, () -> new PriceExpectation(1.5, 1_000));
        assertThrows(IllegalArgumentException.class, () -> new PriceExpectation(0.5, -1));
    }
}

package org.carbonsim.cli.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RunFilesTest {
    @Test
    void fenBecomeYuanWithTwoDecimals() {
        assertEquals("0.00", RunFiles.yuan(0));
        assertEquals("0.05", RunFiles.yuan(5));
        assertEquals("-0.05", RunFiles.yuan(-5));
        assertEquals("1234.56", RunFiles.yuan(123_456));
        assertEquals("92233720368547758.07", RunFiles.yuan(Long.MAX_VALUE));
    }

    @Test
    void ratesHaveFourDecimalsRoundedHalfUp() {
        assertEquals("1.0000", RunFiles.rate(1));
        assertEquals("0.1235", RunFiles.rate(0.12345));
        assertEquals("0.3333", RunFiles.rate(1.0 / 3));
    }
}

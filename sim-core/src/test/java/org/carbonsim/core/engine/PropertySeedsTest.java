package org.carbonsim.core.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PropertySeedsTest {
    @Test
    void aRangeGivesEverySeedInItAndASingleSeedGivesItself() {
        assertArrayEquals(
                new long[] {201, 202, 203}, PropertySeeds.parse("201-203").toArray());
        assertArrayEquals(new long[] {92}, PropertySeeds.parse("92").toArray());
    }

    @Test
    void aMalformedRangeSaysWhatItExpected() {
        IllegalArgumentException wrongOrder =
                assertThrows(IllegalArgumentException.class, () -> PropertySeeds.parse("20-10"));
        assertTrue(wrongOrder.getMessage().contains("first seed is above the last"), wrongOrder.getMessage());
        IllegalArgumentException notANumber =
                assertThrows(IllegalArgumentException.class, () -> PropertySeeds.parse("1-x"));
        assertTrue(notANumber.getMessage().contains("FROM-TO"), notANumber.getMessage());
    }

    @Test
    void theNoTradeRuleIsTheQuoteUnlessThePilotsRuleIsNamed() {
        assertEquals("BEST_QUOTE", PropertySeeds.noTradeClose(null));
        assertEquals("BEST_QUOTE", PropertySeeds.noTradeClose(" "));
        assertEquals("PREVIOUS_CLOSE", PropertySeeds.noTradeClose(" PREVIOUS_CLOSE"));
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> PropertySeeds.noTradeClose("previous"));
        assertTrue(e.getMessage().contains("expected PREVIOUS_CLOSE or BEST_QUOTE"), e.getMessage());
    }
}

package org.carbonsim.core.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ParameterTest {
    @Test
    void valuesAreMappedFromTheUnitBoxAndRoundedToTheDecimalsTheScenarioTakes() {
        Parameter price = new Parameter("market.initialPrice", 15, 40, 2);
        assertEquals("$.market.initialPrice", price.path());
        assertEquals(15, price.at(0), 0);
        assertEquals(40, price.at(1), 0);
        assertEquals(27.5, price.at(0.5), 0);
        assertEquals(23.33, price.at(1.0 / 3), 0);
        assertEquals(40, price.at(1.7), 0, "u is clamped into [0, 1]");
        assertEquals("23.33", price.text(23.333333));
        Parameter count = new Parameter("agents.traders[0].count", 10.5, 20.5, 0);
        assertEquals(11, count.round(10.6), 0, "an integer inside the box");
        assertEquals(11, count.round(10.4), 0, "the box's ends round inwards");
        assertEquals(20, count.round(20.5), 0);
        assertEquals(0.5, price.scaled(27.5), 0);
    }

    @Test
    void anEmptyBoxIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Parameter("market.initialPrice", 40, 40, 2));
        assertThrows(IllegalArgumentException.class, () -> new Parameter("market.initialPrice", 1, 2, 13));
    }
}

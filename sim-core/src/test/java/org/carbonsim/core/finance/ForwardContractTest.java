package org.carbonsim.core.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A contract's code and delivery day, worked by hand. */
class ForwardContractTest {
    @Test
    void theCodeIsHbeaWithTheTwoDigitYearAndMonth() {
        assertEquals("HBEA2412", new ForwardContract(2024, 12, 241).code());
        assertEquals("HBEA3003", new ForwardContract(2030, 3, 59).code());
        assertEquals("HBEA0001", new ForwardContract(2100, 1, 0).code());
    }

    @Test
    void aMonthDeliversOnItsLastTradingDay() {
        // 242 trading days: December ends on day 241, March on ceil(3 × 242 / 12) − 1 = 60
        assertEquals(241, ForwardContract.of(2024, 12, 242).deliveryDay());
        assertEquals(60, ForwardContract.of(2024, 3, 242).deliveryDay());
    }
}

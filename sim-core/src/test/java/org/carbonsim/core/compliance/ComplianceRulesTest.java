package org.carbonsim.core.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where the deadline and verification fall in a year of trading days. */
class ComplianceRulesTest {
    private static ComplianceRules rules(int deadlineDay, int leadDays) {
        return ComplianceRules.yearly(
                deadlineDay,
                List.of(),
                1,
                new BankingRule.Allowed(),
                0,
                new PenaltyModel.HubeiStyle(2, 15_000_000, 2),
                leadDays);
    }

    @Test
    void verificationComesTheLeadBeforeTheDeadline() {
        // 242 days: the deadline is day 241 by default, so verification with a 20-day lead is day 221.
        assertEquals(221, rules(ComplianceRules.LAST_TRADING_DAY, 20).verificationDayIn(242));
        assertEquals(241, rules(ComplianceRules.LAST_TRADING_DAY, 20).deadlineDayIn(242));
        assertEquals(100, rules(120, 20).verificationDayIn(242));
        assertEquals(120, rules(120, 0).verificationDayIn(242), "no lead: verified on the deadline day");
        assertEquals(0, rules(10, 20).verificationDayIn(242), "never before the first day");
        assertThrows(IllegalArgumentException.class, () -> rules(120, -1));
    }
}

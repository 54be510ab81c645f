package org.carbonsim.core.mrv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The expected-penalty rule, worked by hand: 1,000,000 t measured, 5% hideable (h = 50,000 t), price
 * CNY 60, fine CNY 500,000 plus the hidden tonnes deducted next year. The saving is (1 − q) × 50,000
 * × 60 = (1 − q) × CNY 3,000,000; the expected cost q × (500,000 + 3,000,000); it hides while q <
 * 3,000,000 ÷ 6,500,000 = 0.4615.
 */
class UnderReportingRuleTest {
    private static MrvRules rules(double auditRate, double detection) {
        return new MrvRules(
                auditRate,
                AuditSelection.RANDOM,
                detection,
                new MisreportingFine(50_000_000L, 0, 1),
                0.05,
                MonitoringMethod.CALCULATION_MEASURED,
                Map.of(),
                Map.of(),
                Map.of());
    }

    @Test
    void hidesTheMaximumWhileTheSavingBeatsTheExpectedPenalty() {
        assertEquals(0.05, UnderReportingRule.hiddenShare(rules(0.1, 0.8), 1_000_000, 6_000));
        assertEquals(0.05, UnderReportingRule.hiddenShare(rules(0.5, 0.92), 1_000_000, 6_000));
        assertEquals(0.0, UnderReportingRule.hiddenShare(rules(0.5, 0.93), 1_000_000, 6_000));
        assertEquals(0.0, UnderReportingRule.hiddenShare(rules(1.0, 0.8), 1_000_000, 6_000));
    }

    @Test
    void theFixedFineDetersSmallFirmsFirst() {
        // q = 0.08: saving 0.92 × 0.05 × E × 60 against 0.08 × (500,000 + 0.05 × E × 60): hides when
        // 2.76 E > 40,000 + 0.24 E, that is E > 15,873 t
        assertEquals(0.0, UnderReportingRule.hiddenShare(rules(0.1, 0.8), 15_873, 6_000));
        assertEquals(0.05, UnderReportingRule.hiddenShare(rules(0.1, 0.8), 15_874, 6_000));
    }

    @Test
    void theExpectedObligationCountsTheBiasAndTheUndetectedHiddenShare() {
        // (1 + 0.10) × (1 − 0.05 × (1 − 0.08)) = 1.1 × 0.954
        assertEquals(
                1.1 * 0.954,
                rules(0.1, 0.8).expectedObligationFactor(MonitoringMethod.CALCULATION_DEFAULT, 0.05),
                1e-12);
        assertEquals(1.0, rules(0.1, 0.8).expectedObligationFactor(MonitoringMethod.CONTINUOUS, 0), 1e-12);
    }
}

package org.carbonsim.core.mrv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The hand-worked case of docs/model.md (MRV): three firms, one audited and detected. A is measured
 * by calculation with measured carbon content (no bias, sd 2%), B by calculation with the default
 * carbon content (bias +10%, sd 3%), C by continuous monitoring (sd 4%); A and C hide 5% of their
 * measured emissions. Audit rate 0.5 at random, detection probability 0.8, a fine of CNY 500,000 plus
 * 1 × the price per hidden tonne at CNY 60, and 1 t deducted next year per hidden tonne.
 */
class VerifierTest {
    private static final MrvRules RULES = new MrvRules(
            0.5,
            AuditSelection.RANDOM,
            0.8,
            new MisreportingFine(50_000_000L, 1.0, 1.0),
            0.05,
            MonitoringMethod.CALCULATION_MEASURED,
            Map.of(),
            Map.of(),
            Map.of("B", MonitoringMethod.CALCULATION_DEFAULT, "C", MonitoringMethod.CONTINUOUS));

    private static final List<FirmReport> REPORTS = List.of(
            new FirmReport("C", "power", 80_000, 100_000, MonitoringMethod.CONTINUOUS, 0.05),
            new FirmReport("A", "power", 100_000, 100_000, MonitoringMethod.CALCULATION_MEASURED, 0.05),
            new FirmReport("B", "power", 50_000, 50_000, MonitoringMethod.CALCULATION_DEFAULT, 0));

    /** A audited (0.2 < 0.5) and detected (0.3 < 0.8); B and C not audited. Errors +1, −1, +0.5 sd. */
    private static final Map<String, Draws> DRAWS = Map.of(
            "A", new Draws(0.2, 0.3, 1.0),
            "B", new Draws(0.7, 0.1, -1.0),
            "C", new Draws(0.9, 0.1, 0.5));

    @Test
    void threeFirmsOneAuditedOneDetectedMatchTheHandWorkedCase() {
        MrvYear year = new Verifier(RULES).verify(2025, REPORTS, DRAWS, 6_000);
        // A: 100,000 × 1.02 = 102,000 measured; hides 5% = 5,100; reports 96,900; found, so surrenders
        // for 102,000; fine 500,000 + 60 × 5,100 = CNY 806,000; 5,100 t deducted next year
        // B: 50,000 × (1 + 0.10 − 0.03) = 53,500 measured and reported; not audited
        // C: 80,000 × (1 + 0.04 × 0.5) = 81,600 measured; hides 4,080; reports 77,520; not audited
        assertEquals(
                List.of(
                        new MrvOutcome(
                                "A",
                                "power",
                                MonitoringMethod.CALCULATION_MEASURED,
                                100_000,
                                102_000,
                                5_100,
                                96_900,
                                true,
                                true,
                                102_000,
                                80_600_000L,
                                5_100),
                        new MrvOutcome(
                                "B",
                                "power",
                                MonitoringMethod.CALCULATION_DEFAULT,
                                50_000,
                                53_500,
                                0,
                                53_500,
                                false,
                                false,
                                53_500,
                                0,
                                0),
                        new MrvOutcome(
                                "C",
                                "power",
                                MonitoringMethod.CONTINUOUS,
                                80_000,
                                81_600,
                                4_080,
                                77_520,
                                false,
                                false,
                                77_520,
                                0,
                                0)),
                year.outcomes());
        assertEquals(230_000, year.trueTonnes());
        assertEquals(227_920, year.reportedTonnes());
        assertEquals(233_020, year.complianceTonnes());
        // the default carbon content's bias outweighs C's hidden tonnes: the scheme counts 3,020 t more
        assertEquals(-3_020, year.undetectedGapTonnes());
        assertEquals(2, year.underReporters());
        assertEquals(1, year.audits());
        assertEquals(1, year.detections());
        assertEquals(5_100, year.correctedTonnes());
        assertEquals(80_600_000L, year.finesFen());
        assertEquals(5_100, year.deductionTonnes());
    }

    @Test
    void riskBasedAuditsTheLowestReportedIntensityInItsSector() {
        MrvRules rules = new MrvRules(
                0.34,
                AuditSelection.RISK_BASED,
                1.0,
                new MisreportingFine(0, 0, 1),
                0.05,
                MonitoringMethod.CALCULATION_MEASURED,
                Map.of(),
                Map.of(),
                Map.of("B", MonitoringMethod.CALCULATION_DEFAULT, "C", MonitoringMethod.CONTINUOUS));
        // reported intensities: A 0.969, B 1.07, C 0.7752 t per unit; the sector's 227,920 ÷ 250,000 =
        // 0.91168; round(0.34 × 3) = 1 report audited: C, the lowest relative to the sector
        MrvYear year = new Verifier(rules).verify(2025, REPORTS, DRAWS, 6_000);
        assertEquals(
                List.of(false, false, true),
                year.outcomes().stream().map(MrvOutcome::audited).toList());
        assertEquals(4_080, year.correctedTonnes());
        assertEquals(4_080, year.deductionTonnes());
        assertEquals(0, year.finesFen());
    }

    @Test
    void drawsAreKeyedBySeedYearAndEnterprise() {
        assertEquals(Draws.of(7, 2025, "A"), Draws.of(7, 2025, "A"));
        List<Draws> others = List.of(Draws.of(8, 2025, "A"), Draws.of(7, 2026, "A"), Draws.of(7, 2025, "B"));
        for (Draws other : others) {
            assertEquals(false, other.equals(Draws.of(7, 2025, "A")), "draws repeat across keys: " + other);
        }
    }
}

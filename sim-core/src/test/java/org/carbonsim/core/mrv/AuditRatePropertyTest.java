package org.carbonsim.core.mrv;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The undetected gap falls as the audit rate rises: for 50 seeded populations of 40 enterprises
 * (sizes, sectors, output and monitoring methods drawn from the seed) and each step of the audit rate
 * from 0 to 1 by 0.05, under random and under risk-based selection, the gap never rises from one
 * step to the next, and it is strictly smaller at full audit than with none whenever anyone hid
 * tonnes. Two forces give it: fewer enterprises find hiding worth it ({@link UnderReportingRule}),
 * and the draws are the same at every rate ({@link Draws}), so a higher rate audits every report a
 * lower one did.
 */
class AuditRatePropertyTest {
    private static final int FIRMS = 40;
    private static final long PRICE_FEN = 6_000;

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 50);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void theUndetectedGapFallsAsTheAuditRateRises(long seed) {
        List<FirmReport> population = population(seed);
        for (AuditSelection selection : AuditSelection.values()) {
            long previous = Long.MAX_VALUE;
            long atZero = 0;
            boolean anyHidden = false;
            for (int step = 0; step <= 20; step++) {
                double rate = step / 20.0;
                MrvRules rules = rules(rate, selection);
                MrvYear year = verify(seed, rules, population);
                long gap = year.undetectedGapTonnes();
                assertTrue(
                        gap <= previous,
                        "seed=" + seed + " " + selection + ": the undetected gap rose from " + previous + " t to " + gap
                                + " t at audit rate " + rate);
                if (step == 0) {
                    atZero = gap;
                    anyHidden = year.hiddenTonnes() > 0;
                }
                previous = gap;
            }
            if (anyHidden) {
                assertTrue(
                        previous < atZero,
                        "seed=" + seed + " " + selection + ": full audit left the gap at " + previous
                                + " t, no lower than " + atZero + " t with none");
            }
        }
    }

    private static MrvRules rules(double auditRate, AuditSelection selection) {
        return new MrvRules(
                auditRate,
                selection,
                0.8,
                new MisreportingFine(5_000_000L, 1, 1),
                0.08,
                MonitoringMethod.CALCULATION_MEASURED,
                Map.of(),
                Map.of(),
                Map.of());
    }

    private static MrvYear verify(long seed, MrvRules rules, List<FirmReport> population) {
        List<FirmReport> reports = new ArrayList<>();
        Map<String, Draws> draws = new HashMap<>();
        for (FirmReport firm : population) {
            long expected = Math.round(
                    firm.trueTonnes() * (1 + rules.errorOf(firm.method()).bias()));
            double share = UnderReportingRule.hiddenShare(rules, expected, PRICE_FEN);
            reports.add(new FirmReport(
                    firm.enterpriseId(), firm.sectorId(), firm.trueTonnes(), firm.outputUnits(), firm.method(), share));
            draws.put(firm.enterpriseId(), Draws.of(seed, 2025, firm.enterpriseId()));
        }
        return new Verifier(rules).verify(2025, reports, draws, PRICE_FEN);
    }

    /** Enterprises of 5,000 t to 2 Mt in three sectors, intensities 0.8 to 1.2, every method. */
    private static List<FirmReport> population(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        MonitoringMethod[] methods = MonitoringMethod.values();
        List<FirmReport> firms = new ArrayList<>();
        for (int i = 0; i < FIRMS; i++) {
            long tonnes = 5_000 + random.nextLong(2_000_000);
            double intensity = 0.8 + 0.4 * random.nextDouble();
            firms.add(new FirmReport(
                    "e" + i,
                    "s" + random.nextInt(3),
                    tonnes,
                    tonnes / intensity,
                    methods[random.nextInt(methods.length)],
                    0));
        }
        return firms;
    }
}

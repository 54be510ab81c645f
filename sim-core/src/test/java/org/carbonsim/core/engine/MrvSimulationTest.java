package org.carbonsim.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.carbonsim.core.mrv.AuditSelection;
import org.carbonsim.core.mrv.MeasurementError;
import org.carbonsim.core.mrv.MisreportingFine;
import org.carbonsim.core.mrv.MonitoringMethod;
import org.carbonsim.core.mrv.MrvRules;
import org.carbonsim.core.mrv.MrvYear;
import org.carbonsim.core.scenario.Scenario;
import org.carbonsim.core.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/** The MRV rules inside a run: what they leave alone, what they move, and what the reference sees. */
class MrvSimulationTest {
    /** Every method measuring exactly. */
    private static final Map<MonitoringMethod, MeasurementError> EXACT = exact();

    private static Map<MonitoringMethod, MeasurementError> exact() {
        Map<MonitoringMethod, MeasurementError> errors = new EnumMap<>(MonitoringMethod.class);
        for (MonitoringMethod method : MonitoringMethod.values()) {
            errors.put(method, new MeasurementError(0, 0));
        }
        return errors;
    }

    private static MrvRules rules(
            double auditRate, AuditSelection selection, double hideShare, MisreportingFine fine, double detection) {
        return new MrvRules(
                auditRate,
                selection,
                detection,
                fine,
                hideShare,
                MonitoringMethod.CALCULATION_MEASURED,
                EXACT,
                Map.of(),
                Map.of());
    }

    private static Scenario withMrv(Scenario s, MrvRules rules) {
        return s.withMrv(Optional.of(rules));
    }

    @Test
    void rulesThatMeasureExactlyAndHideNothingLeaveTheRunAsItWas() {
        Scenario plain = TestScenarios.twoFirmsWithNoise(2);
        Scenario mrv = withMrv(plain, rules(0.3, AuditSelection.RANDOM, 0, new MisreportingFine(0, 0, 1), 0.8));
        RunResult without = Simulation.run(plain, 11);
        RunResult with = Simulation.run(mrv, 11);
        assertEquals(without.years(), with.years());
        assertEquals(without.days(), with.days());
        assertEquals(without.enterprises(), with.enterprises());
        assertEquals(without.ledger(), with.ledger());
        assertTrue(without.mrv().isEmpty(), "a run without MRV rules has no MRV years");
        assertEquals(2, with.mrv().size());
        for (MrvYear year : with.mrv()) {
            assertEquals(year.trueTonnes(), year.complianceTonnes(), "year " + year.year());
            assertEquals(0, year.undetectedGapTonnes(), "year " + year.year());
        }
    }

    /**
     * Both firms hide 10% and no one audits, so each owes 0.9 × what it emits: the reference must
     * land where it lands for firms that emit 10% less and report exactly (the same demand), and the
     * run's surrenders are its compliance emissions.
     */
    @Test
    void theReferenceCountsHiddenTonnesAsTheDemandTheyRemove() {
        Scenario hiding =
                withMrv(twoFirms(1.0), rules(0, AuditSelection.RANDOM, 0.1, new MisreportingFine(0, 0, 1), 0.8));
        RunResult hidden = Simulation.run(hiding, 3);
        RunResult smaller = Simulation.run(twoFirms(0.9), 3);
        assertEquals(
                smaller.years().get(0).equilibriumPriceOneYear(),
                hidden.years().get(0).equilibriumPriceOneYear());
        assertTrue(
                hidden.years().get(0).equilibriumPriceOneYear()
                        < Simulation.run(twoFirms(1.0), 3).years().get(0).equilibriumPriceOneYear(),
                "hiding 10% must lower the reference price");
        MrvYear year = hidden.mrv().get(0);
        assertEquals(year.trueTonnes() - year.complianceTonnes(), year.undetectedGapTonnes());
        assertEquals(year.hiddenTonnes(), year.undetectedGapTonnes());
        long surrendered = hidden.enterprises().stream()
                .mapToLong(e -> e.surrendered() + e.offsets() + e.shortfall())
                .sum();
        assertEquals(year.complianceTonnes(), surrendered);
    }

    /**
     * Risk-based audits of half the reports with certain detection: the firm with the lower reported
     * intensity is caught each year. A deduction of 0.5 instead of 0.25 per hidden tonne changes
     * nothing before the first deadline (no fines), and next year's issuance is lower by exactly the
     * difference of the two deductions.
     */
    @Test
    void aDetectedMisreportLowersNextYearsIssuanceByItsDeduction() {
        Scenario base = TestScenarios.twoFirms(2, 0, "", "", "");
        RunResult half = Simulation.run(
                withMrv(base, rules(0.5, AuditSelection.RISK_BASED, 0.05, new MisreportingFine(0, 0, 0.5), 1)), 9);
        RunResult quarter = Simulation.run(
                withMrv(base, rules(0.5, AuditSelection.RISK_BASED, 0.05, new MisreportingFine(0, 0, 0.25), 1)), 9);
        MrvYear first = half.mrv().get(0);
        assertEquals(1, first.detections());
        assertEquals(first.correctedTonnes(), quarter.mrv().get(0).correctedTonnes());
        assertEquals(half.years().get(0), quarter.years().get(0));
        long hidden = first.correctedTonnes();
        assertEquals((long) Math.ceil(0.5 * hidden), first.deductionTonnes());
        long difference = (long) Math.ceil(0.5 * hidden) - (long) Math.ceil(0.25 * hidden);
        assertTrue(difference > 0, "the two deductions must differ");
        assertEquals(
                quarter.ledger().get(1).issuedTonnes() - difference,
                half.ledger().get(1).issuedTonnes(),
                "year 2's issuance nets the deduction");
    }

    /**
     * Two short firms hide 10% and no one audits, and B exports to the EU: CBAM's effective price of
     * B is what B paid for the allowances it surrendered for its compliance emissions, spread over its
     * true emissions, {@code ⌊P × max(0, C − A) ÷ E⌋}; without the {@code mrv} block the same run
     * reads {@code ⌊P × max(0, E − A) ÷ E⌋}.
     */
    @Test
    void theCbamEffectivePriceIsWhatTheComplianceEmissionsCostSpreadOverTheTrueOnes() {
        String cbam = "\"cbam\": {\"exporters\": [{\"sector\": \"industry\", \"enterprise\": \"B\","
                + " \"goods\": \"CEMENT\", \"euExportShare\": 0.1, \"embeddedIntensity\": 1.0}],"
                + " \"euPrice\": {\"eurPerTonne\": {\"2026\": 80}, \"cnyPerEur\": {\"2026\": 7.8}}}";
        String mrv = "\"mrv\": {\"auditRate\": 0, \"maxUnderReportShare\": 0.1, \"fine\": {\"fixed\": 0},"
                + " \"measurementErrors\": {\"CALCULATION_MEASURED\": {\"bias\": 0, \"sd\": 0}}}";
        long seed = 3;
        RunResult hiding = Simulation.run(exporters(cbam + ", " + mrv), seed);
        long p = hiding.cbam().get(0).allowancePriceFen();
        EnterpriseResult b = enterprise(hiding, "B");
        long compliance = hiding.mrv().get(0).outcomes().stream()
                .filter(o -> o.enterpriseId().equals("B"))
                .findFirst()
                .orElseThrow()
                .complianceTonnes();
        assertTrue(
                compliance < b.emissions() && b.allocation() < compliance,
                "seed " + seed + ": B must hide and be short");
        long effective = hiding.cbam().get(0).effectivePriceFen().orElseThrow();
        assertEquals(p * (compliance - b.allocation()) / b.emissions(), effective, "seed " + seed);
        assertTrue(
                effective < p * (b.emissions() - b.allocation()) / b.emissions(),
                "seed " + seed + ": hiding must lower the effective price");

        RunResult exact = Simulation.run(exporters(cbam), seed);
        EnterpriseResult exactB = enterprise(exact, "B");
        assertEquals(
                exact.cbam().get(0).allowancePriceFen()
                        * (exactB.emissions() - exactB.allocation())
                        / exactB.emissions(),
                exact.cbam().get(0).effectivePriceFen().orElseThrow(),
                "seed " + seed + ": without MRV rules the compliance emissions are the true ones");
    }

    private static EnterpriseResult enterprise(RunResult run, String id) {
        return run.enterprises().stream()
                .filter(e -> e.enterpriseId().equals(id))
                .findFirst()
                .orElseThrow();
    }

    /**
     * Two firms of 100,000 t output at 1 t per t in 2026, each allocated 50,000 t, B abating up to
     * 10% at up to CNY 400, with the blocks {@code blocks} added.
     */
    private static Scenario exporters(String blocks) {
        return twoFirms(2026, 1.0, "{\"type\": \"linear\", \"maxCost\": 400, \"maxShare\": 0.1}", 100_000, blocks);
    }

    /** Two firms of 100,000 t output at {@code intensity} t per t, A abating up to 40% at up to CNY 40. */
    private static Scenario twoFirms(double intensity) {
        return twoFirms(2024, intensity, "{\"type\": \"linear\", \"maxCost\": 120, \"maxShare\": 0.4}", 150_000, "");
    }

    /**
     * Two firms of 100,000 t output at {@code intensity} t per t in {@code year}, allocated {@code
     * capTonnes} on their emissions of the year before, A abating up to 40% at up to CNY 40 and B along
     * {@code abatementOfB}, with {@code blocks} (JSON members, or nothing) added.
     */
    private static Scenario twoFirms(int year, double intensity, String abatementOfB, long capTonnes, String blocks) {
        String firm = "{\"id\": \"%s\", \"name\": \"%s\", \"sector\": \"industry\", \"baseOutput\": 100000,"
                + " \"emissionIntensity\": " + intensity + ", \"abatement\": %s,"
                + " \"history\": [{\"year\": " + (year - 1) + ", \"output\": 100000, \"emissions\": 100000}]}";
        String json = "{\"schemaVersion\": 1, \"name\": \"two-firms\", \"seed\": 5,"
                + " \"calendar\": {\"startYear\": " + year + ", \"years\": 1, \"tradingDaysPerYear\": 40},"
                + " \"market\": {\"initialPrice\": 40.00},"
                + " \"sectors\": [{\"id\": \"industry\", \"name\": \"Industry\", \"productUnit\": \"t\","
                + " \"allocation\": {\"type\": \"historicalEmissions\", \"baseYears\": [" + (year - 1) + "]}}],"
                + " \"enterprises\": ["
                + String.format(firm, "A", "A", "{\"type\": \"linear\", \"maxCost\": 40, \"maxShare\": 0.4}") + ", "
                + String.format(firm, "B", "B", abatementOfB)
                + "], \"allocation\": {\"cap\": {\"type\": \"given\", \"byYear\": {\"" + year + "\": " + capTonnes
                + "}},"
                + " \"preAllocationShare\": 1.0}" + (blocks.isEmpty() ? "" : ", " + blocks) + "}";
        return ScenarioLoader.parse(json, "two-firms.json", Path.of("."));
    }
}

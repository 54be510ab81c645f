package org.carbonsim.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.carbonsim.core.montecarlo.Metric;
import org.carbonsim.core.scenario.Scenario;
import org.carbonsim.core.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks the efficiency a run reports: against the banking-aware reference where banking is allowed,
 * undefined (never 0) where a year needs no abatement, and at most 1 when penalties replace abatement.
 */
class ReferenceEfficiencyTest {
    /**
     * Two firms of 100,000 t BAU, A abating up to 40% on a linear MAC to 40 yuan, B unable to abate,
     * with the given caps by year from 2024 and compliance fields.
     */
    private static Scenario twoFirms(long[] caps, String compliance) {
        return twoFirms(caps, "\"initialPrice\": 40.00", compliance, 100_000);
    }

    /**
     * {@link #twoFirms(long[], String)} with the market object's fields and A's 2023 emissions, which
     * set its share of the historical allocation.
     */
    private static Scenario twoFirms(long[] caps, String market, String compliance, long historyOfA) {
        StringBuilder byYear = new StringBuilder();
        for (int y = 0; y < caps.length; y++) {
            byYear.append(y == 0 ? "" : ", ")
                    .append("\"")
                    .append(2024 + y)
                    .append("\": ")
                    .append(caps[y]);
        }
        String json = "{\"schemaVersion\": 1, \"name\": \"two-firms\", \"description\": \"engine test\", \"seed\": 5,"
                + " \"calendar\": {\"startYear\": 2024, \"years\": " + caps.length + ", \"tradingDaysPerYear\": 40},"
                + " \"market\": {" + market + "},"
                + " \"sectors\": [{\"id\": \"industry\", \"name\": \"Industry\", \"productUnit\": \"t\","
                + " \"allocation\": {\"type\": \"historicalEmissions\", \"baseYears\": [2023]}}],"
                + " \"enterprises\": ["
                + " {\"id\": \"A\", \"name\": \"A\", \"sector\": \"industry\", \"baseOutput\": 100000,"
                + " \"emissionIntensity\": 1.0, \"abatement\": {\"type\": \"linear\", \"maxCost\": 40, \"maxShare\": 0.4},"
                + " \"history\": [{\"year\": 2023, \"output\": 100000, \"emissions\": " + historyOfA + "}]},"
                + " {\"id\": \"B\", \"name\": \"B\", \"sector\": \"industry\", \"baseOutput\": 100000,"
                + " \"emissionIntensity\": 1.0, \"abatement\": {\"type\": \"none\"},"
                + " \"history\": [{\"year\": 2023, \"output\": 100000, \"emissions\": 100000}]}],"
                + " \"coverage\": {\"thresholds\": [{\"fromYear\": 2024, \"emissionsTonnes\": 13000}]},"
                + " \"allocation\": {\"cap\": {\"type\": \"given\", \"byYear\": {" + byYear + "}},"
                + " \"preAllocationShare\": 1.0},"
                + " \"agents\": {\"defaultStrategy\": \"COMPLIANCE\"}, \"policy\": {},"
                + " \"compliance\": {" + compliance + "}}";
        return ScenarioLoader.parse(json, "two-firms.json", Path.of("."));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void efficiencyIsAtMostOneWhenAThinMarketLeavesTheGapToFines(long seed) {
        // A gets 80,000 t of the 130,000 t cap and abates the 20,000 t it needs; at CNY 10 with a
        // 1% band its MAC (CNY 20 there) is above the price, so it sells nothing, and B pays the
        // CNY 30 fine on its 50,000 t short. The reference has A abate 30,000 t, up to the fine.
        // Counting abatement only, efficiency read 45 ÷ 20 = 2.25; with fines on both sides 0.97.
        RunResult result = Simulation.run(
                twoFirms(
                        new long[] {130_000},
                        "\"initialPrice\": 10.00, \"limitPct\": 1",
                        "\"penalty\": {\"type\": \"eu\", \"perTonne\": 30, \"makeGood\": false}",
                        160_000),
                seed);

        YearResult year = result.years().get(0);
        assertTrue(year.penalties() > 0, "seed=" + seed + ": the gap exceeds A's potential: " + year);
        assertTrue(
                year.abatementCost() < year.leastCostAbatementCost(),
                "seed=" + seed + ": fines replaced abatement " + year);
        double efficiency = year.efficiency().orElseThrow();
        assertTrue(efficiency <= 1.001, "seed=" + seed + ": efficiency " + efficiency + " above 1: " + year);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void efficiencyIsAtMostOneWhenPenaltiesReplaceAbatement(long seed) {
        // 200,000 t BAU against a 130,000 t cap: A's 40,000 t of potential leave 30,000 t to penalties.
        RunResult result = Simulation.run(twoFirms(new long[] {130_000}, ""), seed);

        YearResult year = result.years().get(0);
        assertTrue(year.penalties() > 0, "seed=" + seed + ": the gap exceeds A's potential: " + year);
        double efficiency = year.efficiency().orElseThrow();
        assertTrue(efficiency <= 1.001, "seed=" + seed + ": efficiency " + efficiency + " above 1: " + year);
        assertTrue(
                year.realisedCost() >= year.abatementCost() + year.penalties(),
                "seed=" + seed + ": realised cost counts abatement and fines: " + year);
    }

    @Test
    void aYearWithASurplusHasNoOneYearEfficiencyButTheBankingReferenceDoes() {
        // 2024 has 10,000 t more than BAU; 2025 is short by 60,000 t. The one-year reference of 2024
        // needs nothing; the banking reference has A abate in 2024 too, at 2025's price ÷ 1.05.
        RunResult result = Simulation.run(twoFirms(new long[] {210_000, 140_000}, ""), 1);

        YearResult first = result.years().get(0);
        YearResult second = result.years().get(1);
        assertEquals(0, first.equilibriumPriceOneYear(), first.toString());
        assertTrue(first.efficiencyOneYear().isEmpty(), "undefined, not 0: " + first);
        assertTrue(first.equilibriumPrice() > 0, "the bank gives 2024 a price: " + first);
        assertEquals(
                first.equilibriumPrice() * 1.05,
                second.equilibriumPrice(),
                1.0,
                "Hotelling at the default 5% while the bank is positive: " + result.years());
        assertTrue(first.leastCostAbatementCost() > 0, first.toString());
    }

    @Test
    void withBankingForbiddenTheHeadlineIsTheOneYearReference() {
        RunResult result =
                Simulation.run(twoFirms(new long[] {210_000, 140_000}, "\"banking\": {\"type\": \"forbidden\"}"), 1);

        for (YearResult year : result.years()) {
            assertEquals(year.equilibriumPriceOneYear(), year.equilibriumPrice(), year.toString());
            assertEquals(year.leastCostAbatementCostOneYear(), year.leastCostAbatementCost(), year.toString());
            assertEquals(year.efficiencyOneYear(), year.efficiency(), year.toString());
        }
        assertTrue(result.years().get(0).efficiency().isEmpty(), "a surplus year has no efficiency");
    }

    @Test
    void aRunWithNothingToAbateHasAnUndefinedRunEfficiencyThatStudiesSkip() {
        RunResult result = Simulation.run(twoFirms(new long[] {210_000}, ""), 1);

        assertTrue(result.years().get(0).efficiency().isEmpty(), result.years().toString());
        assertTrue(Double.isNaN(Metric.EFFICIENCY.of(result)), "NaN, which Summary.ofDefined skips, not 0");
    }

    @Test
    void theRunEfficiencyIsTheReferenceCostOverTheRealisedCostOfTheDefinedYears() {
        RunResult result = Simulation.run(twoFirms(new long[] {210_000, 140_000}, ""), 1);

        double reference = 0;
        double realised = 0;
        for (YearResult year : result.years()) {
            if (year.efficiency().isPresent()) {
                reference += year.efficiency().getAsDouble() * year.realisedCost();
                realised += year.realisedCost();
            }
        }
        assertTrue(realised > 0, result.years().toString());
        assertEquals(reference / realised, Metric.EFFICIENCY.of(result), 1e-12);
    }
}

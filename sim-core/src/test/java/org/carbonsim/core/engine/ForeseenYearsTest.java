package org.carbonsim.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.carbonsim.core.scenario.Scenario;
import org.carbonsim.core.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * Firms that foresee the least-cost path ({@code bankValue: FORESIGHT}) foresee each later year as its
 * coverage and allocation rules would make it: a sector that leaves the scheme takes its enterprises
 * and their allowances with it, and allowances allocated below a cap that does not bind are foreseen
 * as allocated, not as the cap.
 *
 * <p>The market: firms of 100,000 t business-as-usual emissions, each with a linear curve to CNY 100
 * at half its emissions (a marginal cost of 0.002 CNY per tonne abated), allocated their 2023
 * emissions. The run is 2024 alone and the firms foresee 2025 past it, at a discount rate of 5%: at a
 * price p in 2024 and 1.05 p in 2025 a firm abates p / 0.002 t and 1.05 p / 0.002 t. A later year's
 * credits capped on allocation are capped on that year's allocation.
 */
class ForeseenYearsTest {
    private static final String FIRM =
            """
            {"id": "%s", "sector": "%s", "baseOutput": 100000, "emissionIntensity": 1.0,
             "abatement": {"type": "linear", "maxCost": 100, "maxShare": 0.5},
             "history": [{"year": 2023, "output": 100000, "emissions": 100000}]}""";

    private static final String TEMPLATE =
            """
            {"schemaVersion": 1, "name": "foreseen-years", "description": "engine test", "seed": 3,
             "calendar": {"startYear": 2024, "years": 1, "tradingDaysPerYear": 60},
             "market": {"initialPrice": 1.00, "limitPct": 10},
             "sectors": [{"id": "industry", "name": "Industry", "productUnit": "t",
                          "allocation": {"type": "historicalEmissions", "baseYears": [2023]}}%s],
             "enterprises": [%s],
             "coverage": {"thresholds": [{"fromYear": 2024, "emissionsTonnes": 1000}]},
             "allocation": {"cap": {"type": "given", "byYear": {"2024": %d, "2025": %d}},
                            "preAllocationShare": 1.0},
             "agents": {"defaultStrategy": "COMPLIANCE",
                        "compliance": {"bankValue": "FORESIGHT", "foresightYearsAfterRun": 1}},
             "compliance": {"banking": {"type": "allowed"}, "discountRate": 0.05,
                            "penalty": {"type": "eu", "perTonne": 200, "makeGood": true}%s}}
            """;

    private static YearResult run(String extraSectors, String enterprises, long cap2024, long cap2025) {
        return run(extraSectors, enterprises, cap2024, cap2025, "");
    }

    private static YearResult run(
            String extraSectors, String enterprises, long cap2024, long cap2025, String complianceEntries) {
        String json = TEMPLATE.formatted(extraSectors, enterprises, cap2024, cap2025, complianceEntries);
        Scenario scenario = ScenarioLoader.parse(json, "foreseen-years.json", Path.of("."));
        return Simulation.run(scenario, 3).years().get(0);
    }

    private static void assertAbatement(long expected, YearResult year) {
        assertEquals(1.0, year.complianceRate());
        assertTrue(
                Math.abs(year.abatement() - expected) <= 0.01 * expected,
                "abatement " + year.abatement() + " t against the path's " + expected + " t");
    }

    @Test
    void aSectorThatLeavesTheSchemeTakesItsEmissionsAndItsAllowancesWithIt() {
        // power (firm P) is covered in 2024 only; the cap falls from 300,000 t to 120,000 t for the two
        // industrial firms. Foreseen as it will be, 2025 lacks 200,000 - 120,000 = 80,000 t:
        // (3 p + 2 x 1.05 p) / 0.002 = 80,000 gives p = CNY 31.37, and the three firms abate 3 p / 0.002 =
        // 47,059 t in 2024. With 2025 foreseen as the same three firms under 120,000 t (the cap's ratio,
        // 0.4, applied to 2024's issue) it would lack 180,000 t, at p = CNY 58.54 and 87,805 t.
        String power =
                ", {\"id\": \"power\", \"name\": \"Power\", \"productUnit\": \"MWh\", \"coveredUntilYear\": 2024,"
                        + " \"allocation\": {\"type\": \"historicalEmissions\", \"baseYears\": [2023]}}";
        String firms = String.join(
                ",", FIRM.formatted("A", "industry"), FIRM.formatted("B", "industry"), FIRM.formatted("P", "power"));
        YearResult year = run(power, firms, 300_000, 120_000);
        assertAbatement(3 * Math.round(80_000 * 0.002 / 5.1 / 0.002), year);
    }

    @Test
    void allowancesAllocatedBelowACapThatDoesNotBindAreForeseenAsAllocated() {
        // the cap of 1,000,000 t in 2024 and 600,000 t in 2025 binds neither year: each firm is allocated
        // its 100,000 t in both, so nothing is lacking and a banked tonne is worth nothing; both firms
        // are long, nothing trades, and each abates up to the offers standing at the band's foot, CNY
        // 0.90: 450 t each (500 t at the close of CNY 1.00 nobody buys at). Scaling 2024's 200,000 t by the
        // cap's ratio, 0.6, would foresee 80,000 t lacking in 2025, a bank value of CNY 39.02 and
        // 39,020 t abated.
        String firms = String.join(",", FIRM.formatted("A", "industry"), FIRM.formatted("B", "industry"));
        YearResult year = run("", firms, 1_000_000, 600_000);
        assertEquals(1.0, year.complianceRate());
        assertEquals(900, year.abatement(), "abatement at the standing offers alone");
    }

    @Test
    void creditsCappedOnAllocationAreForeseenOnTheLaterYearsAllocation() {
        // the cap falls from 200,000 t to 100,000 t for the two firms; credits at CNY 10 may cover 10% of
        // a firm's allocation: 20,000 t in 2024 (banked in place of allowances), 10,000 t in 2025. The
        // path lacks 100,000 - 20,000 - 10,000 = 70,000 t: (2 p + 2 x 1.05 p) / 0.002 = 70,000 gives
        // p = CNY 34.15, and the firms abate 2 p / 0.002 = 34,146 t in 2024. With 2025's credits capped
        // on 2024's allocation (20,000 t) it would lack 60,000 t, at p = CNY 29.27 and 29,268 t.
        String firms = String.join(",", FIRM.formatted("A", "industry"), FIRM.formatted("B", "industry"));
        String credits = ", \"offsets\": [{\"id\": \"ccer\", \"kind\": \"CCER\", \"supplyTonnesPerYear\": 1000000,"
                + " \"price\": 10.00, \"capShare\": 0.1, \"capBase\": \"ALLOCATION\"}]";
        YearResult year = run("", firms, 200_000, 100_000, credits);
        assertAbatement(2 * Math.round(70_000 * 0.002 / 4.1 / 0.002), year);
    }
}

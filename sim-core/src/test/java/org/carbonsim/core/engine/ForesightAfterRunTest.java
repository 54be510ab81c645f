package org.carbonsim.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.carbonsim.core.scenario.Scenario;
import org.carbonsim.core.scenario.ScenarioException;
import org.carbonsim.core.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * {@code agents.compliance.foresightYearsAfterRun}: firms that foresee the cap's rule past the run's
 * last year value an allowance banked in it by the scarcity to come, abate ahead of it and bank; and
 * they count every allowance in circulation, a trader group's stock too, as part of what they can
 * carry, so they buy that stock below the bank value.
 *
 * <p>The market: two identical firms of 100,000 t business-as-usual emissions, each with a linear
 * curve to CNY 100 at half its emissions (a marginal cost of 0.002 CNY per tonne abated), allocated
 * their emissions in 2024 (a cap of 200,000 t). The run is 2024 alone; the cap listed for 2025 is
 * 120,000 t, which only foresight past the run sees. At a discount rate of 5% the least-cost path
 * over 2024–2025 abates the 80,000 t the two years lack with the price rising 5%: each firm abates
 * p / 0.002 t a year at price p, so 2 × (p + 1.05 p) / 0.002 = 80,000 and p = CNY 39.02 in 2024,
 * the bank value (next year's price discounted a year).
 */
class ForesightAfterRunTest {
    private static final String TEMPLATE =
            """
            {"schemaVersion": 1, "name": "foresight-after-run", "description": "engine test", "seed": 3,
             "calendar": {"startYear": 2024, "years": 1, "tradingDaysPerYear": 60},
             "market": {"initialPrice": 1.00, "limitPct": 10},
             "sectors": [{"id": "industry", "name": "Industry", "productUnit": "t",
                          "allocation": {"type": "historicalEmissions", "baseYears": [2023]}}],
             "enterprises": [
               {"id": "A", "sector": "industry", "baseOutput": 100000, "emissionIntensity": 1.0,
                "abatement": {"type": "linear", "maxCost": 100, "maxShare": 0.5},
                "history": [{"year": 2023, "output": 100000, "emissions": 100000}]},
               {"id": "B", "sector": "industry", "baseOutput": 100000, "emissionIntensity": 1.0,
                "abatement": {"type": "linear", "maxCost": 100, "maxShare": 0.5},
                "history": [{"year": 2023, "output": 100000, "emissions": 100000}]}],
             "coverage": {"thresholds": [{"fromYear": 2024, "emissionsTonnes": 1000}]},
             "allocation": {"cap": {"type": "given", "byYear": {"2024": 200000, "2025": 120000}},
                            "preAllocationShare": 1.0},
             "agents": {"defaultStrategy": "COMPLIANCE",
                        "compliance": {"bankValue": "FORESIGHT", "foresightYearsAfterRun": %d}%s},
             "compliance": {"banking": {"type": "allowed"}, "discountRate": 0.05,
                            "penalty": {"type": "eu", "perTonne": 200, "makeGood": true}}}
            """;

    private static RunResult run(int yearsAfterRun, String traders) {
        String json = TEMPLATE.formatted(yearsAfterRun, traders);
        Scenario scenario = ScenarioLoader.parse(json, "foresight-after-run.json", Path.of("."));
        return Simulation.run(scenario, 3);
    }

    @Test
    void firmsForeseeingTheCapAfterTheRunAbateAheadAndBankAtTheLeastCostPrice() {
        YearResult ending = run(0, "").years().get(0);
        // with the foresight ending with the run a banked tonne is worth nothing: both firms are long,
        // nothing trades and the close stays at CNY 1.00, while their asks stand at the band's foot,
        // CNY 0.90, all year; at verification each firm abates up to what a tonne could trade at, the
        // standing offer, 450 t (500 t at the stale close)
        assertEquals(900, ending.abatement());

        YearResult foreseeing = run(1, "").years().get(0);
        assertEquals(1.0, foreseeing.complianceRate());
        // each firm abates to where its marginal cost meets the bank value, CNY 39.02: 19,510 t
        long pathAbatement = 2 * Math.round(39.02 / 0.002);
        assertTrue(
                Math.abs(foreseeing.abatement() - pathAbatement) <= 0.01 * pathAbatement,
                "abatement " + foreseeing.abatement() + " t against the path's " + pathAbatement);
        assertEquals(foreseeing.abatement(), foreseeing.banked(), "what the firms abate they bank");
    }

    @Test
    void firmsForeseeingScarcityBuyATraderGroupsStockBelowTheBankValue() {
        // 20 noise traders hold 1,500 t each, 30,000 t: counted, the two years lack 50,000 t and the
        // path's price is CNY 24.39 (2 × 2.05 p / 0.002 = 50,000), where each firm abates 12,195 t
        String noise = ", \"traders\": [{\"type\": \"noiseTraders\", \"count\": 20, \"dailyProbability\": 0.5,"
                + " \"maxOrderTonnes\": 300, \"cash\": 100000, \"holdingsTonnes\": 1500, \"priceSpread\": 0.02}]";
        RunResult ending = run(0, noise);
        assertEquals(
                0,
                ending.enterprises().stream()
                        .mapToLong(EnterpriseResult::bought)
                        .sum(),
                "without foresight past the run the firms have no use for the stock");

        RunResult foreseeing = run(1, noise);
        YearResult year = foreseeing.years().get(0);
        assertEquals(1.0, year.complianceRate());
        long pathAbatement = 2 * Math.round(24.39 / 0.002);
        assertTrue(
                Math.abs(year.abatement() - pathAbatement) <= 0.01 * pathAbatement,
                "abatement " + year.abatement() + " t against the path's " + pathAbatement);
        long net = foreseeing.enterprises().stream()
                .mapToLong(e -> e.bought() - e.sold())
                .sum();
        assertTrue(net >= 25_000, "the firms buy most of the traders' 30,000 t to bank it: net " + net + " t");
        assertEquals(year.abatement() + net, year.banked(), "they bank what they abate and what they bought");
    }

    @Test
    void foresightPastTheRunIsRefusedWhereTheForeseenEmissionsCouldNotBeCounted() {
        // firm A grows 90% a year: countable over the run and a year past it, not over a century
        String json = TEMPLATE.formatted(100, "")
                .replaceFirst("\"emissionIntensity\": 1.0,", "\"emissionIntensity\": 1.0, \"growthRate\": 0.9,");
        ScenarioException refused = assertThrows(
                ScenarioException.class, () -> ScenarioLoader.parse(json, "foresight-after-run.json", Path.of(".")));
        assertTrue(
                refused.getMessage()
                        .contains("$.agents.compliance.foresightYearsAfterRun: the firms foresee 100 years past the"
                                + " run's last year, 2024, and there enterprise \"A\": its trend"),
                refused.getMessage());
        String oneYear = TEMPLATE.formatted(1, "")
                .replaceFirst("\"emissionIntensity\": 1.0,", "\"emissionIntensity\": 1.0, \"growthRate\": 0.9,");
        assertEquals(
                1,
                ScenarioLoader.parse(oneYear, "foresight-after-run.json", Path.of("."))
                        .calendar()
                        .years());
    }
}

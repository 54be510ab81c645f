package org.carbonsim.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.carbonsim.core.scenario.Scenario;
import org.carbonsim.core.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * Firms that foresee the least-cost path ({@code bankValue: FORESIGHT}) take an allowance to be worth
 * the year's own price on the path where the path carries nothing out of the year, here the run's last
 * year: a long firm neither sells below it nor abates less than where its marginal cost reaches it,
 * though a tonne left after the year is worth nothing.
 *
 * <p>The market, run for 2024 alone: two firms of 100,000 t business-as-usual emissions, each with a
 * linear curve to CNY 100 at half its emissions (a marginal cost of 0.002 CNY per tonne abated),
 * allocated their 2023 emissions: A 120,000 t (20,000 t long), B 40,000 t (60,000 t short). The year
 * lacks 40,000 t, so its least-cost price is p with 2 p / 0.002 = 40,000, CNY 40, and each firm abates
 * 20,000 t: A sells its 20,000 t surplus and the 20,000 t it abates to B.
 */
class ForesightLastYearTest {
    private static final String SCENARIO =
            """
            {"schemaVersion": 1, "name": "foresight-last-year", "description": "engine test", "seed": 3,
             "calendar": {"startYear": 2024, "years": 1, "tradingDaysPerYear": 60},
             "market": {"initialPrice": 36.00, "limitPct": 10, "noTradeClose": "BEST_QUOTE"},
             "sectors": [{"id": "industry", "name": "Industry", "productUnit": "t",
                          "allocation": {"type": "historicalEmissions", "baseYears": [2023]}}],
             "enterprises": [
               {"id": "A", "sector": "industry", "baseOutput": 100000, "emissionIntensity": 1.0,
                "abatement": {"type": "linear", "maxCost": 100, "maxShare": 0.5},
                "history": [{"year": 2023, "output": 100000, "emissions": 120000}]},
               {"id": "B", "sector": "industry", "baseOutput": 100000, "emissionIntensity": 1.0,
                "abatement": {"type": "linear", "maxCost": 100, "maxShare": 0.5},
                "history": [{"year": 2023, "output": 100000, "emissions": 40000}]}],
             "coverage": {"thresholds": [{"fromYear": 2024, "emissionsTonnes": 1000}]},
             "allocation": {"cap": {"type": "given", "byYear": {"2024": 160000}}, "preAllocationShare": 1.0},
             "agents": {"defaultStrategy": "COMPLIANCE", "compliance": {"bankValue": "FORESIGHT"}},
             "compliance": {"banking": {"type": "allowed"}, "discountRate": 0.05,
                            "penalty": {"type": "eu", "perTonne": 200, "makeGood": true}}}
            """;

    @Test
    void aLongFirmHoldsItsSurplusAtTheYearsForeseenPriceInTheLastYear() {
        Scenario scenario = ScenarioLoader.parse(SCENARIO, "foresight-last-year.json", Path.of("."));
        RunResult run = Simulation.run(scenario, 3);
        YearResult year = run.years().get(0);
        assertEquals(1.0, year.complianceRate());
        EnterpriseResult a = run.enterprises().stream()
                .filter(e -> e.enterpriseId().equals("A"))
                .findFirst()
                .orElseThrow();
        // A abates where its marginal cost meets CNY 40, 20,000 t, the path's
        assertTrue(Math.abs(a.abatement() - 20_000) <= 200, "A abated " + a.abatement() + " t, the path's 20,000");
        // the market opens at CNY 36 and a day without trades closes at the best quote: A, to whom a
        // tonne is worth the year's CNY 40, sells none below it; taking it to be worth nothing (a tonne
        // left after the run's last year), it sold into the band on the way up, at CNY 38.52 on average
        assertTrue(
                year.vwapFen() >= 3_980,
                "the year trades at its foreseen price, CNY 40: VWAP " + year.vwapFen() + " fen");
    }
}

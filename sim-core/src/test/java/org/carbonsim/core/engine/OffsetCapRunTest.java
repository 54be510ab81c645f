package org.carbonsim.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.carbonsim.core.offsets.OffsetYear;
import org.carbonsim.core.scenario.Scenario;
import org.carbonsim.core.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * The CCER cap of a two-firm market with a pipeline: each firm is allocated 100,000 t × 0.9 = 90,000 t
 * and may cover 5% of it, 4,500 t, with CCER credits at CNY 5, well below the allowance price (the
 * textbook price without credits is CNY 15). The forestry projects started in 2022 are registered in
 * 2023 and their 2023 vintage is issued in 2024.
 */
class OffsetCapRunTest {
    private static Scenario twoFirms(long reductionTonnesPerProject) {
        String json =
                """
                {
                  "schemaVersion": 1,
                  "name": "two-firms-ccer",
                  "seed": 20240101,
                  "calendar": {"startYear": 2024, "years": 1},
                  "market": {"initialPrice": 40.00, "limitPct": 10, "noTradeClose": "BEST_QUOTE"},
                  "sectors": [{"id": "industry", "productUnit": "t product",
                               "allocation": {"type": "historicalEmissions", "baseYears": [2023]}}],
                  "enterprises": [
                    {"id": "A", "sector": "industry", "baseOutput": 100000, "emissionIntensity": 1.0,
                     "abatement": {"type": "linear", "maxCost": 40, "maxShare": 0.4},
                     "history": [{"year": 2023, "output": 100000, "emissions": 100000}]},
                    {"id": "B", "sector": "industry", "baseOutput": 100000, "emissionIntensity": 1.0,
                     "abatement": {"type": "linear", "maxCost": 120, "maxShare": 0.4},
                     "history": [{"year": 2023, "output": 100000, "emissions": 100000}]}
                  ],
                  "coverage": {"thresholds": [{"fromYear": 2024, "emissionsTonnes": 13000}]},
                  "allocation": {"cap": {"type": "given", "byYear": {"2024": 180000}},
                                 "preAllocationShare": 1.0, "marketAdjustmentFactor": 0.9},
                  "agents": {"defaultStrategy": "COMPLIANCE"},
                  "compliance": {"offsets": [{"id": "ccer", "price": 5, "capShare": 0.05,
                    "pipeline": {"types": [{"id": "forestry", "reductionTonnesPerYear": %d,
                                            "startsByYear": {"2022": 1}}]}}]}
                }
                """
                        .formatted(reductionTonnesPerProject);
        return ScenarioLoader.parse(json, "two-firms-ccer.json", Path.of("."));
    }

    @Test
    void theCapBindsWhenThePipelineOffersMoreThanTheFirmsMayUse() {
        RunResult result = Simulation.run(twoFirms(50_000), 20240101);
        OffsetYear ccer = result.offsets().years().get(0);
        assertEquals(50_000, ccer.offeredTonnes());
        assertEquals(9_000, ccer.usedTonnes(), "2 × 4,500 t, the firms' caps");
        assertEquals(41_000, ccer.carriedTonnes());
        assertEquals(500, ccer.priceFen().getAsLong());
        assertEquals(9_000, result.years().get(0).offsetsUsed());
    }

    @Test
    void theSupplyBindsWhenThePipelineOffersLessThanTheCaps() {
        RunResult result = Simulation.run(twoFirms(3_000), 20240101);
        OffsetYear ccer = result.offsets().years().get(0);
        assertEquals(3_000, ccer.offeredTonnes());
        assertEquals(3_000, ccer.usedTonnes(), "each firm gets 3,000 / 9,000 of its 4,500 t cap: 1,500 t");
        assertEquals(0, ccer.carriedTonnes());
        assertEquals(1_500, result.enterprises().get(0).offsets());
    }

    @Test
    void creditsLowerTheReferenceAllowancePrice() {
        RunResult result = Simulation.run(twoFirms(50_000), 20240101);
        // without credits the gap of 20,000 t closes at CNY 15 (1,000 + 333⅓ t per yuan); with 9,000 t of
        // credits the 11,000 t left close at CNY 8.25: an effect of -6.75
        assertEquals(-675.0, (double) result.offsets().years().get(0).allowancePriceEffectFen(), 1.0);
    }
}

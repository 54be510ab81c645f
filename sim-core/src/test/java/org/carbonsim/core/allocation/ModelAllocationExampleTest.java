package org.carbonsim.core.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.carbonsim.core.scenario.Scenario;
import org.carbonsim.core.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * The example worked by hand in docs/model.md, "Allocation: each covered firm's free allowances": a
 * grandfathered firm and a benchmark firm under a given cap that binds, allocated by the trial table.
 */
class ModelAllocationExampleTest {
    private static final String SCENARIO =
            """
            {"schemaVersion": 1, "name": "model-example", "calendar": {"startYear": 2024, "years": 1},
             "market": {"initialPrice": 40, "limitPct": 10},
             "sectors": [
               {"id": "cement", "allocation": {"type": "benchmark", "benchmark": 0.848}},
               {"id": "paper", "allocation": {"type": "historicalEmissions", "baseYears": [2021, 2022, 2023],
                                              "controlFactor": 0.97}}],
             "enterprises": [
               {"id": "C", "sector": "cement", "baseOutput": 1000000, "emissionIntensity": 0.85,
                "history": [{"year": 2023, "output": 1000000, "emissions": 850000}]},
               {"id": "P", "sector": "paper", "baseOutput": 200000, "emissionIntensity": 0.9, "operatingDays": 330,
                "history": [{"year": 2021, "output": 190000, "emissions": 170000},
                            {"year": 2022, "output": 195000, "emissions": 176000},
                            {"year": 2023, "output": 200000, "emissions": 181000}]}],
             "allocation": {"cap": %s, "governmentReserveShare": 0.08, "preAllocationShare": 0.5}}
            """;

    private static AllocationTable table(String cap) {
        Scenario s = ScenarioLoader.parse(SCENARIO.formatted(cap), "model-example.json", Path.of("."));
        return TrialAllocation.compute(s.allocation(), s.coverage(), s.sectors(), s.enterprises(), 2024, 2024);
    }

    @Test
    void theWorkedExampleOfTheModel() {
        // 175,666.67 × 0.97 × 330 ÷ 365 = 154,057.26 t; half of it pre-allocated
        AllocationTable derived = table("{\"type\": \"fromAllocation\"}");
        assertEquals(1, derived.marketAdjustmentFactor());
        assertEquals(154_057, derived.line("P").allocationTonnes());
        assertEquals(77_029, derived.line("P").preAllocationTonnes());
        assertEquals(848_000, derived.line("C").allocationTonnes());
        // a cap of 1,000,000 t less 8% leaves 920,000 t for 1,002,057.26 t raw: MAF 0.918111
        AllocationTable bound = table("{\"type\": \"given\", \"byYear\": {\"2024\": 1000000}}");
        assertEquals(920_000, bound.freePoolTonnes());
        assertEquals(0.918111, bound.marketAdjustmentFactor(), 5e-7);
        assertEquals(778_558, bound.line("C").allocationTonnes());
        assertEquals(141_442, bound.line("P").allocationTonnes());
        assertEquals(389_279, bound.line("C").preAllocationTonnes());
    }
}

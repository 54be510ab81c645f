package org.carbonsim.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.carbonsim.core.scenario.Scenario;
import org.junit.jupiter.api.Test;

class SectorResultTest {
    @Test
    void sectorCostsAndCoveredEmissionsAddUpToTheYear() {
        // A abates, B buys or is short, cheap offsets are on offer: every cost the year counts shows up
        Scenario scenario = TestScenarios.twoFirms(
                2,
                0.05,
                "",
                "",
                "",
                "\"offsets\": [{\"id\": \"ccer\", \"supplyTonnesPerYear\": 5000, \"price\": 5}]",
                "");
        RunResult result = Simulation.run(scenario, 11);
        long offsetCosts = 0;
        for (YearResult year : result.years()) {
            long abatementCost = 0;
            long coveredEmissions = 0;
            long realised = 0;
            for (SectorResult s : result.sectors()) {
                if (s.year() == year.year()) {
                    abatementCost += s.abatementCost();
                    coveredEmissions += s.coveredEmissions();
                    realised += s.abatementCost() + s.offsetCost() + s.penalty();
                    offsetCosts += s.offsetCost();
                }
            }
            assertEquals(year.abatementCost(), abatementCost, "abatement cost, " + year.year());
            assertEquals(year.coveredEmissions(), coveredEmissions, "covered emissions, " + year.year());
            assertEquals(year.realisedCost(), realised, "abatement + offsets + fines, " + year.year());
            assertTrue(abatementCost > 0, "A abates in " + year.year());
        }
        assertTrue(offsetCosts > 0, "credits at CNY 5/t are used");
    }
}

package org.carbonsim.core.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.carbonsim.core.coverage.CoverageDecider;
import org.carbonsim.core.coverage.CoverageRecord;
import org.carbonsim.core.model.Economy;
import org.carbonsim.core.scenario.Scenario;
import org.carbonsim.core.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * {@link Allocator#allocateWithoutPreAllocation}, for the years looked ahead at, gives the table
 * {@link Allocator#allocate} gives but for its pre-allocation: the bundled building-materials
 * scenario, whose cap comes from allocation, half pre-allocated, with a percentile benchmark and
 * historical intensity (both output-based: their pre-allocation reads the year before) and
 * historical emissions, each of its years on expected data.
 */
class AllocationWithoutPreAllocationTest {
    @Test
    void theTableButForItsPreAllocation() {
        Scenario scenario = ScenarioLoader.load(Path.of("../scenarios/building-materials-allocation.json"));
        Economy economy = new Economy(scenario.sectors(), scenario.enterprises());
        Allocator allocator = new Allocator(scenario.allocation(), scenario.sectors(), scenario.enterprises());
        CoverageDecider decider = new CoverageDecider(scenario.coverage(), scenario.sectors());
        int first = scenario.calendar().startYear();
        for (int year = first; year < first + scenario.calendar().years(); year++) {
            List<CoverageRecord> coverage = decider.decide(year, economy.enterprises(), economy);
            AllocationTable table = allocator.allocate(year, coverage, economy, economy::expectedYear);
            AllocationTable ahead =
                    allocator.allocateWithoutPreAllocation(year, coverage, economy, economy::expectedYear);
            assertTrue(
                    table.lines().stream().anyMatch(line -> line.preAllocationTonnes() > 0), year + " pre-allocates");
            List<AllocationLine> withoutPre = new ArrayList<>();
            for (AllocationLine line : table.lines()) {
                withoutPre.add(new AllocationLine(
                        line.enterpriseId(),
                        line.sectorId(),
                        line.method(),
                        line.newEntrant(),
                        line.baseQuantity(),
                        line.intensity(),
                        line.controlFactor(),
                        line.marketAdjustmentFactor(),
                        line.operatingDaysFactor(),
                        0,
                        line.allocationTonnes(),
                        line.bauEmissionsTonnes()));
            }
            assertEquals(withoutPre, ahead.lines(), "lines of " + year);
            assertEquals(table.capTonnes(), ahead.capTonnes(), "cap of " + year);
            assertEquals(table.auctionTonnes(), ahead.auctionTonnes(), "auction of " + year);
            assertEquals(table.freePoolTonnes(), ahead.freePoolTonnes(), "free pool of " + year);
            assertEquals(table.governmentReserveTonnes(), ahead.governmentReserveTonnes(), "reserve of " + year);
            assertEquals(table.newEntrantReserveTonnes(), ahead.newEntrantReserveTonnes(), "entrants' of " + year);
            assertEquals(table.marketAdjustmentFactor(), ahead.marketAdjustmentFactor(), "factor of " + year);
            assertEquals(table.newEntrantFactor(), ahead.newEntrantFactor(), "entrants' factor of " + year);
        }
    }
}

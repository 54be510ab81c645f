package org.carbonsim.core.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.carbonsim.core.coverage.CoverageRules;
import org.carbonsim.core.coverage.Threshold;
import org.carbonsim.core.model.AbatementCurve;
import org.carbonsim.core.model.Enterprise;
import org.carbonsim.core.model.HistoryYear;
import org.carbonsim.core.model.OutputProcess;
import org.carbonsim.core.model.Sector;
import org.carbonsim.core.model.ShockModel;
import org.junit.jupiter.api.Test;

class TrialAllocationTest {
    private static final Sector CEMENT = new Sector("cement", "水泥", "t clinker", 2014, Sector.NEVER_LEAVES);
    private static final CoverageRules RULES = new CoverageRules(List.of(new Threshold(2014, 13_000, 0)), 4, 2);
    private static final AllocationPlan PLAN = new AllocationPlan(
            new CapSchedule.Given(Map.of(2024, 1_000_000L)),
            0.08,
            0.02,
            0,
            0.5,
            OptionalDouble.empty(),
            Map.of(
                    "cement",
                    List.of(new MethodPeriod(
                            2014, new AllocationMethod.Benchmark(new BenchmarkSource.Fixed(0.85), 1)))));

    private static Enterprise plant(String id, double output, int opening) {
        return new Enterprise(
                id,
                id,
                "cement",
                new OutputProcess(2023, output, 0, ShockModel.NONE, 0),
                0.9,
                0.1,
                0,
                365,
                AbatementCurve.none(),
                opening,
                Enterprise.NEVER_CLOSES,
                opening == Enterprise.ALWAYS_OPEN
                        ? List.of(new HistoryYear(2023, output, Math.round(output * 0.9), 0))
                        : List.of());
    }

    @Test
    void trialTableAllocatesExpectedOutputAndShowsTheShortfallAtBusinessAsUsual() {
        AllocationTable table = TrialAllocation.compute(
                PLAN,
                RULES,
                List.of(CEMENT),
                List.of(plant("A", 100_000, Enterprise.ALWAYS_OPEN), plant("small", 1_000, Enterprise.ALWAYS_OPEN)),
                2024,
                2024);
        assertEquals(1, table.lines().size(), "the small plant (900 t) is below the threshold");
        AllocationLine line = table.line("A");
        // 100,000 t clinker × 0.85 = 85,000 t; BAU 100,000 × 0.9 = 90,000 t → 5,000 t short
        assertEquals(85_000, line.allocationTonnes());
        assertEquals(42_500, line.preAllocationTonnes());
        assertEquals(-5_000, line.expectedBalanceTonnes());
    }

    @Test
    void laterYearsRunCoverageFromTheFirstYearSoNewPlantsAreNewEntrants() {
        Enterprise opening = plant("B", 50_000, 2024);
        AllocationTable table = TrialAllocation.compute(
                PLAN,
                RULES,
                List.of(CEMENT),
                List.of(plant("A", 100_000, Enterprise.ALWAYS_OPEN), opening),
                2024,
                2025);
        assertEquals(true, table.line("B").newEntrant());
        // 50,000 × 0.85 = 42,500 t wanted; the reserve is 2% × 1,000,000 = 20,000 t
        assertEquals(20_000, table.line("B").allocationTonnes());
        assertThrows(
                IllegalArgumentException.class,
                () -> TrialAllocation.compute(PLAN, RULES, List.of(CEMENT), List.of(opening), 2024, 2023));
    }
}

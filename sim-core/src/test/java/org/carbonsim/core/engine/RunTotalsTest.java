package org.carbonsim.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;
import org.carbonsim.core.equilibrium.LeastCostAbatement;
import org.junit.jupiter.api.Test;

class RunTotalsTest {
    @Test
    void wholeRunEfficiencyWeighsEachDefinedYearByItsRealisedCost() {
        // 2024: efficiency 0.5 on CNY 100 realised (reference 50); 2025: 1.2 on 300 (reference 360);
        // 2026: undefined (nothing to abate) on 40 realised. Whole run: (50 + 360) / (100 + 300) = 1.025.
        RunTotals totals = RunTotals.of(List.of(
                year(2024, OptionalDouble.of(0.5), 10_000),
                year(2025, OptionalDouble.of(1.2), 30_000),
                year(2026, OptionalDouble.empty(), 4_000)));
        assertEquals(1.025, totals.efficiency().getAsDouble(), 1e-12);
        assertEquals(44_000, totals.realisedCost(), "every year's realised cost is summed");
    }

    @Test
    void wholeRunEfficiencyIsUndefinedWhenNoYearHasOne() {
        RunTotals totals = RunTotals.of(List.of(year(2024, OptionalDouble.empty(), 0)));
        assertTrue(totals.efficiency().isEmpty());
    }

    @Test
    void wholeRunCostEffectivenessSumsTheYearsWhereItIsDefined() {
        // 2024: least cost 80 of 100 fen spent; 2025: 290 of 300; 2026: nothing spent (undefined),
        // its least cost 0 still summed. Whole run: (80 + 290) / (100 + 300) = 0.925.
        RunTotals totals = RunTotals.of(List.of(abating(2024, 100, 80), abating(2025, 300, 290), abating(2026, 0, 0)));
        assertEquals(0.925, totals.costEffectiveness().getAsDouble(), 1e-12);
        assertEquals(370, totals.abatementLeastCost());
        assertEquals(400, totals.abatementCost());
    }

    @Test
    void wholeRunCostEffectivenessIsUndefinedWhenNoYearAbatedAtACost() {
        RunTotals totals = RunTotals.of(List.of(abating(2024, 0, 0), abating(2025, 0, 0)));
        assertTrue(totals.costEffectiveness().isEmpty());
        assertTrue(RunTotals.of(List.of()).costEffectiveness().isEmpty());
    }

    private static YearResult year(int year, OptionalDouble efficiency, long realisedFen) {
        return year(year, efficiency, realisedFen, 0, 0);
    }

    /** A year whose abatement cost {@code abatementCostFen} against a least cost of {@code leastCostFen}. */
    private static YearResult abating(int year, long abatementCostFen, long leastCostFen) {
        return year(year, OptionalDouble.empty(), abatementCostFen, abatementCostFen, leastCostFen);
    }

    private static YearResult year(
            int year, OptionalDouble efficiency, long realisedFen, long abatementCostFen, long leastCostFen) {
        return new YearResult(
                year,
                1_000,
                1,
                1_000,
                1_000,
                0,
                1_000,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                1.0,
                0,
                0,
                abatementCostFen,
                0,
                efficiency,
                realisedFen,
                0,
                0,
                OptionalDouble.empty(),
                leastCostFen,
                LeastCostAbatement.costEffectiveness(leastCostFen, abatementCostFen),
                Liquidity.of(List.of(), 0, 0, 0),
                0,
                0);
    }
}

package org.carbonsim.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;
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

    private static YearResult year(int year, OptionalDouble efficiency, long realisedFen) {
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
                0,
                0,
                efficiency,
                realisedFen,
                0,
                0,
                OptionalDouble.empty(),
                Liquidity.of(List.of(), 0, 0, 0));
    }
}

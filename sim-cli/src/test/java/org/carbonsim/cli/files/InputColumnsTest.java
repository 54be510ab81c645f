package org.carbonsim.cli.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.carbonsim.cli.format.JsonText;
import org.junit.jupiter.api.Test;

class InputColumnsTest {
    @Test
    void aPathBecomesItsLastSegmentInSnakeCase() {
        assertEquals(
                List.of("initial_price", "limit_pct"),
                InputColumns.of(List.of("$.market.initialPrice", "$.market.limitPct"), Set.of()));
    }

    @Test
    void clashingPathsTakeEarlierSegmentsUntilTheyDiffer() {
        assertEquals(
                List.of("enterprises_0_growth_rate", "enterprises_1_growth_rate", "initial_price"),
                InputColumns.of(
                        List.of("$.enterprises[0].growthRate", "$.enterprises[1].growthRate", "$.market.initialPrice"),
                        Set.of()));
    }

    @Test
    void aTrailingIndexKeepsTheNameItIndexes() {
        assertEquals(
                List.of("thresholds_0", "by_year_2024"),
                InputColumns.of(List.of("$.coverage.thresholds[0]", "$.allocation.cap.byYear[\"2024\"]"), Set.of()));
    }

    @Test
    void aNameTakenByTheTableIsLengthenedOrNumbered() {
        assertEquals(List.of("market_seed"), InputColumns.of(List.of("$.market.seed"), Set.of("seed")));
        assertEquals(List.of("seed_1"), InputColumns.of(List.of("$.seed"), Set.of("seed")));
        assertEquals(
                List.of("market_limit_pct", "market_limit_pct_2"),
                InputColumns.of(List.of("$.market.limitPct", "market.limitPct"), Set.of()),
                "the same path twice still gives two columns");
    }

    @Test
    void theMappingIsKeptAsJson() {
        assertEquals(
                "{\"initial_price\": \"$.market.initialPrice\"}",
                JsonText.of(json -> InputColumns.json(json, List.of("initial_price"), List.of("$.market.initialPrice")))
                        .strip());
    }
}

package org.carbonsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.carbonsim.cli.CarbonsimCommand;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The trial allocation table of every year of every bundled scenario adds up as the data dictionary
 * says, the way a climate office checks a table before sending it out: each sector row is the sum of
 * its enterprises, each balance the allocation less business-as-usual emissions, the cap the sum of
 * the reserves, the auction and the free pool, and the enterprises' allocations, each rounded on its
 * own, the free pool (incumbents) and the new-entrant reserve (new entrants) to within half a tonne
 * per enterprise wherever the pool or the reserve binds.
 */
class AllocationTableIdentitiesTest {
    @TempDir
    Path out;

    @ParameterizedTest
    @MethodSource("org.carbonsim.scenarios.BundledScenariosTest#scenarios")
    void everyYearsTableAddsUp(Path scenario) throws IOException {
        String name = scenario.getFileName().toString().replace(".json", "");
        JsonObject json = RunIdentitiesTest.json(scenario);
        JsonObject calendar = json.getAsJsonObject("calendar");
        int start = calendar.get("startYear").getAsInt();
        int years = calendar.get("years").getAsInt();
        boolean givenFactor = json.getAsJsonObject("allocation").has("marketAdjustmentFactor");
        for (int year = start; year < start + years; year++) {
            String at = name + " " + year + ": ";
            Path table = out.resolve(name + "-" + year + ".csv");
            int code = CarbonsimCommand.newCommandLine()
                    .execute(
                            "allocate", scenario.toString(), "--year", String.valueOf(year), "--out", table.toString());
            assertEquals(0, code, at + "carbonsim allocate failed");
            List<CSVRecord> rows = RunIdentitiesTest.read(table);
            Map<String, long[]> bySector = new HashMap<>();
            long[] incumbents = new long[2];
            long[] entrants = new long[2];
            Map<String, CSVRecord> scheme = new HashMap<>();
            for (CSVRecord row : rows) {
                switch (row.get("kind")) {
                    case "enterprise" -> {
                        long allocation = count(row, "allocation_t");
                        assertEquals(
                                allocation - count(row, "bau_emissions_t"),
                                count(row, "expected_balance_t"),
                                at + row.get("id") + " expected_balance_t");
                        long[] sums = bySector.computeIfAbsent(row.get("sector_id"), s -> new long[4]);
                        sums[0] += count(row, "pre_allocation_t");
                        sums[1] += allocation;
                        sums[2] += count(row, "bau_emissions_t");
                        sums[3] += count(row, "expected_balance_t");
                        long[] side = row.get("new_entrant").equals("true") ? entrants : incumbents;
                        side[0] += allocation;
                        side[1]++;
                    }
                    case "sector" -> {
                        long[] sums = bySector.remove(row.get("id"));
                        assertTrue(sums != null, at + "sector row " + row.get("id") + " without enterprises before it");
                        assertEquals(sums[0], count(row, "pre_allocation_t"), at + row.get("id") + " pre_allocation_t");
                        assertEquals(sums[1], count(row, "allocation_t"), at + row.get("id") + " allocation_t");
                        assertEquals(sums[2], count(row, "bau_emissions_t"), at + row.get("id") + " bau_emissions_t");
                        assertEquals(
                                sums[3], count(row, "expected_balance_t"), at + row.get("id") + " expected_balance_t");
                    }
                    default -> scheme.put(row.get("id"), row);
                }
            }
            assertTrue(bySector.isEmpty(), at + "enterprises of sectors without a sector row: " + bySector.keySet());
            long cap = count(scheme.get("cap"), "allocation_t");
            long pool = count(scheme.get("free_pool"), "allocation_t");
            long reserve = count(scheme.get("new_entrant_reserve"), "allocation_t");
            assertEquals(
                    cap,
                    count(scheme.get("government_reserve"), "allocation_t")
                            + reserve
                            + count(scheme.get("auction"), "allocation_t")
                            + pool,
                    at + "cap = government_reserve + new_entrant_reserve + auction + free_pool");
            double factor =
                    Double.parseDouble(scheme.get("market_adjustment_factor").get("adjustment_factor"));
            if (!givenFactor) {
                assertWithinRounding(
                        incumbents, pool, factor < 1, at + "the incumbents' allocation_t against free_pool");
            }
            double entrantFactor =
                    Double.parseDouble(scheme.get("new_entrant_factor").get("adjustment_factor"));
            assertWithinRounding(
                    entrants,
                    reserve,
                    entrantFactor < 1,
                    at + "the new entrants' allocation_t against new_entrant_reserve");
        }
    }

    /**
     * {@code side}'s allocations (sum, enterprises) are at most {@code pool} up to half a tonne each,
     * and at least it less as much where the factor scaled them to it.
     */
    private static void assertWithinRounding(long[] side, long pool, boolean scaled, String what) {
        double slack = side[1] / 2.0;
        assertTrue(side[0] <= pool + slack, what + ": " + side[0] + " over " + pool + " by more than rounding");
        if (scaled) {
            assertTrue(side[0] >= pool - slack, what + ": " + side[0] + " short of " + pool + " by more than rounding");
        }
    }

    private static long count(CSVRecord row, String column) {
        return Long.parseLong(row.get(column));
    }
}

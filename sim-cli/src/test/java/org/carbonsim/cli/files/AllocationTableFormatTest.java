package org.carbonsim.cli.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.carbonsim.core.allocation.AllocationLine;
import org.carbonsim.core.allocation.AllocationTable;
import org.carbonsim.core.allocation.SectorTotal;
import org.junit.jupiter.api.Test;

class AllocationTableFormatTest {
    private static final AllocationTable TABLE = new AllocationTable(
            2024,
            10_000,
            800,
            200,
            0,
            9_000,
            0.95,
            1,
            List.of(
                    new AllocationLine("A", "cement", "Benchmark", false, 1_000.5, 0.8534, 1, 0.95, 1, 400, 811, 900),
                    new AllocationLine(
                            "B,1", "chem", "HistoricalEmissions", true, 500, 1, 0.97, 1, 300 / 365.0, 0, 399, 420)),
            List.of(new SectorTotal("cement", 1, 400, 811, 900), new SectorTotal("chem", 1, 0, 399, 420)));

    @Test
    void csvHasNamesWholeNumbersAsIntegersStableOrderAndSchemeRows() throws IOException {
        StringBuilder out = new StringBuilder();
        AllocationTableFormat.writeCsv(TABLE, Map.of("cement", "水泥 Cement"), Map.of("A", "华新水泥, \"黄石\""), out);
        assertEquals(
                String.join(",", AllocationTableFormat.CSV_HEADER) + "\n"
                        + "enterprise,A,\"华新水泥, \"\"黄石\"\"\",cement,水泥 Cement,Benchmark,false,1000.5,0.8534,1,0.95,1,400,811,"
                        + "900,-89\n"
                        + "enterprise,\"B,1\",\"B,1\",chem,chem,HistoricalEmissions,true,500,1,0.97,1,0.821918,0,399,420,-21\n"
                        + "sector,cement,,cement,水泥 Cement,,,,,,,,400,811,900,-89\n"
                        + "sector,chem,,chem,chem,,,,,,,,0,399,420,-21\n"
                        + "scheme,cap,,,,,,,,,,,,10000,,\n"
                        + "scheme,government_reserve,,,,,,,,,,,,800,,\n"
                        + "scheme,new_entrant_reserve,,,,,,,,,,,,200,,\n"
                        + "scheme,auction,,,,,,,,,,,,0,,\n"
                        + "scheme,free_pool,,,,,,,,,,,,9000,,\n"
                        + "scheme,market_adjustment_factor,,,,,,,,,0.95,,,,,\n"
                        + "scheme,new_entrant_factor,,,,,,,,,1,,,,,\n",
                out.toString());
        assertEquals("enterprise_name", AllocationTableFormat.CSV_HEADER.get(2), "the name right after the id");
        for (String line : out.toString().split("\n")) {
            assertEquals(
                    16,
                    line.replace("\"B,1\"", "B1")
                            .replace("\"华新水泥, \"\"黄石\"\"\"", "name")
                            .split(",", -1)
                            .length,
                    line);
        }
    }

    @Test
    void textTableShowsTheFactorsAndSectorTotals() throws IOException {
        StringBuilder out = new StringBuilder();
        AllocationTableFormat.writeText(TABLE, Map.of("A", "华新水泥\n黄石"), out);
        String text = out.toString();
        assertTrue(text.startsWith("Trial allocation 2024\n"), text);
        assertTrue(
                text.contains("cap 10,000 t: government reserve 800 t, new-entrant reserve 200 t, auction 0 t,"
                        + " free pool 9,000 t"),
                text);
        assertTrue(text.contains("market adjustment factor 0.950000"), text);
        assertTrue(text.contains("Benchmark"), text);
        assertTrue(text.matches("(?s).*cement\\s+1\\s+400\\s+811\\s+900\\s+-89\n.*"), text);
        assertTrue(text.matches("(?s).*\nA .* -89 华新水泥 黄石\n.*"), "the name last, on the enterprise's line: " + text);
        assertTrue(text.matches("(?s).*\nB,1 .* -21 B,1\n.*"), "an enterprise without a name by its id: " + text);
    }
}

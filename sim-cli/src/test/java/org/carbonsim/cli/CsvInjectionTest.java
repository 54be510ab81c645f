package org.carbonsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ids that a spreadsheet would run as formulas ({@code =1+2}, {@code @SUM(A1)}) pass validation, so
 * the CSV writers neutralise them with a leading single quote, while negative numbers stay numbers;
 * sector names reach the CSVs exactly as the scenario gives them.
 */
class CsvInjectionTest extends CommandLineTest {
    @TempDir
    Path dir;

    /** classroom-two-firms with enterprise ids {@code =1+2} and {@code @SUM(A1)} and a Chinese sector name. */
    private Path hostileScenario() throws IOException {
        String json = new String(ScenarioFiles.resolve("classroom-two-firms").bytes(), StandardCharsets.UTF_8);
        String hostile = json.replace("\"id\": \"A\"", "\"id\": \"=1+2\"")
                .replace("\"id\": \"B\"", "\"id\": \"@SUM(A1)\"")
                .replace("\"name\": \"Industry\"", "\"name\": \"化工 Chemicals\"");
        assertFalse(hostile.equals(json), "the scenario was changed");
        Path file = dir.resolve("hostile.json");
        Files.writeString(file, hostile, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void formulaLikeEnterpriseIdsAreWrittenAsText() throws IOException {
        Path out = dir.resolve("run");
        assertEquals(
                0,
                run("run", "" + hostileScenario(), "--trades", "--quiet", "--no-charts", "--out", "" + out),
                err.toString());
        List<String> enterprises = Files.readAllLines(out.resolve("enterprises.csv"), StandardCharsets.UTF_8);
        assertTrue(
                enterprises.get(1).startsWith("2024,'=1+2,Firm A (cheap abatement),industry,化工 Chemicals,true,"),
                enterprises.get(1));
        assertTrue(
                enterprises
                        .get(2)
                        .startsWith("2024,'@SUM(A1),Firm B (expensive abatement),industry,化工 Chemicals,true,"),
                enterprises.get(2));
        List<String> sectors = Files.readAllLines(out.resolve("sectors.csv"), StandardCharsets.UTF_8);
        assertTrue(sectors.get(1).startsWith("2024,industry,化工 Chemicals,2,"), sectors.get(1));
        String trades = Files.readString(out.resolve("trades.csv"), StandardCharsets.UTF_8);
        assertTrue(trades.contains(",'=1+2,") || trades.contains(",'@SUM(A1),"), trades);
        for (String file : List.of("enterprises.csv", "trades.csv", "sectors.csv")) {
            String text = Files.readString(out.resolve(file), StandardCharsets.UTF_8);
            assertFalse(text.matches("(?s).*(^|,|\n)[=@+].*"), file + " has a cell starting a formula: " + text);
        }
    }

    @Test
    void theAllocationTableNeutralisesIdsButKeepsNegativeBalancesNumeric() throws IOException {
        Path csv = dir.resolve("allocation.csv");
        assertEquals(0, run("allocate", "" + hostileScenario(), "--out", "" + csv), err.toString());
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        String a = lines.stream()
                .filter(l -> l.startsWith("enterprise,'=1+2,"))
                .findFirst()
                .orElse("");
        assertTrue(
                a.startsWith("enterprise,'=1+2,Firm A (cheap abatement),industry,化工 Chemicals,"),
                String.join("\n", lines));
        assertTrue(a.matches(".*,-[0-9]+"), "a short firm's expected balance is a negative number: " + a);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("enterprise,'@SUM(A1),")), String.join("\n", lines));
    }

    @Test
    void replayNeutralisesOrderIdsFromTheLog() throws IOException {
        Path orders = dir.resolve("orders.csv");
        Files.writeString(
                orders,
                "seq,action,order_id,side,type,price,quantity\n"
                        + "1,NEW,=1+2,SELL,LIMIT,30.00,5\n"
                        + "2,NEW,@SUM(A1),BUY,LIMIT,30.00,5\n");
        Path trades = dir.resolve("trades.csv");
        assertEquals(0, run("replay", "" + orders, "--out", "" + trades), err.toString());
        assertEquals(
                "seq,buy_order_id,sell_order_id,price_cny_per_t,quantity_t\n2,'@SUM(A1),'=1+2,30.00,5\n",
                Files.readString(trades, StandardCharsets.UTF_8));
    }
}

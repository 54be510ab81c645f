package org.carbonsim.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.carbonsim.core.scenario.Scenario;
import org.carbonsim.core.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The final pages measure each player against the banking-aware least-cost path as well as against
 * each year's own answer, with a run total in present value at the scheme's discount rate. On
 * classroom-banking the years' own answers are CNY 0 in 2024 and 2025 (neither year is short alone),
 * so against them a firm that abates and banks along the path (CNY 20.00, 22.00, 24.20) was shown its
 * whole abatement cost above the reference; against the path it reads 0 over the run. (The final pages
 * once showed only the one-year comparison.)
 */
class RoomPathReferenceTest {
    private static final long SEED = 20240505;

    @TempDir
    Path dir;

    /**
     * Firm C's allocation is its share of the run's gap, so on the path it trades nothing: it abates
     * 10,000, 11,000 and 12,100 t and banks 20,000 t, then 11,000 t, then nothing. Its agent foresees the
     * path and, with nobody placing its orders, does exactly that.
     */
    @Test
    void aPlayerWhoAbatesAndBanksAlongThePathReadsZeroAboveItOverTheRun() {
        Room room = TestRooms.room("classroom-banking", SEED, 1);
        Player player = (Player) room.join(room.roomCode(), "Ann", "C");
        room.runWithoutPausing();
        List<Map<String, Object>> rows = players(room);
        assertEquals(3, rows.size(), "C's three years, seed " + SEED + ": " + rows);

        // what rounding leaves: the path's prices are whole fen (a bank change of b t held at a price
        // up to 0.5 fen off its Hotelling value moves the total by up to 0.5 fen × b), each firm-year's
        // costs are rounded to the fen on both sides (1 fen), and the total to the fen (0.5 fen)
        BigDecimal toleranceFen = BigDecimal.valueOf(0.5);
        for (int t = 0; t < rows.size(); t++) {
            Map<String, Object> row = rows.get(t);
            assertEquals(
                    row.get("pathReferenceAbatement"),
                    row.get("abatement"),
                    "C abates the path's tonnes in " + row.get("year") + ", seed " + SEED + ": " + row);
            assertEquals(0L, (long) row.get("bought") + (long) row.get("sold"), "C trades nothing: " + row);
            long bankChange = (long) row.get("allocation") - (long) row.get("emissions");
            toleranceFen = toleranceFen.add(BigDecimal.valueOf(0.5 * Math.abs(bankChange) + 1)
                    .divide(BigDecimal.valueOf(1.1).pow(t), MathContext.DECIMAL64));
        }
        BigDecimal total = new BigDecimal((String) total(room, player));
        assertTrue(
                total.movePointRight(2).abs().compareTo(toleranceFen) <= 0,
                "C's cost above the path in present value, seed " + SEED + ": CNY " + total + ", within " + toleranceFen
                        + " fen of 0; years " + rows);
        assertEquals(
                total.toPlainString(),
                room.playerView(player.id()).get("costAbovePathReferencePresentValue"),
                "the player's page shows the total");

        // each year alone shows the banking shift: 2024's CNY 20.00 × the 20,000 t banked above the path
        Map<String, Object> first = rows.get(0);
        assertEquals("400000.00", first.get("costAbovePathReference"), "2024 against the path: " + first);
        // the years' own answers ask nothing of 2024 and 2025: the whole abatement cost shows above them
        for (Map<String, Object> row : rows.subList(0, 2)) {
            assertEquals("0.00", row.get("referenceCost"), "the one-year reference of " + row.get("year"));
            assertTrue(new BigDecimal((String) row.get("abatementCost")).signum() > 0, "C abates: " + row);
            assertEquals(row.get("abatementCost"), row.get("costAboveReference"), "one-year comparison: " + row);
        }
    }

    /**
     * Without banking the path is each year's own answer: the two references agree year by year, and
     * the run total is the years' differences discounted at 10% to 2024, rounded to the fen.
     */
    @Test
    void withoutBankingThePathIsEachYearsOwnReference() throws Exception {
        Path edited = dir.resolve("classroom-banking-forbidden.json");
        String json = Files.readString(Path.of("../scenarios/classroom-banking.json"));
        String allowed = "\"banking\": {\"type\": \"allowed\"}";
        assertTrue(json.contains(allowed), "the scenario allows banking in one line");
        Files.writeString(edited, json.replace(allowed, "\"banking\": {\"type\": \"forbidden\"}"));
        Scenario scenario = ScenarioLoader.load(edited);
        Room room = new Room(scenario, SEED, Room.Mode.CLASS, 2, 600, (result, players) -> dir);
        Player ann = (Player) room.join(room.roomCode(), "Ann", "C");
        Player ben = (Player) room.join(room.roomCode(), "Ben", "E");
        room.runWithoutPausing();

        List<Map<String, Object>> rows = players(room);
        assertEquals(6, rows.size(), "three years of two players, seed " + SEED + ": " + rows);
        for (Map<String, Object> row : rows) {
            assertEquals(row.get("referenceAbatement"), row.get("pathReferenceAbatement"), "abatement: " + row);
            assertEquals(row.get("referenceCost"), row.get("pathReferenceCost"), "reference cost: " + row);
            assertEquals(row.get("costAboveReference"), row.get("costAbovePathReference"), "above: " + row);
        }
        for (Player p : List.of(ann, ben)) {
            BigDecimal sum = BigDecimal.ZERO;
            int t = 0;
            for (Map<String, Object> row : rows) {
                if (row.get("player").equals(p.id())) {
                    sum = sum.add(new BigDecimal((String) row.get("costAboveReference"))
                            .divide(BigDecimal.valueOf(1.1).pow(t++), MathContext.DECIMAL128));
                }
            }
            assertEquals(
                    sum.setScale(2, RoundingMode.HALF_UP).toPlainString(),
                    total(room, p),
                    p.enterpriseId() + "'s total, seed " + SEED + ": " + rows);
        }
        assertEquals("0.1000", room.finalView().get("discountRate"));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> players(Room room) {
        return (List<Map<String, Object>>) room.finalView().get("players");
    }

    @SuppressWarnings("unchecked")
    private static Object total(Room room, Player player) {
        return ((List<Map<String, Object>>) room.finalView().get("playerTotals"))
                .stream()
                        .filter(row -> row.get("id").equals(player.id()))
                        .findFirst()
                        .orElseThrow()
                        .get("costAbovePathReferencePresentValue");
    }
}

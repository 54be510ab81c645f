package org.carbonsim.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.carbonsim.core.engine.EnterpriseResult;
import org.carbonsim.core.engine.RunResult;
import org.carbonsim.core.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A classroom scenario with a CCER programme: the compliance desk surrenders credits for a played firm
 * at the deadline and charges their cost, and the player's figures count them on both sides. Three
 * like firms (business as usual 100,000 t, MAC rising linearly to CNY 40 at 40%) share a cap of
 * 255,000 t, 85,000 t each; each may cover 5% of its allocation, 4,250 t, with credits at CNY 3. The
 * gap of 45,000 t is met by 12,750 t of credits and 10,750 t of abatement a firm at CNY 10.75: each
 * firm's reference abates 10,750 t (CNY 57,781.25), surrenders its 4,250 t of credits (CNY 12,750) and
 * trades nothing, CNY 70,531.25 in all. (The final pages once left the credits out of the realised cost
 * and counted none for the firm on the reference: a firm doing just that read CNY 45,687.50 below it.)
 */
class RoomOffsetCreditsTest {
    private static final long SEED = 20240303;

    @TempDir
    Path dir;

    @Test
    void aPlayersCreditsCountInItsCostAndInItsReference() throws Exception {
        Path file = dir.resolve("classroom-credits.json");
        Files.writeString(file, SCENARIO);
        Room room = new Room(ScenarioLoader.load(file), SEED, Room.Mode.CLASS, 1, 600, (result, players) -> dir);
        Player player = (Player) room.join(room.roomCode(), "Ann", "A");
        RunResult result = room.runWithoutPausing();

        EnterpriseResult firm = result.enterprises().stream()
                .filter(e -> e.enterpriseId().equals("A"))
                .findFirst()
                .orElseThrow();
        Map<String, Object> row = players(room).get(0);
        assertEquals(player.id(), row.get("player"));
        assertEquals(firm.offsets(), row.get("offsets"), "the credits of enterprises.csv, seed " + SEED + ": " + row);
        assertTrue(firm.offsets() > 0, "the desk surrenders credits for A, seed " + SEED + ": " + firm);
        BigDecimal credits = BigDecimal.valueOf(firm.offsets() * 300, 2);
        assertEquals(credits.toPlainString(), row.get("offsetCost"), "offsets_t × CNY 3: " + row);
        BigDecimal realised = new BigDecimal((String) row.get("abatementCost"))
                .add(new BigDecimal((String) row.get("netPurchases")))
                .add(new BigDecimal((String) row.get("penalty")))
                .add(credits);
        assertEquals(realised.toPlainString(), row.get("realisedCost"), "realised cost counts the credits: " + row);

        assertEquals(10_750L, row.get("referenceAbatement"), "the reference's abatement for A: " + row);
        assertEquals("70531.25", row.get("referenceCost"), "abatement + credits, nothing traded: " + row);
        assertEquals(row.get("referenceCost"), row.get("pathReferenceCost"), "one year: the path is the year");
        BigDecimal above = new BigDecimal((String) row.get("costAboveReference"));
        assertTrue(
                above.abs().compareTo(BigDecimal.valueOf(100)) < 0,
                "A's agent follows the reference (abates " + firm.abatement() + " t, " + firm.offsets()
                        + " t of credits, bought " + firm.bought() + " t, sold " + firm.sold()
                        + "), so it reads within CNY 100 of it, seed " + SEED + ": " + row);
    }

    /**
     * Credits capped on emissions, two unlike firms whose output is shocked: A (100,000 t expected as
     * usual) and B (200,000 t) each abate 10% at the reference's CNY 10.00 and may cover 5% of what
     * they still emit with credits at CNY 3, A 4,500 t and B 9,000 t (the solver's split, worked in
     * {@code FirmCreditsTest}); with allocations of 85,500 and 171,000 t neither trades. A's reference
     * is 50,000 + 13,500 = CNY 63,500.00, B's 100,000 + 27,000 = CNY 127,000.00. (The final pages once
     * shared the credits out by caps on the firms' realised business-as-usual emissions, which the
     * shocks move, while the allowance position counted the expected ones.)
     */
    @Test
    void creditsCappedOnEmissionsAreTheSolversForEachFirm() throws Exception {
        Path file = dir.resolve("classroom-credits-on-emissions.json");
        Files.writeString(
                file,
                SCENARIO.replace("\"byYear\": {\"2024\": 255000}", "\"byYear\": {\"2024\": 256500}")
                        .replace("\"capBase\": \"ALLOCATION\"", "\"capBase\": \"EMISSIONS\"")
                        .replace(firm("C") + "]", "]")
                        .replace(firm("A"), shocked("A", 100_000))
                        .replace(firm("B"), shocked("B", 200_000))
                        .replace(", ]", "]"));
        Room room = new Room(ScenarioLoader.load(file), SEED, Room.Mode.CLASS, 2, 600, (result, players) -> dir);
        room.join(room.roomCode(), "Ann", "A");
        room.join(room.roomCode(), "Ben", "B");
        RunResult result = room.runWithoutPausing();

        assertTrue(
                result.enterprises().stream().anyMatch(e -> e.emissions() + e.abatement() != expectedBau(e)),
                "the shocks move a firm's realised business as usual off the expected, seed " + SEED + ": "
                        + result.enterprises());
        Map<String, String> expected = Map.of("A", "63500.00", "B", "127000.00");
        Map<String, Long> abatement = Map.of("A", 10_000L, "B", 20_000L);
        for (Map<String, Object> row : players(room)) {
            String id = (String) row.get("enterprise");
            assertEquals(abatement.get(id), row.get("referenceAbatement"), id + ", seed " + SEED + ": " + row);
            assertEquals(expected.get(id), row.get("referenceCost"), id + ", seed " + SEED + ": " + row);
            assertEquals(expected.get(id), row.get("pathReferenceCost"), id + ", seed " + SEED + ": " + row);
        }
        assertEquals(2, players(room).size(), "both players' rows, seed " + SEED);
    }

    private static long expectedBau(EnterpriseResult e) {
        return e.enterpriseId().equals("A") ? 100_000 : 200_000;
    }

    private static String shocked(String id, long tonnes) {
        return firm(id).replace("\"baseOutput\": 100000", "\"baseOutput\": " + tonnes)
                .replace(
                        "\"emissionIntensity\": 1.0,",
                        "\"emissionIntensity\": 1.0, \"shockModel\": \"NORMAL\", \"shockSd\": 0.05,")
                .replace(
                        "\"output\": 100000, \"emissions\": 100000",
                        "\"output\": " + tonnes + ", \"emissions\": " + tonnes);
    }

    /**
     * The bundled classroom scenarios have no offset programme: every player's credits are 0 and the
     * realised cost is abatement cost + net purchases + fines, as before credits were counted (the
     * reference then counts none either, so its cost is unchanged).
     */
    @Test
    void withoutOffsetsThePlayersCostIsAsBefore() throws Exception {
        List<Path> files;
        try (var list = Files.list(Path.of("../scenarios"))) {
            files = list.filter(f -> f.getFileName().toString().matches("classroom-.*\\.json"))
                    .sorted()
                    .toList();
        }
        int checked = 0;
        for (Path file : files) {
            var scenario = ScenarioLoader.load(file);
            if (Room.playable(scenario).isEmpty()) {
                continue;
            }
            assertTrue(scenario.compliance().offsets().isEmpty(), file + " has no offset programme");
            int seats = Math.min(3, Room.playable(scenario).size());
            Room room = new Room(scenario, SEED, Room.Mode.CLASS, seats, 600, (result, players) -> dir);
            Room.playable(scenario).keySet().stream()
                    .limit(seats)
                    .forEach(id -> room.join(room.roomCode(), "P-" + id, id));
            room.runWithoutPausing();
            for (Map<String, Object> row : players(room)) {
                assertEquals(0L, row.get("offsets"), file + ", seed " + SEED + ": " + row);
                assertEquals("0.00", row.get("offsetCost"), file + ", seed " + SEED + ": " + row);
                BigDecimal realised = new BigDecimal((String) row.get("abatementCost"))
                        .add(new BigDecimal((String) row.get("netPurchases")))
                        .add(new BigDecimal((String) row.get("penalty")));
                assertEquals(realised.toPlainString(), row.get("realisedCost"), file + ", seed " + SEED + ": " + row);
                checked++;
            }
        }
        assertTrue(checked >= 6, "the bundled classroom scenarios' players, " + checked + " rows");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> players(Room room) {
        return (List<Map<String, Object>>) room.finalView().get("players");
    }

    private static String firm(String id) {
        return """
                {"id": "%s", "name": "Firm %s", "sector": "industry", "baseOutput": 100000, "emissionIntensity": 1.0,
                 "abatement": {"type": "linear", "maxCost": 40, "maxShare": 0.4},
                 "history": [{"year": 2023, "output": 100000, "emissions": 100000}]}"""
                .formatted(id, id);
    }

    private static final String SCENARIO =
            """
            {
              "schemaVersion": 1,
              "name": "classroom-credits",
              "description": "Three like firms, a cap below business as usual and cheap CCER credits.",
              "seed": 20240303,
              "calendar": {"startYear": 2024, "years": 1},
              "market": {"initialPrice": 10.00, "limitPct": 10, "noTradeClose": "BEST_QUOTE"},
              "sectors": [{"id": "industry", "name": "Industry", "productUnit": "t product",
                "allocation": {"type": "historicalEmissions", "baseYears": [2023]}}],
              "enterprises": [%s, %s, %s],
              "coverage": {"thresholds": [{"fromYear": 2024, "emissionsTonnes": 13000}]},
              "allocation": {"cap": {"type": "given", "byYear": {"2024": 255000}}, "preAllocationShare": 1.0},
              "compliance": {"offsets": [{"id": "ccer", "kind": "CCER", "supplyTonnesPerYear": 1000000, "price": 3,
                "minVintageYear": 2013, "capShare": 0.05, "capBase": "ALLOCATION"}]},
              "agents": {"defaultStrategy": "COMPLIANCE"}
            }
            """
                    .formatted(firm("A"), firm("B"), firm("C"));
}

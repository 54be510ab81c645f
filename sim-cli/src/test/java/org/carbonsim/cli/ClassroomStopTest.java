package org.carbonsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.carbonsim.cli.format.OutputFolder;
import org.carbonsim.core.engine.Progress;
import org.carbonsim.core.scenario.Scenario;
import org.carbonsim.web.Room;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A classroom stopped before its last day (the teacher's Ctrl-C, which runs {@link
 * ClassroomSession#saveOnStop} from the shutdown hook) saves the days so far, whole and marked as
 * stopped, and never half a folder; such a folder is an earlier session the next room refuses
 * without {@code --force}. A stopped classroom once saved nothing.
 */
class ClassroomStopTest extends CommandLineTest {
    private static final String SCENARIO = "classroom-ten-firms";

    @TempDir
    Path dir;

    /** A room saving into {@code folder} as {@code carbonsim classroom} does, stopped on its third day. */
    static Room roomOnItsThirdDay(Path folder) throws Exception {
        Room room = ClassroomFixture.archivedRoom(
                SCENARIO,
                10,
                OutputFolder.check(folder, List.of(), false),
                new PrintWriter(new StringWriter()),
                false,
                Progress.NONE);
        room.join(room.roomCode(), "Ann, \"A\"", "");
        room.join(room.roomCode(), "Bo", "");
        assertTrue(room.start().ok());
        for (int i = 0; i < 600 && !"running".equals(room.marketView().get("status")); i++) {
            Thread.sleep(100);
        }
        assertTrue(room.submit(new Room.Command.Control("advance", "2")).ok());
        for (int i = 0; i < 600 && !Long.valueOf(2).equals(room.marketView().get("dayOfRun")); i++) {
            Thread.sleep(100);
        }
        assertEquals(2L, room.marketView().get("dayOfRun"), "the class waits on its third day");
        ClassroomFixture.awaitCheckpoint(folder, 2);
        return room;
    }

    @Test
    void aStoppedClassroomSavesItsDaysSoFarWholeAndMarked() throws Exception {
        Path folder = dir.resolve("class-1");
        Room room = roomOnItsThirdDay(folder);
        StringWriter said = new StringWriter();
        Scenario scenario = ScenarioFiles.load(SCENARIO);
        long days = (long) scenario.calendar().years() * scenario.calendar().tradingDaysPerYear();

        ClassroomSession.saveOnStop(room, new PrintWriter(said), Duration.ofSeconds(60));

        assertTrue(
                said.toString()
                        .contains("the classroom was stopped on day 3 of " + days + " (2024, day 3), round 1 of "),
                said.toString());
        assertTrue(said.toString().contains(folder.toString()), said.toString());
        JsonObject stopped = JsonParser.parseString(Files.readString(folder.resolve("stopped.json")))
                .getAsJsonObject();
        assertEquals(3, stopped.get("stoppedOnDay").getAsInt(), stopped.toString());
        assertEquals(days, stopped.get("daysInRun").getAsLong(), stopped.toString());
        assertEquals(2, stopped.get("daysClosed").getAsInt(), stopped.toString());
        assertEquals(0, stopped.get("yearsSettled").getAsInt(), stopped.toString());
        assertEquals("stopped", stopped.get("reason").getAsString(), stopped.toString());
        assertFalse(stopped.has("error"), stopped.toString());
        assertTrue(
                stopped.get("stopped").getAsString().startsWith("stopped on day 3 of " + days + " "),
                stopped.toString());

        List<String> daily = Files.readAllLines(folder.resolve("daily.csv"));
        assertEquals(3, daily.size(), "the header and the two days closed: " + daily);
        long volume = daily.stream()
                .skip(1)
                .mapToLong(line -> Long.parseLong(line.split(",")[7]))
                .sum();
        List<String> trades = Files.readAllLines(folder.resolve("trades.csv"));
        assertEquals(
                "year,day,buyer_id,seller_id,price_cny_per_t,quantity_t,buyer_player,seller_player", trades.get(0));
        assertEquals(stopped.get("trades").getAsInt(), trades.size() - 1, "every trade, each on a line");
        long traded = trades.stream()
                .skip(1)
                .map(line -> line.split(",", -1))
                .peek(cells -> assertEquals(8, cells.length, String.join(",", cells)))
                .filter(cells -> Integer.parseInt(cells[1]) < 2)
                .mapToLong(cells -> Long.parseLong(cells[5]))
                .sum();
        assertTrue(volume > 0, "the agents traded in two days");
        assertEquals(volume, traded, "the trades of the days closed add up to their volume");

        List<String> players = Files.readAllLines(folder.resolve("players.csv"));
        assertEquals(3, players.size(), "the header and the two players: " + players);
        assertTrue(players.get(1).startsWith("p1,\"Ann, \"\"A\"\"\","), "a name quoted as CSV: " + players.get(1));
        String[] ann = players.get(1).split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
        assertEquals(11, ann.length, players.get(1));
        assertEquals("true", ann[4], "covered in 2024: " + players.get(1));
        assertEquals(
                Long.parseLong(ann[6]) - Long.parseLong(ann[5]), Long.parseLong(ann[7]), "shortfall = need - held");
        assertEquals(
                1, Files.readAllLines(folder.resolve("enterprises.csv")).size(), "no year settled: the header alone");
        assertTrue(Files.exists(folder.resolve("run.json")));
        assertFalse(Files.exists(folder.resolve("summary.json")), "no summary of years not over");
        assertNoHiddenFolders(dir);

        int exit = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                Duration.ofSeconds(60),
                () -> run("classroom", SCENARIO, "--port", "0", "--out", "" + folder),
                "a room opened on the stopped session's folder");
        assertEquals(2, exit, "" + err);
        assertTrue(err.toString().contains("holds an earlier classroom session"), err.toString());
    }

    /**
     * A save that fails once its files are written leaves the folder as the last day's close left it
     * and no half-written one beside it.
     */
    @Test
    void aStoppedSaveThatFailsLeavesNoPartialFolder() throws Exception {
        Path folder = dir.resolve("class-2");
        Room room = roomOnItsThirdDay(folder);
        StringWriter said = new StringWriter();
        System.setProperty("carbonsim.test.outputHook", "fail:written");
        try {
            ClassroomSession.saveOnStop(room, new PrintWriter(said), Duration.ofSeconds(60));
        } finally {
            System.clearProperty("carbonsim.test.outputHook");
        }
        assertTrue(said.toString().contains("No space left on device"), said.toString());
        JsonObject checkpoint = JsonParser.parseString(Files.readString(folder.resolve("stopped.json")))
                .getAsJsonObject();
        assertEquals("checkpoint", checkpoint.get("reason").getAsString(), "the second day's close: " + checkpoint);
        assertEquals(2, checkpoint.get("daysClosed").getAsInt(), checkpoint.toString());
        assertNoHiddenFolders(dir);
        assertEquals(Room.Status.FAILED, room.status(), "the session is over all the same");
    }

    /** Checks that {@code parent} holds no hidden folder: none written half, none set aside. */
    static void assertNoHiddenFolders(Path parent) throws Exception {
        try (Stream<Path> entries = Files.list(parent)) {
            List<String> hidden = entries.filter(Files::isDirectory)
                    .map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("."))
                    .toList();
            assertEquals(List.of(), hidden, "nothing half-written is left beside the folder");
        }
    }
}

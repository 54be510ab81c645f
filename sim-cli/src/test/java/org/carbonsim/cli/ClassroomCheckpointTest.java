package org.carbonsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.carbonsim.cli.format.OutputFolder;
import org.carbonsim.core.engine.Progress;
import org.carbonsim.core.scenario.Scenario;
import org.carbonsim.web.Room;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A class saves what it has at each day's close, so that a process killed outright ({@code kill -9},
 * a power cut), which runs no shutdown hook, leaves the days so far: a room run for some days and then
 * abandoned, never stopped, leaves a whole folder of the stopped-session files marked as a checkpoint,
 * which {@code carbonsim chart} treats as a stopped class; a class that runs to its end leaves only the
 * files of its results. A class killed outright once left nothing.
 */
class ClassroomCheckpointTest extends CommandLineTest {
    @TempDir
    Path dir;

    private Room room;

    @AfterEach
    void stopTheEngine() throws Exception {
        if (room != null) {
            room.stop(Duration.ofSeconds(60));
        }
    }

    /** A class on bundled {@code name} saving into {@code folder} as {@code carbonsim classroom} does. */
    private static Room room(String name, Path folder, StringWriter said) throws Exception {
        return ClassroomFixture.archivedRoom(
                name,
                2,
                OutputFolder.check(folder, List.of(), false),
                new PrintWriter(said, true),
                false,
                Progress.NONE);
    }

    @Test
    void aClassAbandonedAfterFourDaysLeavesItsFourDays() throws Exception {
        Path folder = dir.resolve("class");
        StringWriter said = new StringWriter();
        room = room("classroom-ten-firms", folder, said);
        room.join(room.roomCode(), "Ann", "");
        assertTrue(room.start().ok());
        assertTrue(room.submit(new Room.Command.Control("advance", "4")).ok());

        // abandoned on its fifth day: nothing stops it, as nothing does after kill -9
        JsonObject stopped = ClassroomFixture.awaitCheckpoint(folder, 4);

        Scenario scenario = ScenarioFiles.load("classroom-ten-firms");
        long days = (long) scenario.calendar().years() * scenario.calendar().tradingDaysPerYear();
        assertEquals("checkpoint", stopped.get("reason").getAsString(), stopped.toString());
        assertEquals(
                "saved after day 4 of " + days + " (2024, day 4) closed, while the class went on",
                stopped.get("stopped").getAsString());
        assertEquals(5, stopped.get("stoppedOnDay").getAsInt(), "the day about to start: " + stopped);
        List<String> daily = Files.readAllLines(folder.resolve("daily.csv"));
        assertEquals(5, daily.size(), "the header and the four days closed: " + daily);
        long volume = daily.stream()
                .skip(1)
                .mapToLong(line -> Long.parseLong(line.split(",")[7]))
                .sum();
        List<String> trades = Files.readAllLines(folder.resolve("trades.csv"));
        assertEquals(stopped.get("trades").getAsInt(), trades.size() - 1, "every trade, each on a line");
        long traded = trades.stream()
                .skip(1)
                .map(line -> line.split(",", -1))
                .filter(cells -> Integer.parseInt(cells[1]) < 4)
                .mapToLong(cells -> Long.parseLong(cells[5]))
                .sum();
        assertTrue(volume > 0, "the agents traded in four days");
        assertEquals(volume, traded, "the trades of the days closed add up to their volume");
        assertEquals(2, Files.readAllLines(folder.resolve("players.csv")).size(), "the header and Ann");
        assertTrue(Files.exists(folder.resolve("run.json")));
        assertTrue(Files.exists(folder.resolve("scenario.json")));
        assertTrue(Files.exists(folder.resolve(OutputFolder.MARKER)));
        ClassroomStopTest.assertNoHiddenFolders(dir);

        assertEquals(2, run("chart", "" + folder), "" + err);
        assertEquals(
                "carbonsim: " + folder + ": a classroom stopped before its last day (stopped.json), whose years are"
                        + " not over: it has no summary.json to chart; open its trades.csv, daily.csv and players.csv"
                        + " instead\n",
                err.toString().replace("\r\n", "\n"),
                "as for a stopped class");
        assertEquals("", said.toString(), "nothing to report");
    }

    @Test
    void aClassRunToItsEndLeavesOnlyItsResults() throws Exception {
        Path folder = dir.resolve("class");
        StringWriter said = new StringWriter();
        room = room("classroom-two-firms", folder, said);
        room.join(room.roomCode(), "Ann", "A");
        assertTrue(room.start().ok());
        assertTrue(room.submit(new Room.Command.Control("advance", "2")).ok());
        ClassroomFixture.awaitCheckpoint(folder, 2);

        assertTrue(room.submit(new Room.Command.Control("end", null)).ok());
        for (int i = 0; i < 1200 && room.status() == Room.Status.RUNNING; i++) {
            Thread.sleep(100);
        }

        assertEquals(Room.Status.FINISHED, room.status(), room.failure());
        assertTrue(Files.exists(folder.resolve("summary.json")), "the results");
        assertFalse(Files.exists(folder.resolve("stopped.json")), "no checkpoint left to be taken for the results");
        assertFalse(Files.exists(folder.resolve("players.csv")), "no checkpoint left to be taken for the results");
        String marker = Files.readString(folder.resolve(OutputFolder.MARKER));
        assertFalse(marker.contains("stopped.json"), marker);
        assertFalse(marker.contains("saved at a day's close"), marker);
        ClassroomStopTest.assertNoHiddenFolders(dir);
        assertEquals("", said.toString(), "nothing to report");
    }

    /**
     * A folder something else wrote into during the class is left as it is: the checkpoints end, said
     * once on the console, and the class goes on (its final save goes beside the folder, as any
     * command's results do).
     */
    @Test
    void aFolderChangedDuringTheClassEndsTheCheckpointsAndTheClassGoesOn() throws Exception {
        Path folder = dir.resolve("class");
        StringWriter said = new StringWriter();
        room = room("classroom-ten-firms", folder, said);
        room.join(room.roomCode(), "Ann", "");
        assertTrue(room.start().ok());
        assertTrue(room.submit(new Room.Command.Control("advance", "2")).ok());
        ClassroomFixture.awaitCheckpoint(folder, 2);
        Files.writeString(folder.resolve("notes.txt"), "the teacher's notes");

        assertTrue(room.submit(new Room.Command.Control("advance", "2")).ok());
        for (int i = 0; i < 600 && said.toString().isEmpty(); i++) {
            Thread.sleep(100);
        }

        // after day 3, or day 4 when the two days closed during one write
        assertTrue(
                said.toString()
                        .matches("(?s)carbonsim: the class so far could not be saved after day [34] \\(\\Q" + folder
                                + "\\E: changed since carbonsim last wrote it .*"),
                said.toString());
        assertEquals(1, said.toString().lines().count(), "said once: " + said);
        assertEquals(Room.Status.RUNNING, room.status(), "the class goes on");
        assertEquals(
                2, ClassroomFixture.awaitCheckpoint(folder, 2).get("daysClosed").getAsInt());
        assertEquals("the teacher's notes", Files.readString(folder.resolve("notes.txt")));
    }
}

package org.carbonsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.carbonsim.cli.format.OutputFolder;
import org.carbonsim.web.Room;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An error in the engine during a class (here thrown after its third trading day by the progress the
 * room tells of each day, on the engine's thread) saves what the class had into its folder, as a stop
 * does, with {@code stopped.json} saying that an error stopped it and the error's message; the teacher's
 * console says so in a line (the stack trace only with {@code --debug}), and {@code classroom} ends with
 * exit code 1. Such an error once saved nothing and left the room serving with the exit code 0.
 */
class ClassroomEngineFailureTest {
    private static final String SCENARIO = "classroom-ten-firms";

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** Serves a class whose engine throws after day 3 as {@code carbonsim classroom} does; its exit code. */
    private int serveAFailingClass(Path folder, boolean debug) throws Exception {
        OutputFolder.Checked checked = OutputFolder.check(folder, List.of(), false);
        Room room = ClassroomFixture.archivedRoom(SCENARIO, 10, checked, new PrintWriter(err), debug, (done, total) -> {
            if (done == 3) {
                throw new IllegalStateException("a broken step");
            }
        });
        room.join(room.roomCode(), "Ann", "");
        assertTrue(room.start().ok());
        assertTrue(room.submit(new Room.Command.Control("advance", "10")).ok());
        return assertTimeoutPreemptively(
                Duration.ofSeconds(120),
                () -> ClassroomSession.serve(
                        room, checked, "127.0.0.1", 0, new PrintWriter(out), new PrintWriter(err), false, debug),
                "the room ends when its engine fails");
    }

    @Test
    void anErrorInTheEngineSavesTheClassSaysSoAndExitsWithOne() throws Exception {
        Path folder = dir.resolve("class");

        int exit = serveAFailingClass(folder, false);

        assertEquals(1, exit, "out: " + out + "\nerr: " + err);
        String said = err.toString();
        assertTrue(said.startsWith("carbonsim: the lesson ended: carbonsim stopped by an error on day 3 of "), said);
        assertTrue(
                said.contains(": IllegalStateException: a broken step; what the class had is saved in " + folder),
                said);
        assertFalse(said.contains("\tat "), "no stack trace without --debug: " + said);
        assertTrue(said.contains("With --debug"), said);
        JsonObject stopped = JsonParser.parseString(Files.readString(folder.resolve("stopped.json")))
                .getAsJsonObject();
        assertEquals("error", stopped.get("reason").getAsString(), stopped.toString());
        assertEquals(
                "IllegalStateException: a broken step", stopped.get("error").getAsString());
        assertFalse(stopped.has("stackTrace"), "no stack trace without --debug: " + stopped);
        assertEquals(3, stopped.get("daysClosed").getAsInt(), stopped.toString());
        assertTrue(stopped.get("stopped").getAsString().startsWith("stopped by an error on day 3 of "), "" + stopped);
        assertEquals(4, Files.readAllLines(folder.resolve("daily.csv")).size(), "the header and three days");
        assertEquals(2, Files.readAllLines(folder.resolve("players.csv")).size(), "the header and Ann");
        assertTrue(Files.exists(folder.resolve("run.json")));
        assertFalse(Files.exists(folder.resolve("summary.json")));
        ClassroomStopTest.assertNoHiddenFolders(dir);
    }

    @Test
    void withDebugTheStackTraceIsPrintedAndSaved() throws Exception {
        Path folder = dir.resolve("class");

        assertEquals(1, serveAFailingClass(folder, true), "" + err);

        assertTrue(err.toString().contains("java.lang.IllegalStateException: a broken step"), err.toString());
        assertTrue(err.toString().contains("\tat org.carbonsim."), err.toString());
        JsonObject stopped = JsonParser.parseString(Files.readString(folder.resolve("stopped.json")))
                .getAsJsonObject();
        assertTrue(stopped.get("stackTrace").getAsString().contains("at org.carbonsim."), stopped.toString());
    }
}

package org.carbonsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.carbonsim.core.scenario.ScenarioLoader;
import org.carbonsim.web.Room;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The options of {@code carbonsim classroom} that are refused before a room opens. */
class ClassroomCommandTest extends CommandLineTest {
    @TempDir
    Path dir;

    /**
     * {@code --day-seconds} is read like every other decimal option: before, Java's own number syntax was
     * accepted ({@code 10d}, {@code 0x10p0}: a hexadecimal day) and a value out of range was echoed as Java
     * printed it ({@code 0.0} for 0, {@code Infinity} for 1e400), not as typed.
     */
    @Test
    void daySecondsAreADecimalNumberEchoedAsTyped() {
        for (String value : new String[] {"10d", "0x10p0", "1e400", "NaN", "１０"}) {
            err.getBuffer().setLength(0);
            // a port out of range too, so that a day length wrongly accepted cannot open a room and wait
            assertEquals(
                    2,
                    run(
                            "classroom",
                            "classroom-two-firms",
                            "--day-seconds",
                            value,
                            "--port",
                            "70000",
                            "--out",
                            "" + dir.resolve("c")));
            assertTrue(
                    err.toString()
                            .contains("Invalid value for option '--day-seconds': expected a decimal number such as"
                                    + " 30.00 (digits and at most one point), got '" + value + "'"),
                    value + ": " + err);
        }
        for (String value : new String[] {"0", "-1", "3600.5", "00.000"}) {
            err.getBuffer().setLength(0);
            assertEquals(
                    2, run("classroom", "classroom-two-firms", "--day-seconds", value, "--out", "" + dir.resolve("c")));
            assertEquals(
                    "carbonsim: --day-seconds " + new BigDecimal(value).toPlainString()
                            + ": must be above 0 and at most 3600\n",
                    err.toString(),
                    value);
        }
        assertTrue(Files.notExists(dir.resolve("c")), "no folder was made");
    }

    /**
     * A scenario without enterprises (classroom-gode-sunder: its traders are all agents) has nothing for a
     * student to play: both commands say so, where they once answered "--players 0: must be 1 to 0", and
     * {@code play} named an option it was never given.
     */
    @Test
    void aScenarioWithoutEnterprisesIsRefusedWithItsReason() {
        for (String command : new String[] {"classroom", "play"}) {
            err.getBuffer().setLength(0);
            assertEquals(
                    2, run(command, "classroom-gode-sunder", "--port", "0", "--out", "" + dir.resolve("g")), command);
            assertEquals(
                    "carbonsim: classroom-gode-sunder has no enterprises for a student to play (its traders are"
                            + " all agents); run it with carbonsim run\n",
                    err.toString(),
                    command);
        }
        assertTrue(Files.notExists(dir.resolve("g")), "no folder was made");
    }

    /**
     * The seats are bounded by the enterprises the scheme covers, not by all of a scenario's: hubei-pilot
     * lists 827 and covers fewer in any year.
     */
    @Test
    void seatsAreBoundedByTheCoveredEnterprises() throws Exception {
        int covered = Room.playable(ScenarioLoader.load(Path.of("../scenarios/hubei-pilot.json")))
                .size();
        assertEquals(
                2, run("classroom", "hubei-pilot", "--players", "" + (covered + 1), "--out", "" + dir.resolve("h")));
        assertEquals(
                "carbonsim: --players " + (covered + 1) + ": must be 1 to " + covered
                        + " (one per enterprise hubei-pilot covers)\n",
                err.toString());
        assertTrue(Files.notExists(dir.resolve("h")), "no folder was made");
    }

    /**
     * A folder holding an earlier session is refused before a room opens: the same command for the next
     * class once replaced the first class's results when its session ended, as a run with the same seed
     * replaces its own output, though no session can be run again.
     */
    @Test
    void anEarlierSessionIsNotReplacedWithoutForce() throws Exception {
        Path folder = dir.resolve("class-1");
        Room room = ClassroomFixture.room(
                "classroom-two-firms", 2, 1, folder, false, new java.io.PrintWriter(new java.io.StringWriter()));
        room.join(room.roomCode(), "Ann", "A");
        room.runWithoutPausing();
        assertEquals(Room.Status.FINISHED, room.status(), room.failure());
        byte[] trades = Files.readAllBytes(folder.resolve("trades.csv"));
        for (String command : new String[] {"classroom", "play"}) {
            err.getBuffer().setLength(0);
            int exit = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                    java.time.Duration.ofSeconds(60),
                    () -> run(command, "classroom-two-firms", "--port", "0", "--out", "" + folder),
                    "a room opened on the earlier session's folder");
            assertEquals(2, exit, command + ": " + err);
            assertEquals(
                    "carbonsim: " + folder + ": holds an earlier classroom session, whose players' orders cannot be"
                            + " run again; use --force to replace it, or choose another --out\n",
                    err.toString(),
                    command);
        }
        assertEquals(new String(trades), Files.readString(folder.resolve("trades.csv")), "the session kept");
    }
}

package org.carbonsim.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.spark.SparkContext$;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A master Spark cannot start on is bad input: one line that names {@code --master} and says why, with
 * none of Spark's own lines before it (they come back with {@code --debug}), exit 2, and nothing
 * written. A standalone master that cannot be reached is refused before Spark waits a minute for it.
 */
class SparkMasterTest {
    @TempDir
    Path dir;

    @AfterEach
    void clear() {
        System.clearProperty("spark.master");
        System.clearProperty(SparkMain.STACK_TRACES_PROPERTY);
        System.clearProperty(SparkMain.MESSAGE_TAIL_PROPERTY);
    }

    @Test
    void aMasterUrlSparkCannotParseIsOneLineWithExitTwo() {
        assertOneLine("nonsense", "carbonsim: --master nonsense: Spark cannot start: Could not parse Master URL:");
    }

    /**
     * {@code carbonsim-spark --master montecarlo classroom-two-firms --runs 2}: the launcher takes the
     * command for the master's URL. carbonsim without its command called the scenario an unmatched argument
     * and suggested the classroom command.
     */
    @Test
    void aMasterGivenACommandOrAnOptionInPlaceOfItsUrlSaysSo() {
        for (String[] masterAndArgs : new String[][] {
            {"montecarlo", "classroom-two-firms", "--runs", "2"},
            {"sweep", "classroom-two-firms", "--runs", "2", "--set", "market.limitPct=5,10"},
            {"--runs", "2", "montecarlo", "classroom-two-firms"},
            {"montecarlo"}
        }) {
            String master = masterAndArgs[0];
            String command = master.startsWith("-") ? "montecarlo" : master;
            System.setProperty("spark.master", master);
            Path out = dir.resolve("out");
            List<String> args = new ArrayList<>(List.of(masterAndArgs).subList(1, masterAndArgs.length));
            args.addAll(List.of("--out", out.toString()));
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code =
                    SparkMain.execute(new PrintStream(err, true, StandardCharsets.UTF_8), args.toArray(String[]::new));
            String text = err.toString(StandardCharsets.UTF_8).strip();
            assertEquals(2, code, master + ": " + text);
            assertEquals(
                    "carbonsim-spark: --master needs a URL before the command, such as carbonsim-spark --master"
                            + " 'local[2]' " + command + " ...; \"" + master + "\" is not a master URL",
                    text,
                    master);
            assertFalse(Files.exists(out), master + ": nothing written");
        }
    }

    @Test
    void aLocalMasterWithoutThreadsIsOneLineWithExitTwo() {
        assertOneLine("local[0]", "carbonsim: --master local[0]: Spark cannot start: Asked to run locally with 0");
    }

    @Test
    void aStandaloneMasterOnAClosedPortIsRefusedBeforeSparkStarts() throws IOException {
        int port;
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = closed.getLocalPort();
        }
        String master = "spark://127.0.0.1:" + port;
        assertOneLine(
                master,
                "carbonsim: --master " + master + ": Spark cannot start: no standalone master answers at 127.0.0.1:"
                        + port + " (connection refused)");
    }

    @Test
    void aStandaloneMasterOnAnUnknownHostIsRefusedBeforeSparkStarts() {
        // .invalid is reserved: no name server knows a host in it (RFC 6761)
        assertOneLine(
                "spark://nohost.invalid:7077,other.invalid:7077",
                "carbonsim: --master spark://nohost.invalid:7077,other.invalid:7077: Spark cannot start: no standalone"
                        + " master answers at nohost.invalid:7077 (unknown host), other.invalid:7077 (unknown host)");
    }

    /**
     * A port that takes connections but never answers as a master passes the check before Spark starts;
     * Spark gives it up after a minute and stops the context, which ends the study's wait on its job
     * (it waited for ever) with carbonsim's message as the last line of its own. Spark's threads may
     * still log the closing of its connection to the master after it (a "spark: " line): they stop the
     * context on their own, and the order of their last lines and carbonsim's is not fixed.
     */
    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES) // not a time limit: a study that waits for ever fails
    void aStandaloneMasterThatNeverAnswersEndsTheStudy() throws IOException, InterruptedException {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread accepting = new Thread(() -> {
                List<Socket> held = new ArrayList<>();
                try {
                    while (true) {
                        held.add(silent.accept());
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            });
            accepting.setDaemon(true);
            accepting.start();
            String master = "spark://127.0.0.1:" + silent.getLocalPort();
            List<String> lines = refused(master);
            List<String> own =
                    lines.stream().filter(line -> !line.startsWith("spark: ")).toList();
            assertTrue(
                    !own.isEmpty()
                            && own.get(own.size() - 1)
                                    .startsWith(
                                            "carbonsim: --master " + master + ": Spark stopped before the study ended"),
                    String.join("\n", lines));
        }
        // Spark stops the context in a thread of its own, which may still be at it: the next test's
        // context could not start until it has
        while (SparkContext$.MODULE$.getActive().isDefined()) {
            Thread.sleep(100);
        }
    }

    @Test
    void debugPrintsSparksOwnLinesBeforeTheMessage() {
        List<String> lines = refused("nonsense", "--debug");
        assertTrue(
                lines.stream().anyMatch(l -> l.contains("Error initializing SparkContext")),
                "Spark's error under --debug: " + lines);
        assertTrue(
                lines.stream().anyMatch(l -> l.startsWith("carbonsim: --master nonsense: Spark cannot start:")),
                "and carbonsim's message: " + lines);
    }

    private void assertOneLine(String master, String start) {
        List<String> lines = refused(master);
        assertEquals(1, lines.size(), "one line: " + lines);
        assertTrue(lines.get(0).startsWith(start), lines.get(0));
    }

    /** The lines on standard error of a study on {@code master} that is refused. */
    private List<String> refused(String master, String... more) {
        System.setProperty("spark.master", master);
        Path out = dir.resolve("out");
        PrintStream original = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        List<String> args =
                new ArrayList<>(List.of("montecarlo", "classroom-two-firms", "--runs", "2", "--quiet", "--out"));
        args.add(out.toString());
        args.addAll(List.of(more));
        int code;
        try {
            code = SparkMain.execute(System.err, args.toArray(String[]::new));
        } finally {
            System.setErr(original);
        }
        String text = err.toString(StandardCharsets.UTF_8);
        assertEquals(2, code, text);
        assertFalse(Files.exists(out), "nothing written");
        return text.strip().lines().toList();
    }
}

package org.carbonsim.cli.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.carbonsim.cli.CommandLineTest;
import org.carbonsim.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A {@code carbonsim run} killed with {@code kill -9} while it writes its folder (a child JVM held at
 * each stage by {@link OutputFolder#TEST_HOOK_PROPERTY}, then destroyed forcibly) leaves the old
 * output or the new one, never a mixture, and the next run into the same parent leaves no hidden
 * temporary folder behind.
 */
class KillMidWriteTest extends CommandLineTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"written", "swapping", "swapped"})
    void aKilledRunLeavesTheOldOrTheNewFolderAndTheNextRunCleansUp(String stage) throws Exception {
        Path o = dir.resolve("out");
        // the old output has trades.csv, the new one does not: the two can be told apart
        assertEquals(0, run("run", "classroom-two-firms", "--quiet", "--no-charts", "--trades", "--out", o.toString()));
        byte[] summary = Files.readAllBytes(o.resolve("summary.json"));

        killAt(stage, "run", "classroom-two-firms", "--quiet", "--no-charts", "--out", o.toString());
        assertTrue(
                !OutputFolderTest.hiddenSiblings(dir).isEmpty(),
                stage + ": the killed run left its hidden folders, as a real kill would");

        OutputFolder.removeStaleSiblings(dir);
        assertEquals(List.of(), OutputFolderTest.hiddenSiblings(dir), stage);
        assertTrue(Files.exists(o.resolve(OutputFolder.MARKER)), stage + ": a complete folder is in place");
        assertArrayEquals(summary, Files.readAllBytes(o.resolve("summary.json")), stage);
        boolean old = Files.exists(o.resolve("trades.csv"));
        assertEquals(
                !stage.equals("swapped"),
                old,
                stage + ": the old folder before the new one is in place, the new one after");

        killAt(stage, "run", "classroom-two-firms", "--quiet", "--no-charts", "--out", o.toString());
        assertEquals(0, run("run", "classroom-two-firms", "--quiet", "--no-charts", "--out", o.toString()));
        assertEquals(List.of(o), listing(dir), stage + ": the next run leaves no temporary folder");
        assertArrayEquals(summary, Files.readAllBytes(o.resolve("summary.json")), stage);
    }

    /**
     * A chart killed at each stage: the next chart first completes a swap the killed one began (its new
     * charts and report are all written by then) or removes its unfinished files, so the report and the
     * charts come from one draw, and leaves no hidden folder.
     */
    @ParameterizedTest
    @ValueSource(strings = {"written", "swapping", "swapped"})
    void aKilledChartLeavesOneDrawOfChartsAndReportAndTheNextChartCleansUp(String stage) throws Exception {
        Path o = dir.resolve("out");
        assertEquals(
                0, run("run", "classroom-two-firms", "--years", "1", "--quiet", "--no-charts", "--out", o.toString()));
        assertEquals(0, run("chart", o.toString(), "--quiet"), err.toString());
        String svg = Files.readString(o.resolve("charts/price.svg"));
        String report = Files.readString(o.resolve("report.html"));
        Files.writeString(o.resolve("charts/price.svg"), "old");
        Files.writeString(o.resolve("report.html"), "old");

        killAt(stage, "chart", o.toString(), "--quiet");
        assertTrue(!OutputEntriesTest.hidden(o).isEmpty(), stage + ": the killed chart left its hidden folders");

        OutputEntries.finishKilled(o, "charts");
        assertEquals(List.of(), OutputEntriesTest.hidden(o), stage);
        boolean old = stage.equals("written");
        assertEquals(old ? "old" : svg, Files.readString(o.resolve("charts/price.svg")), stage);
        assertEquals(old ? "old" : report, Files.readString(o.resolve("report.html")), stage);

        killAt(stage, "chart", o.toString(), "--quiet");
        assertEquals(0, run("chart", o.toString(), "--quiet"), err.toString());
        assertEquals(List.of(), OutputEntriesTest.hidden(o), stage + ": the next chart leaves no hidden folder");
        assertEquals(svg, Files.readString(o.resolve("charts/price.svg")), stage);
        assertEquals(report, Files.readString(o.resolve("report.html")), stage);
    }

    /**
     * A run stopped with SIGTERM ({@code kill}, {@link Process#destroy}) while its new folder is written
     * and not yet in place releases its lock on the way out: no {@code .out.carbonsim-lock} is left
     * beside the folder. Its half-written folder stays hidden ({@code .out.tmp-PID-N}, no marker) and the
     * old output stays whole; the next run removes the hidden folder. Windows has no SIGTERM:
     * {@code destroy} there ends the process outright.
     */
    @Test
    void aRunStoppedWithSigtermLeavesNoLockFileAndTheOldFolderWhole() throws Exception {
        assumeFalse(System.getProperty("os.name").startsWith("Windows"), "no SIGTERM on Windows");
        Path o = dir.resolve("out");
        assertEquals(0, run("run", "classroom-two-firms", "--quiet", "--no-charts", "--trades", "--out", o.toString()));
        byte[] summary = Files.readAllBytes(o.resolve("summary.json"));

        Process child =
                startHaltedAt("written", "run", "classroom-two-firms", "--quiet", "--no-charts", "--out", o.toString());
        assertTrue(Files.exists(FolderLock.lockFile(o)), "the halted run holds the lock");
        child.destroy();
        child.waitFor();

        assertFalse(Files.exists(FolderLock.lockFile(o)), "the stopped run's shutdown hook removed its lock file");
        assertTrue(Files.exists(o.resolve("trades.csv")), "the old output is in place");
        assertArrayEquals(summary, Files.readAllBytes(o.resolve("summary.json")));
        List<Path> hidden = OutputFolderTest.hiddenSiblings(dir);
        assertEquals(1, hidden.size(), "the half-written folder stays hidden: " + hidden);
        assertFalse(Files.exists(hidden.get(0).resolve(OutputFolder.MARKER)), "and is not marked as complete");

        assertEquals(0, run("run", "classroom-two-firms", "--quiet", "--no-charts", "--out", o.toString()));
        assertEquals(List.of(o), listing(dir), "the next run leaves no temporary folder");
    }

    private static List<Path> listing(Path parent) throws IOException {
        try (Stream<Path> entries = Files.list(parent)) {
            return entries.toList();
        }
    }

    /**
     * A chart in another process, halted with its new charts written and not yet swapped in, holds the
     * folder's lock: a chart and a run into the same folder here fail at once with one line naming it,
     * and leave its files as they were.
     */
    @Test
    void aChartOrRunWhileAnotherProcessChartsTheFolderFailsAtOnce() throws Exception {
        Path o = dir.resolve("out");
        assertEquals(
                0, run("run", "classroom-two-firms", "--years", "1", "--quiet", "--no-charts", "--out", o.toString()));
        assertEquals(0, run("chart", o.toString(), "--quiet"), err.toString());
        Map<String, String> before = OutputEntriesTest.snapshot(o);
        String message = "carbonsim: another carbonsim command is writing to " + o
                + "; nothing was written: wait for it to finish, or choose another folder\n";

        Process child = startHaltedAt("written", "chart", o.toString(), "--quiet");
        try {
            err.getBuffer().setLength(0);
            assertEquals(2, run("chart", o.toString(), "--quiet"));
            assertEquals(message, err.toString());
            err.getBuffer().setLength(0);
            assertEquals(
                    2,
                    run("run", "classroom-two-firms", "--years", "1", "--quiet", "--no-charts", "--out", o.toString()));
            assertEquals(message, err.toString());
        } finally {
            child.destroyForcibly();
            child.waitFor();
        }
        OutputEntries.finishKilled(o, "charts");
        assertEquals(before, OutputEntriesTest.snapshot(o), "the folder is as it was");
    }

    /** Runs {@code carbonsim args} in a child JVM, waits until it halts at {@code stage}, and kills it. */
    private static void killAt(String stage, String... args) throws Exception {
        Process child = startHaltedAt(stage, args);
        child.destroyForcibly();
        child.waitFor();
    }

    /** Runs {@code carbonsim args} in a child JVM and returns it once it halts at {@code stage}. */
    private static Process startHaltedAt(String stage, String... args) throws Exception {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                classpath,
                "-D" + OutputFolder.TEST_HOOK_PROPERTY + "=halt:" + stage,
                Main.class.getName()));
        command.addAll(List.of(args));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            StringBuilder seen = new StringBuilder();
            do {
                line = lines.readLine();
                seen.append(line).append('\n');
            } while (line != null && !line.contains("halted at " + stage));
            assertNotNull(line, stage + ": the child never reached the stage; it printed:\n" + seen);
            return child;
        } catch (Exception | AssertionError e) {
            child.destroyForcibly();
            throw e;
        }
    }
}

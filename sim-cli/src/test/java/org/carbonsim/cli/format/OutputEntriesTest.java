package org.carbonsim.cli.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.carbonsim.cli.CommandLineTest;
import org.carbonsim.cli.files.ChartFiles;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code carbonsim chart} replaces a folder's charts and report all at once: a full disk or a refused
 * permission at any stage leaves the previous charts and report byte for byte and no hidden folder; a
 * killed chart's leftovers are completed or removed by the next one; files in {@code charts/} that are
 * not drawn again are kept.
 */
class OutputEntriesTest extends CommandLineTest {
    private static final String OLD_SVG = "<svg>the previous price chart</svg>";
    private static final String OLD_REPORT = "<html>the previous report</html>";

    @TempDir
    Path dir;

    /**
     * A run folder with its charts and report drawn, then {@code charts/price.svg} and {@code
     * report.html} replaced by text that no drawing gives, so that old and new can be told apart, and a
     * file of the user's in {@code charts/}.
     */
    Path chartedRun() throws IOException {
        Path o = dir.resolve("out");
        assertEquals(
                0, run("run", "classroom-two-firms", "--years", "1", "--quiet", "--no-charts", "--out", o.toString()));
        assertEquals(0, run("chart", o.toString(), "--quiet"), err.toString());
        Files.writeString(o.resolve("charts/price.svg"), OLD_SVG, StandardCharsets.UTF_8);
        Files.writeString(o.resolve(ChartFiles.REPORT), OLD_REPORT, StandardCharsets.UTF_8);
        Files.writeString(o.resolve("charts/notes.txt"), "mine", StandardCharsets.UTF_8);
        return o;
    }

    /** {@code carbonsim chart o --quiet} with the test hook {@code hook} set; its exit code. */
    private int chartWithHook(Path o, String hook) {
        System.setProperty(OutputFolder.TEST_HOOK_PROPERTY, hook);
        try {
            return run("chart", o.toString(), "--quiet");
        } finally {
            System.clearProperty(OutputFolder.TEST_HOOK_PROPERTY);
        }
    }

    /** Every file and folder under {@code folder}, hidden ones too, with the bytes of the files. */
    static Map<String, String> snapshot(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.toList()) {
                String name = folder.relativize(p).toString();
                files.put(
                        name,
                        Files.isDirectory(p)
                                ? "folder"
                                : new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"fail:written", "fail:swapping", "fail:swapped", "deny:written", "deny:swapping", "deny:swapped"
            })
    void aChartThatCannotBeWrittenLeavesThePreviousChartsAndReportByteForByte(String hook) throws IOException {
        Path o = chartedRun();
        Map<String, String> before = snapshot(o);
        err.getBuffer().setLength(0);

        int code = chartWithHook(o, hook);

        String errors = err.toString().strip();
        assertEquals(2, code, hook + ": " + errors);
        assertEquals(1, errors.lines().count(), hook + ": " + errors);
        assertTrue(errors.contains(o + ": cannot write the charts"), hook + ": " + errors);
        assertTrue(
                errors.contains(hook.startsWith("fail") ? "No space left on device" : "permission denied"),
                hook + ": " + errors);
        assertTrue(errors.contains("the previous charts and report are unchanged"), hook + ": " + errors);
        assertEquals(before, snapshot(o), hook + ": the folder, hidden files included, is as it was");
    }

    /**
     * Two charts of one folder at the same moment could interleave their swaps. The folder's lock (taken
     * here as another process would, through its lock file) makes a second chart, and a run into the same
     * folder, fail at once with one line naming the folder, exit 2, the folder untouched; once the lock
     * is let go a chart works again and leaves no lock file behind.
     */
    @Test
    void aChartOrRunIntoAFolderAnotherCommandIsWritingFailsAtOnceAndWritesNothing() throws IOException {
        Path o = chartedRun();
        Map<String, String> before = snapshot(o);
        Path lockFile = FolderLock.lockFile(o);
        String message = "carbonsim: another carbonsim command is writing to " + o
                + "; nothing was written: wait for it to finish, or choose another folder\n";
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            channel.lock();
            err.getBuffer().setLength(0);
            assertEquals(2, run("chart", o.toString(), "--quiet"));
            assertEquals(message, err.toString());
            assertEquals(before, snapshot(o), "the folder, hidden files included, is as it was");

            err.getBuffer().setLength(0);
            assertEquals(
                    2,
                    run("run", "classroom-two-firms", "--years", "1", "--quiet", "--no-charts", "--out", o.toString()));
            assertEquals(message, err.toString());
            assertEquals(before, snapshot(o), "the folder, hidden files included, is as it was");
        }

        assertEquals(0, run("chart", o.toString(), "--quiet"), err.toString());
        assertFalse(Files.exists(lockFile), "a chart that ends leaves no lock file");
        assertFalse(Files.readString(o.resolve(ChartFiles.REPORT)).equals(OLD_REPORT), "the report is written again");
    }

    /**
     * A folder whose parent is read-only cannot take the lock file beside it, but chart writes and stages
     * inside the folder: it takes its lock inside instead, a second chart is refused while it is held,
     * and none is left. Skipped where the permissions do not bind (as root).
     */
    @Test
    void aChartIntoAFolderWhoseParentIsReadOnlyLocksInsideIt() throws IOException {
        Path o = chartedRun();
        Path parent = o.getParent();
        Set<PosixFilePermission> was = Files.getPosixFilePermissions(parent);
        Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Assumptions.assumeFalse(Files.isWritable(parent), "the permissions do not bind here (root)");
            assertEquals(0, run("chart", o.toString(), "--quiet"), err.toString());
            assertFalse(Files.readString(o.resolve(ChartFiles.REPORT)).equals(OLD_REPORT), "the report is written");
            assertFalse(Files.exists(o.resolve(FolderLock.SUFFIX)), "no lock file is left inside");
            try (FileChannel channel = FileChannel.open(
                    o.resolve(FolderLock.SUFFIX), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                channel.lock();
                Map<String, String> before = snapshot(o);
                err.getBuffer().setLength(0);
                assertEquals(2, run("chart", o.toString(), "--quiet"));
                assertTrue(err.toString().contains("another carbonsim command is writing to " + o), err.toString());
                assertEquals(before, snapshot(o), "the folder is as it was");
            }
        } finally {
            Files.setPosixFilePermissions(parent, was);
        }
    }

    /**
     * {@link #chartedRun} with its {@code charts/} moved to a folder elsewhere and a symbolic link to it
     * in its place; the test is skipped where the file system refuses links.
     */
    Path linkedCharts(Path o, Path elsewhere) throws IOException {
        Files.move(o.resolve(ChartFiles.CHARTS), elsewhere);
        try {
            Files.createSymbolicLink(o.resolve(ChartFiles.CHARTS), elsewhere);
        } catch (UnsupportedOperationException | IOException e) {
            Assumptions.abort("no symbolic links here: " + e);
        }
        return elsewhere;
    }

    /**
     * A {@code charts/} that is a symbolic link was replaced by a real folder, the link lost. Now the link
     * stays and the folder it leads to gets the new charts; a file of the user's in it is kept.
     */
    @Test
    void aLinkedChartsFolderKeepsItsLinkAndTheFolderItLeadsToGetsTheNewCharts() throws IOException {
        Path o = chartedRun();
        Path elsewhere = linkedCharts(o, dir.resolve("kept-charts"));

        assertEquals(0, run("chart", o.toString(), "--quiet"), err.toString());

        Path link = o.resolve(ChartFiles.CHARTS);
        assertTrue(Files.isSymbolicLink(link), "the link is kept");
        assertEquals(elsewhere, Files.readSymbolicLink(link));
        assertFalse(Files.readString(elsewhere.resolve("price.svg")).equals(OLD_SVG), "drawn again, into its folder");
        assertTrue(Files.size(elsewhere.resolve("price.png")) > 0);
        assertEquals("mine", Files.readString(elsewhere.resolve("notes.txt")), "a file of the user's is kept");
        assertFalse(Files.readString(o.resolve(ChartFiles.REPORT)).equals(OLD_REPORT), "the report is written again");
        assertEquals(List.of(), hidden(o));
        try (Stream<Path> files = Files.list(elsewhere)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().startsWith(".")), "nothing hidden left");
        }
    }

    /** A chart that fails mid-swap puts a linked folder's old charts back, and the link stays. */
    @ParameterizedTest
    @ValueSource(strings = {"fail:swapping", "fail:swapped", "deny:swapping"})
    void aLinkedChartsFolderIsLeftAsItWasWhenTheSwapFails(String hook) throws IOException {
        Path o = chartedRun();
        Path elsewhere = linkedCharts(o, dir.resolve("kept-charts"));
        Map<String, String> before = snapshot(elsewhere);

        int code = chartWithHook(o, hook);

        assertEquals(2, code, hook + ": " + err);
        assertTrue(Files.isSymbolicLink(o.resolve(ChartFiles.CHARTS)), hook + ": the link is kept");
        assertEquals(before, snapshot(elsewhere), hook + ": the linked folder is as it was");
        assertEquals(OLD_REPORT, Files.readString(o.resolve(ChartFiles.REPORT)), hook);
        assertEquals(List.of(), hidden(o), hook);
    }

    @Test
    void aChartKeepsTheFilesItDoesNotDrawAndLeavesNoHiddenFolder() throws IOException {
        Path o = chartedRun();
        byte[] png = Files.readAllBytes(o.resolve("charts/price.png"));
        Files.writeString(o.resolve("charts/price.png"), "the previous png", StandardCharsets.UTF_8);

        assertEquals(0, run("chart", o.toString(), "--format", "svg", "--quiet"), err.toString());

        assertEquals("mine", Files.readString(o.resolve("charts/notes.txt")), "a file of the user's is kept");
        assertEquals(
                "the previous png",
                Files.readString(o.resolve("charts/price.png")),
                "a PNG not asked for is kept as it was");
        assertFalse(Files.readString(o.resolve("charts/price.svg")).equals(OLD_SVG), "the SVG is drawn again");
        assertFalse(Files.readString(o.resolve(ChartFiles.REPORT)).equals(OLD_REPORT), "the report is written again");
        assertEquals(List.of(), hidden(o));

        assertEquals(0, run("chart", o.toString(), "--quiet"), err.toString());
        assertArrayEquals(png, Files.readAllBytes(o.resolve("charts/price.png")), "the PNG is drawn again");
    }

    @Test
    void aFolderWhereTheReportGoesIsRefusedAndKept() throws IOException {
        Path o = chartedRun();
        Files.delete(o.resolve(ChartFiles.REPORT));
        Files.writeString(
                Files.createDirectories(o.resolve(ChartFiles.REPORT)).resolve("draft.txt"),
                "mine",
                StandardCharsets.UTF_8);
        Map<String, String> before = snapshot(o);
        err.getBuffer().setLength(0);

        assertEquals(2, run("chart", o.toString(), "--quiet"));
        assertTrue(err.toString().contains("report.html is in the way"), err.toString());
        assertEquals(before, snapshot(o));
    }

    /**
     * A chart killed part-way through the swap: the old charts and report moved aside, the new charts in
     * place, the new report still hidden. The next chart completes that swap before its own, so the
     * report and the charts never come from different draws.
     */
    @Test
    void aSwapAKilledChartBeganIsCompleted() throws IOException {
        Path o = Files.createDirectories(dir.resolve("out"));
        long dead = OutputFolderTest.deadPid();
        Path staged = Files.createDirectories(o.resolve(".charts.new-" + dead + "-3"));
        Path aside = Files.createDirectories(o.resolve(".charts.prev-" + dead + "-3"));
        Files.writeString(Files.createDirectories(aside.resolve("charts")).resolve("price.svg"), "old");
        Files.writeString(aside.resolve("report.html"), "old");
        Files.writeString(Files.createDirectories(o.resolve("charts")).resolve("price.svg"), "new");
        Files.writeString(staged.resolve("report.html"), "new");

        OutputEntries.finishKilled(o, "charts");

        assertEquals("new", Files.readString(o.resolve("charts/price.svg")));
        assertEquals("new", Files.readString(o.resolve("report.html")));
        assertEquals(List.of(), hidden(o));
    }

    /**
     * A chart killed while swapping charts into a linked folder: one old chart aside, one new one in
     * place, one still hidden. The next chart completes the swap inside the folder the link leads to and
     * keeps the link.
     */
    @Test
    void aSwapAKilledChartBeganIntoALinkedFolderIsCompletedThere() throws IOException {
        Path o = Files.createDirectories(dir.resolve("out"));
        Path elsewhere = Files.createDirectories(dir.resolve("kept-charts"));
        try {
            Files.createSymbolicLink(o.resolve("charts"), elsewhere);
        } catch (UnsupportedOperationException | IOException e) {
            Assumptions.abort("no symbolic links here: " + e);
        }
        long dead = OutputFolderTest.deadPid();
        Path staged = Files.createDirectories(o.resolve(".charts.new-" + dead + "-3/charts"));
        Path aside = Files.createDirectories(o.resolve(".charts.prev-" + dead + "-3/charts"));
        Files.writeString(aside.resolve("price.svg"), "old");
        Files.writeString(elsewhere.resolve("volume.svg"), "new");
        Files.writeString(elsewhere.resolve("coverage.svg"), "old");
        Files.writeString(staged.resolve("price.svg"), "new");
        Files.writeString(staged.resolve("coverage.svg"), "new");

        OutputEntries.finishKilled(o, "charts");

        assertTrue(Files.isSymbolicLink(o.resolve("charts")), "the link is kept");
        for (String chart : List.of("price.svg", "volume.svg", "coverage.svg")) {
            assertEquals("new", Files.readString(elsewhere.resolve(chart)), chart);
        }
        assertEquals(List.of(), hidden(o));
    }

    @Test
    void aKilledChartsUnfinishedWritingIsRemovedAndARunningOnesKept() throws IOException {
        Path o = Files.createDirectories(dir.resolve("out"));
        Files.writeString(o.resolve("report.html"), "old");
        long dead = OutputFolderTest.deadPid();
        Path staged = Files.createDirectories(o.resolve(".charts.new-" + dead + "-0/charts"));
        Files.writeString(staged.resolve("price.png"), "cut off");
        Path running = Files.createDirectories(
                o.resolve(".charts.new-" + ProcessHandle.current().pid() + "-0"));
        Path unrelated = Files.createDirectories(o.resolve(".charts.tmp-" + dead + "-0"));

        OutputEntries.finishKilled(o, "charts");

        assertFalse(Files.exists(staged.getParent()), "a dead process's unfinished charts are removed");
        assertFalse(Files.exists(o.resolve("charts")), "and not put in place");
        assertEquals("old", Files.readString(o.resolve("report.html")));
        assertTrue(Files.exists(running), "a running process's folder is kept");
        assertTrue(Files.exists(unrelated), "only the charts' own hidden folders are touched");
    }

    /** The hidden folders of a chart in {@code folder}. */
    static List<Path> hidden(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(p -> p.getFileName().toString().matches("\\..+\\.(new|prev)-\\d+-\\d+"))
                    .toList();
        }
    }
}

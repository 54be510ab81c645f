package org.carbonsim.cli.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.carbonsim.cli.CommandLineTest;
import org.carbonsim.cli.files.Provenance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A rerun into an output folder replaces carbonsim's own files and keeps the user's: {@code run --out
 * keep}, then {@code keep/notes.txt} added by hand, then the same command again deleted notes.txt with
 * exit 0, since the folder was replaced whole. The marker now lists the files carbonsim wrote, with their
 * SHA-256; what it does not list, or lists with other contents, is the user's.
 */
class OutputFolderRerunTest extends CommandLineTest {
    @TempDir
    Path dir;

    private String errLines() {
        return err.toString().strip();
    }

    private int runInto(Path out, String... options) {
        List<String> args = new ArrayList<>(List.of("run", "classroom-two-firms", "--quiet", "--out", out.toString()));
        args.addAll(List.of(options));
        err.getBuffer().setLength(0);
        return run(args.toArray(new String[0]));
    }

    /**
     * Runs into {@code out} with charts, then moves its {@code charts/} to another folder ("disk") and
     * links it back, as a user short of space does; returns the folder the link leads to.
     */
    private Path runWithChartsMovedAndLinked(Path out) throws IOException {
        assertEquals(0, runInto(out), errLines());
        Path elsewhere = dir.resolve("disk/charts");
        Files.createDirectories(elsewhere.getParent());
        Files.move(out.resolve("charts"), elsewhere);
        Files.createSymbolicLink(out.resolve("charts"), elsewhere);
        return elsewhere;
    }

    @Test
    void aFileOfTheUsersSurvivesAReRunAndIsNotListedAsCarbonsims() throws IOException {
        Path out = dir.resolve("keep");
        assertEquals(0, runInto(out, "--no-charts"), errLines());
        Files.writeString(out.resolve("notes.txt"), "my notes\n");

        for (int rerun = 1; rerun <= 2; rerun++) {
            assertEquals(0, runInto(out, "--no-charts"), "rerun " + rerun + ": " + errLines());
            assertEquals("my notes\n", Files.readString(out.resolve("notes.txt")), "rerun " + rerun);
            assertTrue(Files.exists(out.resolve("summary.json")), "rerun " + rerun);
        }
        OutputManifest manifest = OutputManifest.read(out);
        assertTrue(manifest.listed());
        assertEquals("carbonsim run output", manifest.what());
        assertTrue(
                manifest.sha256ByPath().containsKey("summary.json"),
                manifest.sha256ByPath().toString());
        assertFalse(
                manifest.sha256ByPath().containsKey("notes.txt"),
                manifest.sha256ByPath().toString());
        assertEquals(
                OutputManifest.sha256(out.resolve("daily.csv")),
                manifest.sha256ByPath().get("daily.csv"),
                "the list holds each file's SHA-256");
        assertFalse(Files.exists(dir.resolve("keep-2")), "the rerun wrote into the folder itself");
        assertEquals(Provenance.FILE, OutputManifest.RECORD);
        assertEquals(OutputManifest.ANY, manifest.sha256ByPath().get(Provenance.FILE), "run.json differs run to run");
    }

    @Test
    void aFolderOfTheUsersAndAFileInTheChartsFolderSurviveAReRun() throws IOException {
        Path out = dir.resolve("keep");
        assertEquals(0, runInto(out), errLines());
        Files.createDirectories(out.resolve("analysis/figures"));
        Files.writeString(out.resolve("analysis/prices.R"), "read.csv('../daily.csv')\n");
        Files.createDirectories(out.resolve("analysis/empty"));
        Files.writeString(out.resolve("charts/my-chart.svg"), "<svg>mine</svg>");

        assertEquals(0, runInto(out), errLines());
        assertEquals("read.csv('../daily.csv')\n", Files.readString(out.resolve("analysis/prices.R")));
        assertTrue(Files.isDirectory(out.resolve("analysis/figures")), "an empty folder of the user's is kept");
        assertTrue(Files.isDirectory(out.resolve("analysis/empty")));
        assertEquals("<svg>mine</svg>", Files.readString(out.resolve("charts/my-chart.svg")));
        assertTrue(Files.exists(out.resolve("report.html")));
    }

    /** What carbonsim wrote and does not write again is removed, not kept as if it were the user's. */
    @Test
    void carbonsimsOwnFilesThatARerunDoesNotWriteAreRemoved() throws IOException {
        Path out = dir.resolve("keep");
        assertEquals(0, runInto(out, "--no-charts", "--trades"), errLines());
        assertTrue(Files.exists(out.resolve("trades.csv")));

        assertEquals(0, runInto(out, "--no-charts"), errLines());
        assertFalse(Files.exists(out.resolve("trades.csv")), "the earlier run's trades are not left beside the new");
    }

    /**
     * {@code chart} rewrites the charts and {@code report.html} in place and lists them in the marker, so a
     * rerun replaces them as carbonsim's; here in Chinese, so that they differ from what the run wrote.
     */
    @Test
    void theChartsThatChartRedrawsAreRecognisedAsCarbonsimsOnARerun() throws IOException {
        Path out = dir.resolve("keep");
        assertEquals(0, runInto(out), errLines());
        String report = Files.readString(out.resolve("report.html"));
        assertEquals(0, run("chart", out.toString(), "--quiet", "--format", "svg", "--lang", "zh"), errLines());
        assertFalse(report.equals(Files.readString(out.resolve("report.html"))), "the chart command redrew the report");
        assertEquals(
                OutputManifest.sha256(out.resolve("report.html")),
                OutputManifest.read(out).sha256ByPath().get("report.html"));

        assertEquals(0, runInto(out), errLines());
        assertEquals(report, Files.readString(out.resolve("report.html")), "the rerun replaced the redrawn report");
        assertFalse(Files.exists(dir.resolve("keep-2")));
    }

    /**
     * A file carbonsim wrote and the user edited since is refused before the work, named, with how to go
     * on; {@code --force} replaces it, and still keeps a file the results do not write.
     */
    @Test
    void anEditedFileIsRefusedUnlessForcedAndForceKeepsTheOtherFiles() throws IOException {
        Path out = dir.resolve("keep");
        assertEquals(0, runInto(out, "--no-charts"), errLines());
        byte[] annual = Files.readAllBytes(out.resolve("annual.csv"));
        Files.writeString(out.resolve("annual.csv"), "edited by hand\n");
        Files.writeString(out.resolve("notes.txt"), "my notes\n");

        assertEquals(2, runInto(out, "--no-charts"), errLines());
        assertEquals(
                "carbonsim: " + out + ": annual.csv was changed since carbonsim wrote it, and a rerun writes"
                        + " carbonsim's files again; move it out of the folder, add --force to replace it, or"
                        + " choose another --out",
                errLines());
        assertEquals("edited by hand\n", Files.readString(out.resolve("annual.csv")));
        assertFalse(Files.exists(dir.resolve("keep-2")), "refused before the work");

        assertEquals(0, runInto(out, "--no-charts", "--force"), errLines());
        assertEquals(new String(annual, StandardCharsets.UTF_8), Files.readString(out.resolve("annual.csv")));
        assertEquals("my notes\n", Files.readString(out.resolve("notes.txt")), "--force replaces, never deletes");
    }

    /**
     * A file of the user's under a name the new results write ({@code trades.csv} beside a run without
     * trades, then a run with them) is not replaced: the folder is left as it is and the results go
     * beside it, the message naming the file; {@code --force} replaces it.
     */
    @Test
    void aFileOfTheUsersInTheWayOfTheResultsIsKeptUnlessForced() throws IOException {
        Path out = dir.resolve("keep");
        assertEquals(0, runInto(out, "--no-charts"), errLines());
        Files.writeString(out.resolve("trades.csv"), "my own trades\n");

        assertEquals(2, runInto(out, "--no-charts", "--trades"), errLines());
        assertEquals(
                "carbonsim: " + out + ": holds trades.csv, which carbonsim did not write (or which was changed"
                        + " since) and which the new results would replace, so the folder is left as it is; the"
                        + " results are in " + dir.resolve("keep-2") + "; move it out of the folder, or add --force"
                        + " to replace it",
                errLines());
        assertEquals("my own trades\n", Files.readString(out.resolve("trades.csv")));
        assertTrue(Files.exists(dir.resolve("keep-2/trades.csv")), "the results are kept beside");
        assertTrue(Files.exists(dir.resolve("keep-2").resolve(OutputFolder.MARKER)));
        assertEquals(List.of(), OutputFolderTest.hiddenSiblings(dir));

        assertEquals(0, runInto(out, "--no-charts", "--trades", "--force"), errLines());
        assertTrue(Files.readString(out.resolve("trades.csv")).startsWith("year,"), "replaced by the run's trades");
    }

    /**
     * A folder of an older carbonsim, whose marker lists nothing: nothing in it is proven carbonsim's, so
     * a rerun is refused (before the work) and {@code --force} replaces only what the results write.
     */
    @Test
    void aFolderOfAnOlderCarbonsimIsRefusedAndForceKeepsWhatTheResultsDoNotWrite() throws IOException {
        Path out = dir.resolve("keep");
        assertEquals(0, runInto(out, "--no-charts"), errLines());
        Files.writeString(out.resolve(OutputFolder.MARKER), "carbonsim run output\n");
        Files.writeString(out.resolve("notes.txt"), "my notes\n");

        assertEquals(2, runInto(out, "--no-charts"), errLines());
        assertTrue(
                errLines()
                        .startsWith("carbonsim: " + out + ": was written by an older carbonsim, which did not list"
                                + " the files it wrote, so they cannot be told from files of yours ("),
                errLines());
        assertTrue(
                errLines()
                        .endsWith("); add --force to replace those the new results write (the others are"
                                + " kept), or choose another --out"),
                errLines());
        assertEquals("my notes\n", Files.readString(out.resolve("notes.txt")));

        assertEquals(0, runInto(out, "--no-charts", "--force"), errLines());
        assertEquals("my notes\n", Files.readString(out.resolve("notes.txt")));
        assertTrue(OutputManifest.read(out).listed(), "the folder's marker now lists carbonsim's files");
        assertEquals(0, runInto(out, "--no-charts"), "and a rerun needs no --force: " + errLines());
        assertEquals("my notes\n", Files.readString(out.resolve("notes.txt")));
    }

    /**
     * A rerun that fails at any stage (a full disk, a refused permission) leaves the user's files where
     * they were, the old output whole, and no hidden folder: they are carried as hard links, never moved.
     */
    @ParameterizedTest
    @ValueSource(strings = {"fail:written", "fail:swapping", "deny:swapping"})
    void aRerunThatFailsLeavesTheUsersFilesInTheOldFolder(String hook) throws IOException {
        Path out = dir.resolve("keep");
        assertEquals(0, runInto(out, "--no-charts"), errLines());
        Files.createDirectories(out.resolve("analysis"));
        Files.writeString(out.resolve("analysis/prices.R"), "plot()\n");
        byte[] summary = Files.readAllBytes(out.resolve("summary.json"));

        System.setProperty(OutputFolder.TEST_HOOK_PROPERTY, hook);
        int code;
        try {
            code = runInto(out, "--no-charts");
        } finally {
            System.clearProperty(OutputFolder.TEST_HOOK_PROPERTY);
        }
        assertEquals(2, code, hook + ": " + errLines());
        assertEquals("plot()\n", Files.readString(out.resolve("analysis/prices.R")), hook);
        assertEquals(new String(summary, StandardCharsets.UTF_8), Files.readString(out.resolve("summary.json")), hook);
        assertEquals(List.of(), OutputFolderTest.hiddenSiblings(dir), hook);
    }

    /** Every command that writes an output folder keeps the user's files on a rerun. */
    @ParameterizedTest
    @ValueSource(strings = {"montecarlo", "sweep", "compare"})
    void everyCommandWritingAFolderKeepsTheUsersFiles(String command) throws IOException {
        Path out = dir.resolve(command);
        List<String> args = new ArrayList<>(List.of(command, "classroom-two-firms"));
        if (command.equals("compare")) {
            args.add("classroom-ten-firms");
        }
        if (command.equals("sweep")) {
            args.addAll(List.of("--set", "market.limitPct=5,10"));
        }
        args.addAll(List.of("--runs", "2", "--quiet", "--no-charts", "--out", out.toString()));
        String[] line = args.toArray(new String[0]);
        assertEquals(0, run(line), command + ": " + errLines());
        Files.createDirectories(out.resolve("mine"));
        Files.writeString(out.resolve("mine/notes.txt"), "my notes\n");

        assertEquals(0, run(line), command + ": " + errLines());
        assertEquals("my notes\n", Files.readString(out.resolve("mine/notes.txt")), command);
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(out), files.toList(), command + ": nothing beside the folder");
        }
    }

    /**
     * A rerun names the user's files it kept in one line on stderr (before, it said nothing, and a user
     * could not tell which files carbonsim had taken for theirs), and prints on stdout what a rerun without
     * them prints; {@code --quiet} prints neither. The files a desktop's file browser leaves are not named,
     * nor a file of the user's that {@code --force} let the results replace, which is not kept.
     */
    @Test
    void aRerunNamesTheUsersFilesItKeptOnStderrUnlessQuiet() throws IOException {
        Path folder = dir.resolve("keep");
        String[] line = {"run", "classroom-two-firms", "--no-charts", "--out", folder.toString()};
        assertEquals(0, run(line), errLines());
        assertEquals("", errLines(), "a first run keeps nothing and says nothing");
        String stdout = out.toString();
        Files.writeString(folder.resolve("notes.txt"), "my notes\n");
        Files.createDirectories(folder.resolve("analysis"));
        Files.writeString(folder.resolve("analysis/fit.R"), "lm(price ~ year)\n");
        Files.writeString(folder.resolve(".DS_Store"), "the file browser's\n");

        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        assertEquals(0, run(line), errLines());
        assertEquals("carbonsim: " + folder + ": kept 2 files of yours: analysis/fit.R, notes.txt", errLines());
        assertEquals(stdout, out.toString(), "stdout is as without the user's files");

        assertEquals(0, runInto(folder, "--no-charts"), errLines());
        assertEquals("", errLines(), "--quiet");

        Files.writeString(folder.resolve("trades.csv"), "my own trades\n");
        Files.writeString(folder.resolve("a.txt"), "a\n");
        Files.writeString(folder.resolve("b.txt"), "b\n");
        err.getBuffer().setLength(0);
        assertEquals(
                0, run("run", "classroom-two-firms", "--no-charts", "--trades", "--force", "--out", folder.toString()));
        assertEquals(
                "carbonsim: " + folder + ": kept 4 files of yours: a.txt, analysis/fit.R, b.txt and 1 more",
                errLines(),
                "trades.csv was replaced, not kept");
        assertEquals("my notes\n", Files.readString(folder.resolve("notes.txt")));
    }

    /**
     * A {@code charts/} the user made a symbolic link to a folder elsewhere (another disk) after {@code
     * chart} drew into it: the rerun took the link for a file of the user's only once the results were
     * written, and put them in {@code keep-2}. It is refused before the work, naming the link; the link and
     * what it leads to are left as they are, and {@code --force} replaces the link by a folder of the new
     * charts without touching the folder it led to.
     */
    @Test
    void aChartsFolderMadeASymbolicLinkIsRefusedBeforeTheWorkAndNeverWrittenThrough() throws IOException {
        Path out = dir.resolve("keep");
        Path elsewhere = runWithChartsMovedAndLinked(out);
        Files.writeString(elsewhere.resolve("mine.txt"), "my notes on the charts\n");
        assertEquals(0, run("chart", out.toString(), "--quiet"), errLines());
        List<String> chartsBefore = listing(elsewhere);

        assertEquals(2, runInto(out), errLines());
        assertEquals(
                "carbonsim: " + out + ": charts is a symbolic link (to " + elsewhere + ") where carbonsim wrote a"
                        + " folder, and a rerun writes that folder inside the output folder, never through a link out"
                        + " of it; nothing was run and the link and the folder it leads to are left as they are:"
                        + " remove the link (or move the folder back in its place), add --force to replace the link by"
                        + " a folder of the new results (the folder it leads to is left as it is), or choose another"
                        + " --out",
                errLines());
        assertFalse(Files.exists(dir.resolve("keep-2")), "refused before the work, not written beside");
        assertTrue(Files.isSymbolicLink(out.resolve("charts")));
        assertEquals(chartsBefore, listing(elsewhere));

        assertEquals(0, runInto(out, "--force"), errLines());
        assertTrue(Files.isDirectory(out.resolve("charts"), LinkOption.NOFOLLOW_LINKS));
        assertFalse(Files.isSymbolicLink(out.resolve("charts")));
        assertEquals(chartsBefore, listing(elsewhere), "the folder the link led to is never written through");
        assertEquals("my notes on the charts\n", Files.readString(elsewhere.resolve("mine.txt")));
        assertEquals(0, runInto(out), "a folder again, the rerun goes through: " + errLines());

        OutputFolder.deleteQuietly(out.resolve("charts"));
        Files.writeString(out.resolve("charts"), "my file named charts\n");
        assertEquals(2, runInto(out), errLines());
        assertEquals(
                "carbonsim: " + out + ": charts is a file where carbonsim wrote a folder, and a rerun writes that"
                        + " folder again; nothing was run and the file is left as it is: move it out of the folder,"
                        + " add --force to replace it, or choose another --out",
                errLines());
        assertFalse(Files.exists(dir.resolve("keep-2")), "refused before the work, not written beside");
        assertEquals("my file named charts\n", Files.readString(out.resolve("charts")));
    }

    /**
     * A marker whose bytes are not UTF-8 text was refused in the decoder's words ("Input length = 1"),
     * which named neither the file nor the problem.
     */
    @Test
    void aMarkerThatIsNotTextIsNamed() throws IOException {
        Path out = dir.resolve("keep");
        assertEquals(0, runInto(out, "--no-charts"), errLines());
        Files.write(out.resolve(OutputFolder.MARKER), new byte[] {(byte) 0xff, (byte) 0xfe, 0x00, 0x41});
        assertEquals(2, runInto(out, "--no-charts"), errLines());
        assertEquals(
                "carbonsim: " + out + ": cannot read the output folder: "
                        + out.toAbsolutePath().resolve(OutputFolder.MARKER)
                        + " is not carbonsim's marker: its bytes are not UTF-8 text; nothing was run",
                errLines());
    }

    private static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            List<String> listing = new ArrayList<>();
            for (Path p : files.sorted().toList()) {
                listing.add(folder.relativize(p) + (Files.isRegularFile(p) ? " " + OutputManifest.sha256(p) : "/"));
            }
            return listing;
        }
    }

    /**
     * {@code chart} keeps the user's files in {@code charts/} as a rerun does, and now names them in the
     * same line on stderr (it said nothing); the charts it does not draw again ({@code --format svg} leaves
     * the PNG files) are carbonsim's and not named, nor a file browser's; {@code --quiet} prints nothing.
     */
    @Test
    void chartNamesTheUsersFilesItKeptInTheChartsFolderUnlessQuiet() throws IOException {
        Path folder = dir.resolve("keep");
        assertEquals(0, runInto(folder), errLines());
        Files.writeString(folder.resolve("charts/my-chart.svg"), "<svg>mine</svg>");
        Files.createDirectories(folder.resolve("charts/drafts"));
        Files.writeString(folder.resolve("charts/.DS_Store"), "the file browser's\n");
        Files.writeString(folder.resolve("notes.txt"), "not in charts/, untouched by chart\n");

        err.getBuffer().setLength(0);
        assertEquals(0, run("chart", folder.toString(), "--format", "svg"), errLines());
        assertEquals(
                "carbonsim: " + folder + ": kept 2 files and folders of yours: charts/drafts/, charts/my-chart.svg",
                errLines());
        assertEquals("<svg>mine</svg>", Files.readString(folder.resolve("charts/my-chart.svg")));

        err.getBuffer().setLength(0);
        assertEquals(0, run("chart", folder.toString(), "--quiet"), errLines());
        assertEquals("", errLines(), "--quiet");

        Files.delete(folder.resolve("charts/my-chart.svg"));
        Files.delete(folder.resolve("charts/drafts"));
        err.getBuffer().setLength(0);
        assertEquals(0, run("chart", folder.toString()), errLines());
        assertEquals("", errLines(), "nothing of the user's in charts/, nothing said");
    }

    /** The kept line in words: one file, an empty folder, files and folders together. */
    @Test
    void theKeptLineSaysFileOrFolderAndHowMany() {
        Path folder = Path.of("out/x");
        assertTrue(new OutputFolder.Written(folder, List.of()).keptNotice().isEmpty());
        assertEquals(
                "out/x: kept 1 file of yours: notes.txt",
                new OutputFolder.Written(folder, List.of("notes.txt"))
                        .keptNotice()
                        .orElseThrow());
        assertEquals(
                "out/x: kept 1 folder of yours: figures/",
                new OutputFolder.Written(folder, List.of("figures/"))
                        .keptNotice()
                        .orElseThrow());
        assertEquals(
                "out/x: kept 2 files and folders of yours: figures/, notes.txt",
                new OutputFolder.Written(folder, List.of("figures/", "notes.txt"))
                        .keptNotice()
                        .orElseThrow());
    }
    /**
     * A marker {@value OutputFolder#MARKER} that is a folder: the rerun took it for a marker listing
     * nothing of the folder's, kept every file as the user's, found them all in the way at the end of the
     * work and wrote the results to {@code keep-2}. It is refused before the work, naming the marker, with
     * or without {@code --force}, and the folder is left as it is.
     */
    @Test
    void aMarkerThatIsAFolderIsRefusedBeforeTheWork() throws IOException {
        Path out = dir.resolve("keep");
        assertEquals(0, runInto(out, "--no-charts"), errLines());
        Files.delete(out.resolve(OutputFolder.MARKER));
        Files.createDirectory(out.resolve(OutputFolder.MARKER));
        List<String> before = listing(out);

        for (String force : List.of("--trades", "--force")) {
            assertEquals(2, runInto(out, "--no-charts", force), force + ": " + errLines());
            assertEquals(
                    "carbonsim: " + out + ": .carbonsim-output is a folder, not the file in which carbonsim lists the"
                            + " files it wrote, so none of the folder's files can be told from yours; nothing was run,"
                            + " even with --force: choose another --out",
                    errLines(),
                    force);
            assertFalse(Files.exists(dir.resolve("keep-2")), force + ": refused before the work, not written beside");
            assertEquals(before, listing(out), force);
        }
    }

    /**
     * With {@code --no-charts} a rerun writes neither {@code charts/} nor {@code report.html}, so a {@code
     * charts/} made a symbolic link and an edited report are not in its way: they were refused before the
     * work as for a rerun that draws them. They are kept as they are (the link as a link, never written
     * through); a later rerun that draws the charts is refused before the work, although the marker of the
     * run without charts lists no chart under the link.
     */
    @Test
    void aRerunWithoutChartsKeepsALinkedChartsFolderAndAnEditedReport() throws IOException {
        Path out = dir.resolve("keep");
        Path elsewhere = runWithChartsMovedAndLinked(out);
        Files.writeString(out.resolve("report.html"), "<p>my edits</p>\n", StandardOpenOption.APPEND);
        String report = Files.readString(out.resolve("report.html"));
        List<String> charts = listing(elsewhere);

        assertEquals(0, runInto(out, "--no-charts"), errLines());
        assertTrue(Files.isSymbolicLink(out.resolve("charts")), "the link is kept as a link");
        assertEquals(elsewhere, Files.readSymbolicLink(out.resolve("charts")));
        assertEquals(charts, listing(elsewhere), "never written through");
        assertEquals(report, Files.readString(out.resolve("report.html")));
        assertFalse(Files.exists(dir.resolve("keep-2")));

        assertEquals(2, runInto(out), errLines());
        assertTrue(
                errLines().startsWith("carbonsim: " + out + ": charts is a symbolic link (to " + elsewhere + ") where"),
                errLines());
        assertFalse(Files.exists(dir.resolve("keep-2")), "refused before the work, not written beside");
        assertEquals(charts, listing(elsewhere));
    }

    /**
     * {@code chart} drew into an output folder made read-only ({@code chmod a-w}) when run as root, where
     * any other user got a permission error: it is refused before any drawing, as a rerun is, for every
     * user, and the folder is left as it is.
     */
    @Test
    void chartRefusesAReadOnlyFolderAsARerunDoes() throws IOException {
        Path out = dir.resolve("keep");
        assertEquals(0, runInto(out), errLines());
        List<String> before = listing(out);
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            err.getBuffer().setLength(0);
            assertEquals(2, run("chart", out.toString(), "--quiet"), errLines());
            assertEquals(
                    "carbonsim: " + out + ": the folder is read-only, so it is kept as it is and nothing was drawn;"
                            + " make it writable (chmod u+w " + out + ") to redraw its charts",
                    errLines());
            assertEquals(before, listing(out));
        } finally {
            Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
    /**
     * Each command that writes a folder with charts checks what its options write: a {@code charts} link of
     * the user's is kept by a rerun with {@code --no-charts} and refused before the work by one that draws
     * the charts (which {@code montecarlo}, {@code sweep}, {@code compare} and {@code sensitivity} found
     * only at the end, writing their results to {@code NAME-2}); a marker that is a folder is refused.
     */
    @ParameterizedTest
    @ValueSource(strings = {"run", "montecarlo", "sweep", "compare", "sensitivity"})
    void everyCommandChecksWhatItsOptionsWrite(String command) throws IOException {
        Path out = dir.resolve(command);
        List<String> args = new ArrayList<>(List.of(command, "classroom-two-firms"));
        switch (command) {
            case "compare" -> args.addAll(List.of("classroom-ten-firms", "--runs", "2"));
            case "sweep" -> args.addAll(List.of("--set", "market.limitPct=5,10", "--runs", "2"));
            case "sensitivity" -> args.addAll(List.of("--param", "market.limitPct=5:10", "--samples", "2"));
            case "montecarlo" -> args.addAll(List.of("--runs", "2"));
            default -> {}
        }
        args.addAll(List.of("--quiet", "--out", out.toString()));
        List<String> noCharts = new ArrayList<>(args);
        noCharts.add("--no-charts");
        assertEquals(0, run(noCharts.toArray(new String[0])), command + ": " + errLines());
        Path elsewhere = Files.createDirectories(dir.resolve("disk/" + command));
        Files.createSymbolicLink(out.resolve("charts"), elsewhere);

        err.getBuffer().setLength(0);
        assertEquals(0, run(noCharts.toArray(new String[0])), command + ": " + errLines());
        assertTrue(Files.isSymbolicLink(out.resolve("charts")), command);
        err.getBuffer().setLength(0);
        assertEquals(2, run(args.toArray(new String[0])), command + ": " + errLines());
        assertTrue(
                errLines().contains(": charts is a symbolic link (to " + elsewhere + ")"), command + ": " + errLines());
        assertEquals(List.of("/"), listing(elsewhere), command + ": never written through");

        Files.delete(out.resolve("charts"));
        Files.delete(out.resolve(OutputFolder.MARKER));
        Files.createDirectory(out.resolve(OutputFolder.MARKER));
        err.getBuffer().setLength(0);
        assertEquals(2, run(noCharts.toArray(new String[0])), command + ": " + errLines());
        assertTrue(errLines().contains(": .carbonsim-output is a folder, not the file"), command + ": " + errLines());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(
                    Set.of(dir.resolve("disk"), out),
                    files.filter(p -> !p.getFileName().toString().startsWith("."))
                            .collect(Collectors.toSet()),
                    command + ": nothing written beside the folder");
        }
    }
}

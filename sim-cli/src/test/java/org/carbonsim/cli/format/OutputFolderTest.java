package org.carbonsim.cli.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.carbonsim.cli.CommandLineTest;
import org.carbonsim.cli.ScenarioFiles;
import org.carbonsim.cli.UserInputException;
import org.carbonsim.cli.files.ChartFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Output folders: symbolic links are followed, unwritable folders and full disks are exit 2 with one
 * line and leave the previous output alone, and hidden leftovers of killed runs are cleaned up.
 */
class OutputFolderTest extends CommandLineTest {
    @TempDir
    Path dir;

    /** The hidden {@code .NAME.KIND-PID-N} folders in {@code parent}. */
    static List<Path> hiddenSiblings(Path parent) throws IOException {
        try (Stream<Path> entries = Files.list(parent)) {
            return entries.filter(p -> p.getFileName().toString().matches("\\..+\\.(tmp|old)-\\d+-\\d+"))
                    .toList();
        }
    }

    private String errLines() {
        return err.toString().strip();
    }

    @Test
    void aLinkedOutputFolderIsWrittenIntoItsTargetAndTheLinkKept() throws IOException {
        Path target = Files.createDirectories(dir.resolve("elsewhere/results"));
        Path link = Files.createSymbolicLink(dir.resolve("out"), target);

        assertEquals(0, run("run", "classroom-two-firms", "--quiet", "--no-charts", "--out", link.toString()));
        assertTrue(Files.isSymbolicLink(link), "the link is kept");
        assertTrue(Files.exists(target.resolve("summary.json")), "the link's target was written");

        assertEquals(0, run("run", "classroom-two-firms", "--quiet", "--no-charts", "--out", link.toString()));
        assertTrue(Files.isSymbolicLink(link), "the link survives a replacement");
        assertEquals(target.toRealPath(), link.toRealPath());
        assertTrue(Files.exists(target.resolve("summary.json")));
        assertEquals(List.of(), hiddenSiblings(target.getParent()));
        assertEquals(List.of(), hiddenSiblings(dir));
    }

    @Test
    void aDanglingLinkIsBadInputInOneLine() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("out"), dir.resolve("missing"));

        assertEquals(2, run("run", "classroom-two-firms", "--quiet", "--no-charts", "--out", link.toString()));
        assertTrue(errLines().contains("symbolic link") && errLines().contains("does not exist"), errLines());
        assertEquals(1, errLines().lines().count(), errLines());
        assertTrue(Files.isSymbolicLink(link), "the link is left alone");
        assertFalse(Files.exists(dir.resolve("missing")));
    }

    @Test
    void aFolderBelowADanglingLinkIsBadInputInOneLine() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("runs"), dir.resolve("missing"));

        assertRunIsBadInputInOneLine(link.resolve("a"), "link to nothing");
    }

    /**
     * Checked, not run: before the check, {@code run --out /root --force} given as root from another
     * folder replaced the home folder whole, deleting everything in it.
     */
    @Test
    void theHomeFolderAndTheFoldersAboveItAreRefusedEvenWhenForced() throws IOException {
        Path home = Files.createDirectories(dir.resolve("home/user"));
        Files.writeString(home.resolve(".bashrc"), "kept\n");
        String before = System.getProperty("user.home");
        System.setProperty("user.home", home.toString());
        try {
            for (Path out : List.of(home, home.getParent())) {
                UserInputException e = assertThrows(UserInputException.class, () -> OutputFolder.check(out));
                assertEquals(
                        out + ": " + (out.equals(home) ? "is" : "holds") + " the home folder " + home.toRealPath()
                                + "; an output folder is replaced by a new one holding the results (only files"
                                + " carbonsim can prove are its own are replaced; yours are carried into it), but what"
                                + " other programs write in the home folder meanwhile would go into the old folder,"
                                + " deleted, so it is refused even with --force: choose another --out",
                        e.getMessage());
            }
        } finally {
            System.setProperty("user.home", before);
        }
        assertEquals("kept\n", Files.readString(home.resolve(".bashrc")));
    }

    /** Checked, not run: before the check, {@code run --out . --force} replaced the working folder. */
    @ParameterizedTest
    @ValueSource(strings = {".", "", "..", "/"})
    void theWorkingFolderAndTheFoldersAboveItAreRefusedEvenWhenForced(String out) throws IOException {
        Path working = Path.of("").toAbsolutePath().toRealPath();
        UserInputException e = assertThrows(UserInputException.class, () -> OutputFolder.check(Path.of(out)));
        assertTrue(e.getMessage().startsWith(out + ": "), e.getMessage());
        assertTrue(
                e.getMessage()
                        .contains(" the working folder " + working + "; an output folder is replaced by a new one"
                                + " holding the results (only files carbonsim can prove are its own are replaced;"
                                + " yours are carried into it), but your shell and the programs standing in it would"
                                + " be left in the old folder, deleted, so it is refused even with --force: choose"
                                + " another --out"),
                e.getMessage());
    }

    @Test
    void aReadOnlyFolderIsBadInputInOneLine() throws IOException {
        Path parent = Files.createDirectories(dir.resolve("locked"));
        Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(parent), "running as root: folder permissions are not enforced");
            assertRunIsBadInputInOneLine(parent.resolve("out"), "read-only");
        } finally {
            Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    /**
     * An output folder the user made read-only ({@code chmod a-w out}) to keep it: a rerun replaced it
     * whole through its writable parent, exit 0, and the new folder was writable. It is refused before the
     * work, with or without {@code --force}, also for root (the write bits are read), and left as it was.
     */
    @Test
    void aReadOnlyOutputFolderIsKeptAsItIsEvenWithForce() throws IOException {
        Path o = dir.resolve("out");
        assertEquals(0, run("run", "classroom-two-firms", "--quiet", "--no-charts", "--out", o.toString()), errLines());
        Files.writeString(o.resolve("notes.txt"), "mine\n");
        String summary = Files.readString(o.resolve("summary.json"));
        Files.setPosixFilePermissions(o, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            for (String force : List.of("--trades", "--force")) {
                err.getBuffer().setLength(0);
                assertEquals(
                        2,
                        run(
                                "run",
                                "classroom-two-firms",
                                "--quiet",
                                force,
                                "--no-charts",
                                "--seed",
                                "7",
                                "--out",
                                o.toString()),
                        force);
                assertEquals(
                        "carbonsim: " + o + ": the folder is read-only, so it is kept as it is and nothing was run,"
                                + " even with --force; make it writable (chmod u+w " + o + ") to replace it, or choose"
                                + " another --out",
                        errLines());
                assertEquals("r-xr-xr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(o)), force);
                assertEquals(summary, Files.readString(o.resolve("summary.json")), force);
            }
        } finally {
            Files.setPosixFilePermissions(o, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        assertEquals("mine\n", Files.readString(o.resolve("notes.txt")));
    }

    /** A full disk or a permission refused at each stage of writing; the old output must survive it. */
    @ParameterizedTest
    @ValueSource(strings = {"fail:written", "fail:swapping", "deny:written", "deny:swapping"})
    void aWriteFailureIsBadInputInOneLineAndKeepsTheOldOutput(String hook) throws IOException {
        Path o = dir.resolve("out");
        assertEquals(0, run("run", "classroom-two-firms", "--quiet", "--no-charts", "--trades", "--out", o.toString()));
        byte[] summary = Files.readAllBytes(o.resolve("summary.json"));

        System.setProperty(OutputFolder.TEST_HOOK_PROPERTY, hook);
        int code;
        try {
            code = run("run", "classroom-two-firms", "--quiet", "--no-charts", "--out", o.toString());
        } finally {
            System.clearProperty(OutputFolder.TEST_HOOK_PROPERTY);
        }

        assertEquals(2, code, hook + ": " + errLines());
        assertEquals(1, errLines().lines().count(), hook + ": " + errLines());
        assertTrue(
                errLines().contains(hook.startsWith("fail") ? "No space left on device" : "permission denied"),
                errLines());
        assertTrue(errLines().contains("the previous output is unchanged"), errLines());
        assertTrue(Files.exists(o.resolve("trades.csv")), hook + ": the old output is intact");
        assertArrayEquals(summary, Files.readAllBytes(o.resolve("summary.json")));
        assertEquals(List.of(), hiddenSiblings(dir), hook);
    }

    @Test
    void staleSiblingsOfDeadOrOldProcessesAreRemovedAndLiveOnesKept() throws IOException {
        long dead = deadPid();
        long self = ProcessHandle.current().pid();
        Path deadTemp = Files.createDirectories(dir.resolve(".a.tmp-" + dead + "-0/charts"))
                .getParent();
        Path liveTemp = Files.createDirectories(dir.resolve(".b.tmp-" + self + "-0"));
        Path oldTemp = Files.createDirectories(dir.resolve(".c.tmp-" + self + "-1"));
        Files.setLastModifiedTime(
                oldTemp,
                FileTime.from(Instant.now().minus(OutputFolder.STALE_AGE).minusSeconds(60)));
        Path unrelated = Files.createDirectories(dir.resolve(".a.tmp-notapid"));

        OutputFolder.removeStaleSiblings(dir);

        assertFalse(Files.exists(deadTemp), "a dead process's temporary folder is removed");
        assertTrue(Files.exists(liveTemp), "a running process's temporary folder is kept");
        assertFalse(Files.exists(oldTemp), "a folder older than the stale age is removed");
        assertTrue(Files.exists(unrelated), "only carbonsim's naming pattern is touched");
    }

    @Test
    void anOldFolderRenamedAsideByAKilledRunIsPutBack() throws IOException {
        long dead = deadPid();
        Path aside = Files.createDirectories(dir.resolve(".out.old-" + dead + "-0"));
        Files.writeString(aside.resolve("summary.json"), "{}", StandardCharsets.UTF_8);
        Path newer = Files.createDirectories(dir.resolve(".out.tmp-" + dead + "-0"));

        OutputFolder.removeStaleSiblings(dir);

        assertTrue(Files.exists(dir.resolve("out/summary.json")), "the old output is back under its name");
        assertFalse(Files.exists(aside));
        assertFalse(Files.exists(newer));
    }

    @Test
    void aSingleOutputFileThatCannotBeWrittenIsBadInputAndKeepsTheOldFile() throws IOException {
        Path csv = Files.writeString(dir.resolve("allocation.csv"), "old\n", StandardCharsets.UTF_8);
        UserInputException e = assertThrows(
                UserInputException.class,
                () -> OutputFile.write(csv, writer -> {
                    writer.write("new, half written");
                    throw new IOException("No space left on device");
                }));
        assertTrue(e.getMessage().contains("No space left on device"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        assertEquals("old\n", Files.readString(csv, StandardCharsets.UTF_8));
        try (Stream<Path> entries = Files.list(dir)) {
            assertEquals(List.of(csv), entries.toList(), "no temporary file is left");
        }
    }

    @Test
    void chartsThatCannotBeWrittenAreBadInputInOneLine() throws IOException {
        Path o = dir.resolve("out");
        assertEquals(0, run("run", "classroom-two-firms", "--quiet", "--no-charts", "--out", o.toString()));
        // a file where the charts folder goes: creating the folder fails as on a read-only disk
        Files.writeString(o.resolve(ChartFiles.CHARTS), "in the way", StandardCharsets.UTF_8);
        byte[] summary = Files.readAllBytes(o.resolve("summary.json"));

        assertEquals(2, run("chart", o.toString(), "--quiet"), errLines());
        assertTrue(errLines().contains("cannot write the charts"), errLines());
        assertEquals(1, errLines().lines().count(), errLines());
        assertArrayEquals(summary, Files.readAllBytes(o.resolve("summary.json")));
    }

    /** The id of a process that has ended. */
    static long deadPid() throws IOException {
        Process p = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
                .redirectErrorStream(true)
                .start();
        try {
            p.getInputStream().readAllBytes();
            p.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        assertFalse(p.isAlive());
        return p.pid();
    }

    /**
     * {@code run drafts/x.json --out drafts --force} replaced the folder whole, the scenario and the
     * registers beside it with it; now refused, and the folder is left as it was.
     */
    @Test
    void aFolderHoldingTheScenarioIsRefusedEvenWhenForced() throws IOException {
        Path drafts = Files.createDirectories(dir.resolve("drafts"));
        Path scenario = drafts.resolve("two.json");
        Files.write(scenario, ScenarioFiles.resolve("classroom-two-firms").bytes());
        Path register = Files.writeString(drafts.resolve("register.csv"), "id\n");

        assertEquals(
                2, run("run", scenario.toString(), "--quiet", "--no-charts", "--force", "--out", drafts.toString()));
        assertTrue(
                errLines()
                        .contains(drafts + ": holds the input " + scenario + "; an output folder is replaced by a new"
                                + " one holding the results (only files carbonsim can prove are its own are replaced;"
                                + " yours are carried into it), but an input there may be one of carbonsim's own files"
                                + " (scenario.json, the copy of the scenario a run writes), which the new results"
                                + " replace, so it is refused even with --force: choose another --out"),
                errLines());
        assertEquals(1, errLines().lines().count(), errLines());
        assertTrue(Files.exists(scenario) && Files.exists(register), "the inputs are still there");
        assertFalse(Files.exists(drafts.resolve(OutputFolder.MARKER)), "nothing was written");
    }

    /**
     * A scenario in {@code drafts/} reading {@code ../registers/firms.csv}: {@code run --out registers
     * --force} replaced the register's folder whole and deleted it; now refused, and so is {@code
     * allocate --out} onto the register itself.
     */
    @Test
    void aRegisterOutsideTheScenariosFolderIsAnInputToo() throws IOException {
        Path drafts = Files.createDirectories(dir.resolve("drafts"));
        Path registers = Files.createDirectories(dir.resolve("registers"));
        Path register = Files.writeString(
                registers.resolve("firms.csv"),
                "id,name,sector,baseOutput,emissionIntensity\nC9,Plant,cement,1000,0.9\n");
        Path scenario = drafts.resolve("two.json");
        Files.writeString(
                scenario,
                new String(ScenarioFiles.resolve("classroom-ten-firms").bytes(), StandardCharsets.UTF_8)
                        .replaceFirst(
                                "\"enterprises\"",
                                "\"enterpriseRegister\": \"../registers/firms.csv\", \"enterprises\""));
        assertEquals(0, run("validate", scenario.toString()), errLines());

        assertEquals(
                2, run("run", scenario.toString(), "--quiet", "--no-charts", "--force", "--out", registers.toString()));
        assertTrue(
                errLines().contains(registers + ": holds the input " + drafts.resolve("../registers/firms.csv")),
                errLines());
        assertEquals(1, errLines().lines().count(), errLines());
        assertEquals(
                2, run("allocate", scenario.toString(), "--out", register.toString()), "allocate onto the register");
        assertTrue(errLines().contains("is the input"), errLines());
        assertTrue(Files.readString(register).startsWith("id,name,sector"), "the register is as it was");
        assertFalse(Files.exists(registers.resolve(OutputFolder.MARKER)), "nothing was written");
    }

    /**
     * A register named by {@code --set enterpriseRegister=...} (of {@code run} and {@code montecarlo},
     * or one of a {@code sweep}'s values) is read as the file's own is: {@code --out} onto its folder
     * with {@code --force} replaced the folder whole and deleted the register; now refused.
     */
    @Test
    void aRegisterNamedByASetIsAnInputToo() throws IOException {
        Path registers = Files.createDirectories(dir.resolve("registers"));
        Path register = Files.writeString(
                registers.resolve("firms.csv"),
                "id,name,sector,baseOutput,emissionIntensity\nC9,Plant,cement,1000,0.9\n");
        Path scenario = dir.resolve("ten.json");
        Files.writeString(
                scenario,
                new String(ScenarioFiles.resolve("classroom-ten-firms").bytes(), StandardCharsets.UTF_8)
                        .replaceFirst("\"enterprises\"", "\"enterpriseRegister\": \"firms.csv\", \"enterprises\""));
        Files.copy(register, dir.resolve("firms.csv"));
        String set = "enterpriseRegister=registers/firms.csv";

        for (String[] command : List.of(
                new String[] {"run", scenario.toString(), "--set", set},
                new String[] {"montecarlo", scenario.toString(), "--runs", "2", "--set", set},
                new String[] {
                    "sweep",
                    scenario.toString(),
                    "--runs",
                    "2",
                    "--set",
                    "enterpriseRegister=firms.csv,registers/firms.csv"
                })) {
            err.getBuffer().setLength(0);
            List<String> args = new ArrayList<>(List.of(command));
            args.addAll(List.of("--quiet", "--no-charts", "--force", "--out", registers.toString()));
            assertEquals(2, run(args.toArray(new String[0])), command[0] + ": " + errLines());
            assertTrue(
                    errLines().contains(registers + ": holds the input " + dir.resolve("registers/firms.csv")),
                    command[0] + ": " + errLines());
            assertEquals(1, errLines().lines().count(), errLines());
            assertTrue(Files.readString(register).startsWith("id,name,sector"), "the register is as it was");
            assertFalse(Files.exists(registers.resolve(OutputFolder.MARKER)), "nothing was written");
        }
    }

    @Test
    void aFolderAboveTheInputIsRefusedAndABundledNameOrAFileElsewhereIsNot() throws IOException {
        Path input = Files.createDirectories(dir.resolve("work/inputs")).resolve("targets.csv");
        Files.writeString(input, "year,moment,value,weight\n");

        UserInputException e = assertThrows(
                UserInputException.class, () -> OutputFolder.check(dir.resolve("work"), List.of(input.toString())));
        assertTrue(e.getMessage().contains(": holds the input " + input), e.getMessage());
        OutputFolder.check(dir.resolve("out"), List.of(input.toString(), "classroom-two-firms"));
    }

    /** Writes a file {@code results.csv} saying {@code text}. */
    private static OutputFolder.Contents results(String text) {
        return into -> Files.writeString(into.resolve("results.csv"), text);
    }

    /**
     * Two studies started into the same default folder: the first to end wrote its output, and the second
     * replaced it at its end without a word, though the folder held nothing when it started. A second
     * carbonsim command is now refused at its start ({@link FolderLock}); one that takes no lock (an older
     * carbonsim, here a check whose lock is let go at once) still finds its output kept, the second's
     * results beside it, and the message saying where.
     */
    @Test
    void aFolderAnotherCommandWroteMeanwhileIsKeptAndTheResultsGoBesideIt() throws IOException {
        Path out = dir.resolve("out/study");
        OutputFolder.Checked first = OutputFolder.check(out);
        first.close();
        OutputFolder.Checked second = OutputFolder.check(out);
        OutputFolder.write(first, "carbonsim test output", results("first"));

        UserInputException e = assertThrows(
                UserInputException.class, () -> OutputFolder.write(second, "carbonsim test output", results("second")));
        assertEquals(
                out + ": changed while the command ran (another command's output or other files were written"
                        + " there), so it is left as it is; the results are in " + dir.resolve("out/study-2"),
                e.getMessage());
        assertEquals("first", Files.readString(out.resolve("results.csv")), "the first study's output is kept");
        assertEquals("second", Files.readString(dir.resolve("out/study-2/results.csv")));
        assertTrue(Files.exists(dir.resolve("out/study-2").resolve(OutputFolder.MARKER)));
        assertEquals(List.of(), hiddenSiblings(dir.resolve("out")));
    }

    /**
     * A second command checking a folder the first holds is refused at once, naming the folder; the
     * first writes it as usual and leaves no lock file, nor the folders above it that the check made
     * for its lock when the command gives up.
     */
    @Test
    void aSecondCommandIntoAFolderBeingWrittenIsRefusedAtOnceAndNoLockFileIsLeft() throws IOException {
        Path out = dir.resolve("out");
        OutputFolder.write(OutputFolder.check(out), "carbonsim test output", results("old"));
        OutputFolder.Checked first = OutputFolder.check(out);
        UserInputException e = assertThrows(UserInputException.class, () -> OutputFolder.check(out));
        assertEquals(
                "another carbonsim command is writing to " + out
                        + "; nothing was written: wait for it to finish, or choose another folder",
                e.getMessage());
        assertEquals("old", Files.readString(out.resolve("results.csv")));

        OutputFolder.write(first, "carbonsim test output", results("new"));
        assertEquals("new", Files.readString(out.resolve("results.csv")));
        try (Stream<Path> entries = Files.list(dir)) {
            assertEquals(List.of(out), entries.toList(), "no lock file, no hidden folder beside the output");
        }

        Path deep = dir.resolve("new/deeper/out");
        OutputFolder.check(deep).close();
        assertFalse(Files.exists(dir.resolve("new")), "the folders made for the lock are removed again");
    }

    /** The lock file a killed command left (its lock gone with it) is removed by the next command beside it. */
    @Test
    void aKilledCommandsLockFileIsRemovedByTheNextCommandBesideIt() throws IOException {
        Path left = Files.writeString(FolderLock.lockFile(dir.resolve("other")), "carbonsim 1 1\n");
        OutputFolder.write(OutputFolder.check(dir.resolve("out")), "carbonsim test output", results("r"));
        assertFalse(Files.exists(left));
    }

    /** A file the user put into an earlier output while the command ran is not deleted. */
    @Test
    void aFileAddedWhileTheCommandRanIsKept() throws IOException {
        Path out = dir.resolve("out");
        OutputFolder.write(OutputFolder.check(out), "carbonsim test output", results("old"));
        OutputFolder.Checked checked = OutputFolder.check(out);
        Files.writeString(out.resolve("notes.txt"), "written during the run");

        UserInputException e = assertThrows(
                UserInputException.class, () -> OutputFolder.write(checked, "carbonsim test output", results("r")));
        assertTrue(e.getMessage().endsWith("the results are in " + dir.resolve("out-2")), e.getMessage());
        assertEquals("written during the run", Files.readString(out.resolve("notes.txt")));
        assertEquals("r", Files.readString(dir.resolve("out-2/results.csv")));
    }

    /** A file browser showing the last output while the next run works leaves files that do not count. */
    @Test
    void aFileBrowsersLeftoversDoNotCountAsAChange() throws IOException {
        Path out = dir.resolve("out");
        OutputFolder.write(OutputFolder.check(out), "carbonsim test output", results("old"));
        OutputFolder.Checked checked = OutputFolder.check(out);
        Files.writeString(out.resolve(".DS_Store"), "view settings");
        Files.writeString(out.resolve("Thumbs.db"), "thumbnails");

        OutputFolder.write(checked, "carbonsim test output", results("new"));
        assertEquals("new", Files.readString(out.resolve("results.csv")));
        assertFalse(Files.exists(dir.resolve("out-2")));
    }

    /** A folder emptied or removed while the command ran holds nothing to lose: it is written as usual. */
    @Test
    void aFolderRemovedWhileTheCommandRanIsWrittenAsUsual() throws IOException {
        Path out = dir.resolve("out");
        OutputFolder.write(OutputFolder.check(out), "carbonsim test output", results("old"));
        OutputFolder.Checked checked = OutputFolder.check(out);
        try (Stream<Path> files = Files.list(out)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(out);

        OutputFolder.write(checked, "carbonsim test output", results("new"));
        assertEquals("new", Files.readString(out.resolve("results.csv")));
        assertFalse(Files.exists(dir.resolve("out-2")));
    }

    /**
     * The folder cannot be written at the end (its parent was replaced by a file): the results, which a
     * long study or a class's session took hours to make, go to the system's temporary folder.
     */
    @Test
    void resultsThatCannotBeWrittenGoToTheTemporaryFolder() throws IOException {
        Path parent = Files.createDirectories(dir.resolve("results"));
        Path out = parent.resolve("study");
        OutputFolder.Checked checked = OutputFolder.check(out);
        try (Stream<Path> files = Files.list(parent)) {
            for (Path file : files.toList()) {
                Files.delete(file); // the folder's lock file
            }
        }
        Files.delete(parent);
        Files.writeString(parent, "a file in the way");

        UserInputException e = assertThrows(
                UserInputException.class, () -> OutputFolder.write(checked, "carbonsim test output", results("r")));
        String message = e.getMessage();
        assertTrue(message.startsWith(out + ": cannot write the output folder: "), message);
        int at = message.indexOf("nothing was written there; the results are in ");
        assertTrue(at > 0, message);
        Path saved = Path.of(message.substring(at + "nothing was written there; the results are in ".length()));
        try {
            assertEquals("r", Files.readString(saved.resolve("results.csv")));
            assertTrue(Files.exists(saved.resolve(OutputFolder.MARKER)));
        } finally {
            try (Stream<Path> files = Files.list(saved)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(saved);
        }
    }

    /**
     * Results written in full that cannot be put in place (the swap fails) are copied to the system's
     * temporary folder, not written a second time: a command's charts were drawn and its warnings
     * printed twice.
     */
    @Test
    void resultsThatCannotBePutInPlaceAreCopiedNotWrittenAgain() throws IOException {
        Path out = dir.resolve("out");
        OutputFolder.Checked checked = OutputFolder.check(out);
        int[] writes = {0};
        System.setProperty(OutputFolder.TEST_HOOK_PROPERTY, "fail:swapping");
        UserInputException e;
        try {
            e = assertThrows(
                    UserInputException.class,
                    () -> OutputFolder.write(checked, "carbonsim test output", d -> {
                        writes[0]++;
                        Files.createDirectories(d.resolve("charts"));
                        Files.writeString(d.resolve("charts/price.svg"), "<svg/>", StandardCharsets.UTF_8);
                        Files.writeString(d.resolve("results.csv"), "r", StandardCharsets.UTF_8);
                    }));
        } finally {
            System.clearProperty(OutputFolder.TEST_HOOK_PROPERTY);
        }
        String message = e.getMessage();
        String where = "nothing was written there; the results are in ";
        int at = message.indexOf(where);
        assertTrue(at > 0, message);
        Path saved = Path.of(message.substring(at + where.length()));
        try {
            assertEquals(1, writes[0], "the results are written once");
            assertEquals("r", Files.readString(saved.resolve("results.csv")));
            assertEquals("<svg/>", Files.readString(saved.resolve("charts/price.svg")));
            assertTrue(Files.exists(saved.resolve(OutputFolder.MARKER)));
            assertFalse(Files.exists(out), "nothing was written there");
            assertEquals(List.of(), hiddenSiblings(dir));
        } finally {
            try (Stream<Path> files = Files.walk(saved)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    /**
     * Two commands whose folder another command wrote meanwhile end together: the second to pick {@code
     * out-2} replaced the first's results there. Now a sibling is taken only when nothing holds its name.
     */
    @Test
    void twoCommandsEndingTogetherBesideTheFolderKeepBothResults() throws IOException {
        Path out = dir.resolve("out");
        // as commands that take no lock would: each check's lock is let go at once
        OutputFolder.Checked first = OutputFolder.check(out);
        first.close();
        OutputFolder.Checked second = OutputFolder.check(out);
        second.close();
        OutputFolder.Checked third = OutputFolder.check(out);
        third.close();
        OutputFolder.write(first, "carbonsim test output", results("first"));

        UserInputException e = assertThrows(
                UserInputException.class,
                () -> OutputFolder.write(second, "carbonsim test output", into -> {
                    Files.writeString(into.resolve("results.csv"), "second");
                    if (!Files.exists(dir.resolve("out-2"))) {
                        assertThrows(
                                UserInputException.class,
                                () -> OutputFolder.write(third, "carbonsim test output", results("third")));
                    }
                }));
        assertEquals("first", Files.readString(out.resolve("results.csv")));
        assertEquals("third", Files.readString(dir.resolve("out-2/results.csv")), "the third's results are kept");
        assertEquals("second", Files.readString(dir.resolve("out-3/results.csv")));
        assertTrue(e.getMessage().endsWith("the results are in " + dir.resolve("out-3")), e.getMessage());
        assertEquals(List.of(), hiddenSiblings(dir));
    }

    /** Results that can be written nowhere leave no empty folder behind in the system's temporary folder. */
    @Test
    void resultsThatCannotBeWrittenAnywhereLeaveNoFolderInTheTemporaryFolder() throws IOException {
        String name = "study-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
        Path out = dir.resolve(name);
        OutputFolder.Checked checked = OutputFolder.check(out);

        UserInputException e = assertThrows(
                UserInputException.class,
                () -> OutputFolder.write(checked, "carbonsim test output", into -> {
                    throw new IOException("No space left on device");
                }));
        assertTrue(e.getMessage().endsWith("nothing was written there"), e.getMessage());
        try (Stream<Path> entries = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            assertEquals(
                    List.of(),
                    entries.filter(p -> p.getFileName().toString().contains("carbonsim-" + name))
                            .toList());
        }
        assertFalse(Files.exists(out));
    }

    /**
     * The folder a linked output folder points to was removed while the command ran: the results were
     * lost with the message about the dangling link. Now they go to the system's temporary folder and
     * the link is left alone.
     */
    @Test
    void aLinkWhoseFolderWasRemovedMeanwhileKeepsTheResults() throws IOException {
        Path target = Files.createDirectories(dir.resolve("elsewhere/results"));
        Path link = Files.createSymbolicLink(dir.resolve("out"), target);
        OutputFolder.Checked checked = OutputFolder.check(link);
        Files.delete(target);

        UserInputException e = assertThrows(
                UserInputException.class, () -> OutputFolder.write(checked, "carbonsim test output", results("r")));
        String message = e.getMessage();
        assertTrue(message.startsWith(link + ": is a symbolic link to " + target + ", which does not exist"), message);
        String where = "nothing was written there; the results are in ";
        int at = message.indexOf(where);
        assertTrue(at > 0, message);
        Path saved = Path.of(message.substring(at + where.length()));
        try {
            assertEquals("r", Files.readString(saved.resolve("results.csv")));
            assertTrue(Files.exists(saved.resolve(OutputFolder.MARKER)));
        } finally {
            deleteTree(saved);
        }
        assertTrue(Files.isSymbolicLink(link), "the link is left alone");
        assertFalse(Files.exists(target));
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    /**
     * A folder below a link to nothing was accepted at the start; the command did all its work and only
     * then found it could not create the folder. Now the check refuses it, in one line.
     */
    @Test
    void aFolderBelowADanglingLinkIsRefusedBeforeTheWork() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("runs"), dir.resolve("missing"));

        UserInputException e = assertThrows(UserInputException.class, () -> OutputFolder.check(link.resolve("a")));
        assertEquals(
                link.resolve("a") + ": cannot be created because " + link + " is a symbolic link to nothing ("
                        + dir.resolve("missing") + " does not exist); create that folder or remove the link",
                e.getMessage());
    }

    /**
     * A folder name near the file system's 255 bytes passed the check, and the hidden sibling it is
     * written through (and the temporary folder after it) could not be made at the end: the results of
     * the whole run were lost. Now such a name is refused before the work.
     */
    @Test
    void aNameWithNoRoomForTheTemporaryFoldersIsRefusedBeforeTheWork() throws IOException {
        Path tooLong = dir.resolve("r".repeat(OutputFolder.MAX_NAME_BYTES + 1));
        UserInputException e = assertThrows(UserInputException.class, () -> OutputFolder.check(tooLong));
        assertEquals(
                tooLong + ": the folder's name is 201 bytes long; at most 200 leave room for the temporary folders"
                        + " it is written through",
                e.getMessage());
        Path longest = dir.resolve("r".repeat(OutputFolder.MAX_NAME_BYTES));
        OutputFolder.write(OutputFolder.check(longest), "carbonsim test output", results("r"));
        assertEquals("r", Files.readString(longest.resolve("results.csv")));
    }

    /**
     * An {@code --out} folder named as a Windows device ({@code CON}, {@code nul.txt}, {@code Lpt1}), or
     * a missing folder above it that writing it would create, is refused before the work with one line
     * naming the option, and nothing is created; a folder of such a name that already exists above it
     * is the user's and is left alone.
     */
    @Test
    void aWindowsDeviceNameAsTheOutputFolderIsRefusedAtTheOption() throws IOException {
        String device = "is a name Windows keeps for a device (CON, PRN, AUX, NUL, COM0 to COM9, LPT0 to LPT9, in any"
                + " case and with any extension); choose another --out";
        for (String name : new String[] {"CON", "nul.txt", "Lpt1", "aux.d/run"}) {
            Path out = dir.resolve(name);
            err.getBuffer().setLength(0);
            assertEquals(2, run("run", "classroom-two-firms", "--quiet", "--no-charts", "--out", out.toString()), name);
            String refused = name.contains("/") ? name.substring(0, name.indexOf('/')) : name;
            assertEquals(
                    "carbonsim: " + out + ": \"" + refused + "\" cannot be a folder's name on Windows: it " + device,
                    errLines());
            try (Stream<Path> entries = Files.list(dir)) {
                assertEquals(List.of(), entries.toList(), name + ": nothing was created");
            }
        }
        Path dot = dir.resolve("results.");
        UserInputException e = assertThrows(UserInputException.class, () -> OutputFolder.check(dot));
        assertEquals(
                dot + ": \"results.\" cannot be a folder's name on Windows: it ends in a dot or a space, which"
                        + " Windows drops from a folder's name; choose another --out",
                e.getMessage());

        Path existing = Files.createDirectory(dir.resolve("aux"));
        OutputFolder.write(OutputFolder.check(existing.resolve("run")), "carbonsim test output", results("r"));
        assertEquals("r", Files.readString(existing.resolve("run/results.csv")));
    }

    /** A run into {@code out} exits 2 with one line of error naming {@code cause}. */
    private void assertRunIsBadInputInOneLine(Path out, String cause) {
        assertEquals(2, run("run", "classroom-two-firms", "--quiet", "--no-charts", "--out", out.toString()));
        assertTrue(errLines().contains(cause), errLines());
        assertEquals(1, errLines().lines().count(), errLines());
    }
}

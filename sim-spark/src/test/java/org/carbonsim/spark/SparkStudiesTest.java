package org.carbonsim.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.IntSupplier;
import java.util.stream.Stream;
import org.carbonsim.cli.CarbonsimCommand;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The studies run on Spark ({@code local[2]}) write the local commands' files byte for byte: every file
 * of the output folder but {@code run.json}, which records the command line and the clock.
 */
class SparkStudiesTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void twoLocalCores() {
        System.setProperty("spark.master", "local[2]");
    }

    @AfterAll
    static void clear() {
        System.clearProperty("spark.master");
    }

    @Test
    void montecarloOf200RunsMatchesTheLocalCommand() throws IOException {
        assertSameFiles("montecarlo", "classroom-two-firms", "--runs", "200");
    }

    @Test
    void sweepOfATwoByTwoGridMatchesTheLocalCommand() throws IOException {
        assertSameFiles(
                "sweep",
                "classroom-ten-firms",
                "--years",
                "1",
                "--runs",
                "6",
                "--set",
                "market.limitPct=5,10",
                "--set",
                "market.initialPrice=40,60");
    }

    @Test
    void compareMatchesTheLocalCommand() throws IOException {
        assertSameFiles("compare", "classroom-ten-firms", "classroom-two-firms", "--years", "1", "--runs", "8");
    }

    @Test
    void sobolSensitivityMatchesTheLocalCommand() throws IOException {
        assertSameFiles(
                "sensitivity",
                "classroom-ten-firms",
                "--years",
                "1",
                "--samples",
                "4",
                "--runs",
                "2",
                "--param",
                "market.limitPct=5:15",
                "--param",
                "market.initialPrice=30:60");
    }

    @Test
    void morrisSensitivityMatchesTheLocalCommand() throws IOException {
        assertSameFiles(
                "sensitivity",
                "classroom-two-firms",
                "--method",
                "morris",
                "--samples",
                "3",
                "--runs",
                "3",
                "--param",
                "market.limitPct=5:15",
                "--param",
                "enterprises[0].abatement.maxCost=20:60");
    }

    /**
     * Each reserve share alone loads over its whole range, but at the plan's first point (both at the
     * middle, 0.6 + 0.6) they add up to more than the cap: that point does not load in its Spark tasks, and the
     * launcher says what the local command says (blaming the two ranges, since the file loads), with exit 2.
     */
    @Test
    void aSensitivityPointThatDoesNotLoadIsReportedAsTheLocalCommandReportsIt() throws IOException {
        Path scenario = dir.resolve("reserves.json");
        String text = Files.readString(Path.of("../scenarios/classroom-two-firms.json"));
        String reserves = "\"governmentReserveShare\": 0.1, \"newEntrantReserveShare\": 0.1, \"preAllocationShare\"";
        Files.writeString(scenario, text.replace("\"preAllocationShare\"", reserves));
        String[] study = {
            "sensitivity",
            scenario.toString(),
            "--samples",
            "2",
            "--runs",
            "1",
            "--param",
            "allocation.governmentReserveShare=0.3:0.9",
            "--param",
            "allocation.newEntrantReserveShare=0.3:0.9"
        };
        Outcome local = capture(() -> CarbonsimCommand.execute(withOptions(study, dir.resolve("local"))));
        Outcome spark = capture(() -> SparkMain.execute(System.err, withOptions(study, dir.resolve("spark"))));
        assertEquals(2, local.code(), local.err());
        assertTrue(
                local.err()
                        .startsWith("carbonsim: --param allocation.governmentReserveShare=0.3:0.9 --param"
                                + " allocation.newEntrantReserveShare=0.3:0.9: together, at values the study reached,"
                                + " the scenario does not load: $.allocation: governmentReserveShare "),
                local.err());
        assertEquals(local, spark, "the same exit code and message");
        assertFalse(Files.exists(dir.resolve("spark")), "nothing written");
    }

    @Test
    void aCommandThatIsNotAStudyIsRefusedWithExitTwo() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = SparkMain.execute(new PrintStream(err, true, StandardCharsets.UTF_8), "run", "classroom-two-firms");
        assertEquals(2, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("\"run\" is not one of them"), err.toString());
    }

    /** The line after a refused option names the command the user ran, carbonsim-spark; carbonsim's own says carbonsim. */
    @Test
    void aRefusedOptionPointsToTheHelpOfTheCommandTheUserRan() {
        String[] study = {"montecarlo", "classroom-two-firms", "--runs", "abc"};
        Outcome spark = capture(() -> SparkMain.execute(System.err, study));
        Outcome local = capture(() -> CarbonsimCommand.execute(study));
        assertEquals(2, spark.code(), spark.err());
        assertEquals(
                List.of(
                        "carbonsim: Invalid value for option '--runs': 'abc' is not an int",
                        "Try 'carbonsim-spark montecarlo --help' for more information."),
                spark.err().strip().lines().toList());
        assertEquals(
                List.of(
                        "carbonsim: Invalid value for option '--runs': 'abc' is not an int",
                        "Try 'carbonsim montecarlo --help' for more information."),
                local.err().strip().lines().toList());
    }

    @Test
    void masterAfterTheCommandIsRefusedSayingWhereItGoes() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = SparkMain.execute(
                new PrintStream(err, true, StandardCharsets.UTF_8),
                "montecarlo",
                "classroom-two-firms",
                "--master",
                "local[2]");
        assertEquals(2, code);
        assertEquals(
                "carbonsim-spark: --master goes first, before the command: carbonsim-spark --master URL montecarlo"
                        + " ... (with spark-submit, give --master to spark-submit)",
                err.toString(StandardCharsets.UTF_8).strip());
    }

    @Test
    void helpSaysWhichCommandsRunOnSpark() {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = SparkMain.execute(System.err, "--help");
        } finally {
            System.setOut(original);
        }
        assertEquals(0, code);
        String help = out.toString(StandardCharsets.UTF_8);
        assertTrue(help.startsWith("carbonsim-spark runs montecarlo, sweep, compare and sensitivity with"), help);
        assertTrue(help.contains("Usage: carbonsim"), "then carbonsim's help: " + help);
    }

    private void assertSameFiles(String... study) throws IOException {
        Path local = dir.resolve("local");
        Path spark = dir.resolve("spark");
        assertEquals(0, CarbonsimCommand.execute(withOptions(study, local, "--threads", "2")), "local " + study[0]);
        assertEquals(0, SparkMain.execute(System.err, withOptions(study, spark)), "spark " + study[0]);
        TreeSet<String> localFiles = files(local);
        assertEquals(localFiles, files(spark), "the same files in both folders");
        assertTrue(localFiles.size() > 3, "a study writes several files: " + localFiles);
        for (String name : localFiles) {
            if (name.equals("run.json")) {
                continue;
            }
            assertArrayEquals(
                    Files.readAllBytes(local.resolve(name)),
                    Files.readAllBytes(spark.resolve(name)),
                    study[0] + ": " + name + " differs between the local command and Spark");
        }
    }

    /** A command's exit code and what it printed on standard error. */
    private record Outcome(int code, String err) {}

    private static Outcome capture(IntSupplier command) {
        PrintStream original = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int code = command.getAsInt();
            return new Outcome(code, err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(original);
        }
    }

    private static String[] withOptions(String[] study, Path out, String... more) {
        List<String> args = new ArrayList<>(List.of(study));
        args.addAll(List.of("--quiet", "--out", out.toString()));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    private static TreeSet<String> files(Path folder) throws IOException {
        TreeSet<String> names = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.filter(Files::isRegularFile)
                    .forEach(p -> names.add(folder.relativize(p).toString()));
        }
        return names;
    }
}

package org.carbonsim.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntSupplier;
import org.carbonsim.cli.CarbonsimCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --threads} does not apply on Spark, whose master decides how many tasks run at once: the
 * studies' help leaves it out, and a study given it is refused (exit 2, nothing written) with a message
 * that says to use {@code --master local[N]}, instead of running on another number of tasks than asked.
 */
class SparkThreadsTest {
    @TempDir
    Path dir;

    @Test
    void aStudyGivenThreadsIsRefusedSayingToUseMasterLocalN() {
        for (String threads : new String[] {"--threads=4", "--threads"}) {
            for (String study : SparkMain.STUDIES) {
                Path out = dir.resolve(study);
                ByteArrayOutputStream err = new ByteArrayOutputStream();
                int code = SparkMain.execute(
                        new PrintStream(err, true, StandardCharsets.UTF_8),
                        study,
                        "classroom-two-firms",
                        "--runs",
                        "2",
                        threads,
                        "4",
                        "--out",
                        out.toString());
                String text = err.toString(StandardCharsets.UTF_8).strip();
                assertEquals(2, code, study + " " + threads + ": " + text);
                assertEquals(
                        "carbonsim-spark: --threads does not apply on Spark, whose master decides how many tasks run"
                                + " at once: give the launcher --master 'local[N]' before the command (carbonsim-spark"
                                + " --master 'local[4]' " + study + " ...), or with spark-submit its --master",
                        text);
                assertFalse(Files.exists(out), study + ": nothing written");
            }
        }
    }

    @Test
    void theStudiesHelpLeavesThreadsOut() {
        for (String study : SparkMain.STUDIES) {
            for (String[] ask : new String[][] {{study, "--help"}, {"help", study}, {study, "-h", "--lang", "zh"}}) {
                String help = out(() -> SparkMain.execute(System.err, ask));
                String asked = String.join(" ", ask);
                assertTrue(help.contains(" carbonsim-spark " + study + " ["), asked + ": " + help);
                assertFalse(help.contains("--threads"), asked + " names --threads: " + help);
                assertTrue(help.contains("--master"), asked + " says the files do not depend on --master: " + help);
            }
        }
    }

    @Test
    void carbonsimsOwnHelpKeepsThreads() {
        String help = out(() -> CarbonsimCommand.execute("montecarlo", "--help"));
        assertTrue(help.contains("--threads=T"), help);
    }

    private static String out(IntSupplier command) {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, command.getAsInt());
        } finally {
            System.setOut(original);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}

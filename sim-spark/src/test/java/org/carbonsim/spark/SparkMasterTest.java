package org.carbonsim.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A master Spark cannot start on is bad input: a last line that names {@code --master} and says why,
 * exit 2, and nothing written.
 */
class SparkMasterTest {
    @TempDir
    Path dir;

    @AfterEach
    void clear() {
        System.clearProperty("spark.master");
    }

    @Test
    void aMasterUrlSparkCannotParseIsRefusedWithExitTwo() {
        assertRefused("nonsense", "carbonsim: --master nonsense: Spark cannot start: Could not parse Master URL:");
    }

    @Test
    void aLocalMasterWithoutThreadsIsRefusedWithExitTwo() {
        assertRefused("local[0]", "carbonsim: --master local[0]: Spark cannot start: Asked to run locally with 0");
    }

    private void assertRefused(String master, String start) {
        System.setProperty("spark.master", master);
        Path out = dir.resolve("out");
        PrintStream original = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = SparkMain.execute(
                    System.err, "montecarlo", "classroom-two-firms", "--runs", "2", "--quiet", "--out", out.toString());
        } finally {
            System.setErr(original);
        }
        String text = err.toString(StandardCharsets.UTF_8);
        assertEquals(2, code, text);
        String last = text.strip().lines().reduce((a, b) -> b).orElse("");
        assertTrue(last.startsWith(start), text);
        assertFalse(Files.exists(out), "nothing written");
    }
}

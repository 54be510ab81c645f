package org.carbonsim.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar run without Spark on the class path ({@code java -jar carbonsim-spark.jar montecarlo
 * ...}) says how to run it, exits 2 and writes nothing, instead of failing with a
 * NoClassDefFoundError in the middle of the study.
 */
class SparkMissingTest {
    @TempDir
    Path dir;

    @Test
    void aStudyWithoutSparkOnTheClassPathSaysHowToRunItAndWritesNothing() throws Exception {
        Path out = dir.resolve("out");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (URLClassLoader withoutSpark = new URLClassLoader(new URL[0], null)) {
            assertFalse(SparkMain.sparkOn(withoutSpark));
            code = SparkMain.execute(
                    new PrintStream(err, true, StandardCharsets.UTF_8),
                    withoutSpark,
                    "montecarlo",
                    "classroom-two-firms",
                    "--runs",
                    "2",
                    "--out",
                    out.toString());
        }
        assertEquals(2, code);
        assertEquals(SparkMain.NO_SPARK, err.toString(StandardCharsets.UTF_8).strip());
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void theTestsClassPathHasSpark() {
        assertTrue(SparkMain.sparkOn(SparkMain.class.getClassLoader()));
    }
}

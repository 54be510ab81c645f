package org.carbonsim.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.DefaultConfiguration;
import org.apache.spark.SparkConf;
import org.apache.spark.internal.Logging;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Under {@code spark-submit} log4j starts before the jar is loaded and does not find the jar's settings:
 * Spark's defaults (INFO, some forty lines as a context starts, a hundred in a short study) took their
 * place. A study now gives the log the jar's settings (Spark's loggers at WARN) when it has none of the
 * user's, in a way that the context's start keeps, and leaves the user's.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SparkSubmitLogTest {
    @TempDir
    Path dir;

    /** The context of Spark's loggers. */
    private final LoggerContext context = JarLogSettings.sparks();

    /** The context whose settings Spark looks at when it first logs. */
    private final LoggerContext current = (LoggerContext) LogManager.getContext();

    @AfterEach
    void backToTheJarsSettings() throws URISyntaxException {
        context.setConfigLocation(JarLogSettings.url().toURI());
        current.setConfigLocation(JarLogSettings.url().toURI());
    }

    /**
     * As spark-submit leaves the log when Spark's conf folder has no log settings: Spark set it up with
     * its defaults (INFO) when spark-submit first logged, then undid that so that the application may set
     * up its own; Spark sets its defaults up again when the context starts, as it loaded them once.
     */
    @Test
    @Order(2)
    void sparksDefaultsGiveWayToTheJarsSettings() {
        Logging.uninitialize();
        // nothing on Spark's class path; Spark looks at the current context, which in this JVM is another
        current.setConfiguration(new DefaultConfiguration());
        context.setConfiguration(new DefaultConfiguration());
        new SparkConf(false).initializeLogIfNecessary(false, true); // spark-submit's first line
        assertEquals(Level.INFO, context.getRootLogger().getLevel(), "Spark's defaults");
        Logging.uninitialize(); // before the application's main

        refusedStudy();
        new SparkConf(false).initializeLogIfNecessary(false, true); // as the context does when it starts
        assertTrue(JarLogSettings.inEffect(context), "the jar's settings in place of Spark's defaults");
        assertEquals(Level.WARN, context.getRootLogger().getLevel());
    }

    @Test
    @Order(1) // before Spark loaded its defaults in this JVM, as when the user's settings are found
    void theUsersOwnSettingsAreLeftAsTheyAre() throws IOException {
        Path own = dir.resolve("log4j2.properties");
        Files.writeString(
                own,
                String.join(
                        "\n",
                        "rootLogger.level = info",
                        "rootLogger.appenderRef.console.ref = console",
                        "appender.console.type = Console",
                        "appender.console.name = console",
                        "appender.console.target = SYSTEM_ERR",
                        "appender.console.layout.type = PatternLayout",
                        "appender.console.layout.pattern = %p %c: %m%n"));
        context.setConfigLocation(own.toUri());
        refusedStudy();
        assertFalse(JarLogSettings.inEffect(context), "the user's settings kept");
        assertEquals(Level.INFO, context.getRootLogger().getLevel());
    }

    /** A study refused before Spark starts (its scenario does not exist), as spark-submit runs it. */
    private void refusedStudy() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = SparkMain.execute(
                new PrintStream(err, true, StandardCharsets.UTF_8),
                "montecarlo",
                dir.resolve("no-such-scenario.json").toString(),
                "--runs",
                "2",
                "--quiet",
                "--out",
                dir.resolve("out").toString());
        assertEquals(2, code, err.toString(StandardCharsets.UTF_8));
    }
}

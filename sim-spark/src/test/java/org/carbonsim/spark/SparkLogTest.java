package org.carbonsim.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.Filter;
import org.apache.logging.log4j.core.Layout;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.ConfigurationSource;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.properties.PropertiesConfigurationFactory;
import org.apache.logging.log4j.core.impl.Log4jLogEvent;
import org.apache.logging.log4j.message.SimpleMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Spark's log (log4j2.properties) says what goes wrong in one line a message, so that carbonsim's own
 * message after it is not drowned in Spark's stack traces; {@code --debug} brings them back.
 */
class SparkLogTest {
    private static final String LINE = "spark: ERROR SparkContext: Error initializing SparkContext.";

    @AfterEach
    void clear() {
        System.clearProperty(SparkMain.STACK_TRACES_PROPERTY);
        System.clearProperty(SparkMain.MESSAGE_TAIL_PROPERTY);
    }

    /** A lost task's warning carries the task's stack trace in its text, not as an exception. */
    private static final String LOST_TASK = "Lost task 0.0 in stage 0.0 (TID 0) (localhost executor driver):"
            + " java.lang.OutOfMemoryError: Java heap space";

    @Test
    void aMessageOfManyLinesIsItsFirstLine() throws IOException {
        assertEquals("spark: WARN TaskSetManager: " + LOST_TASK + System.lineSeparator(), format(lostTask()));
    }

    @Test
    void debugPrintsAllTheLinesOfAMessage() throws IOException {
        System.setProperty(SparkMain.MESSAGE_TAIL_PROPERTY, SparkMain.NOTHING);
        assertEquals(
                "spark: WARN TaskSetManager: " + LOST_TASK
                        + "\n\tat java.base/java.util.TreeMap.addEntry(TreeMap.java:765)\n" + System.lineSeparator(),
                format(lostTask()));
    }

    private static LogEvent lostTask() {
        return warning(
                "org.apache.spark.scheduler.TaskSetManager",
                LOST_TASK + "\n\tat java.base/java.util.TreeMap.addEntry(TreeMap.java:765)\n");
    }

    @Test
    void aLoggedExceptionIsOneLineWithoutItsStackTrace() throws IOException {
        assertEquals(LINE + System.lineSeparator(), format(logged()));
    }

    @Test
    void debugPrintsTheStackTrace() throws IOException {
        System.setProperty(SparkMain.STACK_TRACES_PROPERTY, "true");
        String text = format(logged());
        assertTrue(text.startsWith(LINE), text);
        assertTrue(text.contains("java.lang.IllegalStateException: no master") && text.contains("\tat "), text);
    }

    @Test
    void theMetricsOfAContextThatNeverStartedAreNotWarnedAbout() throws IOException {
        assertEquals(
                Level.ERROR,
                configuration()
                        .getLoggerConfig("org.apache.spark.metrics.MetricsSystem")
                        .getLevel());
    }

    /**
     * A study whose task failed on a cluster's executor stops the context while the executors still
     * report: Spark's word that it dropped their reports came after carbonsim's message. Other warnings of
     * the same logger stay.
     */
    @Test
    void reportsDroppedOnceTheContextStoppedAreNotLogged() throws IOException {
        LoggerConfig dispatcher = configuration().getLoggerConfig("org.apache.spark.rpc.netty.Dispatcher");
        assertEquals(
                Filter.Result.DENY,
                dispatcher
                        .getFilter()
                        .filter(warning(
                                "org.apache.spark.rpc.netty.Dispatcher",
                                "Message RequestMessage(127.0.0.1:48324, NettyRpcEndpointRef(spark://CoarseGrained"
                                        + "Scheduler@localhost:34857), StatusUpdate(0,12,RUNNING,org.apache.spark.util"
                                        + ".SerializableBuffer@3d639410,1,Map())) dropped due to sparkEnv is stopped."
                                        + " Could not find CoarseGrainedScheduler.")));
        assertEquals(
                Filter.Result.NEUTRAL,
                dispatcher.getFilter().filter(warning("org.apache.spark.rpc.netty.Dispatcher", "Some other trouble")));
    }

    private static LogEvent warning(String logger, String message) {
        return Log4jLogEvent.newBuilder()
                .setLoggerName(logger)
                .setLevel(Level.WARN)
                .setMessage(new SimpleMessage(message))
                .build();
    }

    private static LogEvent logged() {
        return Log4jLogEvent.newBuilder()
                .setLoggerName("org.apache.spark.SparkContext")
                .setLevel(Level.ERROR)
                .setMessage(new SimpleMessage("Error initializing SparkContext."))
                .setThrown(new IllegalStateException("no master"))
                .build();
    }

    private static String format(LogEvent event) throws IOException {
        Layout<?> layout = configuration().getAppender("stderr").getLayout();
        return String.valueOf(layout.toSerializable(event));
    }

    private static Configuration configuration() throws IOException {
        URL url = SparkMain.class.getResource("/log4j2.properties");
        try (InputStream in = url.openStream()) {
            Configuration configuration = new PropertiesConfigurationFactory()
                    .getConfiguration(new LoggerContext("carbonsim-test"), new ConfigurationSource(in, url));
            configuration.initialize();
            return configuration;
        }
    }
}

package org.carbonsim.spark;

import java.net.URISyntaxException;
import java.net.URL;
import java.util.Objects;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.ConfigurationSource;
import org.apache.logging.log4j.core.config.DefaultConfiguration;
import org.apache.spark.SparkConf;

/**
 * The jar's log settings (log4j2.properties: Spark's loggers at WARN, one line a message) wherever the
 * jar runs. The launcher puts the jar first on the class path, where log4j finds them. {@code
 * spark-submit} starts log4j before it loads the jar: with no log4j2.properties in Spark's conf folder
 * it finds none, Spark gives the log its own defaults (INFO: a hundred lines for a short study on
 * {@code local[2]}), and gives them again when the context starts. So before a study, a log that has no
 * settings of the user's is given the jar's, after Spark has set its log up, so that the context's start
 * keeps them. The user's own settings are left as they are: a log4j2.properties in Spark's conf folder,
 * or {@code -Dlog4j2.configurationFile=FILE} in {@code spark.driver.extraJavaOptions}; {@code --conf
 * spark.log.level=INFO} turns the jar's up.
 */
final class JarLogSettings {
    /** Spark's own defaults, which it loads into a log that has no settings when it first logs. */
    private static final String SPARK_DEFAULTS = "org/apache/spark/log4j2-";

    private JarLogSettings() {}

    /** The jar's log settings. */
    static URL url() {
        return Objects.requireNonNull(JarLogSettings.class.getResource("/log4j2.properties"), "log4j2.properties");
    }

    /**
     * The log4j context of Spark's loggers, or null when log4j's core is not what logs. Under {@code
     * spark-submit} the jar's classes are loaded by a class loader of their own, to which log4j gives
     * another context than to Spark's classes.
     */
    static LoggerContext sparks() {
        return LogManager.getContext(SparkConf.class.getClassLoader(), false) instanceof LoggerContext context
                ? context
                : null;
    }

    /** Whether {@code context} goes by the jar's log settings. */
    static boolean inEffect(LoggerContext context) {
        ConfigurationSource source = context.getConfiguration().getConfigurationSource();
        return source != null && url().toString().equals(Objects.toString(source.getURL()));
    }

    /**
     * Gives log4j the jar's settings if it has none of the user's: none at all, or Spark's defaults.
     * Returns whether it did.
     */
    static boolean applyUnlessConfigured() {
        LoggerContext context = sparks();
        if (context == null) {
            return false;
        }
        // Spark sets its log up when it first logs, anew after spark-submit undid its own setting up, and
        // then with its defaults again if it loaded them once: let it do so now, without its line saying
        // so, so that it does not replace the jar's settings when the context starts
        new SparkConf(false).initializeLogIfNecessary(false, true);
        if (!unconfigured(context)) {
            return false;
        }
        try {
            context.setConfigLocation(url().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("the jar's log settings have no URI: " + url(), e);
        }
        return true;
    }

    /** Whether {@code context} has no settings of the user's: log4j's default, or Spark's. */
    private static boolean unconfigured(LoggerContext context) {
        Configuration configuration = context.getConfiguration();
        if (configuration instanceof DefaultConfiguration) {
            return true;
        }
        ConfigurationSource source = configuration.getConfigurationSource();
        URL location = source == null ? null : source.getURL();
        return location != null && location.toString().contains(SPARK_DEFAULTS);
    }
}

package org.carbonsim.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.Layout;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;

/**
 * Spark's log while its context starts, held back instead of printed: a master Spark cannot start on
 * is one carbonsim line ({@link SparkFailures#cannotStart}), not that line after Spark's own error and
 * warnings, which say the same ({@code --debug} prints them before it). A context that starts prints
 * what was held, and Spark's log goes on as before.
 *
 * <p>Only the jar's own log settings (log4j2.properties) are held back: a log the user configured
 * (their own {@code log4j2.configurationFile}, or {@code log4j2.properties} in Spark's conf folder) is
 * printed as it comes.
 */
final class SparkStartLog {
    private final LoggerContext context;
    private final LoggerConfig root;
    private final Map<String, Appender> appenders;
    private final Held held;

    private SparkStartLog(LoggerContext context, LoggerConfig root, Map<String, Appender> appenders, Held held) {
        this.context = context;
        this.root = root;
        this.appenders = appenders;
        this.held = held;
    }

    /** Holds back Spark's log from now on, if it goes by the jar's log settings. */
    static SparkStartLog hold() {
        LoggerContext context = JarLogSettings.sparks();
        if (context == null || !JarLogSettings.inEffect(context)) {
            return new SparkStartLog(null, null, Map.of(), null);
        }
        LoggerConfig root = context.getConfiguration().getRootLogger();
        Map<String, Appender> appenders = Map.copyOf(root.getAppenders());
        Held held = new Held(appenders);
        held.start();
        root.addAppender(held, null, null);
        appenders.keySet().forEach(root::removeAppender);
        context.updateLoggers();
        return new SparkStartLog(context, root, appenders, held);
    }

    /**
     * Ends the holding: Spark's log is printed as before, and what was held is printed first if {@code
     * print}, else left out.
     */
    void release(boolean print) {
        if (held == null) {
            return;
        }
        appenders.values().forEach(a -> root.addAppender(a, null, null));
        root.removeAppender(held.getName());
        context.updateLoggers();
        held.release(print);
        held.stop();
    }

    /** The events logged while held, printed through {@code appenders} once released, if asked. */
    private static final class Held extends AbstractAppender {
        private final Map<String, Appender> appenders;
        private final List<LogEvent> events = new ArrayList<>();
        private boolean released;

        Held(Map<String, Appender> appenders) {
            super("carbonsim-spark-start", null, (Layout<? extends Serializable>) null, true, Property.EMPTY_ARRAY);
            this.appenders = appenders;
        }

        @Override
        public synchronized void append(LogEvent event) {
            if (released) {
                // a thread that still saw this appender once the holding ended
                appenders.values().forEach(a -> a.append(event));
            } else {
                events.add(event.toImmutable());
            }
        }

        synchronized void release(boolean print) {
            released = true;
            if (print) {
                events.forEach(e -> appenders.values().forEach(a -> a.append(e)));
            }
            events.clear();
        }
    }
}

package org.carbonsim.spark;

import java.net.ConnectException;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.carbonsim.cli.Workers;

/**
 * The Spark context of a {@code carbonsim-spark} command, started when first asked for: on {@code
 * spark.master}, else {@code local[*]} (bound to the loopback interface), without Spark's web UI. A
 * context that cannot start is a {@link SparkFailures#cannotStart} message alone: Spark's log while it
 * starts is held back ({@link SparkStartLog}) and printed only if it starts or under {@code --debug}, and
 * a standalone master that cannot be reached is refused before Spark waits for it ({@link
 * StandaloneMasters}).
 *
 * <p>On a local master the executor is this JVM, so Spark's habit of ending an executor whose task
 * failed with a fatal error ({@code System.exit(52)} on an {@link OutOfMemoryError}) would end the
 * study without carbonsim's message: {@code spark.executor.killOnFatalError.depth} 0 makes such a task
 * an ordinary task failure, which the study reports. A cluster's executors keep Spark's default, and
 * are sent carbonsim's jar ({@link ApplicationJar}).
 */
final class SparkContextSource implements Supplier<JavaSparkContext> {
    /** How deep in a task's failure causes Spark looks for a fatal error that ends the executor; 0: never. */
    static final String KILL_ON_FATAL_ERROR_DEPTH = "spark.executor.killOnFatalError.depth";

    /** The master when neither the launcher nor spark-submit names one. */
    static final String DEFAULT_MASTER = "local[*]";

    /** A master that runs the tasks on threads of this JVM: local, local[N], local[*], with or without retries. */
    private static final Pattern LOCAL = Pattern.compile("local(?:\\[(\\*|\\d+)(?:,\\s*\\d+)?\\])?");

    /** How the driver gets more heap under {@code spark-submit}, which starts its JVM: not the launcher's variable. */
    static final String SUBMIT_HEAP = "spark-submit --driver-memory %1$s";

    private JavaSparkContext sc;

    /** The master the context starts on: {@code spark.master}, or {@value #DEFAULT_MASTER}. */
    static String master() {
        return System.getProperty("spark.master", DEFAULT_MASTER);
    }

    /**
     * The replications that {@code master} runs at once in this JVM, for carbonsim's memory check
     * (which would count {@code --threads}, which Spark does not take): on {@code local[N]} N, on {@code
     * local[*]} the {@code processors}, on {@code local} 1; on any other master (a cluster's, or {@code
     * local-cluster}) none, since its executors run them and the driver only collects the results.
     * Under {@code spark-submit} more heap is its {@code --driver-memory}, not the launcher's variable.
     */
    static Workers workers(String master, int processors) {
        Matcher m = LOCAL.matcher(master.strip());
        int count = 0;
        if (m.matches()) {
            String threads = m.group(1);
            count = threads == null ? 1 : threads.equals("*") ? processors : parseOrZero(threads);
        }
        return System.getProperty(SparkFailures.SPARK_SUBMIT_PROPERTY) == null
                ? new Workers(count, "Spark tasks at once", "tasks at once with --master local[N]")
                : new Workers(count, "Spark tasks at once", "tasks at once with --master local[N]", SUBMIT_HEAP);
    }

    private static int parseOrZero(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return 0; // more threads than an int: Spark refuses the master when it starts
        }
    }

    @Override
    public synchronized JavaSparkContext get() {
        if (sc == null) {
            SparkStartLog log = SparkStartLog.hold();
            try {
                sc = start();
            } finally {
                log.release(sc != null || Boolean.getBoolean(SparkMain.STACK_TRACES_PROPERTY));
            }
        }
        return sc;
    }

    private static JavaSparkContext start() {
        SparkConf conf = new SparkConf()
                .setAppName("carbonsim")
                .setIfMissing("spark.master", DEFAULT_MASTER)
                .setIfMissing("spark.ui.enabled", "false");
        String master = conf.get("spark.master");
        if (master.startsWith("local")) {
            conf.setIfMissing("spark.driver.host", "127.0.0.1")
                    .setIfMissing("spark.driver.bindAddress", "127.0.0.1")
                    .setIfMissing(KILL_ON_FATAL_ERROR_DEPTH, "0");
        }
        if (!LOCAL.matcher(master.strip()).matches()) {
            // the executors are JVMs of their own: they need carbonsim's classes sent to them
            ApplicationJar.of(SparkContextSource.class)
                    .ifPresent(jar -> conf.set(
                            ApplicationJar.SPARK_JARS,
                            ApplicationJar.with(conf.get(ApplicationJar.SPARK_JARS, ""), jar)));
        }
        Optional<String> unreachable = StandaloneMasters.unreachable(master, StandaloneMasters.CONNECT_TIMEOUT_MILLIS);
        if (unreachable.isPresent()) {
            throw SparkFailures.cannotStart(master, new ConnectException(unreachable.get()));
        }
        try {
            return new JavaSparkContext(conf);
        } catch (Exception | LinkageError e) {
            // a LinkageError: a Spark on the class path that is not the one carbonsim-spark was built for
            throw SparkFailures.cannotStart(master, e);
        }
    }

    /** Stops the context if it was started. */
    synchronized void stop() {
        if (sc != null) {
            sc.stop();
            sc = null;
        }
    }
}

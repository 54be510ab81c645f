package org.carbonsim.spark;

import java.util.function.Supplier;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The Spark context of a {@code carbonsim-spark} command, started when first asked for: on {@code
 * spark.master}, else {@code local[*]} (bound to the loopback interface), without Spark's web UI. A
 * context that cannot start is a {@link SparkFailures#cannotStart} message, not Spark's stack trace.
 *
 * <p>On a local master the executor is this JVM, so Spark's habit of ending an executor whose task
 * failed with a fatal error ({@code System.exit(52)} on an {@link OutOfMemoryError}) would end the
 * study without carbonsim's message: {@code spark.executor.killOnFatalError.depth} 0 makes such a task
 * an ordinary task failure, which the study reports. A cluster's executors keep Spark's default.
 */
final class SparkContextSource implements Supplier<JavaSparkContext> {
    /** How deep in a task's failure causes Spark looks for a fatal error that ends the executor; 0: never. */
    static final String KILL_ON_FATAL_ERROR_DEPTH = "spark.executor.killOnFatalError.depth";

    private JavaSparkContext sc;

    @Override
    public synchronized JavaSparkContext get() {
        if (sc == null) {
            SparkConf conf = new SparkConf()
                    .setAppName("carbonsim")
                    .setIfMissing("spark.master", "local[*]")
                    .setIfMissing("spark.ui.enabled", "false");
            String master = conf.get("spark.master");
            if (master.startsWith("local")) {
                conf.setIfMissing("spark.driver.host", "127.0.0.1")
                        .setIfMissing("spark.driver.bindAddress", "127.0.0.1")
                        .setIfMissing(KILL_ON_FATAL_ERROR_DEPTH, "0");
            }
            try {
                sc = new JavaSparkContext(conf);
            } catch (Exception | LinkageError e) {
                // a LinkageError: a Spark on the class path that is not the one carbonsim-spark was built for
                throw SparkFailures.cannotStart(master, e);
            }
            sc.setLogLevel("WARN");
        }
        return sc;
    }

    /** Stops the context if it was started. */
    synchronized void stop() {
        if (sc != null) {
            sc.stop();
            sc = null;
        }
    }
}

package org.carbonsim.spark;

import java.util.function.Supplier;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The Spark context of a {@code carbonsim-spark} command, started when first asked for: on {@code
 * spark.master}, else {@code local[*]} (bound to the loopback interface), without Spark's web UI. A
 * context that cannot start is a {@link SparkFailures#cannotStart} message, not Spark's stack trace.
 */
final class SparkContextSource implements Supplier<JavaSparkContext> {
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
                        .setIfMissing("spark.driver.bindAddress", "127.0.0.1");
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

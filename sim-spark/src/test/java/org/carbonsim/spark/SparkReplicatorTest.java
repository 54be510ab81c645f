package org.carbonsim.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.carbonsim.cli.UserInputException;
import org.carbonsim.core.montecarlo.ReplicationTask;
import org.junit.jupiter.api.Test;

/** The replicator on a context of its own: results in index order, and a context Spark stopped. */
class SparkReplicatorTest {
    private static final ReplicationTask<Integer> SQUARE = i -> i * i;

    @Test
    void resultsComeBackInIndexOrder() {
        JavaSparkContext sc = context();
        try {
            List<Integer> results = new ArrayList<>();
            new SparkReplicator(() -> sc, () -> false).run(SQUARE, 5, results::add);
            assertEquals(List.of(0, 1, 4, 9, 16), results);
        } finally {
            sc.stop();
        }
    }

    /**
     * A standalone master that never answers makes Spark stop the context after a minute, while the
     * study waits for its first job: a message that names the master, exit 2, not an unexpected failure.
     */
    @Test
    void aContextSparkStoppedIsReportedWithTheMaster() {
        JavaSparkContext sc = context();
        sc.stop();
        UserInputException e = assertThrows(
                UserInputException.class, () -> new SparkReplicator(() -> sc, () -> false).run(SQUARE, 3, r -> true));
        assertEquals(
                "the default master local[1]: Spark stopped before the study ended (a master that cannot be"
                        + " reached, or an application the cluster ended); Spark's messages above say why",
                e.getMessage());
    }

    /**
     * A job that fails because the cluster manager killed an executor for its memory carries no
     * OutOfMemoryError, only the manager's words; the study ends with the memory message, not as an
     * unexpected failure. Here a task fails with YARN's words, as the job's failure would carry them.
     */
    @Test
    void anExecutorKilledForItsMemoryIsReportedAsOutOfMemory() {
        JavaSparkContext sc = context();
        ReplicationTask<Integer> killed = i -> {
            throw new IllegalStateException("ExecutorLostFailure (executor 4 exited caused by one of the running"
                    + " tasks) Reason: Container killed by YARN for exceeding physical memory limits.");
        };
        try {
            UserInputException e =
                    assertThrows(UserInputException.class, () -> new SparkReplicator(() -> sc, () -> false)
                            .run(killed, 2, r -> true));
            assertTrue(
                    e.getMessage()
                            .startsWith("the default master local[1]: out of memory: the cluster manager killed"
                                    + " an executor"),
                    e.getMessage());
        } finally {
            sc.stop();
        }
    }

    private static JavaSparkContext context() {
        return new JavaSparkContext(new SparkConf()
                .setAppName("carbonsim-test")
                .setMaster("local[1]")
                .set("spark.ui.enabled", "false")
                .set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1"));
    }
}

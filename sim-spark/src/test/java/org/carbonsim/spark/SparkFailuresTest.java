package org.carbonsim.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How a failure names the master (as the launcher's user gave it, as its default, or as spark-submit set
 * it), and what a study that ran out of memory is told to do.
 */
class SparkFailuresTest {
    private String master;
    private String submit;

    @BeforeEach
    void keepProperties() {
        master = System.clearProperty("spark.master");
        submit = System.clearProperty(SparkFailures.SPARK_SUBMIT_PROPERTY);
    }

    @AfterEach
    void restoreProperties() {
        restore("spark.master", master);
        restore(SparkFailures.SPARK_SUBMIT_PROPERTY, submit);
    }

    @Test
    void theLaunchersDefaultIsCalledTheDefault() {
        assertEquals("the default master local[*]", SparkFailures.where("local[*]"));
    }

    @Test
    void aMasterGivenToTheLauncherIsNamedAsItsOption() {
        System.setProperty("spark.master", "spark://host:7077");
        assertEquals("--master spark://host:7077", SparkFailures.where("spark://host:7077"));
    }

    /** spark-submit sets spark.master to local[*] when the user gives no --master: not the user's option. */
    @Test
    void underSparkSubmitTheMasterIsNamedWithoutClaimingAnOption() {
        System.setProperty("spark.master", "local[*]");
        System.setProperty(SparkFailures.SPARK_SUBMIT_PROPERTY, "true");
        assertEquals("the master local[*]", SparkFailures.where("local[*]"));
    }

    @Test
    void aLocalStudyOutOfMemoryNamesTheLaunchersOptionsAndFewerTasks() {
        assertEquals(
                "the default master local[*]: out of memory: the Java heap of Spark's driver (at most 256 MB) is"
                        + " full. Give it more with CARBONSIM_JAVA_OPTS=\"-Xss4m -Xmx512m\", or run fewer tasks at once"
                        + " with --master local[N]",
                SparkFailures.outOfMemory("local[*]", true, 256L << 20, new OutOfMemoryError())
                        .getMessage());
    }

    @Test
    void underSparkSubmitTheDriverGetsMoreWithDriverMemory() {
        System.setProperty("spark.master", "local[4]");
        System.setProperty(SparkFailures.SPARK_SUBMIT_PROPERTY, "true");
        assertEquals(
                "the master local[4]: out of memory: the Java heap of Spark's driver (at most 1024 MB) is full."
                        + " Give it more with spark-submit --driver-memory 2g, or run fewer tasks at once with"
                        + " --master local[N]",
                SparkFailures.outOfMemory("local[4]", true, 1L << 30, new OutOfMemoryError())
                        .getMessage());
    }

    @Test
    void anExecutorOutOfMemoryNamesExecutorMemory() {
        System.setProperty("spark.master", "spark://host:7077");
        assertEquals(
                "--master spark://host:7077: out of memory: a task filled its executor's Java heap (1024 MB). Give the"
                        + " executors more with spark-submit --executor-memory 2g",
                SparkFailures.outOfMemory("spark://host:7077", false, 1L << 30, new OutOfMemoryError())
                        .getMessage());
    }

    /** A task's error reaches the driver of a cluster as the text of the job's failure. */
    @Test
    void anOutOfMemoryErrorIsFoundAsACauseOrInAFailuresText() {
        assertTrue(SparkFailures.outOfMemory(new IllegalStateException(new OutOfMemoryError("Java heap space"))));
        assertTrue(SparkFailures.outOfMemory(new IllegalStateException("Job aborted due to stage failure: Lost task"
                + " 0.3 (executor 2): java.lang.OutOfMemoryError: Java heap space")));
        assertFalse(SparkFailures.outOfMemory(new IllegalStateException("Job aborted: FileNotFoundException")));
    }

    @Test
    void heapSizesAreRoundedUpAsJavaOptionsWriteThem() {
        assertEquals("320m", SparkFailures.javaSize(300L << 20)); // 5 × 64 MB
        assertEquals("1g", SparkFailures.javaSize(1000L << 20));
        assertEquals("3g", SparkFailures.javaSize((2L << 30) + 1));
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }
}

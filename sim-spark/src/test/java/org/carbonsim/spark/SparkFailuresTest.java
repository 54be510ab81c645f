package org.carbonsim.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.carbonsim.cli.Workers;
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

    /** Spark 4's refusal of a small driver heap, as its error class words it. */
    private static final String SMALL_HEAP = "[INVALID_DRIVER_MEMORY] System memory 268435456 must be at least"
            + " 471859200. Please increase heap size using the --driver-memory option or \"spark.driver.memory\" in"
            + " Spark configuration. SQLSTATE: F0000";

    /** 256 MB: twice is 512m, more than the 450 MB Spark asks for; the launcher's -Xss4m is kept. */
    @Test
    void aHeapTooSmallForSparkOnTheLaunchersLocalMasterNamesTheLaunchersVariable() {
        assertEquals(
                "the default master local[*]: Spark cannot start: " + SMALL_HEAP
                        + ". With the carbonsim-spark launcher, give it more with CARBONSIM_JAVA_OPTS=\"-Xss4m"
                        + " -Xmx512m\"",
                SparkFailures.cannotStart("local[*]", new IllegalArgumentException(SMALL_HEAP), 256L << 20)
                        .getMessage());
        assertTrue(
                SparkFailures.cannotStart("local[*]", new IllegalArgumentException(SMALL_HEAP), 128L << 20)
                        .getMessage()
                        .endsWith("CARBONSIM_JAVA_OPTS=\"-Xss4m -Xmx512m\""),
                "twice 128 MB is less than the 471,859,200 bytes Spark asks for: 450 MB, rounded up to 512m");
    }

    @Test
    void aHeapTooSmallForSparkUnderSparkSubmitOrOnAClusterKeepsSparksWords() {
        System.setProperty(SparkFailures.SPARK_SUBMIT_PROPERTY, "true");
        System.setProperty("spark.master", "local[2]");
        assertEquals(
                "the master local[2]: Spark cannot start: " + SMALL_HEAP,
                SparkFailures.cannotStart("local[2]", new IllegalArgumentException(SMALL_HEAP), 256L << 20)
                        .getMessage());
        System.clearProperty(SparkFailures.SPARK_SUBMIT_PROPERTY);
        System.setProperty("spark.master", "spark://host:7077");
        assertFalse(SparkFailures.cannotStart("spark://host:7077", new IllegalArgumentException(SMALL_HEAP), 256L << 20)
                .getMessage()
                .contains("CARBONSIM_JAVA_OPTS"));
    }

    /** What the memory check counts under Spark: the tasks a local master runs in this JVM, none on a cluster. */
    @Test
    void theTasksAtOnceAreTheLocalMastersThreadsAndNoneOnACluster() {
        assertEquals(4, SparkContextSource.workers("local[4]", 2).count());
        assertEquals(2, SparkContextSource.workers("local[*]", 2).count());
        assertEquals(6, SparkContextSource.workers("local[6,3]", 2).count(), "with retries");
        assertEquals(2, SparkContextSource.workers("local[*, 3]", 2).count());
        assertEquals(1, SparkContextSource.workers("local", 2).count());
        assertEquals(0, SparkContextSource.workers("spark://host:7077", 2).count());
        assertEquals(0, SparkContextSource.workers("yarn", 2).count());
        assertEquals(0, SparkContextSource.workers("local-cluster[2,1,1024]", 2).count(), "executors in other JVMs");
        assertEquals(
                "tasks at once with --master local[N]",
                SparkContextSource.workers("local[4]", 2).fewer());
    }

    /** More heap for the driver is the launcher's variable, or under spark-submit its --driver-memory. */
    @Test
    void moreHeapIsTheLaunchersVariableOrSparkSubmitsOption() {
        assertEquals(
                Workers.LAUNCHER_HEAP, SparkContextSource.workers("local[4]", 2).moreHeap());
        System.setProperty(SparkFailures.SPARK_SUBMIT_PROPERTY, "true");
        assertEquals(
                "spark-submit --driver-memory 2g",
                String.format(SparkContextSource.workers("local[4]", 2).moreHeap(), "2g"));
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

    /** An executor that died of a full heap is reported by its exit code's explanation, without the package. */
    @Test
    void anExecutorLostToAFullHeapIsFoundByItsExitCodesWords() {
        assertTrue(SparkFailures.outOfMemory(new IllegalStateException("Job aborted due to stage failure: Task 3 in"
                + " stage 0.0 failed 4 times, most recent failure: Lost task 3.3 (executor 2): ExecutorLostFailure"
                + " (executor 2 exited caused by one of the running tasks) Reason: Command exited with code 52")));
        assertTrue(SparkFailures.outOfMemory(new IllegalStateException("Container marked as failed:"
                + " container_1_0001_01_000002 on host: node-3. Exit status: 52. Diagnostics: Exception from"
                + " container-launch.")));
        assertTrue(SparkFailures.outOfMemory(new IllegalStateException("ExecutorLostFailure (executor 1 exited"
                + " caused by one of the running tasks) Reason: The executor with id 1 exited with exit code 52(JVM"
                + " OOM).")));
        assertFalse(SparkFailures.outOfMemory(new IllegalStateException("ExecutorLostFailure (executor 1 exited"
                + " caused by one of the running tasks) Reason: The executor with id 1 exited with exit code"
                + " 137(SIGKILL, possible container OOM).")));
        assertFalse(SparkFailures.outOfMemory(new IllegalStateException("Command exited with code 520")));
    }

    /** A container killed for its memory fails the job without any OutOfMemoryError: YARN and Kubernetes. */
    @Test
    void anExecutorsContainerKilledForMemoryIsFoundInTheClusterManagersWords() {
        assertTrue(SparkFailures.containerOutOfMemory(new IllegalStateException(new RuntimeException("Lost task 0.3"
                + " (executor 4): ExecutorLostFailure (executor 4 exited caused by one of the running tasks) Reason:"
                + " Container killed by YARN for exceeding physical memory limits. 4.5 GB of 4.5 GB physical memory"
                + " used. Consider boosting spark.executor.memoryOverhead."))));
        assertTrue(SparkFailures.containerOutOfMemory(new IllegalStateException("Container"
                + " [pid=4242,containerID=container_1_0001_01_000002] is running beyond physical memory limits.")));
        assertTrue(SparkFailures.containerOutOfMemory(new IllegalStateException(
                "Reason: The executor with id 1" + " exited with exit code 137(SIGKILL, possible container OOM).")));
        assertFalse(SparkFailures.containerOutOfMemory(new IllegalStateException("ExecutorLostFailure (executor 1"
                + " exited unrelated to the running tasks) Reason: Executor heartbeat timed out after 120000 ms")));
    }

    @Test
    void anExecutorKilledForMemoryNamesExecutorMemoryAndTheMemoryOutsideTheHeap() {
        System.setProperty(SparkFailures.SPARK_SUBMIT_PROPERTY, "true");
        assertEquals(
                "the master yarn: out of memory: the cluster manager killed an executor for using more memory than"
                        + " its container allows (a heap of 2048 MB and the memory outside it). Give the executors"
                        + " more with spark-submit --executor-memory 4g or more memory outside the heap with --conf"
                        + " spark.executor.memoryOverhead=1g",
                SparkFailures.containerOutOfMemory("yarn", 2L << 30, new IllegalStateException("killed"))
                        .getMessage());
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

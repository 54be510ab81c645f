package org.carbonsim.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.carbonsim.core.montecarlo.ReplicationTask;
import org.junit.jupiter.api.Test;

/**
 * A replication that fills the heap on a local master: before, Spark's executor (this JVM) ended the
 * process with exit 52 and Spark's stack trace; now the study ends with carbonsim's one line that says
 * how to give the driver more memory, exit 2. Run in a JVM of its own with a small heap ({@link #main}).
 */
class SparkOutOfMemoryTest {
    /** Keeps 8 MB arrays until the heap is full. */
    private static final ReplicationTask<Integer> FILL_THE_HEAP = i -> {
        List<long[]> kept = new ArrayList<>();
        while (true) {
            kept.add(new long[1 << 20]);
        }
    };

    @Test
    void aTaskThatFillsTheHeapIsOneLineWithExitTwo() throws IOException, InterruptedException {
        // Spark refuses a driver heap under 450 MB unless told the memory to assume
        ProcessBuilder builder = ForkedJvm.of(
                SparkOutOfMemoryTest.class, "-Xmx192m", "-Dspark.testing.memory=536870912", "-Dspark.master=local[2]");
        Process p = builder.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String stderr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(2, p.waitFor(), stderr);
        String last = stderr.strip().lines().reduce((a, b) -> b).orElse("");
        assertTrue(
                last.startsWith(
                        "carbonsim: --master local[2]: out of memory: the Java heap of Spark's driver" + " (at most "),
                stderr);
        assertTrue(last.contains("CARBONSIM_JAVA_OPTS=\"-Xss4m -Xmx"), stderr);
        assertFalse(stderr.contains("\tat "), "no stack trace without --debug: " + stderr);
    }

    /**
     * The forked JVM: the study's replicator on the launcher's context and watch, with one replication
     * that fills the heap; reports as carbonsim-spark does.
     */
    public static void main(String[] args) {
        OutOfMemoryWatch watch = new OutOfMemoryWatch(null, System.err, false);
        Thread.setDefaultUncaughtExceptionHandler(watch);
        ForkedJvm.runStudy(FILL_THE_HEAP, watch);
    }
}

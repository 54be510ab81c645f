package org.carbonsim.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.carbonsim.core.montecarlo.ReplicationTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A study stopped by the user (Ctrl-C, or SIGTERM) ends without a word, as the local command does:
 * Spark's shutdown hook stops the context under the study, which said "Spark stopped before the study
 * ended ... Spark's messages above say why" with no message above. Run in a JVM of its own ({@link
 * #main}), sent SIGTERM once its task runs.
 */
class SparkInterruptTest {
    private static final String RUNNING = "task running";

    /** Says that it runs, then waits to be stopped. */
    private static final ReplicationTask<Integer> WAIT = i -> {
        System.out.println(RUNNING);
        System.out.flush();
        try {
            Thread.sleep(Long.MAX_VALUE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return i;
    };

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES) // not a time limit: a JVM that never ends fails
    void aStudyStoppedByTheUserEndsWithoutAMessage() throws IOException, InterruptedException {
        ProcessBuilder builder = ForkedJvm.of(SparkInterruptTest.class, "-Dspark.master=local[1]");
        Process p = builder.start();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.equals(RUNNING));
            assertEquals(RUNNING, line, "the task ran");
            // SIGTERM: the JVM runs its shutdown hooks, as on Ctrl-C (the handle leaves the streams open)
            p.toHandle().destroy();
            String stderr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            int code = p.waitFor();
            assertNotEquals(0, code, stderr);
            assertFalse(stderr.contains("carbonsim:"), "no message of carbonsim's: " + stderr);
        }
    }

    /** The forked JVM: a study of one replication that waits, reporting as carbonsim-spark does. */
    public static void main(String[] args) {
        ForkedJvm.runStudy(WAIT, () -> false);
    }
}

package org.carbonsim.spark;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.carbonsim.cli.UserInputException;
import org.carbonsim.core.montecarlo.ReplicationTask;

/** A test's own JVM: its class path and the flags Spark needs on Java 17, bound to the loopback interface. */
final class ForkedJvm {
    private ForkedJvm() {}

    /** The process that runs {@code main}'s {@code main} with {@code options} before the class. */
    static ProcessBuilder of(Class<?> main, String... options) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(options));
        for (String flag : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (flag.startsWith("--add-opens")
                    || flag.startsWith("-XX:+IgnoreUnrecognized")
                    || flag.startsWith("-Dio.netty")
                    || flag.startsWith("-Djdk.reflect")) {
                command.add(flag);
            }
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        ProcessBuilder builder = new ProcessBuilder(command);
        // as the launcher does: Spark binds to the loopback interface instead of guessing the address
        builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        return builder;
    }

    /**
     * In the forked JVM: one replication of {@code task} on the launcher's context, reported as
     * carbonsim-spark reports it; then the JVM exits.
     */
    static void runStudy(ReplicationTask<?> task, BooleanSupplier outOfMemory) {
        SparkContextSource context = new SparkContextSource();
        int code = 0;
        try {
            new SparkReplicator(context, outOfMemory).run(task, 1, r -> true);
        } catch (UserInputException e) {
            System.err.println("carbonsim: " + e.getMessage());
            code = 2;
        } finally {
            context.stop();
        }
        System.exit(code);
    }
}

package org.carbonsim.spark;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Arrays;
import java.util.Optional;

/**
 * The jar that holds carbonsim's classes ({@code carbonsim-spark.jar}), which a cluster's executors
 * must be sent to run the tasks: they are separate JVMs with Spark's jars alone on their class path.
 * {@code spark-submit} sends its application jar itself; the {@code carbonsim-spark} launcher puts the
 * jar on its own class path only, so on a master other than a local one it is added to {@code
 * spark.jars}. Without it every task failed on the executors ({@code ClassCastException: cannot assign
 * instance of java.lang.invoke.SerializedLambda}: the task's class was not there).
 */
final class ApplicationJar {
    /** Spark's property with the jars it sends to every executor, separated by commas. */
    static final String SPARK_JARS = "spark.jars";

    private ApplicationJar() {}

    /** The jar file {@code type} was loaded from, or empty when it was loaded from a folder of classes. */
    static Optional<Path> of(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        URL location = source == null ? null : source.getLocation();
        if (location == null || !"file".equals(location.getProtocol())) {
            return Optional.empty();
        }
        try {
            Path path = Path.of(location.toURI());
            return Files.isRegularFile(path) ? Optional.of(path.toAbsolutePath()) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * The list {@code jars} (a {@code spark.jars} value, possibly empty) with {@code jar} added at its end,
     * unless it already names a jar of that file name: Spark serves the jars to the executors by file
     * name and keeps the first of two with the same one.
     */
    static String with(String jars, Path jar) {
        if (names(jars, jar)) {
            return jars;
        }
        return jars.isBlank() ? jar.toString() : jars + "," + jar;
    }

    /** Whether {@code jars} names the file {@code jar} names, by file name. */
    static boolean names(String jars, Path jar) {
        String name = jar.getFileName().toString();
        return Arrays.stream(jars.split(","))
                .map(String::strip)
                .map(e -> e.substring(e.lastIndexOf('/') + 1))
                .anyMatch(name::equals);
    }
}

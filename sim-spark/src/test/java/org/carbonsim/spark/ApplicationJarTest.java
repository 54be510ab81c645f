package org.carbonsim.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;

/**
 * On a cluster the executors run in JVMs of their own, with Spark's jars alone: carbonsim's jar must be in
 * {@code spark.jars}, once, or every task fails on them.
 */
class ApplicationJarTest {
    private static final Path JAR = Path.of("/opt/carbonsim/sim-spark/target/carbonsim-spark.jar");

    @Test
    void theJarIsAddedToNoJarsAndToOthers() {
        assertEquals(JAR.toString(), ApplicationJar.with("", JAR));
        assertEquals("/data/extra.jar," + JAR, ApplicationJar.with("/data/extra.jar", JAR));
    }

    /** spark-submit names its application jar in spark.jars: Spark would keep the first of two of one name. */
    @Test
    void aJarOfTheSameFileNameIsNotAddedTwice() {
        for (String jars : new String[] {
            JAR.toString(), "file:/shared/carbonsim-spark.jar", "/data/extra.jar, /shared/carbonsim-spark.jar"
        }) {
            assertEquals(jars, ApplicationJar.with(jars, JAR), jars);
        }
    }

    @Test
    void aClassFromAJarNamesItsJarAndOneFromAFolderNone() {
        Optional<Path> spark = ApplicationJar.of(JavaSparkContext.class);
        assertTrue(
                spark.isPresent() && spark.get().getFileName().toString().startsWith("spark-core"),
                "spark-core's jar: " + spark);
        assertEquals(Optional.empty(), ApplicationJar.of(ApplicationJarTest.class), "test classes are a folder");
    }
}

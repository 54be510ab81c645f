package org.carbonsim.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How a failure names the master: as the launcher's user gave it, as its default, or as spark-submit set it. */
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

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }
}

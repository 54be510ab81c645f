package org.carbonsim.spark;

import org.carbonsim.cli.UserInputException;

/**
 * The one-line messages (exit 2) for a Spark that cannot start or that stops during a study: a master
 * URL Spark cannot parse or reach, too little heap for Spark's driver. They name the master as the user
 * gave it to the launcher ({@code --master URL}, which it passes as the system property {@code
 * spark.master}) or as the launcher's default {@code local[*]}; under {@code spark-submit}, which sets
 * {@code spark.master} whether the user named a master or not, as the master Spark was given.
 */
final class SparkFailures {
    /** The system property {@code spark-submit} sets in the application's JVM. */
    static final String SPARK_SUBMIT_PROPERTY = "SPARK_SUBMIT";

    private SparkFailures() {}

    /** Spark could not start on {@code master}: {@code e} says why. */
    static UserInputException cannotStart(String master, Throwable e) {
        return new UserInputException(where(master) + ": Spark cannot start: " + reason(e), e);
    }

    /** Spark on {@code master} stopped (its context was shut down) before the study ended. */
    static UserInputException stopped(String master, Exception e) {
        return new UserInputException(
                where(master) + ": Spark stopped before the study ended (a master that cannot be reached, or an"
                        + " application the cluster ended); Spark's messages above say why",
                e);
    }

    /**
     * {@code --master URL} when the user named the master to the launcher, {@code the default master
     * local[*]} when not, and {@code the master URL} under {@code spark-submit} (which says so in the
     * system property {@value #SPARK_SUBMIT_PROPERTY} and fills in {@code spark.master} itself when the
     * user gave none).
     */
    static String where(String master) {
        if (System.getProperty(SPARK_SUBMIT_PROPERTY) != null) {
            return "the master " + master;
        }
        return System.getProperty("spark.master") != null ? "--master " + master : "the default master " + master;
    }

    /** {@code e}'s message on one line, or its type when it has none. */
    private static String reason(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        return message.replaceAll("\\s+", " ").strip();
    }
}

package org.carbonsim.spark;

import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.carbonsim.cli.UserInputException;

/**
 * The one-line messages (exit 2) for a Spark that cannot start or that stops during a study: a master
 * URL Spark cannot parse or reach, too little heap for Spark's driver, a study that ran out of memory.
 * They name the master as the user
 * gave it to the launcher ({@code --master URL}, which it passes as the system property {@code
 * spark.master}) or as the launcher's default {@code local[*]}; under {@code spark-submit}, which sets
 * {@code spark.master} whether the user named a master or not, as the master Spark was given.
 */
final class SparkFailures {
    /** The system property {@code spark-submit} sets in the application's JVM. */
    static final String SPARK_SUBMIT_PROPERTY = "SPARK_SUBMIT";

    private SparkFailures() {}

    /** Spark's refusal of a driver heap too small to start in: it says to use {@code --driver-memory}. */
    private static final Pattern TOO_LITTLE_HEAP =
            Pattern.compile("System memory \\d+ must be at least (\\d+)\\b.*--driver-memory");

    /**
     * An OutOfMemoryError named in a failure's text, with or without its package, or an executor that
     * exited with Spark's code for it, 52 (standalone: "Command exited with code 52"; YARN: "Exit
     * status: 52"; Kubernetes: "exit code 52(JVM OOM)").
     */
    private static final Pattern EXECUTOR_HEAP_FULL = Pattern.compile(
            "\\bOutOfMemoryError\\b|\\bexit(?:ed with)?(?: exit)? (?:code|status):? 52\\b", Pattern.CASE_INSENSITIVE);

    /** The cluster managers' words for an executor's container killed for its memory. */
    private static final Pattern CONTAINER_KILLED_FOR_MEMORY = Pattern.compile(
            "killed by YARN for exceeding (?:physical |virtual )?memory limits|running beyond (?:physical|virtual)"
                    + " memory limits|possible container OOM|OOMKilled",
            Pattern.CASE_INSENSITIVE);

    /** Spark could not start on {@code master}: {@code e} says why. */
    static UserInputException cannotStart(String master, Throwable e) {
        return cannotStart(master, e, Runtime.getRuntime().maxMemory());
    }

    /**
     * Spark could not start on {@code master} in a JVM whose heap holds at most {@code heapBytes}: {@code
     * e} says why. When the heap is too small for Spark's driver, Spark says to use {@code
     * --driver-memory}, an option of spark-submit; on a local master run through the launcher the
     * message adds, as {@link #outOfMemory} does, the launcher's variable with twice the heap (at least
     * what Spark asked for), keeping the launcher's -Xss4m.
     */
    static UserInputException cannotStart(String master, Throwable e, long heapBytes) {
        String reason = reason(e);
        Matcher tooLittle = TOO_LITTLE_HEAP.matcher(reason);
        if (tooLittle.find() && master.startsWith("local") && System.getProperty(SPARK_SUBMIT_PROPERTY) == null) {
            long asked = Long.parseLong(tooLittle.group(1));
            reason += (reason.endsWith(".") ? " " : ". ") + "With the carbonsim-spark launcher, give it more with"
                    + " CARBONSIM_JAVA_OPTS=\"-Xss4m -Xmx" + javaSize(Math.max(2 * heapBytes, asked)) + "\"";
        }
        return new UserInputException(where(master) + ": Spark cannot start: " + reason, e);
    }

    /** Spark on {@code master} stopped (its context was shut down) before the study ended. */
    static UserInputException stopped(String master, Throwable e) {
        return new UserInputException(
                where(master) + ": Spark stopped before the study ended (a master that cannot be reached, or an"
                        + " application the cluster ended); Spark's messages above say why",
                e);
    }

    /**
     * The study ran out of memory: in this JVM ({@code inDriver}: the driver, which on a local master
     * runs the tasks too), whose heap holds at most {@code heapBytes}, or in an executor given {@code
     * heapBytes}. Running out of memory is the user's to fix, as in the local command (exit 2): the
     * message says how to give the JVM that filled up twice the memory, and, on a local master, that
     * fewer tasks at once need less.
     */
    static UserInputException outOfMemory(String master, boolean inDriver, long heapBytes, Throwable e) {
        String twice = javaSize(2 * heapBytes);
        String remedy;
        if (!inDriver) {
            remedy = "a task filled its executor's Java heap (" + megabytes(heapBytes)
                    + "). Give the executors more with spark-submit --executor-memory " + twice;
        } else if (System.getProperty(SPARK_SUBMIT_PROPERTY) != null) {
            remedy = "the Java heap of Spark's driver (at most " + megabytes(heapBytes)
                    + ") is full. Give it more with spark-submit --driver-memory " + twice;
        } else {
            remedy = "the Java heap of Spark's driver (at most " + megabytes(heapBytes)
                    + ") is full. Give it more with CARBONSIM_JAVA_OPTS=\"-Xss4m -Xmx" + twice + "\"";
        }
        if (inDriver && master.startsWith("local")) {
            remedy += ", or run fewer tasks at once with --master local[N]";
        }
        return new UserInputException(where(master) + ": out of memory: " + remedy, e);
    }

    /**
     * Whether {@code e} is or was caused by an {@link OutOfMemoryError}, or says so: a task's error
     * comes back from an executor as the text of Spark's job failure, and an executor that died of
     * one (Spark's exit code 52) as the lost executor's reason, which names the error without its
     * package ("OutOfMemoryError", or "JVM OOM" on Kubernetes).
     */
    static boolean outOfMemory(Throwable e) {
        return anyCause(e, t -> t instanceof OutOfMemoryError || says(t, EXECUTOR_HEAP_FULL));
    }

    /**
     * Whether {@code e} says that the cluster manager killed an executor for using more memory than
     * its container may: YARN's "killed by YARN for exceeding (physical) memory limits" or "running
     * beyond physical memory limits", Kubernetes' exit code 137 "(SIGKILL, possible container OOM)".
     * The heap need not be full for that: the container holds the heap and the memory outside it
     * ({@code spark.executor.memoryOverhead}), so the job fails with no {@link OutOfMemoryError}.
     */
    static boolean containerOutOfMemory(Throwable e) {
        return anyCause(e, t -> says(t, CONTAINER_KILLED_FOR_MEMORY));
    }

    /**
     * An executor killed by its cluster manager for memory on {@code master}: the message says so and
     * how to give the executors more, their heap {@code heapBytes} and the memory outside it both.
     */
    static UserInputException containerOutOfMemory(String master, long heapBytes, Throwable e) {
        return new UserInputException(
                where(master) + ": out of memory: the cluster manager killed an executor for using more memory"
                        + " than its container allows (a heap of " + megabytes(heapBytes) + " and the memory"
                        + " outside it). Give the executors more with spark-submit --executor-memory "
                        + javaSize(2 * heapBytes) + " or more memory outside the heap with --conf"
                        + " spark.executor.memoryOverhead=" + javaSize(heapBytes / 2),
                e);
    }

    /** Whether {@code e} or one of its causes is {@code what}. */
    private static boolean anyCause(Throwable e, Predicate<Throwable> what) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (what.test(t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean says(Throwable t, Pattern words) {
        return t.getMessage() != null && words.matcher(t.getMessage()).find();
    }

    /**
     * {@code bytes} rounded up as Java's memory options write it: to a multiple of 64 megabytes below a
     * gigabyte ({@code 512m}), else to whole gigabytes ({@code 2g}).
     */
    static String javaSize(long bytes) {
        long mega = 1L << 20;
        long megabytes = (bytes + 64 * mega - 1) / (64 * mega) * 64;
        return megabytes < 1024 ? megabytes + "m" : (bytes + (1L << 30) - 1) / (1L << 30) + "g";
    }

    /** {@code bytes} in megabytes, rounded up, for the message. */
    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%d MB", (bytes + (1L << 20) - 1) >> 20);
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

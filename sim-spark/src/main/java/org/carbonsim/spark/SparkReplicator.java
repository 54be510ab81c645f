package org.carbonsim.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.spark.SparkException;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.carbonsim.core.montecarlo.ReplicationTask;
import org.carbonsim.core.montecarlo.Replicator;

/**
 * Runs a study's replications as Spark tasks. The indices go out in waves of {@link
 * #TASKS_PER_CORE_PER_WAVE} per core of the context; each wave is one job whose partitions are
 * contiguous index ranges, and its results come back to the driver in index order ({@code collect}
 * keeps partition order), where the study folds them exactly as it folds local results. The driver
 * holds one wave's results at a time, whatever the number of replications. A study whose stopping
 * rule is met stops after the current wave.
 *
 * <p>Why the fold is on the driver and not a per-partition merge: the daily bands are P² quantile
 * sketches, whose estimates depend on the order of the values. Merging sketches built per partition
 * would give other numbers than the local command; folding in index order gives the same bytes.
 *
 * <p>A task's unchecked exception (a scenario file that an executor cannot find, say) comes back as the
 * cause of Spark's job failure and is rethrown as it is, so the command reports it as the local one
 * does. A context that Spark stopped, before or while a job waits (a standalone master that never
 * answered is given up after a minute), is {@link SparkFailures#stopped}; one that Spark stopped
 * because the JVM is ending (Ctrl-C) ends the study without a word, as the local command's.
 *
 * <p>A study that ran out of memory is {@link SparkFailures#outOfMemory}, whether the error came back
 * from a task or, on a local master, failed one of Spark's own threads and stopped the context (the
 * {@code outOfMemory} watch says so). The context is stopped, with Spark's log off, before the
 * message, so that the tasks still running do not log their failures after it.
 */
final class SparkReplicator implements Replicator {
    /** Replications per core in each wave: enough that a wave's job overhead is small beside its work. */
    static final int TASKS_PER_CORE_PER_WAVE = 256;

    private final Supplier<JavaSparkContext> context;
    private final BooleanSupplier outOfMemory;

    /**
     * Replications on the context {@code context} supplies, asked for when the first study runs;
     * {@code outOfMemory} says whether a thread of this JVM died of an {@link OutOfMemoryError}.
     */
    SparkReplicator(Supplier<JavaSparkContext> context, BooleanSupplier outOfMemory) {
        this.context = Objects.requireNonNull(context, "context");
        this.outOfMemory = Objects.requireNonNull(outOfMemory, "outOfMemory");
    }

    @Override
    public <T> void run(ReplicationTask<T> task, int count, Predicate<? super T> sink) {
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0, got " + count);
        }
        JavaSparkContext sc = context.get();
        if (sc.sc().isStopped()) {
            throw SparkFailures.stopped(sc.master(), new IllegalStateException("the Spark context is stopped"));
        }
        int cores = Math.max(1, sc.defaultParallelism());
        int wave = cores * TASKS_PER_CORE_PER_WAVE;
        for (int start = 0; start < count; start += wave) {
            int end = (int) Math.min(count, (long) start + wave);
            List<Integer> indices = new ArrayList<>(end - start);
            for (int i = start; i < end; i++) {
                indices.add(i);
            }
            int partitions = Math.min(indices.size(), cores * 4);
            List<T> results;
            try {
                results = collect(sc, sc.parallelize(indices, partitions).map(task::run));
            } catch (Exception | OutOfMemoryError e) {
                // on a local master the tasks run in this JVM too; on a cluster only the waiting does
                boolean inDriver = e instanceof OutOfMemoryError
                        || outOfMemory.getAsBoolean()
                        || (sc.isLocal() && SparkFailures.outOfMemory(e));
                if (inDriver) {
                    stopQuietly(sc);
                    throw SparkFailures.outOfMemory(
                            sc.master(), true, Runtime.getRuntime().maxMemory(), e);
                }
                long executorHeap = sc.getConf().getSizeAsBytes("spark.executor.memory", "1g");
                if (SparkFailures.outOfMemory(e)) {
                    throw SparkFailures.outOfMemory(sc.master(), false, executorHeap, e);
                }
                if (SparkFailures.containerOutOfMemory(e)) {
                    throw SparkFailures.containerOutOfMemory(sc.master(), executorHeap, e);
                }
                if (sc.sc().isStopped()) {
                    awaitTheEndIfTheJvmIsEnding();
                    throw SparkFailures.stopped(sc.master(), e);
                }
                throw taskFailure(e);
            }
            for (T result : results) {
                if (!sink.test(result)) {
                    return;
                }
            }
        }
    }

    /**
     * The results of {@code rdd}, in partition order as {@code collect} gives them, or a job failure's
     * cause. The wait ends when Spark stops the context with the job unfinished: a standalone master
     * that never answered is given up after a minute, and the job would wait for ever.
     */
    private static <T> List<T> collect(JavaSparkContext sc, JavaRDD<T> rdd) throws Exception {
        JavaFutureAction<List<T>> job = rdd.collectAsync();
        while (true) {
            try {
                return job.get(1, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                if (sc.sc().isStopped() && !job.isDone()) {
                    job.cancel(true);
                    throw new IllegalStateException("the Spark context stopped with the job unfinished");
                }
            } catch (ExecutionException e) {
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw e.getCause() instanceof Exception cause ? cause : e;
            } catch (InterruptedException e) {
                job.cancel(true);
                Thread.currentThread().interrupt();
                throw e;
            }
        }
    }

    /**
     * Stops {@code sc} after its study ran out of memory, with Spark's log off (unless {@code --debug}):
     * the tasks still running fail one by one as the context stops, and their lines would follow
     * carbonsim's message, which says all there is to do.
     */
    private static void stopQuietly(JavaSparkContext sc) {
        if (!Boolean.getBoolean(SparkMain.STACK_TRACES_PROPERTY)) {
            Configurator.setAllLevels(LogManager.ROOT_LOGGER_NAME, Level.OFF);
        }
        sc.stop();
    }

    /**
     * Waits for this JVM to end when it is ending: the user pressed Ctrl-C (or the process was sent
     * SIGTERM), and Spark's shutdown hook stopped the context under the study. The study then ends without
     * a word, as the local command does, instead of blaming the master for stopping ("Spark's messages
     * above say why", with none above).
     */
    private static void awaitTheEndIfTheJvmIsEnding() {
        if (!jvmEnding()) {
            return;
        }
        while (true) {
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                // the JVM ends when its shutdown hooks have run, whatever this thread does
            }
        }
    }

    /** Whether this JVM is running its shutdown hooks: it then takes no more of them. */
    private static boolean jvmEnding() {
        Thread probe = new Thread(() -> {});
        try {
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        } catch (IllegalStateException e) {
            return true;
        }
    }

    /** The task's own unchecked exception or error behind a failed job, else {@code e} wrapped. */
    private static RuntimeException taskFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SparkException) {
                continue;
            }
            if (t instanceof RuntimeException runtime) {
                return runtime;
            }
            if (t instanceof Error error) {
                throw error;
            }
            break;
        }
        return new IllegalStateException("the Spark job failed: " + e.getMessage(), e);
    }
}

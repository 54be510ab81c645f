package org.carbonsim.core.montecarlo;

import java.util.function.Predicate;

/**
 * Where the replications of a study run: on a pool of local threads ({@link #threads}) or elsewhere,
 * such as the tasks of a Spark job. Whatever runs them, the results reach the study in index order, on
 * the calling thread, so a study folds them the same way and its outputs do not depend on where or on
 * how many workers they ran.
 */
public interface Replicator {
    /**
     * Runs {@code task} for the indices {@code 0} to {@code count − 1} and hands each result to {@code
     * sink} in index order, from the calling thread, until {@code sink} returns {@code false} or every
     * index is done. Tasks beyond the index where the sink stopped may have run; their results are
     * dropped. An unchecked exception or error of a task is rethrown as it is.
     */
    <T> void run(ReplicationTask<T> task, int count, Predicate<? super T> sink);

    /** Replications on {@code threads} local daemon threads (at least 1). */
    static Replicator threads(int threads) {
        return new ThreadReplicator(threads);
    }
}

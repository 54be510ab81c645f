package org.carbonsim.core.montecarlo;

import java.io.Serializable;

/**
 * One replication of a study as a pure function of its index. Serializable so that a {@link
 * Replicator} may ship it to another process; a task built on an in-memory {@link ScenarioRecipe} can
 * run only in the process that made it.
 *
 * @param <T> what the replication keeps: serializable when the task is shipped
 */
@FunctionalInterface
public interface ReplicationTask<T> extends Serializable {
    /** The replication with {@code index}, from 0. */
    T run(int index);
}

package org.carbonsim.cli;

import java.util.Objects;
import org.carbonsim.core.montecarlo.Replicator;

/**
 * Where this process runs the replications of {@code montecarlo}, {@code sweep}, {@code compare} and
 * {@code sensitivity}:
 * on {@code --threads} local threads, unless a host such as carbonsim's Spark launcher installs
 * another {@link Replicator} before the command line runs. The files a study writes are the same
 * either way.
 */
public final class StudyExecution {
    private static volatile Replicator installed;
    private static volatile Workers installedWorkers;

    private StudyExecution() {}

    /**
     * Runs every later study of this process with {@code replicator}, whatever {@code --threads} says;
     * {@code workers} are the replications it runs at once in this JVM, which the memory check counts.
     */
    public static void install(Replicator replicator, Workers workers) {
        installedWorkers = Objects.requireNonNull(workers, "workers");
        installed = Objects.requireNonNull(replicator, "replicator");
    }

    /** Goes back to local threads. */
    public static void uninstall() {
        installed = null;
        installedWorkers = null;
    }

    /** The installed replicator's workers, or {@code threads} local threads. */
    static Workers workers(int threads) {
        Workers w = installedWorkers;
        return installed != null && w != null ? w : Workers.threads(threads);
    }

    /** The installed replicator, or {@code threads} local threads. */
    static Replicator replicator(int threads) {
        Replicator r = installed;
        return r != null ? r : Replicator.threads(threads);
    }
}

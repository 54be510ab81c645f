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

    private StudyExecution() {}

    /** Runs every later study of this process with {@code replicator}, whatever {@code --threads} says. */
    public static void install(Replicator replicator) {
        installed = Objects.requireNonNull(replicator, "replicator");
    }

    /** Goes back to local threads. */
    public static void uninstall() {
        installed = null;
    }

    /** The installed replicator, or {@code threads} local threads. */
    static Replicator replicator(int threads) {
        Replicator r = installed;
        return r != null ? r : Replicator.threads(threads);
    }
}

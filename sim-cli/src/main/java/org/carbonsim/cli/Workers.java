package org.carbonsim.cli;

/**
 * How many replications of a study this JVM runs at once, for {@link MemoryBudget}: {@code --threads}
 * locally; under a host such as carbonsim's Spark launcher, the tasks its master runs in this JVM (none
 * when they run on a cluster's executors), with the option that makes them fewer. Immutable.
 *
 * @param count replications run at once in this JVM; 0 when they run elsewhere
 * @param unit what they are called in a message, plural ({@code threads})
 * @param fewer what the user makes fewer to run fewer at once, after "use fewer" ({@code --threads})
 * @param moreHeap how the user gives this JVM a heap of {@code %1$s} (a size such as {@code 512m}),
 *     after "Give Java more with": {@value #LAUNCHER_HEAP} for carbonsim's launchers
 */
public record Workers(int count, String unit, String fewer, String moreHeap) {
    /** How a JVM started by carbonsim's launchers gets more heap; they need their {@code -Xss4m} kept. */
    public static final String LAUNCHER_HEAP =
            "-Xmx%1$s (for the launcher, which needs its -Xss4m kept: CARBONSIM_JAVA_OPTS=\"-Xss4m -Xmx%1$s\")";

    public Workers {
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0, got " + count);
        }
        if (!moreHeap.contains("%1$s")) {
            throw new IllegalArgumentException("moreHeap must name the size as %1$s, got " + moreHeap);
        }
    }

    /** Workers in a JVM that carbonsim's launchers started ({@link #LAUNCHER_HEAP}). */
    public Workers(int count, String unit, String fewer) {
        this(count, unit, fewer, LAUNCHER_HEAP);
    }

    /** {@code threads} local threads (at least 1). */
    public static Workers threads(int threads) {
        return new Workers(Math.max(1, threads), "threads", "--threads");
    }

    /** These workers, but no more than {@code replications}, since a study runs no more at once. */
    Workers atMost(long replications) {
        return new Workers((int) Math.min(count, Math.max(1, replications)), unit, fewer, moreHeap);
    }
}

package org.carbonsim.cli;

/**
 * How many replications of a study this JVM runs at once, for {@link MemoryBudget}: {@code --threads}
 * locally; under a host such as carbonsim's Spark launcher, the tasks its master runs in this JVM (none
 * when they run on a cluster's executors), with the option that makes them fewer. Immutable.
 *
 * @param count replications run at once in this JVM; 0 when they run elsewhere
 * @param unit what they are called in a message, plural ({@code threads})
 * @param fewer what the user makes fewer to run fewer at once, after "use fewer" ({@code --threads})
 */
public record Workers(int count, String unit, String fewer) {
    public Workers {
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0, got " + count);
        }
    }

    /** {@code threads} local threads (at least 1). */
    public static Workers threads(int threads) {
        return new Workers(Math.max(1, threads), "threads", "--threads");
    }

    /** These workers, but no more than {@code replications}, since a study runs no more at once. */
    Workers atMost(long replications) {
        return new Workers((int) Math.min(count, Math.max(1, replications)), unit, fewer);
    }
}

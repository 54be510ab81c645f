package org.carbonsim.cli;

import java.util.Locale;
import org.carbonsim.core.agents.TraderGroup;
import org.carbonsim.core.scenario.Scenario;

/**
 * An estimate of the heap a run of a scenario needs, checked before the run starts so that a
 * scenario too large for this JVM is refused with its estimate and the {@code -Xmx} it needs,
 * instead of growing for minutes and dying. A run's working set grows with enterprises, enterprises ×
 * years, enterprises × years × trading days, and traders; its coefficients were measured on
 * generated populations (2,000 and 20,000 firms over 1 and 3 years, 50 and 240 days, and 100,000
 * noise traders: the live heap after garbage collection) and rounded up. A study also keeps, of every
 * replication it runs, its metrics and uncertain inputs and its figures per year and per sector and
 * year (for {@code runs.csv}, {@code years.csv} and {@code sectors.csv}); those grow with the
 * replications, their years and the scenario's sectors, and were measured the same way (20,000 kept
 * replications of {@code classroom-ten-firms}, {@code hubei-pilot} over 1 and 3 years, {@code
 * hubei-pilot-uncertain} and {@code national-ets-scale}). Immutable (no state).
 */
final class MemoryBudget {
    /** Classes, the order book and the output writers, whatever the scenario. */
    static final long BASE_BYTES = 64L << 20;
    /** An enterprise's trader, plans and records: measured about 2.1 KB. */
    static final long BYTES_PER_ENTERPRISE = 3 << 10;
    /** Its yearly results and ledger rows: measured about 1.8 KB a year. */
    static final long BYTES_PER_ENTERPRISE_YEAR = 2500;
    /** Per enterprise and trading day: measured about 1 byte; 4 for room. */
    static final long BYTES_PER_ENTERPRISE_DAY = 4;
    /** A trader of a trader group and its slots in the order book: measured about 460 bytes. */
    static final long BYTES_PER_TRADER = 768;
    /** A kept replication's record and its metrics: measured about 460 bytes. */
    static final long BYTES_PER_KEPT_RUN = 640;
    /** Each uncertain input a kept replication records: measured about 33 bytes. */
    static final long BYTES_PER_KEPT_RUN_INPUT = 48;
    /** A kept replication's figures of one year, with the year's total over the sectors: measured about 150 bytes. */
    static final long BYTES_PER_KEPT_RUN_YEAR = 192;
    /** A kept replication's figures of one sector in one year: measured about 85 bytes. */
    static final long BYTES_PER_KEPT_RUN_SECTOR_YEAR = 128;
    /** Room left for the garbage collector: the heap should be this many times the live estimate. */
    static final double HEADROOM = 1.5;

    private MemoryBudget() {}

    /** The estimated live heap of one run of {@code scenario}, in bytes; concurrent runs share {@link #BASE_BYTES}. */
    static long estimate(Scenario scenario) {
        long firms = scenario.enterprises().size();
        long years = scenario.calendar().years();
        long days = scenario.calendar().tradingDaysPerYear();
        long traders = 0;
        for (TraderGroup group : scenario.agents().traders()) {
            traders += group.count();
        }
        return BASE_BYTES
                + firms * BYTES_PER_ENTERPRISE
                + firms * years * BYTES_PER_ENTERPRISE_YEAR
                + firms * years * days * BYTES_PER_ENTERPRISE_DAY
                + traders * BYTES_PER_TRADER;
    }

    /**
     * The estimated heap a study keeps of {@code keptRuns} replications of {@code scenario} once they
     * are done, in bytes: each one's metrics, inputs and figures per year and per sector and year.
     */
    static long keptEstimate(Scenario scenario, long keptRuns) {
        long years = scenario.calendar().years();
        long perRun = BYTES_PER_KEPT_RUN
                + scenario.uncertainty().parameters().size() * BYTES_PER_KEPT_RUN_INPUT
                + years * BYTES_PER_KEPT_RUN_YEAR
                + years * scenario.sectors().size() * BYTES_PER_KEPT_RUN_SECTOR_YEAR;
        return Math.multiplyExact(perRun, keptRuns);
    }

    /**
     * Refuses {@code scenario} if {@code workers} runs of it at once in this JVM, with the figures of
     * {@code keptRuns} finished replications kept beside them, would not fit {@code maxHeapBytes}.
     *
     * @throws UserInputException with the estimate, what it is made of and the -Xmx needed
     */
    static void check(Scenario scenario, String name, Workers workers, long keptRuns, long maxHeapBytes) {
        long perRun = estimate(scenario) - BASE_BYTES;
        long live = BASE_BYTES + Math.multiplyExact(perRun, (long) workers.count()) + keptEstimate(scenario, keptRuns);
        long needed = (long) Math.ceil(live * HEADROOM);
        if (needed <= maxHeapBytes) {
            return;
        }
        long traders = scenario.agents().traders().stream()
                .mapToLong(TraderGroup::count)
                .sum();
        String xmx = needed < 1L << 30
                ? (((needed + (64L << 20) - 1) >> 26) * 64) + "m"
                : ((needed + (1L << 30) - 1) >> 30) + "g";
        boolean many = workers.count() > 1;
        throw new UserInputException(String.format(
                Locale.ROOT,
                "%s is too large for this Java's memory: %d enterprises x %d years x %d trading days and %d"
                        + " traders%s%s need about %s of heap, and at most %s may be used. Give Java more with"
                        + " %s, or simulate fewer enterprises, years or traders%s",
                name,
                scenario.enterprises().size(),
                scenario.calendar().years(),
                scenario.calendar().tradingDaysPerYear(),
                traders,
                many ? " on " + workers.count() + " " + workers.unit() : "",
                keptRuns > 0 ? ", keeping the figures of " + keptRuns + " replications," : "",
                size(needed),
                size(maxHeapBytes),
                String.format(Locale.ROOT, workers.moreHeap(), xmx),
                many || keptRuns > 0 ? " (or use fewer " + fewer(many, workers, keptRuns) + ")" : ""));
    }

    private static String fewer(boolean many, Workers workers, long keptRuns) {
        if (keptRuns == 0) {
            return workers.fewer();
        }
        return many ? "--runs or " + workers.fewer() : "--runs";
    }

    /** {@link #check} on {@code concurrentRuns} local threads. */
    static void check(Scenario scenario, String name, int concurrentRuns, long keptRuns, long maxHeapBytes) {
        check(scenario, name, Workers.threads(concurrentRuns), keptRuns, maxHeapBytes);
    }

    /** {@link #check} against this JVM's maximum heap. */
    static void check(Scenario scenario, String name, Workers workers, long keptRuns) {
        check(scenario, name, workers, keptRuns, Runtime.getRuntime().maxMemory());
    }

    /** {@link #check} on {@code concurrentRuns} local threads against this JVM's maximum heap. */
    static void check(Scenario scenario, String name, int concurrentRuns, long keptRuns) {
        check(scenario, name, Workers.threads(concurrentRuns), keptRuns);
    }

    static String size(long bytes) {
        return bytes >= 1L << 30
                ? String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30))
                : String.format(Locale.ROOT, "%d MB", (bytes + (1L << 20) - 1) >> 20);
    }
}

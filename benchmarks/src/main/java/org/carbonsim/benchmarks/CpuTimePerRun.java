package org.carbonsim.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import org.carbonsim.core.engine.Simulation;
import org.carbonsim.core.scenario.Scenario;
import org.carbonsim.core.scenario.ScenarioLoader;

/**
 * The thread CPU time of one replication of {@link HubeiScaleScenario} (seed 1), or of a bundled
 * scenario of the checkout, the smallest and the mean over the measured runs, after warm-up runs. On a
 * shared machine JMH's wall-clock times swing with the host's load; the CPU time a thread spends swings
 * far less, and the smallest of a dozen runs is the steadiest figure to compare two builds by, run
 * alternately. Arguments: warm-up runs (default 8), measured runs (default 12) and a bundled
 * scenario's name, such as {@code eu-msr} (default: the generated Hubei-scale scenario), whose runs
 * take seeds 1, 2, ... in turn as {@link BundledScenarioBenchmark}'s do, or {@code reviewsPerDay=R}
 * for the generated scenario with its enterprises' review rate set to {@code R}. Not a JMH benchmark: run it
 * from the checkout with {@code java -cp benchmarks/target/benchmarks.jar
 * org.carbonsim.benchmarks.CpuTimePerRun}.
 */
public final class CpuTimePerRun {
    /** Seeds a bundled scenario's runs cycle through, as in {@link BundledScenarioBenchmark}. */
    private static final int SEEDS = 16;
    /** How the third argument sets the generated scenario's review rate. */
    private static final String REVIEWS = "reviewsPerDay=";

    private CpuTimePerRun() {}

    /** The seed of run {@code i}: 1, 2, ... in turn for a bundled scenario, always 1 for the generated one. */
    private static long seed(boolean bundled, int i) {
        return bundled ? 1 + i % SEEDS : 1;
    }

    public static void main(String[] args) {
        int warmUps = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 12;
        if (warmUps < 0 || runs < 1) {
            throw new IllegalArgumentException(
                    "need warm-up runs >= 0 and measured runs >= 1, got " + warmUps + " and " + runs);
        }
        String rate = args.length > 2 && args[2].startsWith(REVIEWS) ? args[2].substring(REVIEWS.length()) : null;
        boolean bundled = args.length > 2 && rate == null;
        Scenario scenario = bundled
                ? ScenarioLoader.load(CheckoutScenarios.file(args[2]))
                : rate == null ? HubeiScaleScenario.build() : HubeiScaleScenario.build(rate);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < warmUps; i++) {
            Simulation.run(scenario, seed(bundled, i));
        }
        long smallestNanos = Long.MAX_VALUE;
        long totalNanos = 0;
        for (int i = 0; i < runs; i++) {
            long seed = seed(bundled, i);
            long start = threads.getCurrentThreadCpuTime();
            Simulation.run(scenario, seed);
            long nanos = threads.getCurrentThreadCpuTime() - start;
            smallestNanos = Math.min(smallestNanos, nanos);
            totalNanos += nanos;
        }
        System.out.printf(
                Locale.ROOT,
                "%s: CPU ms per run over %d runs after %d warm-up runs: min %.1f, mean %.1f%n",
                bundled ? args[2] : rate == null ? "hubei-scale" : "hubei-scale at " + REVIEWS + rate,
                runs,
                warmUps,
                smallestNanos / 1e6,
                totalNanos / 1e6 / runs);
    }
}

package org.carbonsim.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import org.carbonsim.core.engine.Simulation;
import org.carbonsim.core.scenario.Scenario;

/**
 * The bytes one replication of {@link HubeiScaleScenario} (seed 1) allocates on the thread that runs
 * it, the smallest and the mean over the measured runs, after warm-up runs. Unlike a time, what a
 * thread allocates does not move with the host's load: two builds can be compared by it on a busy
 * machine, and a byte-identical change leaves every run's figure the same from run to run once the
 * compiler has settled. Arguments: warm-up runs (default 5) and measured runs (default 20). Not a JMH
 * benchmark: run it with {@code java -cp benchmarks/target/benchmarks.jar
 * org.carbonsim.benchmarks.AllocationPerRun}.
 */
public final class AllocationPerRun {
    private AllocationPerRun() {}

    public static void main(String[] args) {
        int warmUps = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        if (warmUps < 0 || runs < 1) {
            throw new IllegalArgumentException(
                    "need warm-up runs >= 0 and measured runs >= 1, got " + warmUps + " and " + runs);
        }
        Scenario scenario = HubeiScaleScenario.build();
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        for (int i = 0; i < warmUps; i++) {
            Simulation.run(scenario, 1);
        }
        long smallestBytes = Long.MAX_VALUE;
        long totalBytes = 0;
        for (int i = 0; i < runs; i++) {
            long start = threads.getThreadAllocatedBytes(thread);
            Simulation.run(scenario, 1);
            long bytes = threads.getThreadAllocatedBytes(thread) - start;
            smallestBytes = Math.min(smallestBytes, bytes);
            totalBytes += bytes;
        }
        System.out.printf(
                Locale.ROOT,
                "hubei-scale: MB allocated per run over %d runs after %d warm-up runs: min %.2f, mean %.2f%n",
                runs,
                warmUps,
                smallestBytes / 1e6,
                totalBytes / 1e6 / runs);
    }
}

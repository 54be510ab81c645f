package org.carbonsim.benchmarks;

import java.util.concurrent.TimeUnit;
import org.carbonsim.core.engine.RunResult;
import org.carbonsim.core.engine.Simulation;
import org.carbonsim.core.scenario.Scenario;
import org.carbonsim.core.scenario.ScenarioLoader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One whole replication of a bundled scenario, all its years, as a study runs it: what a researcher
 * planning a Monte Carlo study, a sweep or a sensitivity analysis of that scenario pays per
 * replication on one core. The file is read from the {@code scenarios} folder of the checkout. The
 * seeds cycle through 1 to {@value #SEEDS}, one per invocation, so the time is an average over paths
 * rather than the cost of one. An uncertain scenario runs at its parameters' base values (a study's
 * draws change the path, not the work). {@code national-ets-scale} has its own benchmark
 * ({@link NationalScaleBenchmark}). Not thread-safe (JMH runs one thread per state).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BundledScenarioBenchmark {
    private static final int SEEDS = 16;

    @Param({
        "building-materials-allocation",
        "carbon-inclusion",
        "cbam-exposure",
        "ccer-relaunch-2024",
        "chemicals-allocation",
        "classroom-banking",
        "classroom-deadline-rush",
        "classroom-gode-sunder",
        "classroom-price-band",
        "classroom-ten-firms",
        "classroom-two-firms",
        "eu-msr",
        "hubei-carbon-finance",
        "hubei-expansion-2025-2027",
        "hubei-pilot",
        "hubei-pilot-uncertain",
        "national-data-quality",
        "national-ets-industry"
    })
    public String scenario;

    private Scenario loaded;
    private int invocations;

    @Setup(Level.Trial)
    public void load() {
        loaded = ScenarioLoader.load(CheckoutScenarios.file(scenario));
    }

    @Benchmark
    public RunResult replication() {
        long seed = 1 + invocations++ % SEEDS;
        return Simulation.run(loaded, seed);
    }
}

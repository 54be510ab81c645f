package org.carbonsim.benchmarks;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.carbonsim.core.montecarlo.MonteCarlo;
import org.carbonsim.core.montecarlo.MonteCarloResult;
import org.carbonsim.core.scenario.Scenario;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A Monte Carlo study of {@value #RUNS} replications of {@link HubeiScaleScenario} (400 enterprises,
 * every trader type, 7 years of 242 days) on {@code threads} worker threads, in replications per
 * minute: the throughput a researcher gets, and from 1 to 2 threads the parallel efficiency. Each
 * invocation is a whole study, including the daily bands and statistics.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MINUTES)
public class MonteCarloBenchmark {
    static final int RUNS = 8;

    @Param({"1", "2"})
    public int threads;

    /** The enterprises' review rate: every round (the default), or so many reviews a day, the first at the opening. */
    @Param({HubeiScaleScenario.REVIEWS_EVERY_ROUND, "1"})
    public String reviewsPerDay;

    private Scenario scenario;

    @Setup(Level.Trial)
    public void build() {
        scenario = HubeiScaleScenario.build(reviewsPerDay);
    }

    @Benchmark
    @OperationsPerInvocation(RUNS)
    public MonteCarloResult study() {
        return MonteCarlo.run(scenario, new MonteCarlo.Settings(RUNS, threads, 1, Optional.empty()));
    }
}

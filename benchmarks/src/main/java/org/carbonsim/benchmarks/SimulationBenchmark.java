package org.carbonsim.benchmarks;

import java.util.concurrent.TimeUnit;
import org.carbonsim.core.engine.RunResult;
import org.carbonsim.core.engine.Simulation;
import org.carbonsim.core.scenario.Scenario;
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
 * One full run of a generated Hubei-scale scenario ({@link HubeiScaleScenario}: 400 enterprises, all
 * trader types, 7 years of 242 trading days), seed 1, without the trade list. Each invocation is a
 * whole replication from a fresh {@link Simulation}. Not thread-safe (JMH runs one thread per state).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SimulationBenchmark {
    /** The enterprises' review rate: every round (the default), or so many reviews a day, the first at the opening. */
    @Param({HubeiScaleScenario.REVIEWS_EVERY_ROUND, "1"})
    public String reviewsPerDay;

    private Scenario scenario;

    @Setup(Level.Trial)
    public void build() {
        scenario = HubeiScaleScenario.build(reviewsPerDay);
    }

    @Benchmark
    public RunResult fullRun() {
        return Simulation.run(scenario, 1);
    }
}

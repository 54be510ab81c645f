package org.carbonsim.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.carbonsim.core.engine.RunResult;
import org.carbonsim.core.engine.Simulation;
import org.carbonsim.core.scenario.Scenario;
import org.carbonsim.core.scenario.ScenarioEdit;
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
 * One full run of the bundled {@code national-ets-scale} scenario (3,725 enterprises, about 8 Gt, 242
 * trading days a year), seed 1: the national market at its real size. The scenario file is read from
 * the {@code scenarios} folder of the checkout the benchmark runs in (the working folder or one of its
 * parents), so the benchmark measures what users run.
 *
 * <p>{@link #years} is the run's length. The file's own two years (2024–2025, the expansion) are
 * {@code 2}; {@code 7} (2024–2030) is the same file with {@code calendar.years} set to 7 by a {@link
 * ScenarioEdit} applied through the loader (in memory: the bundled file is untouched), so the bundled
 * scenario's story is unchanged. From 2026 the scenario's 2025 rules simply continue (power
 * benchmarks, the industries' 2023-based benchmarks, no absolute cap), the populations grow or shrink
 * at their sectors' rates, and the bank value keeps the price at 0.9 of the year before's: a long
 * market that keeps trading, with volume rising from about 38 Mt in 2025 to about 48 Mt in 2030. Not
 * thread-safe (JMH runs one thread per state).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class NationalScaleBenchmark {
    /** Simulated years from 2024: the file's 2, or 7 through the {@code calendar.years} edit. */
    @Param({"2", "7"})
    public int years;

    private Scenario scenario;

    @Setup(Level.Trial)
    public void load() {
        scenario = ScenarioLoader.load(
                CheckoutScenarios.file("national-ets-scale"),
                List.of(new ScenarioEdit("calendar.years", Integer.toString(years))));
    }

    @Benchmark
    public RunResult fullRun() {
        return Simulation.run(scenario, 1);
    }
}

package org.carbonsim.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One full run of the bundled {@code national-ets-scale} scenario (3,725 enterprises, about 8 Gt, two
 * years of 242 trading days), seed 1: the national market at its real size. The scenario file is
 * read from the {@code scenarios} folder of the checkout the benchmark runs in (the working folder or
 * one of its parents), so the benchmark measures what users run. Not thread-safe (JMH runs one
 * thread per state).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class NationalScaleBenchmark {
    private Scenario scenario;

    @Setup(Level.Trial)
    public void load() {
        scenario = ScenarioLoader.load(scenarioFile());
    }

    @Benchmark
    public RunResult fullRun() {
        return Simulation.run(scenario, 1);
    }

    private static Path scenarioFile() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path file = dir.resolve("scenarios").resolve("national-ets-scale.json");
            if (Files.isRegularFile(file)) {
                return file;
            }
        }
        throw new IllegalStateException("scenarios/national-ets-scale.json not found from "
                + Path.of("").toAbsolutePath() + "; run the benchmark from the carbonsim checkout");
    }
}

package org.carbonsim.core.montecarlo;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.carbonsim.core.engine.DayResult;
import org.carbonsim.core.engine.Progress;
import org.carbonsim.core.engine.RunResult;
import org.carbonsim.core.engine.Simulation;
import org.carbonsim.core.scenario.Scenario;

/**
 * Runs replications of a scenario: replication {@code i} has seed {@link Seeds#forReplication}(base
 * seed, i), draws the scenario's uncertain inputs from that seed, and is one single-threaded
 * {@link Simulation#run}. A {@link Replicator} runs the replications (local threads, or Spark tasks)
 * and hands them back in index order, in which they are folded into the statistics, so every output
 * is the same whatever runs them and on how many workers. Of each run only a {@link RunMetrics} record
 * is kept, with its figures per year and per sector and year (a few dozen numbers each); its daily
 * closes and volumes (the book's, and the block agreements' where the market has them) are folded into per-day quantile sketches ({@link DailyBands}) and dropped, so
 * memory per run does not grow with the number of trading days. A whole {@link RunResult} lives only
 * inside the worker that ran it. Stateless.
 */
public final class MonteCarlo {
    /** Replications per batch: the cadence of convergence checkpoints and of the stopping rule. */
    public static final int BATCH = 25;

    private MonteCarlo() {}

    /**
     * The settings of a study. Immutable.
     *
     * @param maxRuns replications to run (the most, with a stopping rule), at least 2
     * @param threads worker threads, at least 1
     * @param baseSeed the study's base seed
     * @param stopRule optional stopping rule
     */
    public record Settings(int maxRuns, int threads, long baseSeed, Optional<StopRule> stopRule) {
        public Settings {
            Objects.requireNonNull(stopRule, "stopRule");
            if (maxRuns < 2) {
                throw new IllegalArgumentException("maxRuns must be >= 2, got " + maxRuns);
            }
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be >= 1, got " + threads);
            }
        }
    }

    private record Replication(
            RunMetrics metrics,
            int[] years,
            int[] days,
            long[] closeFen,
            long[] volume,
            boolean blockTrades,
            long[] blockVolume)
            implements Serializable {}

    /**
     * Runs the study.
     *
     * @throws org.carbonsim.core.scenario.ScenarioException if the scenario's uncertainty block cannot
     *     be sampled
     */
    public static MonteCarloResult run(Scenario scenario, Settings settings) {
        return run(scenario, settings, Progress.NONE);
    }

    /**
     * Runs the study and reports to {@code progress}, from the calling thread, after each replication
     * is folded into the statistics; the total is {@link Settings#maxRuns}, so a study that a stopping
     * rule ends early stops short of it.
     *
     * @throws org.carbonsim.core.scenario.ScenarioException if the scenario's uncertainty block cannot
     *     be sampled
     */
    public static MonteCarloResult run(Scenario scenario, Settings settings, Progress progress) {
        return run(ScenarioRecipe.of(scenario), settings, progress, Replicator.threads(settings.threads()));
    }

    /**
     * As {@link #run(Scenario, Settings, Progress)}, with the scenario given by {@code recipe} and the
     * replications run by {@code replicator} instead of {@link Settings#threads} local threads. The
     * result is the same whatever runs the replications.
     *
     * @throws org.carbonsim.core.scenario.ScenarioException if the scenario cannot be loaded or its
     *     uncertainty block cannot be sampled
     */
    public static MonteCarloResult run(
            ScenarioRecipe recipe, Settings settings, Progress progress, Replicator replicator) {
        Objects.requireNonNull(progress, "progress");
        LoadedScenario loaded = new LoadedScenario(recipe);
        Scenario scenario = loaded.scenario();
        UncertaintySampler sampler = loaded.sampler();
        long baseSeed = settings.baseSeed();
        Fold fold = new Fold(settings, progress);
        replicator.run(index -> replicate(loaded, baseSeed, index), settings.maxRuns(), fold::add);
        return fold.result(scenario.name(), sampler);
    }

    /**
     * The statistics of a study, folded one replication at a time in index order: the kept figures,
     * the running summaries with a convergence checkpoint every {@link #BATCH} replications, the
     * stopping rule, checked at the same checkpoints, and the daily bands.
     */
    private static final class Fold {
        private final Settings settings;
        private final Progress progress;
        private final Metric[] metrics = Metric.values();
        private final List<RunMetrics> runs = new ArrayList<>();
        private final Map<Metric, Summary.Running> running = new EnumMap<>(Metric.class);
        private final List<ConvergencePoint> convergence = new ArrayList<>();
        private DailyBands bands;
        private boolean stopped;

        Fold(Settings settings, Progress progress) {
            this.settings = settings;
            this.progress = progress;
            for (Metric m : metrics) {
                running.put(m, new Summary.Running());
            }
        }

        /** Folds the next replication in; false once the study is complete or its stopping rule is met. */
        boolean add(Replication r) {
            runs.add(r.metrics());
            if (bands == null) {
                bands = new DailyBands(r.years(), r.days(), r.blockTrades());
            }
            bands.add(r.closeFen(), r.volume(), r.blockVolume());
            for (Metric m : metrics) {
                double value = r.metrics().metric(m);
                if (Double.isFinite(value)) {
                    running.get(m).add(value);
                }
            }
            progress.advanced(runs.size(), settings.maxRuns());
            int done = runs.size();
            if (done % BATCH != 0 && done < settings.maxRuns()) {
                return true;
            }
            for (Metric m : metrics) {
                Summary.Running s = running.get(m);
                convergence.add(new ConvergencePoint(m, done, s.n() == 0 ? Double.NaN : s.mean(), s.halfWidth()));
            }
            if (settings.stopRule().isPresent() && done < settings.maxRuns()) {
                StopRule rule = settings.stopRule().get();
                Summary.Running s = running.get(rule.metric());
                stopped = s.n() >= 2 && rule.isMet(s.mean(), s.halfWidth());
            }
            return !stopped && done < settings.maxRuns();
        }

        MonteCarloResult result(String scenario, UncertaintySampler sampler) {
            Map<Metric, Summary> summaries = PairedRuns.summariesByMetric(runs);
            return new MonteCarloResult(
                    scenario,
                    settings.baseSeed(),
                    sampler.paths(),
                    runs,
                    summaries,
                    convergence,
                    bands == null ? List.of() : bands.bands(),
                    bands == null ? 0 : bands.runs(),
                    stopped);
        }
    }

    private static Replication replicate(LoadedScenario loaded, long baseSeed, int index) {
        long seed = Seeds.forReplication(baseSeed, index);
        double[] applied = new double[loaded.sampler().paths().size()];
        RunResult result = simulate(loaded.scenario(), loaded.sampler(), seed, applied);
        RunMetrics metrics = detailed(metrics(result, index, seed, applied), result);
        List<DayResult> days = result.days();
        int[] years = new int[days.size()];
        int[] dayOfYear = new int[days.size()];
        long[] close = new long[days.size()];
        long[] volume = new long[days.size()];
        long[] blockVolume = new long[days.size()];
        for (int d = 0; d < days.size(); d++) {
            DayResult day = days.get(d);
            years[d] = day.year();
            dayOfYear[d] = day.day();
            close[d] = day.closeFen();
            volume[d] = day.volumeTonnes();
            blockVolume[d] = day.blockVolumeTonnes();
        }
        return new Replication(metrics, years, dayOfYear, close, volume, result.blockTrades(), blockVolume);
    }

    /**
     * Replication {@code index} of a study with {@code baseSeed}, keeping only its figures (with the
     * per-year and per-sector figures if {@code keepDetail}): a pure function of its arguments, run on
     * the calling thread.
     */
    static RunMetrics replicateMetrics(
            Scenario scenario, UncertaintySampler sampler, long baseSeed, int index, boolean keepDetail) {
        long seed = Seeds.forReplication(baseSeed, index);
        double[] applied = new double[sampler.paths().size()];
        RunResult result = simulate(scenario, sampler, seed, applied);
        RunMetrics metrics = metrics(result, index, seed, applied);
        return keepDetail ? detailed(metrics, result) : metrics;
    }

    /** {@code metrics} with the per-year and per-sector figures of {@code result}, the run it was taken from. */
    public static RunMetrics detailed(RunMetrics metrics, RunResult result) {
        List<SectorFigures> sectors = SectorFigures.of(result);
        return new RunMetrics(
                metrics.index(),
                metrics.seed(),
                metrics.inputs(),
                metrics.metrics(),
                YearFigures.of(result, sectors),
                sectors);
    }

    private static RunResult simulate(Scenario scenario, UncertaintySampler sampler, long seed, double[] applied) {
        Scenario sampled = sampler.isEmpty() ? scenario : sampler.apply(scenario, sampler.sample(seed), applied);
        return Simulation.run(sampled, seed);
    }

    /** The figures of {@code result}, replication {@code index} with {@code seed} and the applied inputs. */
    public static RunMetrics metrics(RunResult result, int index, long seed, double[] applied) {
        List<Double> values = new ArrayList<>();
        for (Metric m : Metric.values()) {
            values.add(m.of(result));
        }
        List<Double> inputs = new ArrayList<>();
        for (double a : applied) {
            inputs.add(a);
        }
        return new RunMetrics(index, seed, inputs, values);
    }

    /** The task's value; its unchecked exception or error is rethrown as it is. */
    public static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a replication", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("replication failed", cause);
        }
    }

    /** Daemon worker threads named {@code carbonsim-replication-N}, so that a pool never keeps the JVM alive. */
    public static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "carbonsim-replication-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}

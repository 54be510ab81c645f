package org.carbonsim.core.sensitivity;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.carbonsim.core.engine.Progress;
import org.carbonsim.core.montecarlo.FigureStatistic;
import org.carbonsim.core.montecarlo.FigureStatistics;
import org.carbonsim.core.montecarlo.Metric;
import org.carbonsim.core.montecarlo.Replicator;
import org.carbonsim.core.montecarlo.RunMetrics;
import org.carbonsim.core.montecarlo.Seeds;
import org.carbonsim.core.scenario.Scenario;
import org.carbonsim.core.scenario.ScenarioEdit;
import org.carbonsim.core.scenario.ScenarioSource;

/**
 * Runs a sensitivity study: the scenario is loaded with each point of a {@link Sobol} or {@link
 * Morris} plan written into its text (the inputs' {@link ScenarioEdit}s) and run with the same
 * replication seeds at every point ({@link Seeds#forReplication}(base seed, r), as in {@code sweep}),
 * so the output at a point is a deterministic function of the inputs: the mean over those
 * replications of each {@link Metric} and of each year's VWAP, and of the figures per year ({@link
 * org.carbonsim.core.montecarlo.YearMetric}) and per sector and year that {@code montecarlo} keeps
 * ({@link FigureStatistics}); the per-year figures get indices too. A scenario's own uncertainty block is
 * drawn in each replication as in {@code montecarlo}. Each replication of each point is one task of a
 * {@link Replicator} (local threads, or Spark tasks), its results folded in plan order, and the
 * bootstrap and the Morris plan have generators seeded from the base seed, so every output is the same
 * whatever the number of threads and wherever the replications ran. Stateless.
 */
public final class SensitivityStudy {
    /** Bootstrap resamples behind each Sobol interval. */
    public static final int RESAMPLES = 1000;

    /** The most points (plan points × replications) one study runs. */
    public static final long MAX_RUNS = 1_000_000;

    private static final long DESIGN_STREAM = 0x6D6F72726973L;
    private static final long BOOTSTRAP_STREAM = 0x626F6F74L;

    private SensitivityStudy() {}

    /**
     * The settings of a study. Immutable, and serializable so that a study's tasks carry them.
     *
     * @param method Sobol or Morris
     * @param samples base samples (Sobol, at least 2) or trajectories (Morris, at least 2)
     * @param runs replications per point, at least 1
     * @param threads worker threads, at least 1
     * @param baseSeed the base seed the replication seeds, the bootstrap and the Morris plan derive
     *     from
     */
    public record Settings(Method method, int samples, int runs, int threads, long baseSeed) implements Serializable {
        public Settings {
            Objects.requireNonNull(method, "method");
            if (samples < 2) {
                throw new IllegalArgumentException("samples must be >= 2, got " + samples);
            }
            if (runs < 1) {
                throw new IllegalArgumentException("runs must be >= 1, got " + runs);
            }
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be >= 1, got " + threads);
            }
        }
    }

    /** The number of plan points of a study of {@code k} inputs. */
    public static long points(Settings settings, int k) {
        return settings.method() == Method.SOBOL
                ? Sobol.points(settings.samples(), k)
                : Morris.points(settings.samples(), k);
    }

    /** The output metrics of a scenario with {@code calendar}'s years: each {@link Metric}, then vwap_YEAR. */
    public static List<String> metrics(Scenario scenario) {
        List<String> names = new ArrayList<>(Metric.labels());
        for (int y = 0; y < scenario.calendar().years(); y++) {
            names.add("vwap_" + (scenario.calendar().startYear() + y));
        }
        return List.copyOf(names);
    }

    /**
     * Runs the study on {@link Settings#threads} local threads.
     *
     * @param source the scenario's text
     * @param adjust what to do to each loaded scenario before it runs (such as cutting its years); it
     *     must keep the number of years the same at every point
     * @param factors the inputs, at least one, with distinct paths
     * @param settings method, samples, replications, threads and seed
     * @param progress told of each point's replications, in plan order, from the calling thread
     * @throws org.carbonsim.core.scenario.ScenarioException if a point's scenario does not load or
     *     its uncertainty block cannot be sampled
     */
    public static SensitivityResult run(
            ScenarioSource source,
            UnaryOperator<Scenario> adjust,
            List<Factor> factors,
            Settings settings,
            Progress progress) {
        return run(
                EditableScenario.of(source, adjust),
                factors,
                settings,
                progress,
                Replicator.threads(settings.threads()));
    }

    /**
     * As {@link #run(ScenarioSource, UnaryOperator, List, Settings, Progress)}, with the scenario at each
     * point loaded from {@code scenarios} and the replications run by {@code replicator} instead of
     * {@link Settings#threads} local threads: task {@code p × runs + r} is replication {@code r} of
     * point {@code p}. The result is the same whatever runs the tasks.
     *
     * @throws org.carbonsim.core.scenario.ScenarioException if the scenario or a point's scenario does
     *     not load, or its uncertainty block cannot be sampled
     */
    public static SensitivityResult run(
            EditableScenario scenarios,
            List<Factor> factors,
            Settings settings,
            Progress progress,
            Replicator replicator) {
        Objects.requireNonNull(progress, "progress");
        int k = factors.size();
        if (k < 1 || k > Sobol.MAX_INPUTS) {
            throw new IllegalArgumentException("expected 1 to " + Sobol.MAX_INPUTS + " inputs, got " + k);
        }
        if (points(settings, k) * settings.runs() > MAX_RUNS) {
            throw new IllegalArgumentException("at most " + MAX_RUNS + " runs, got " + points(settings, k)
                    + " points × " + settings.runs() + " runs");
        }
        PlanReplication task = new PlanReplication(scenarios, factors, settings);
        Scenario base = task.base();
        double[][] plan = task.plan();
        List<String> metrics = task.metrics();
        List<Long> seeds = new ArrayList<>();
        for (int r = 0; r < settings.runs(); r++) {
            seeds.add(Seeds.forReplication(settings.baseSeed(), r));
        }
        Fold fold = new Fold(plan.length, settings.runs(), metrics.size(), progress);
        replicator.run(task, plan.length * settings.runs(), fold::add);
        double[][] outputs = fold.outputs;
        List<List<FigureStatistic>> years = fold.years;
        List<List<FigureStatistic>> sectors = fold.sectors;
        List<List<SobolIndex>> sobol = new ArrayList<>();
        List<List<MorrisEffect>> morris = new ArrayList<>();
        for (int m = 0; m < metrics.size(); m++) {
            double[] f = new double[plan.length];
            for (int p = 0; p < plan.length; p++) {
                f[p] = outputs[p][m];
            }
            if (settings.method() == Method.SOBOL) {
                long seed = Seeds.forReplication(settings.baseSeed() ^ BOOTSTRAP_STREAM, m);
                sobol.add(Sobol.indices(f, settings.samples(), k, RESAMPLES, seed));
            } else {
                morris.add(Morris.effects(plan, f, k));
            }
        }
        List<List<SobolIndex>> yearSobol = new ArrayList<>();
        List<List<MorrisEffect>> yearMorris = new ArrayList<>();
        int yearFigures = years.isEmpty() ? 0 : years.get(0).size();
        for (int j = 0; j < yearFigures; j++) {
            double[] f = new double[plan.length];
            for (int p = 0; p < plan.length; p++) {
                f[p] = years.get(p).get(j).mean();
            }
            if (settings.method() == Method.SOBOL) {
                long seed = Seeds.forReplication(settings.baseSeed() ^ BOOTSTRAP_STREAM, metrics.size() + j);
                yearSobol.add(Sobol.indices(f, settings.samples(), k, RESAMPLES, seed));
            } else {
                yearMorris.add(Morris.effects(plan, f, k));
            }
        }
        List<List<Double>> outputLists = new ArrayList<>();
        for (double[] o : outputs) {
            List<Double> row = new ArrayList<>();
            for (double v : o) {
                row.add(v);
            }
            outputLists.add(row);
        }
        return new SensitivityResult(
                base.name(),
                settings.method(),
                settings.samples(),
                settings.baseSeed(),
                seeds,
                factors,
                metrics,
                sobol,
                morris,
                task.values(),
                outputLists,
                years,
                sectors,
                yearSobol,
                yearMorris);
    }

    /** The plan of a study of {@code k} inputs: one row per point, one unit-interval coordinate per input. */
    static double[][] plan(Settings settings, int k) {
        return settings.method() == Method.SOBOL
                ? Sobol.design(settings.samples(), k)
                : Morris.design(settings.samples(), k, Seeds.forReplication(settings.baseSeed() ^ DESIGN_STREAM, 0));
    }

    /**
     * The replications folded in task order, one point at a time: the mean of each output over the
     * point's replications (NaN where none defines it), and the statistics of its figures per year and
     * per sector over them. Only the current point's replications are kept.
     */
    private static final class Fold {
        private final int runs;
        private final long total;
        private final Progress progress;
        private final double[][] outputs;
        private final List<List<FigureStatistic>> years = new ArrayList<>();
        private final List<List<FigureStatistic>> sectors = new ArrayList<>();
        private final List<RunMetrics> point = new ArrayList<>();
        private final double[] sums;
        private final int[] counts;
        private int done;

        Fold(int points, int runs, int outputCount, Progress progress) {
            this.runs = runs;
            this.total = (long) points * runs;
            this.progress = progress;
            this.outputs = new double[points][];
            this.sums = new double[outputCount];
            this.counts = new int[outputCount];
        }

        boolean add(PlanReplication.Outcome outcome) {
            if (outcome.failure() != null) {
                throw outcome.failure();
            }
            point.add(outcome.run());
            double[] values = outcome.outputs();
            for (int m = 0; m < sums.length; m++) {
                if (Double.isFinite(values[m])) {
                    sums[m] += values[m];
                    counts[m]++;
                }
            }
            if (point.size() < runs) {
                return true;
            }
            double[] means = new double[sums.length];
            for (int m = 0; m < sums.length; m++) {
                means[m] = counts[m] == 0 ? Double.NaN : sums[m] / counts[m];
            }
            outputs[done++] = means;
            years.add(FigureStatistics.byYear(point));
            sectors.add(FigureStatistics.bySector(point));
            point.clear();
            Arrays.fill(sums, 0);
            Arrays.fill(counts, 0);
            progress.advanced((long) done * runs, total);
            return true;
        }
    }
}

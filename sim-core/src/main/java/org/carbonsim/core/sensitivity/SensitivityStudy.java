package org.carbonsim.core.sensitivity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import org.carbonsim.core.engine.Progress;
import org.carbonsim.core.engine.RunResult;
import org.carbonsim.core.engine.Simulation;
import org.carbonsim.core.engine.YearResult;
import org.carbonsim.core.montecarlo.FigureStatistic;
import org.carbonsim.core.montecarlo.FigureStatistics;
import org.carbonsim.core.montecarlo.Metric;
import org.carbonsim.core.montecarlo.MonteCarlo;
import org.carbonsim.core.montecarlo.RunMetrics;
import org.carbonsim.core.montecarlo.Seeds;
import org.carbonsim.core.montecarlo.UncertaintySampler;
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
 * drawn in each replication as in {@code montecarlo}. Each point is one task on a fixed pool of
 * threads, gathered in plan order, and the bootstrap and the Morris plan have generators seeded from
 * the base seed, so every output is the same whatever the number of threads. Stateless.
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
     * The settings of a study. Immutable.
     *
     * @param method Sobol or Morris
     * @param samples base samples (Sobol, at least 2) or trajectories (Morris, at least 2)
     * @param runs replications per point, at least 1
     * @param threads worker threads, at least 1
     * @param baseSeed the base seed the replication seeds, the bootstrap and the Morris plan derive
     *     from
     */
    public record Settings(Method method, int samples, int runs, int threads, long baseSeed) {
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
     * Runs the study.
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
        int k = factors.size();
        if (k < 1 || k > Sobol.MAX_INPUTS) {
            throw new IllegalArgumentException("expected 1 to " + Sobol.MAX_INPUTS + " inputs, got " + k);
        }
        if (points(settings, k) * settings.runs() > MAX_RUNS) {
            throw new IllegalArgumentException("at most " + MAX_RUNS + " runs, got " + points(settings, k)
                    + " points × " + settings.runs() + " runs");
        }
        double[][] plan = settings.method() == Method.SOBOL
                ? Sobol.design(settings.samples(), k)
                : Morris.design(settings.samples(), k, Seeds.forReplication(settings.baseSeed() ^ DESIGN_STREAM, 0));
        List<Long> seeds = new ArrayList<>();
        for (int r = 0; r < settings.runs(); r++) {
            seeds.add(Seeds.forReplication(settings.baseSeed(), r));
        }
        List<List<Double>> values = new ArrayList<>();
        for (double[] u : plan) {
            List<Double> point = new ArrayList<>();
            for (int i = 0; i < k; i++) {
                point.add(factors.get(i).value(u[i]));
            }
            values.add(List.copyOf(point));
        }
        Scenario base = adjust.apply(source.load(List.of()));
        UncertaintySampler sampler = new UncertaintySampler(base);
        List<String> metrics = metrics(base);
        double[][] outputs = new double[plan.length][];
        List<List<FigureStatistic>> years = new ArrayList<>();
        List<List<FigureStatistic>> sectors = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(settings.threads(), MonteCarlo.daemonThreads());
        try {
            List<Future<PointOutcome>> futures = new ArrayList<>();
            for (List<Double> point : values) {
                futures.add(
                        pool.submit(() -> evaluate(source, adjust, sampler, factors, point, seeds, metrics.size())));
            }
            long total = (long) plan.length * settings.runs();
            for (int p = 0; p < plan.length; p++) {
                PointOutcome outcome = MonteCarlo.await(futures.get(p));
                outputs[p] = outcome.means();
                years.add(outcome.years());
                sectors.add(outcome.sectors());
                progress.advanced((long) (p + 1) * settings.runs(), total);
            }
        } finally {
            pool.shutdownNow();
        }
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
                values,
                outputLists,
                years,
                sectors,
                yearSobol,
                yearMorris);
    }

    /** What one point gives: the metrics' means, and its figures' statistics per year and per sector. */
    private record PointOutcome(double[] means, List<FigureStatistic> years, List<FigureStatistic> sectors) {}

    /**
     * The mean of each metric over the replications at one point, NaN where no replication defines it,
     * and the statistics of its figures per year and per sector over them.
     */
    private static PointOutcome evaluate(
            ScenarioSource source,
            UnaryOperator<Scenario> adjust,
            UncertaintySampler checked,
            List<Factor> factors,
            List<Double> point,
            List<Long> seeds,
            int metricCount) {
        List<ScenarioEdit> edits = new ArrayList<>();
        for (int i = 0; i < factors.size(); i++) {
            edits.add(factors.get(i).path().edit(point.get(i)));
        }
        Scenario scenario = adjust.apply(source.load(edits));
        UncertaintySampler sampler = checked.withSourceOf(scenario);
        double[] sums = new double[metricCount];
        int[] counts = new int[metricCount];
        List<RunMetrics> runs = new ArrayList<>();
        for (long seed : seeds) {
            Scenario drawn = sampler.isEmpty()
                    ? scenario
                    : sampler.apply(
                            scenario,
                            sampler.sample(seed),
                            new double[sampler.paths().size()]);
            RunResult result = Simulation.run(drawn, seed);
            runs.add(MonteCarlo.detailed(MonteCarlo.metrics(result, runs.size(), seed, new double[0]), result));
            double[] values = figures(result, metricCount);
            for (int m = 0; m < metricCount; m++) {
                if (Double.isFinite(values[m])) {
                    sums[m] += values[m];
                    counts[m]++;
                }
            }
        }
        double[] means = new double[metricCount];
        for (int m = 0; m < metricCount; m++) {
            means[m] = counts[m] == 0 ? Double.NaN : sums[m] / counts[m];
        }
        return new PointOutcome(means, FigureStatistics.byYear(runs), FigureStatistics.bySector(runs));
    }

    private static double[] figures(RunResult result, int metricCount) {
        double[] values = new double[metricCount];
        Arrays.fill(values, Double.NaN);
        Metric[] all = Metric.values();
        for (int m = 0; m < all.length; m++) {
            values[m] = all[m].of(result);
        }
        List<YearResult> years = result.years();
        for (int y = 0; y < years.size() && all.length + y < metricCount; y++) {
            values[all.length + y] = years.get(y).vwapFen() / 100.0;
        }
        return values;
    }
}

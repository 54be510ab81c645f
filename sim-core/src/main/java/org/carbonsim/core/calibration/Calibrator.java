package org.carbonsim.core.calibration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.carbonsim.core.calibration.CalibrationResult.Evaluation;
import org.carbonsim.core.calibration.CalibrationResult.Phase;
import org.carbonsim.core.calibration.CalibrationResult.ProfilePoint;
import org.carbonsim.core.engine.Progress;
import org.carbonsim.core.engine.RunResult;
import org.carbonsim.core.engine.Simulation;
import org.carbonsim.core.montecarlo.MonteCarlo;
import org.carbonsim.core.montecarlo.Seeds;
import org.carbonsim.core.montecarlo.UncertaintySampler;
import org.carbonsim.core.scenario.Scenario;
import org.carbonsim.core.scenario.ScenarioEdit;

/**
 * Calibration by the method of simulated moments. An evaluation at θ builds the scenario with θ's
 * edits, runs the same N replications (seeds {@link Seeds#forReplication}(base seed, i), common
 * random numbers, so that the objective moves only with θ and not with luck), computes each run's
 * {@link Moments} and their means, and scores them with the {@link Objective}.
 *
 * <p>The search opens with a small space-filling design: the start and the first {@link
 * #designEvaluations} points of a Sobol sequence over the box; CMA-ES then starts from the best of
 * them. A carbon market's moments are flat over whole regions of a box (a cap loose enough that the
 * price sits on its floor, one so tight that nobody sells inside the price band), and a start in
 * such a region gives a local search no ranking to follow in that coordinate: it wanders there
 * until its budget is spent. The design is cheap (two evaluations per parameter) and puts the
 * search where the moments respond.
 *
 * <p>The search is commons-math3's CMA-ES (Hansen's covariance matrix adaptation evolution strategy)
 * on the box scaled to [0, 1] in every coordinate, with initial step 0.3 and the default population.
 * CMA-ES rather than BOBYQA because the simulated objective is not smooth: with an order book in
 * integer ticks and integer tonnes, even with common random numbers it is piecewise constant with
 * jumps, which misleads BOBYQA's quadratic interpolation models; CMA-ES uses only the ranking of its
 * samples and copes with plateaus and noise, at the cost of more evaluations. The search may use the
 * budget less {@link #diagnosticEvaluations} evaluations, kept for the diagnostics.
 *
 * <p>Diagnostics at the optimum θ̂: for each parameter, evaluations at θ̂ ± 2% and ± 10% of its box
 * (at least one and two units of its last decimal, clamped into the box). The ± 2% points give a central-difference Jacobian D of the in-sample
 * moments, and the standard errors are the square roots of the diagonal of the MSM sandwich (1 + 1/N)
 * (DᵀWD)⁻¹ DᵀWΩWD (DᵀWD)⁻¹, with W = diag(w_k ÷ s_k²) and Ω the covariance of the moments across the
 * N replications at θ̂ (the observed moments are taken as one history of the model, and the
 * simulated means add Ω ÷ N); moments undefined in some replication at θ̂ are left out of it. All
 * five points along each parameter form its profile of the objective.
 *
 * <p>Replications run on a fixed pool and are gathered by index, so the result does not depend on
 * the number of threads. Not thread-safe.
 */
public final class Calibrator {
    /** CMA-ES's initial step, as a share of each parameter's box. */
    static final double INITIAL_SIGMA = 0.3;

    /** Step of the finite-difference Jacobian, as a share of each parameter's box. */
    static final double JACOBIAN_STEP = 0.02;

    /** Step of the outer profile points, as a share of each parameter's box. */
    static final double PROFILE_STEP = 0.10;

    /**
     * How a scenario is made from edits: loaded from its file with the edits applied, or refused with
     * a {@link org.carbonsim.core.scenario.ScenarioException}.
     */
    @FunctionalInterface
    public interface Model {
        /** The scenario with {@code edits} applied. */
        Scenario at(List<ScenarioEdit> edits);
    }

    /**
     * The settings of a calibration. Immutable.
     *
     * @param runs replications per evaluation, at least 2
     * @param threads worker threads, at least 1
     * @param baseSeed the base seed of the replications; CMA-ES's own generator is seeded from it too
     * @param budget the most evaluations, search and diagnostics together
     * @param fitFrom first year of the fitting window
     * @param fitTo last year of the fitting window
     */
    public record Settings(int runs, int threads, long baseSeed, int budget, int fitFrom, int fitTo) {
        public Settings {
            if (runs < 2) {
                throw new IllegalArgumentException("runs must be >= 2, got " + runs);
            }
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be >= 1, got " + threads);
            }
            if (fitFrom > fitTo) {
                throw new IllegalArgumentException("fitFrom must be <= fitTo, got " + fitFrom + "-" + fitTo);
            }
        }

        /** Whether {@code year} is in the fitting window. */
        public boolean inSample(int year) {
            return year >= fitFrom && year <= fitTo;
        }
    }

    /** The smallest budget for {@code parameters} parameters: the diagnostics and ten search evaluations. */
    public static int minimumBudget(int parameters) {
        return diagnosticEvaluations(parameters) + 10;
    }

    /**
     * The points of the opening design: the first {@code 2p} points of a Sobol sequence over the box
     * (its corner at the origin left out), fewer when the search budget would then leave CMA-ES fewer
     * than ten evaluations.
     */
    static int designEvaluations(int parameters, int searchBudget) {
        return Math.max(0, Math.min(2 * parameters, searchBudget - 1 - 10));
    }

    /** Evaluations kept for the Jacobian and the profiles: four per parameter. */
    public static int diagnosticEvaluations(int parameters) {
        return 4 * parameters;
    }

    /** One evaluation's numbers: the moments of each replication, their means and the objective. */
    private record Point(double[] values, double[][] perRun, double[] means, double objective) {}

    /** Thrown inside the objective function to end the search when its budget is spent. */
    private static final class BudgetSpent extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BudgetSpent() {
            super("the search budget is spent", null, false, false);
        }
    }

    private final List<Parameter> parameters;
    private final List<Target> targets;
    private final boolean[] inSample;
    private final Model model;
    private final Settings settings;
    private final Progress progress;
    private final List<Long> seeds = new ArrayList<>();
    private final Map<List<Double>, Point> cache = new HashMap<>();
    private final List<Evaluation> evaluations = new ArrayList<>();
    private Point best;

    private Calibrator(
            List<Parameter> parameters, List<Target> targets, Model model, Settings settings, Progress progress) {
        this.parameters = List.copyOf(parameters);
        this.targets = List.copyOf(targets);
        this.model = Objects.requireNonNull(model, "model");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.progress = Objects.requireNonNull(progress, "progress");
        this.inSample = new boolean[targets.size()];
        boolean any = false;
        for (int k = 0; k < targets.size(); k++) {
            inSample[k] =
                    settings.inSample(targets.get(k).year()) && targets.get(k).weight() > 0;
            any |= inSample[k];
        }
        if (parameters.isEmpty()) {
            throw new IllegalArgumentException("at least one parameter is needed");
        }
        if (!any) {
            throw new IllegalArgumentException(
                    "no target with a weight > 0 in the fitting window " + settings.fitFrom() + "-" + settings.fitTo());
        }
        if (settings.budget() < minimumBudget(parameters.size())) {
            throw new IllegalArgumentException(
                    "budget must be >= " + minimumBudget(parameters.size()) + ", got " + settings.budget());
        }
        for (int i = 0; i < settings.runs(); i++) {
            seeds.add(Seeds.forReplication(settings.baseSeed(), i));
        }
    }

    /**
     * Calibrates {@code parameters} to {@code targets}, starting from {@code start}, telling {@code
     * progress} of each evaluation out of the budget.
     *
     * @throws org.carbonsim.core.scenario.ScenarioException if the model refuses a point of the box
     */
    public static CalibrationResult run(
            List<Parameter> parameters,
            List<Double> start,
            List<Target> targets,
            Model model,
            Settings settings,
            Progress progress) {
        if (start.size() != parameters.size()) {
            throw new IllegalArgumentException("expected " + parameters.size() + " start values, got " + start.size());
        }
        return new Calibrator(parameters, targets, model, settings, progress).calibrate(start);
    }

    private CalibrationResult calibrate(List<Double> start) {
        int p = parameters.size();
        ExecutorService pool = Executors.newFixedThreadPool(settings.threads(), MonteCarlo.daemonThreads());
        try {
            double[] u0 = new double[p];
            double[] startValues = new double[p];
            for (int j = 0; j < p; j++) {
                Parameter par = parameters.get(j);
                startValues[j] = par.round(start.get(j));
                u0[j] = Math.max(0, Math.min(1, par.scaled(startValues[j])));
            }
            int searchBudget = settings.budget() - diagnosticEvaluations(p);
            CalibrationResult.Stop stop = search(pool, u0, searchBudget);
            Point optimum = best;
            List<List<ProfilePoint>> profiles = new ArrayList<>();
            double[][] jacobian = new double[targets.size()][p];
            for (int j = 0; j < p; j++) {
                profiles.add(profile(pool, optimum, j, jacobian));
            }
            Optional<List<Double>> errors = standardErrors(optimum, jacobian);
            return new CalibrationResult(
                    parameters,
                    boxed(startValues),
                    boxed(optimum.values()),
                    optimum.objective(),
                    outOfSampleObjective(optimum),
                    evaluations,
                    fits(optimum),
                    errors,
                    errors.isPresent()
                            ? "MSM sandwich (1 + 1/N) (D'WD)^-1 D'W Omega W D (D'WD)^-1; D by central differences"
                                    + " at +-" + pct(JACOBIAN_STEP) + " of each box, Omega the covariance of the"
                                    + " moments across the N replications at the optimum"
                            : "none: the in-sample moments do not identify the parameters at the optimum (D'WD is"
                                    + " singular); see the profiles",
                    profiles,
                    stop,
                    settings.baseSeed(),
                    seeds);
        } finally {
            pool.shutdownNow();
        }
    }

    private CalibrationResult.Stop search(ExecutorService pool, double[] u0, int searchBudget) {
        int p = u0.length;
        double[] sigma = new double[p];
        double[] lower = new double[p];
        double[] upper = new double[p];
        for (int j = 0; j < p; j++) {
            sigma[j] = INITIAL_SIGMA;
            upper[j] = 1;
        }
        evaluate(pool, values(u0), Phase.SEARCH);
        int design = designEvaluations(p, searchBudget);
        SobolSequenceGenerator sobol = new SobolSequenceGenerator(p);
        sobol.skipTo(1);
        for (int i = 0; i < design; i++) {
            evaluate(pool, values(sobol.nextVector()), Phase.SEARCH);
        }
        double[] from = u0.clone();
        for (int j = 0; j < p; j++) {
            from[j] = Math.max(0, Math.min(1, parameters.get(j).scaled(best.values()[j])));
        }
        CMAESOptimizer optimizer = new CMAESOptimizer(
                Integer.MAX_VALUE, 0, true, 0, 0, new MersenneTwister(settings.baseSeed()), false, null);
        try {
            optimizer.optimize(
                    new MaxEval(Integer.MAX_VALUE),
                    new ObjectiveFunction(u -> {
                        double[] values = values(u);
                        if (!cache.containsKey(key(values)) && evaluations.size() >= searchBudget) {
                            throw new BudgetSpent();
                        }
                        return evaluate(pool, values, Phase.SEARCH).objective();
                    }),
                    GoalType.MINIMIZE,
                    new InitialGuess(from),
                    new SimpleBounds(lower, upper),
                    new CMAESOptimizer.Sigma(sigma),
                    new CMAESOptimizer.PopulationSize(4 + (int) (3 * Math.log(p))));
        } catch (BudgetSpent e) {
            return CalibrationResult.Stop.BUDGET;
        }
        return CalibrationResult.Stop.CONVERGED;
    }

    /** The five profile points of parameter {@code j}, filling column {@code j} of the Jacobian. */
    private List<ProfilePoint> profile(ExecutorService pool, Point optimum, int j, double[][] jacobian) {
        Parameter par = parameters.get(j);
        double width = par.high() - par.low();
        List<ProfilePoint> points = new ArrayList<>();
        points.add(new ProfilePoint(optimum.values()[j], optimum.objective()));
        Point down = null;
        Point up = null;
        // at least one unit of the last decimal, so that an integer's step does not round to nothing
        double unit = Math.pow(10, -par.decimals());
        for (double step : new double[] {-PROFILE_STEP, -JACOBIAN_STEP, JACOBIAN_STEP, PROFILE_STEP}) {
            double[] values = optimum.values().clone();
            double move =
                    Math.max(Math.abs(step) * width, step == -JACOBIAN_STEP || step == JACOBIAN_STEP ? unit : 2 * unit);
            values[j] = par.round(values[j] + Math.signum(step) * move);
            Point point = evaluate(pool, values, Phase.DIAGNOSTIC);
            if (step == -JACOBIAN_STEP) {
                down = point;
            } else if (step == JACOBIAN_STEP) {
                up = point;
            }
            if (values[j] != optimum.values()[j]) {
                points.add(new ProfilePoint(values[j], point.objective()));
            }
        }
        double dx = up.values()[j] - down.values()[j];
        for (int k = 0; k < targets.size(); k++) {
            jacobian[k][j] = dx == 0 ? 0 : (up.means()[k] - down.means()[k]) / dx;
        }
        points.sort((a, b) -> Double.compare(a.value(), b.value()));
        List<ProfilePoint> distinct = new ArrayList<>();
        for (ProfilePoint point : points) {
            if (distinct.isEmpty() || distinct.get(distinct.size() - 1).value() != point.value()) {
                distinct.add(point);
            }
        }
        return distinct;
    }

    private Optional<List<Double>> standardErrors(Point optimum, double[][] jacobian) {
        int p = parameters.size();
        List<Integer> used = new ArrayList<>();
        for (int k = 0; k < targets.size(); k++) {
            boolean defined = inSample[k];
            for (double[] run : optimum.perRun()) {
                defined &= !Double.isNaN(run[k]);
            }
            for (int j = 0; j < p; j++) {
                defined &= Double.isFinite(jacobian[k][j]);
            }
            if (defined) {
                used.add(k);
            }
        }
        int m = used.size();
        if (m < p) {
            return Optional.empty();
        }
        double[][] d = new double[m][p];
        double[] w = new double[m];
        double[][] omega = new double[m][m];
        int n = optimum.perRun().length;
        for (int a = 0; a < m; a++) {
            int k = used.get(a);
            for (int j = 0; j < p; j++) {
                d[a][j] = jacobian[k][j] * width(j);
            }
            Target t = targets.get(k);
            w[a] = t.weight() / (t.scale() * t.scale());
            for (int b = 0; b < m; b++) {
                int l = used.get(b);
                double s = 0;
                for (double[] run : optimum.perRun()) {
                    s += (run[k] - optimum.means()[k]) * (run[l] - optimum.means()[l]);
                }
                omega[a][b] = s / (n - 1);
            }
        }
        // in the box's scaled units, so that the rank test does not depend on the parameters' units
        return Sandwich.standardErrors(d, w, omega, 1 + 1.0 / n).map(scaled -> {
            List<Double> errors = new ArrayList<>();
            for (int j = 0; j < p; j++) {
                errors.add(scaled.get(j) * width(j));
            }
            return errors;
        });
    }

    private double width(int j) {
        return parameters.get(j).high() - parameters.get(j).low();
    }

    private List<CalibrationResult.MomentFit> fits(Point optimum) {
        List<CalibrationResult.MomentFit> fits = new ArrayList<>();
        for (int k = 0; k < targets.size(); k++) {
            Target t = targets.get(k);
            int defined = 0;
            double sumSq = 0;
            double mean = optimum.means()[k];
            for (double[] run : optimum.perRun()) {
                if (!Double.isNaN(run[k])) {
                    defined++;
                    sumSq += (run[k] - mean) * (run[k] - mean);
                }
            }
            fits.add(new CalibrationResult.MomentFit(
                    t,
                    settings.inSample(t.year()),
                    mean,
                    defined < 2 ? Double.NaN : Math.sqrt(sumSq / (defined - 1)),
                    defined,
                    Objective.deviation(t, mean),
                    Objective.contribution(t, mean)));
        }
        return fits;
    }

    private double outOfSampleObjective(Point optimum) {
        boolean[] outside = new boolean[targets.size()];
        boolean any = false;
        for (int k = 0; k < outside.length; k++) {
            outside[k] = !settings.inSample(targets.get(k).year());
            any |= outside[k];
        }
        return any ? Objective.of(targets, outside, optimum.means()) : Double.NaN;
    }

    /** The rounded parameter values at {@code u}. */
    private double[] values(double[] u) {
        double[] values = new double[u.length];
        for (int j = 0; j < u.length; j++) {
            values[j] = parameters.get(j).at(u[j]);
        }
        return values;
    }

    private static List<Double> key(double[] values) {
        return boxed(values);
    }

    /** The evaluation at {@code values}, run unless an earlier one had the same values. */
    private Point evaluate(ExecutorService pool, double[] values, Phase phase) {
        Point cached = cache.get(key(values));
        if (cached != null) {
            return cached;
        }
        List<ScenarioEdit> edits = new ArrayList<>();
        for (int j = 0; j < values.length; j++) {
            Parameter par = parameters.get(j);
            edits.add(new ScenarioEdit(par.path(), par.text(values[j])));
        }
        Scenario scenario = model.at(edits);
        UncertaintySampler sampler = new UncertaintySampler(scenario);
        List<Future<double[]>> futures = new ArrayList<>();
        for (long seed : seeds) {
            futures.add(pool.submit(() -> {
                Scenario sampled = sampler.isEmpty()
                        ? scenario
                        : sampler.apply(
                                scenario,
                                sampler.sample(seed),
                                new double[sampler.paths().size()]);
                RunResult run = Simulation.run(sampled, seed);
                return Moments.of(run, targets);
            }));
        }
        double[][] perRun = new double[seeds.size()][];
        for (int i = 0; i < perRun.length; i++) {
            perRun[i] = MonteCarlo.await(futures.get(i));
        }
        double[] means = new double[targets.size()];
        for (int k = 0; k < means.length; k++) {
            double sum = 0;
            int n = 0;
            for (double[] run : perRun) {
                if (!Double.isNaN(run[k])) {
                    sum += run[k];
                    n++;
                }
            }
            means[k] = n == 0 ? Double.NaN : sum / n;
        }
        Point point = new Point(values.clone(), perRun, means, Objective.of(targets, inSample, means));
        cache.put(key(values), point);
        if (phase == Phase.SEARCH && (best == null || point.objective() < best.objective())) {
            best = point;
        }
        evaluations.add(new Evaluation(evaluations.size(), phase, boxed(values), point.objective(), best.objective()));
        progress.advanced(evaluations.size(), settings.budget());
        return point;
    }

    private static List<Double> boxed(double[] values) {
        List<Double> list = new ArrayList<>();
        for (double v : values) {
            list.add(v);
        }
        return list;
    }

    private static String pct(double share) {
        return Math.round(share * 100) + "%";
    }
}

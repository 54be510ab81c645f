package org.carbonsim.core.montecarlo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TriangularDistribution;
import org.apache.commons.math3.exception.MathIllegalArgumentException;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.NonSymmetricMatrixException;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.random.Well19937c;
import org.carbonsim.core.model.Enterprise;
import org.carbonsim.core.model.OutputProcess;
import org.carbonsim.core.scenario.Distribution;
import org.carbonsim.core.scenario.MarketRules;
import org.carbonsim.core.scenario.NumericPath;
import org.carbonsim.core.scenario.Problem;
import org.carbonsim.core.scenario.Scenario;
import org.carbonsim.core.scenario.ScenarioEdit;
import org.carbonsim.core.scenario.ScenarioException;
import org.carbonsim.core.scenario.ScenarioSource;
import org.carbonsim.core.scenario.UncertainParameter;

/**
 * Draws a scenario's uncertain inputs for one replication and applies them. The draws come from a
 * {@link Well19937c} seeded from the replication's seed (mixed once more, so that it does not share
 * a seed with the engine's generator), through a Gaussian copula: independent standard normals are
 * correlated by the Cholesky factor of the scenario's correlation matrix (the identity when none is
 * given), mapped to uniforms by the normal distribution function, then to each parameter's
 * distribution by its quantile function. {@value #INITIAL_PRICE} (yuan per tonne, rounded to the
 * nearest tick and at least one tick; its highest draw must load, as the loader limits the price from
 * above), and {@code $.enterprises[i].growthRate} and {@code
 * $.enterprises[i].shockSd} of an enterprise listed in the file (clamped to at least −0.99 and at
 * least 0, the ranges the output process accepts) are changed in the scenario's records. Any other
 * number in the file ({@code sweep --set}'s paths) is written into the scenario's text as a {@link
 * ScenarioEdit} and the scenario loaded again, so every loader check applies; the calendar of the
 * scenario passed to {@link #apply} is kept (it may have been cut to fewer years). Such a parameter
 * is checked when the sampler is built: the scenario must load with the lowest and the highest value
 * its distribution can give (a bounded distribution's bounds; for the normal and log-normal, the
 * quantiles at 10⁻¹² and 1 − 10⁻¹², beyond which no draw falls) and one between, and its draws are rounded to the precision the loader needs there ({@link
 * NumericPath}). A path listed twice, or one that fails those checks, is rejected when the sampler
 * is built, naming the parameter. The applied (rounded or clamped) values are what a study reports.
 * Immutable and thread-safe.
 */
public final class UncertaintySampler {
    /** The market's reference price on the first day. */
    public static final String INITIAL_PRICE = "$.market.initialPrice";

    private static final long SAMPLING_STREAM = 0x5DEECE66DL;
    private static final double EDGE = 1e-12;
    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

    private static final Pattern ENTERPRISE_FIELD =
            Pattern.compile("^\\$\\.enterprises\\[(\\d{1,9})\\]\\.(growthRate|shockSd)$");
    private static final double MIN_GROWTH = -0.99;

    private enum Kind {
        INITIAL_PRICE,
        GROWTH_RATE,
        SHOCK_SD,
        /** Any other number: written into the scenario's text and loaded again. */
        TEXT
    }

    /**
     * What one parameter changes: a kind and, for enterprise fields, the enterprise's index; for
     * {@link Kind#TEXT}, the path and its precision.
     */
    private record Target(Kind kind, int enterprise, NumericPath text) {
        Target(Kind kind, int enterprise) {
            this(kind, enterprise, null);
        }
    }

    private final List<UncertainParameter> parameters;
    private final List<Target> targets;
    private final double[][] cholesky;
    private final Optional<ScenarioSource> source;

    /**
     * A distribution of parameter {@code i} none of whose draws (the highest {@code highest}) reaches
     * what its field accepts ({@code accepted}): each would be clamped to the same value, which is no
     * uncertainty at all, and most likely a sign or unit slipped.
     */
    private static Problem outsideRange(int i, String accepted, double highest) {
        return new Problem(
                "$.uncertainty.parameters[" + i + "].distribution",
                "its draws (at most " + highest + ") all fall below " + accepted
                        + ", so every replication would use the same clamped value; check its sign and unit");
    }

    /**
     * Whether the highest initial price parameter {@code i} can draw, {@code highest} yuan rounded to the
     * tick as {@link #apply} rounds it, is one the loader would refuse: above the price ladder's
     * limit, or (in a scenario loaded from a file, loaded again with that price) so high that the
     * money a run counts in fen could overflow. Every limit on the initial price is an upper one, so
     * the highest draw is the one to check; the lowest is clamped to one tick.
     */
    private static Optional<Problem> highestPriceProblem(Scenario scenario, int i, double highest) {
        long tick = scenario.market().tickFen();
        double ticks = Math.rint(highest * 100 / tick);
        String where = "$.uncertainty.parameters[" + i + "].distribution";
        String accepted = "its draws reach values this scenario does not accept (use a bounded distribution such as"
                + " uniform, triangular or beta, or a narrower one): ";
        if (ticks > MarketRules.MAX_INITIAL_PRICE_TICKS) {
            BigDecimal drawn = BigDecimal.valueOf(highest).stripTrailingZeros();
            return Optional.of(new Problem(
                    where,
                    accepted + INITIAL_PRICE + " = " + (highest < 1e15 ? drawn.toPlainString() : drawn.toString())
                            + ": above "
                            + BigDecimal.valueOf(MarketRules.MAX_INITIAL_PRICE_TICKS * tick, 2)
                                    .toPlainString()
                            + " CNY per t (" + MarketRules.MAX_INITIAL_PRICE_TICKS
                            + " ticks at this tick), the most the price ladder allows"));
        }
        Optional<ScenarioSource> source = scenario.uncertainty().source();
        if (source.isEmpty()) {
            return Optional.empty();
        }
        String price = BigDecimal.valueOf((long) ticks * tick, 2).toPlainString();
        try {
            source.get().load(List.of(new ScenarioEdit(INITIAL_PRICE, price)));
            return Optional.empty();
        } catch (ScenarioException e) {
            return Optional.of(new Problem(
                    where,
                    accepted + INITIAL_PRICE + " = " + price + ": "
                            + e.problems().stream().map(Problem::toString).collect(Collectors.joining("; "))));
        }
    }

    /**
     * A sampler for {@code scenario}'s uncertainty block.
     *
     * @throws ScenarioException naming each unsupported path, or a correlation matrix that is not
     *     positive definite
     */
    public UncertaintySampler(Scenario scenario) {
        this.parameters = scenario.uncertainty().parameters();
        List<Problem> problems = new ArrayList<>();
        List<Target> found = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < parameters.size(); i++) {
            String path = parameters.get(i).path();
            Matcher m = ENTERPRISE_FIELD.matcher(path);
            int first = paths.indexOf(path);
            paths.add(path);
            double[] range = finiteRange(parameters.get(i).distribution());
            if (range == null) {
                problems.add(new Problem(
                        "$.uncertainty.parameters[" + i + "].distribution",
                        "its draws reach numbers too large to compute with; use a narrower distribution"));
            } else if (first >= 0) {
                problems.add(new Problem(
                        "$.uncertainty.parameters[" + i + "].path",
                        "\"" + path + "\" is already varied by $.uncertainty.parameters[" + first
                                + "]; list each input once"));
            } else if (path.equals(INITIAL_PRICE)) {
                double tick = scenario.market().tickFen() / 100.0;
                if (range[1] < tick) {
                    problems.add(outsideRange(i, "a price of at least one tick (CNY " + tick + ")", range[1]));
                } else {
                    highestPriceProblem(scenario, i, range[1]).ifPresent(problems::add);
                }
                found.add(new Target(Kind.INITIAL_PRICE, -1));
            } else if (m.matches()
                    && Integer.parseInt(m.group(1)) < scenario.enterprises().size()) {
                Kind kind = m.group(2).equals("growthRate") ? Kind.GROWTH_RATE : Kind.SHOCK_SD;
                if (kind == Kind.GROWTH_RATE && range[1] < MIN_GROWTH) {
                    problems.add(outsideRange(i, "a growth rate of at least " + MIN_GROWTH, range[1]));
                } else if (kind == Kind.SHOCK_SD && range[1] < 0) {
                    problems.add(outsideRange(i, "a shock s.d. of at least 0", range[1]));
                }
                found.add(new Target(kind, Integer.parseInt(m.group(1))));
            } else {
                String where = "$.uncertainty.parameters[" + i + "]";
                Optional<ScenarioSource> source = scenario.uncertainty().source();
                if (source.isEmpty()) {
                    problems.add(new Problem(
                            where + ".path",
                            "Monte Carlo can vary \"" + path + "\" only in a scenario loaded from a file"));
                    continue;
                }
                try {
                    found.add(new Target(
                            Kind.TEXT,
                            -1,
                            NumericPath.of(source.get(), path, range[0], range[1], where + ".distribution")));
                } catch (ScenarioException e) {
                    for (Problem p : e.problems()) {
                        problems.add(new Problem(
                                p.location(),
                                "its draws reach values this scenario does not accept (use a bounded"
                                        + " distribution such as uniform, triangular or beta, or a narrower one): "
                                        + p.message()));
                    }
                }
            }
        }
        this.source = scenario.uncertainty().source();
        this.targets = List.copyOf(found);
        int n = parameters.size();
        List<List<Double>> correlation = scenario.uncertainty().correlation();
        double[][] lower = identity(n);
        if (!correlation.isEmpty()) {
            double[][] matrix = new double[n][n];
            for (int r = 0; r < n; r++) {
                for (int c = 0; c < n; c++) {
                    matrix[r][c] = correlation.get(r).get(c);
                }
            }
            try {
                RealMatrix l = new CholeskyDecomposition(new Array2DRowRealMatrix(matrix)).getL();
                lower = l.getData();
            } catch (NonPositiveDefiniteMatrixException | NonSymmetricMatrixException e) {
                problems.add(new Problem(
                        "$.uncertainty.correlation", "the correlation matrix must be symmetric and positive definite"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(scenario.name(), problems);
        }
        this.cholesky = lower;
    }

    private UncertaintySampler(UncertaintySampler checked, Optional<ScenarioSource> source) {
        this.parameters = checked.parameters;
        this.targets = checked.targets;
        this.cholesky = checked.cholesky;
        this.source = source;
    }

    /**
     * This sampler for {@code scenario}, the same file loaded with other edits (a point of a
     * sensitivity plan): draws are written into {@code scenario}'s text, and the checks of the
     * parameters, which load the scenario several times each, are not repeated.
     *
     * @throws IllegalArgumentException if {@code scenario}'s uncertainty block differs from this one's
     */
    public UncertaintySampler withSourceOf(Scenario scenario) {
        if (!scenario.uncertainty().parameters().equals(parameters)) {
            throw new IllegalArgumentException("the scenario's uncertainty block differs from the sampler's");
        }
        return new UncertaintySampler(this, scenario.uncertainty().source());
    }

    /** The parameters' paths, in the scenario's order. */
    public List<String> paths() {
        return parameters.stream().map(UncertainParameter::path).toList();
    }

    /** Whether there is nothing to sample. */
    public boolean isEmpty() {
        return parameters.isEmpty();
    }

    /** The raw draws of replication {@code seed}, one per parameter in the scenario's order. */
    public double[] sample(long seed) {
        int n = parameters.size();
        double[] draws = new double[n];
        if (n == 0) {
            return draws;
        }
        Well19937c random = new Well19937c(Seeds.mix(seed ^ SAMPLING_STREAM));
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            z[i] = random.nextGaussian();
        }
        for (int i = 0; i < n; i++) {
            double y = 0;
            for (int k = 0; k <= i; k++) {
                y += cholesky[i][k] * z[k];
            }
            double u = Math.min(1 - EDGE, Math.max(EDGE, STANDARD_NORMAL.cumulativeProbability(y)));
            draws[i] = quantile(parameters.get(i).distribution(), u);
        }
        return draws;
    }

    /**
     * {@code scenario} with the draws applied; returns the applied values (after rounding to what the
     * scenario can hold) in {@code applied}, which must have one slot per parameter.
     */
    public Scenario apply(Scenario scenario, double[] draws, double[] applied) {
        Scenario result = reloaded(scenario, draws, applied);
        for (int i = 0; i < parameters.size(); i++) {
            Target target = targets.get(i);
            if (target.kind() == Kind.TEXT) {
                continue;
            }
            if (target.kind() != Kind.INITIAL_PRICE) {
                result = withEnterpriseOutput(result, target, draws[i], applied, i);
                continue;
            }
            MarketRules m = result.market();
            long tick = m.tickFen();
            long ticks = Math.max(1, Math.round(draws[i] * 100 / tick));
            long priceFen = Math.multiplyExact(ticks, tick);
            applied[i] = priceFen / 100.0;
            result = withMarket(result, m.withInitialPriceFen(priceFen));
        }
        return result;
    }

    /**
     * {@code scenario} loaded again with the draws of the parameters kept in its text written there,
     * its calendar kept; {@code scenario} itself when there are none.
     *
     * @throws ScenarioException if the draws together give a scenario the loader rejects, listing the
     *     draws and the problems
     */
    private Scenario reloaded(Scenario scenario, double[] draws, double[] applied) {
        List<ScenarioEdit> edits = new ArrayList<>();
        for (int i = 0; i < parameters.size(); i++) {
            NumericPath text = targets.get(i).text();
            if (text != null) {
                applied[i] = text.round(draws[i]);
                edits.add(text.edit(draws[i]));
            }
        }
        if (edits.isEmpty()) {
            return scenario;
        }
        Scenario loaded;
        try {
            loaded = source.orElseThrow().load(edits);
        } catch (ScenarioException e) {
            List<Problem> problems = new ArrayList<>();
            problems.add(new Problem(
                    "$.uncertainty.parameters",
                    "the draws "
                            + edits.stream()
                                    .map(x -> x.path() + " = " + x.value())
                                    .collect(Collectors.joining(", "))
                            + " together give a scenario the loader rejects (narrow or decorrelate them):"));
            problems.addAll(e.problems());
            throw new ScenarioException(e.source(), problems);
        }
        return loaded.calendar().equals(scenario.calendar())
                ? loaded
                : loaded.withYears(scenario.calendar().years());
    }

    /**
     * {@link #range}, or {@code null} when a bound is not a finite number (a normal with an s.d. of
     * 1e308), for which neither the quantile functions nor the engine can compute; or when the bounds
     * are finite but the quantile function overflows between them: a uniform, triangular or beta from
     * -1e308 to 25.8 has a width (and a triangular a product of widths) beyond a double, and draws
     * +Infinity or NaN from inside its range.
     */
    private static double[] finiteRange(Distribution d) {
        double[] range;
        try {
            range = range(d);
            for (double u : new double[] {EDGE, 0.5, 1 - EDGE}) {
                if (!Double.isFinite(quantile(d, u))) {
                    return null;
                }
            }
        } catch (MathIllegalArgumentException e) {
            return null;
        }
        return Double.isFinite(range[0]) && Double.isFinite(range[1]) ? range : null;
    }

    /**
     * The lowest and highest value a draw of {@code d} can take: a bounded distribution's bounds, an
     * unbounded one's quantiles at the edges the draws are clamped to.
     */
    private static double[] range(Distribution d) {
        if (d instanceof Distribution.Uniform x) {
            return new double[] {x.low(), x.high()};
        }
        if (d instanceof Distribution.Triangular x) {
            return new double[] {x.low(), x.high()};
        }
        if (d instanceof Distribution.Beta x) {
            return new double[] {x.low(), x.high()};
        }
        if (d instanceof Distribution.Empirical e) {
            double[] values =
                    e.values().stream().mapToDouble(Double::doubleValue).toArray();
            return new double[] {
                Arrays.stream(values).min().orElseThrow(),
                Arrays.stream(values).max().orElseThrow()
            };
        }
        return new double[] {quantile(d, EDGE), quantile(d, 1 - EDGE)};
    }

    static double quantile(Distribution d, double u) {
        if (d instanceof Distribution.Normal x) {
            return new NormalDistribution(null, x.mean(), x.sd()).inverseCumulativeProbability(u);
        }
        if (d instanceof Distribution.LogNormal x) {
            return new LogNormalDistribution(null, x.mu(), x.sigma()).inverseCumulativeProbability(u);
        }
        if (d instanceof Distribution.Uniform x) {
            return x.low() + u * (x.high() - x.low());
        }
        if (d instanceof Distribution.Triangular x) {
            return new TriangularDistribution(null, x.low(), x.mode(), x.high()).inverseCumulativeProbability(u);
        }
        if (d instanceof Distribution.Beta x) {
            double b = new BetaDistribution(null, x.alpha(), x.beta()).inverseCumulativeProbability(u);
            return x.low() + b * (x.high() - x.low());
        }
        Distribution.Empirical e = (Distribution.Empirical) d;
        int index =
                (int) Math.min(e.values().size() - 1, Math.floor(u * e.values().size()));
        return e.values().get(index);
    }

    private static Scenario withEnterpriseOutput(Scenario s, Target target, double draw, double[] applied, int slot) {
        List<Enterprise> enterprises = new ArrayList<>(s.enterprises());
        Enterprise e = enterprises.get(target.enterprise());
        OutputProcess o = e.output();
        OutputProcess changed;
        if (target.kind() == Kind.GROWTH_RATE) {
            applied[slot] = Math.max(MIN_GROWTH, draw);
            changed = new OutputProcess(o.baseYear(), o.baseOutputUnits(), applied[slot], o.shockModel(), o.shockSd());
        } else {
            applied[slot] = Math.max(0, draw);
            changed =
                    new OutputProcess(o.baseYear(), o.baseOutputUnits(), o.growthRate(), o.shockModel(), applied[slot]);
        }
        enterprises.set(
                target.enterprise(),
                new Enterprise(
                        e.id(),
                        e.name(),
                        e.sectorId(),
                        changed,
                        e.emissionIntensity(),
                        e.energyIntensity(),
                        e.heatRatio(),
                        e.operatingDays(),
                        e.abatement(),
                        e.openingYear(),
                        e.closureYear(),
                        e.history()));
        return new Scenario(
                s.schemaVersion(),
                s.name(),
                s.description(),
                s.seed(),
                s.calendar(),
                s.sectors(),
                enterprises,
                s.coverage(),
                s.allocation(),
                s.market(),
                s.agents(),
                s.policy(),
                s.compliance(),
                s.uncertainty(),
                s.expectedDepartures(),
                s.mrv(),
                s.cbam(),
                s.offsetMarkets(),
                s.finance());
    }

    private static Scenario withMarket(Scenario s, MarketRules market) {
        return new Scenario(
                s.schemaVersion(),
                s.name(),
                s.description(),
                s.seed(),
                s.calendar(),
                s.sectors(),
                s.enterprises(),
                s.coverage(),
                s.allocation(),
                market,
                s.agents(),
                s.policy(),
                s.compliance(),
                s.uncertainty(),
                s.expectedDepartures(),
                s.mrv(),
                s.cbam(),
                s.offsetMarkets(),
                s.finance());
    }

    private static double[][] identity(int n) {
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            m[i][i] = 1;
        }
        return m;
    }
}

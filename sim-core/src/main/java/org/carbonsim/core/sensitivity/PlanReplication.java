package org.carbonsim.core.sensitivity;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.carbonsim.core.engine.RunResult;
import org.carbonsim.core.engine.Simulation;
import org.carbonsim.core.engine.YearResult;
import org.carbonsim.core.montecarlo.Metric;
import org.carbonsim.core.montecarlo.MonteCarlo;
import org.carbonsim.core.montecarlo.ReplicationTask;
import org.carbonsim.core.montecarlo.RunMetrics;
import org.carbonsim.core.montecarlo.Seeds;
import org.carbonsim.core.montecarlo.UncertaintySampler;
import org.carbonsim.core.scenario.Scenario;
import org.carbonsim.core.scenario.ScenarioEdit;
import org.carbonsim.core.scenario.ScenarioException;

/**
 * Replication {@code r} of point {@code p} of a sensitivity plan, as task {@code p × runs + r} of a
 * {@link org.carbonsim.core.montecarlo.Replicator}: the point's scenario is loaded from the study's
 * {@link EditableScenario} with the factors' values written in, its uncertainty block is drawn as in
 * {@code montecarlo}, and the engine runs with the seed {@link Seeds#forReplication}(base seed, r), the
 * same at every point. What is shipped is the description (the editable scenario, the factors and the
 * settings); the plan, the study's scenario and its checked uncertainty sampler are rebuilt once in
 * each process that runs tasks, and a point's scenario is loaded once for all its replications there
 * and dropped after the last of them.
 */
final class PlanReplication implements ReplicationTask<PlanReplication.Outcome> {
    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * What one replication gives: its figures (with those per year and per sector) and the study's
     * outputs, each {@link Metric} then each year's VWAP, NaN where undefined; or, when the point's
     * scenario does not load or its draws cannot be applied, why ({@code run} and {@code outputs} then
     * null). A failure is a result, not a thrown exception, so that the study reports the first failing
     * point in plan order, as the local command does, whichever task failed first.
     */
    record Outcome(RunMetrics run, double[] outputs, ScenarioException failure) implements Serializable {}

    /** What each process rebuilds from the description. */
    private record Prepared(
            Scenario base,
            double[][] plan,
            List<String> metrics,
            UncertaintySampler sampler,
            Map<Integer, Point> points) {}

    /** A point's scenario and sampler, with the number of its replications still to run in this process. */
    private record Point(Scenario scenario, UncertaintySampler sampler, AtomicInteger runsLeft) {}

    private final EditableScenario scenarios;
    private final List<Factor> factors;
    private final SensitivityStudy.Settings settings;
    private transient volatile Prepared prepared;

    PlanReplication(EditableScenario scenarios, List<Factor> factors, SensitivityStudy.Settings settings) {
        this.scenarios = Objects.requireNonNull(scenarios, "scenarios");
        this.factors = List.copyOf(factors);
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * The study's scenario (loaded with no edits).
     *
     * @throws org.carbonsim.core.scenario.ScenarioException if it does not load or its uncertainty
     *     block cannot be sampled
     */
    Scenario base() {
        return prepared().base();
    }

    /** The plan: one row per point, one unit-interval coordinate per factor. */
    double[][] plan() {
        return prepared().plan();
    }

    /** The study's outputs: each {@link Metric}, then vwap_YEAR. */
    List<String> metrics() {
        return prepared().metrics();
    }

    /** The factors' values at each point, rounded to the precision their paths take. */
    List<List<Double>> values() {
        List<List<Double>> values = new ArrayList<>();
        for (double[] u : plan()) {
            values.add(values(u));
        }
        return List.copyOf(values);
    }

    @Override
    public Outcome run(int index) {
        Prepared p = prepared();
        int point = index / settings.runs();
        int replication = index % settings.runs();
        long seed = Seeds.forReplication(settings.baseSeed(), replication);
        Scenario drawn;
        try {
            Point at = p.points().computeIfAbsent(point, q -> load(p, q));
            if (at.runsLeft().decrementAndGet() == 0) {
                p.points().remove(point);
            }
            UncertaintySampler sampler = at.sampler();
            drawn = sampler.isEmpty()
                    ? at.scenario()
                    : sampler.apply(
                            at.scenario(),
                            sampler.sample(seed),
                            new double[sampler.paths().size()]);
        } catch (ScenarioException e) {
            return new Outcome(null, null, e);
        }
        RunResult result = Simulation.run(drawn, seed);
        RunMetrics run = MonteCarlo.detailed(MonteCarlo.metrics(result, replication, seed, new double[0]), result);
        return new Outcome(run, outputs(result, p.metrics().size()), null);
    }

    private Point load(Prepared p, int point) {
        List<Double> values = values(p.plan()[point]);
        List<ScenarioEdit> edits = new ArrayList<>();
        for (int i = 0; i < factors.size(); i++) {
            edits.add(factors.get(i).path().edit(values.get(i)));
        }
        Scenario scenario = scenarios.load(edits);
        return new Point(scenario, p.sampler().withSourceOf(scenario), new AtomicInteger(settings.runs()));
    }

    private List<Double> values(double[] u) {
        List<Double> point = new ArrayList<>();
        for (int i = 0; i < factors.size(); i++) {
            point.add(factors.get(i).value(u[i]));
        }
        return List.copyOf(point);
    }

    private Prepared prepared() {
        Prepared p = prepared;
        if (p == null) {
            synchronized (this) {
                p = prepared;
                if (p == null) {
                    Scenario base = scenarios.load(List.of());
                    p = new Prepared(
                            base,
                            SensitivityStudy.plan(settings, factors.size()),
                            SensitivityStudy.metrics(base),
                            new UncertaintySampler(base),
                            new ConcurrentHashMap<>());
                    prepared = p;
                }
            }
        }
        return p;
    }

    private static double[] outputs(RunResult result, int count) {
        double[] values = new double[count];
        Arrays.fill(values, Double.NaN);
        Metric[] all = Metric.values();
        for (int m = 0; m < all.length; m++) {
            values[m] = all[m].of(result);
        }
        List<YearResult> years = result.years();
        for (int y = 0; y < years.size() && all.length + y < count; y++) {
            values[all.length + y] = years.get(y).vwapFen() / 100.0;
        }
        return values;
    }
}

package org.carbonsim.core.montecarlo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.carbonsim.core.engine.Progress;
import org.carbonsim.core.scenario.Scenario;
import org.carbonsim.core.scenario.ScenarioEdit;

/**
 * A sweep over policy parameters: the full grid (cartesian product of every axis's values) with the
 * same replications at every grid point ({@link PairedRuns}, common random numbers). Points are
 * numbered like nested loops over the axes in the order given, the first axis outermost and the last
 * varying fastest. Stateless.
 */
public final class Sweep {
    /** The most grid points one sweep has. */
    public static final int MAX_POINTS = 10_000;

    private Sweep() {}

    /**
     * The grid points of {@code axes}: each a list with one value per axis, in the axes' order.
     *
     * @throws IllegalArgumentException if there are no axes, two axes share a path, or the grid has
     *     more than {@link #MAX_POINTS} points
     */
    public static List<List<String>> grid(List<SweepAxis> axes) {
        if (axes.isEmpty()) {
            throw new IllegalArgumentException("a sweep needs at least one parameter");
        }
        long size = 1;
        for (int a = 0; a < axes.size(); a++) {
            for (int b = 0; b < a; b++) {
                if (axes.get(a).path().equals(axes.get(b).path())) {
                    throw new IllegalArgumentException(axes.get(a).path() + " is swept twice");
                }
            }
            size *= axes.get(a).values().size();
            if (size > MAX_POINTS) {
                throw new IllegalArgumentException("the grid has more than " + MAX_POINTS + " points");
            }
        }
        List<List<String>> points = new ArrayList<>();
        points.add(List.of());
        for (SweepAxis axis : axes) {
            List<List<String>> longer = new ArrayList<>();
            for (List<String> point : points) {
                for (String value : axis.values()) {
                    List<String> p = new ArrayList<>(point);
                    p.add(value);
                    longer.add(List.copyOf(p));
                }
            }
            points = longer;
        }
        return List.copyOf(points);
    }

    /** The edits that make grid point {@code point} of {@code axes}. */
    public static List<ScenarioEdit> edits(List<SweepAxis> axes, List<String> point) {
        if (point.size() != axes.size()) {
            throw new IllegalArgumentException("expected " + axes.size() + " values, got " + point.size());
        }
        List<ScenarioEdit> edits = new ArrayList<>();
        for (int a = 0; a < axes.size(); a++) {
            edits.add(new ScenarioEdit(axes.get(a).path(), point.get(a)));
        }
        return List.copyOf(edits);
    }

    /**
     * Runs the sweep.
     *
     * @param axes the parameters
     * @param scenarios the scenario of each grid point, in {@link #grid} order
     * @param settings replications, threads and base seed
     */
    public static SweepResult run(List<SweepAxis> axes, List<Scenario> scenarios, PairedRuns.Settings settings) {
        return run(axes, scenarios, settings, Progress.NONE);
    }

    /** As {@link #run(List, List, PairedRuns.Settings)}, telling {@code progress} of each finished run. */
    public static SweepResult run(
            List<SweepAxis> axes, List<Scenario> scenarios, PairedRuns.Settings settings, Progress progress) {
        return run(axes, ScenarioRecipe.allOf(scenarios), settings, progress, Replicator.threads(settings.threads()));
    }

    /**
     * As {@link #run(List, List, PairedRuns.Settings, Progress)}, with the grid points' scenarios given
     * by {@code recipes} and the runs made by {@code replicator}; the result is the same whatever runs
     * them.
     */
    public static SweepResult run(
            List<SweepAxis> axes,
            List<ScenarioRecipe> recipes,
            PairedRuns.Settings settings,
            Progress progress,
            Replicator replicator) {
        List<List<String>> points = grid(axes);
        if (recipes.size() != points.size()) {
            throw new IllegalArgumentException(
                    "expected " + points.size() + " scenarios (one per grid point), got " + recipes.size());
        }
        List<List<RunMetrics>> runs = PairedRuns.run(recipes, settings, progress, true, replicator);
        List<Map<Metric, Summary>> summaries = new ArrayList<>();
        for (List<RunMetrics> r : runs) {
            summaries.add(PairedRuns.summaries(r));
        }
        return new SweepResult(
                recipes.get(0).scenario().name(),
                axes,
                points,
                settings.baseSeed(),
                PairedRuns.seeds(settings),
                runs,
                summaries);
    }
}

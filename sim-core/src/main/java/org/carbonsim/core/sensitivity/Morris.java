package org.carbonsim.core.sensitivity;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.random.Well19937c;

/**
 * Morris elementary effects for screening (Morris 1991; μ* from Campolongo, Cariboni and Saltelli
 * 2007). Each trajectory starts at a random point of a grid of {@value #LEVELS} levels per input
 * (0, 1/3, 2/3, 1 of the unit cube) and moves one input at a time, in a random order, by Δ = 2/3 (up
 * from the lower two levels, down from the upper two), so a trajectory of {@code k} inputs has
 * {@code k + 1} points and gives one elementary effect per input: the change of the output divided
 * by the input's signed step. The plan lists the trajectories one after another. An effect whose
 * output is undefined (NaN) at either end is left out. Stateless.
 */
public final class Morris {
    /** Grid levels per input. */
    public static final int LEVELS = 4;

    /** The step: {@code LEVELS / (2 (LEVELS − 1))}, which makes every level reachable equally often. */
    public static final double DELTA = LEVELS / (2.0 * (LEVELS - 1));

    private Morris() {}

    /**
     * The plan: {@code trajectories (k + 1)} points of the unit cube.
     *
     * @param seed seed of the generator that picks the starting points and the orders
     * @throws IllegalArgumentException if {@code trajectories < 2} or {@code k} is not between 1 and
     *     {@link Sobol#MAX_INPUTS}
     */
    public static double[][] design(int trajectories, int k, long seed) {
        check(trajectories, k);
        Well19937c random = new Well19937c(seed);
        double[][] plan = new double[Math.multiplyExact(trajectories, k + 1)][];
        for (int t = 0; t < trajectories; t++) {
            double[] x = new double[k];
            for (int i = 0; i < k; i++) {
                x[i] = random.nextInt(LEVELS) / (double) (LEVELS - 1);
            }
            int[] order = permutation(k, random);
            int row = t * (k + 1);
            plan[row] = x.clone();
            for (int s = 0; s < k; s++) {
                int i = order[s];
                x[i] = x[i] < 0.5 ? x[i] + DELTA : x[i] - DELTA;
                plan[row + 1 + s] = x.clone();
            }
        }
        return plan;
    }

    /** The number of points of a plan of {@code trajectories} for {@code k} inputs. */
    public static long points(int trajectories, int k) {
        return (long) trajectories * (k + 1);
    }

    /**
     * The effects of each input from the outputs at the plan's points.
     *
     * @param plan the plan, from {@link #design}
     * @param outputs f at each point of the plan; NaN where undefined
     * @param k inputs
     * @return one {@link MorrisEffect} per input
     */
    public static List<MorrisEffect> effects(double[][] plan, double[] outputs, int k) {
        if (outputs.length != plan.length || plan.length % (k + 1) != 0) {
            throw new IllegalArgumentException("expected one output per point of a plan of trajectories of " + (k + 1)
                    + " points, got " + outputs.length + " outputs for " + plan.length + " points");
        }
        List<List<Double>> effects = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            effects.add(new ArrayList<>());
        }
        for (int row = 0; row < plan.length; row += k + 1) {
            for (int s = 0; s < k; s++) {
                double[] before = plan[row + s];
                double[] after = plan[row + s + 1];
                int moved = movedInput(before, after);
                double change = outputs[row + s + 1] - outputs[row + s];
                if (Double.isFinite(change)) {
                    effects.get(moved).add(change / (after[moved] - before[moved]));
                }
            }
        }
        List<MorrisEffect> result = new ArrayList<>();
        for (List<Double> e : effects) {
            result.add(summarise(e));
        }
        return result;
    }

    private static MorrisEffect summarise(List<Double> effects) {
        int r = effects.size();
        if (r == 0) {
            return new MorrisEffect(Double.NaN, Double.NaN, Double.NaN, 0);
        }
        double sum = 0;
        double absolute = 0;
        for (double e : effects) {
            sum += e;
            absolute += Math.abs(e);
        }
        double mu = sum / r;
        double squares = 0;
        for (double e : effects) {
            squares += (e - mu) * (e - mu);
        }
        double sigma = r < 2 ? Double.NaN : Math.sqrt(squares / (r - 1));
        return new MorrisEffect(mu, absolute / r, sigma, r);
    }

    private static int movedInput(double[] before, double[] after) {
        for (int i = 0; i < before.length; i++) {
            if (before[i] != after[i]) {
                return i;
            }
        }
        throw new IllegalArgumentException("two consecutive points of a trajectory are equal");
    }

    /** A uniformly random permutation of 0..k−1 (Fisher–Yates). */
    private static int[] permutation(int k, Well19937c random) {
        int[] order = new int[k];
        for (int i = 0; i < k; i++) {
            order[i] = i;
        }
        for (int i = k - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }

    private static void check(int trajectories, int k) {
        if (trajectories < 2) {
            throw new IllegalArgumentException("trajectories must be >= 2, got " + trajectories);
        }
        if (k < 1 || k > Sobol.MAX_INPUTS) {
            throw new IllegalArgumentException("k must be between 1 and " + Sobol.MAX_INPUTS + " inputs, got " + k);
        }
    }
}

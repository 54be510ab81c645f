package org.carbonsim.core.sensitivity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * Sobol sensitivity indices by Saltelli's sampling plan (Saltelli et al. 2010, "Variance based
 * sensitivity analysis of model output", Computer Physics Communications 181). Two matrices A and B
 * of {@code n} points in the unit cube are the two halves of a {@code 2k}-dimensional Sobol sequence
 * (commons-math3's {@link SobolSequenceGenerator}, its first point, the origin, skipped); for each
 * input {@code i}, AB<sub>i</sub> is A with column {@code i} taken from B. The plan has {@code n (k
 * + 2)} points, grouped by base sample: for sample {@code j}, A<sub>j</sub>, B<sub>j</sub>, then
 * AB<sub>1,j</sub> to AB<sub>k,j</sub>. With V the variance of f over A and B together, the
 * first-order index is {@code mean((f(B) − f̄) (f(AB_i) − f(A))) / V} (Saltelli 2010, table 2, b, with
 * f centred on its mean f̄, which leaves the estimator's expectation unchanged and lowers its variance
 * when the output is far from 0) and the
 * total-order index {@code mean((f(A) − f(AB_i))²) / 2V} (Jansen 1999; table 2, f). The 95%
 * intervals are percentile bootstrap intervals over the base samples, resampled with replacement.
 * A base sample with an undefined (NaN) output anywhere in its group is left out. Stateless.
 */
public final class Sobol {
    /** The most inputs a plan has (the Sobol sequence has twice as many dimensions). */
    public static final int MAX_INPUTS = 100;

    private Sobol() {}

    /**
     * The plan for {@code k} inputs and {@code n} base samples: {@code n (k + 2)} points in the unit
     * cube, grouped by base sample as described above.
     *
     * @throws IllegalArgumentException if {@code n < 2} or {@code k} is not between 1 and {@link
     *     #MAX_INPUTS}
     */
    public static double[][] design(int n, int k) {
        check(n, k);
        SobolSequenceGenerator sequence = new SobolSequenceGenerator(2 * k);
        sequence.skipTo(1);
        double[][] plan = new double[Math.multiplyExact(n, k + 2)][];
        for (int j = 0; j < n; j++) {
            double[] ab = sequence.nextVector();
            double[] a = Arrays.copyOfRange(ab, 0, k);
            double[] b = Arrays.copyOfRange(ab, k, 2 * k);
            int row = j * (k + 2);
            plan[row] = a;
            plan[row + 1] = b;
            for (int i = 0; i < k; i++) {
                double[] mixed = a.clone();
                mixed[i] = b[i];
                plan[row + 2 + i] = mixed;
            }
        }
        return plan;
    }

    /** The number of points of the plan for {@code n} base samples and {@code k} inputs. */
    public static long points(int n, int k) {
        return (long) n * (k + 2);
    }

    /**
     * The indices of each input from the outputs at the plan's points, in plan order.
     *
     * @param outputs f at each point of {@link #design}{@code (n, k)}; NaN where undefined
     * @param n base samples
     * @param k inputs
     * @param resamples bootstrap resamples for the intervals, at least 100
     * @param seed seed of the bootstrap's generator
     * @return one index per input; every value NaN when the output does not vary or fewer than two
     *     base samples are defined
     */
    public static List<SobolIndex> indices(double[] outputs, int n, int k, int resamples, long seed) {
        check(n, k);
        if (outputs.length != points(n, k)) {
            throw new IllegalArgumentException(
                    "expected " + points(n, k) + " outputs (n (k + 2)), got " + outputs.length);
        }
        if (resamples < 100) {
            throw new IllegalArgumentException("resamples must be >= 100, got " + resamples);
        }
        List<Integer> defined = defined(outputs, n, k);
        int m = defined.size();
        List<SobolIndex> result = new ArrayList<>();
        if (m < 2) {
            for (int i = 0; i < k; i++) {
                result.add(SobolIndex.UNDEFINED);
            }
            return result;
        }
        int[] all = defined.stream().mapToInt(Integer::intValue).toArray();
        double[][] point = estimate(outputs, k, all);
        if (point == null) {
            for (int i = 0; i < k; i++) {
                result.add(SobolIndex.UNDEFINED);
            }
            return result;
        }
        double[][] firstBoot = new double[k][resamples];
        double[][] totalBoot = new double[k][resamples];
        Well19937c random = new Well19937c(seed);
        int[] sample = new int[m];
        int kept = 0;
        for (int b = 0; b < resamples; b++) {
            for (int s = 0; s < m; s++) {
                sample[s] = all[random.nextInt(m)];
            }
            double[][] e = estimate(outputs, k, sample);
            if (e == null) {
                continue;
            }
            for (int i = 0; i < k; i++) {
                firstBoot[i][kept] = e[0][i];
                totalBoot[i][kept] = e[1][i];
            }
            kept++;
        }
        for (int i = 0; i < k; i++) {
            double[] f = Arrays.copyOf(firstBoot[i], kept);
            double[] t = Arrays.copyOf(totalBoot[i], kept);
            result.add(new SobolIndex(
                    point[0][i],
                    quantile(f, 0.025),
                    quantile(f, 0.975),
                    point[1][i],
                    quantile(t, 0.025),
                    quantile(t, 0.975)));
        }
        return result;
    }

    /**
     * The variance the indices divide by (of f at the points A and B of the base samples defined at
     * every point of their row) ÷ the square of their mean: how far the output moves over the plan
     * beside its size. NaN when fewer than two base samples are defined or the mean is 0.
     */
    public static double relativeVariance(double[] outputs, int n, int k) {
        check(n, k);
        int[] samples =
                defined(outputs, n, k).stream().mapToInt(Integer::intValue).toArray();
        if (samples.length < 2) {
            return Double.NaN;
        }
        double[] meanVariance = meanAndVariance(outputs, k, samples);
        double mean = meanVariance[0];
        return mean == 0 ? Double.NaN : meanVariance[1] / (mean * mean);
    }

    /** The base samples whose k + 2 points all have a finite output. */
    private static List<Integer> defined(double[] outputs, int n, int k) {
        List<Integer> defined = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            boolean ok = true;
            for (int r = 0; r < k + 2; r++) {
                ok &= Double.isFinite(outputs[j * (k + 2) + r]);
            }
            if (ok) {
                defined.add(j);
            }
        }
        return defined;
    }

    /**
     * First-order (row 0) and total-order (row 1) estimates from the base samples {@code samples}
     * (repeats allowed), or null when the output does not vary over them.
     */
    private static double[][] estimate(double[] f, int k, int[] samples) {
        int m = samples.length;
        int width = k + 2;
        double[] meanVariance = meanAndVariance(f, k, samples);
        double mean = meanVariance[0];
        double variance = meanVariance[1];
        if (!(variance > 1e-300)) {
            return null;
        }
        double[][] e = new double[2][k];
        for (int i = 0; i < k; i++) {
            double first = 0;
            double total = 0;
            for (int j : samples) {
                double a = f[j * width];
                double b = f[j * width + 1];
                double ab = f[j * width + 2 + i];
                first += (b - mean) * (ab - a);
                total += (a - ab) * (a - ab);
            }
            e[0][i] = first / m / variance;
            e[1][i] = total / (2.0 * m) / variance;
        }
        return e;
    }

    /** The mean (0) and variance (1) of f over the points A and B of the base samples {@code samples}. */
    private static double[] meanAndVariance(double[] f, int k, int[] samples) {
        int m = samples.length;
        int width = k + 2;
        double sum = 0;
        for (int j : samples) {
            sum += f[j * width] + f[j * width + 1];
        }
        double mean = sum / (2.0 * m);
        double squares = 0;
        for (int j : samples) {
            double a = f[j * width] - mean;
            double b = f[j * width + 1] - mean;
            squares += a * a + b * b;
        }
        return new double[] {mean, squares / (2.0 * m)};
    }

    /** The {@code p} quantile of {@code values} by linear interpolation between order statistics. */
    static double quantile(double[] values, double p) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double at = p * (sorted.length - 1);
        int below = (int) Math.floor(at);
        int above = Math.min(sorted.length - 1, below + 1);
        return sorted[below] + (at - below) * (sorted[above] - sorted[below]);
    }

    private static void check(int n, int k) {
        if (n < 2) {
            throw new IllegalArgumentException("n must be >= 2 base samples, got " + n);
        }
        if (k < 1 || k > MAX_INPUTS) {
            throw new IllegalArgumentException("k must be between 1 and " + MAX_INPUTS + " inputs, got " + k);
        }
    }
}

package org.carbonsim.core.sensitivity;

import java.util.ArrayList;
import java.util.List;

/**
 * Which metrics of a Sobol study have indices too rough to read: an index (first- or total-order, of
 * any input) outside [{@value #LOW}, {@value #HIGH}], or a variance over the base samples below
 * {@value #MIN_RELATIVE_VARIANCE} × the square of their mean (a standard deviation under a ten-millionth
 * of the mean). The estimators divide by that variance, so when the metric barely moves over the
 * base samples, noise at the mixed points makes the indices explode (a total index of 74,719 with
 * {@code --samples 16}); the numbers are right for the samples drawn, and more samples are the cure.
 * A metric whose indices are undefined (it does not vary at all) is not rough, and a Morris study
 * has none. Immutable (no state).
 */
public final class RoughIndices {
    /** The lowest index an estimate near its true value in [0, 1] plausibly gives. */
    public static final double LOW = -0.5;
    /** The highest index an estimate near its true value in [0, 1] plausibly gives. */
    public static final double HIGH = 1.5;
    /** Variance ÷ mean² below which the metric is taken as not varying but for rounding and noise. */
    public static final double MIN_RELATIVE_VARIANCE = 1e-14;

    private RoughIndices() {}

    /** The labels of {@code result}'s metrics whose Sobol indices are rough, in file order. */
    public static List<String> metrics(SensitivityResult result) {
        List<String> rough = new ArrayList<>();
        if (result.method() != Method.SOBOL) {
            return rough;
        }
        int k = result.factors().size();
        for (int m = 0; m < result.metrics().size(); m++) {
            double[] f = new double[result.outputs().size()];
            for (int p = 0; p < f.length; p++) {
                f[p] = result.outputs().get(p).get(m);
            }
            if (rough(result.sobol().get(m), Sobol.relativeVariance(f, result.samples(), k))) {
                rough.add(result.metrics().get(m));
            }
        }
        return rough;
    }

    /**
     * Whether a metric with the indices {@code indices} and the relative variance {@code
     * relativeVariance} ({@link Sobol#relativeVariance}) is rough; undefined indices never are.
     */
    static boolean rough(List<SobolIndex> indices, double relativeVariance) {
        boolean defined = false;
        boolean outside = false;
        for (SobolIndex index : indices) {
            defined |= !Double.isNaN(index.first()) || !Double.isNaN(index.total());
            outside |= outside(index.first()) || outside(index.total());
        }
        return defined && (outside || relativeVariance < MIN_RELATIVE_VARIANCE);
    }

    private static boolean outside(double index) {
        return index < LOW || index > HIGH;
    }
}

package org.carbonsim.core.sensitivity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SobolTest {
    /** Base samples of the Ishigami test: 2^13, so 8192 × 5 = 40,960 evaluations. */
    private static final int ISHIGAMI_SAMPLES = 8192;

    /** Ishigami and Homma (1990) with a = 7, b = 0.1 on [−π, π]³. */
    private static double ishigami(double[] u) {
        double x1 = -Math.PI + 2 * Math.PI * u[0];
        double x2 = -Math.PI + 2 * Math.PI * u[1];
        double x3 = -Math.PI + 2 * Math.PI * u[2];
        return Math.sin(x1) + 7 * Math.sin(x2) * Math.sin(x2) + 0.1 * Math.pow(x3, 4) * Math.sin(x1);
    }

    private static double[] evaluate(double[][] plan) {
        double[] f = new double[plan.length];
        for (int p = 0; p < plan.length; p++) {
            f[p] = ishigami(plan[p]);
        }
        return f;
    }

    @Test
    void ishigamiIndicesMatchTheAnalyticValuesAt8192BaseSamples() {
        double[][] plan = Sobol.design(ISHIGAMI_SAMPLES, 3);
        List<SobolIndex> s = Sobol.indices(evaluate(plan), ISHIGAMI_SAMPLES, 3, 200, 1);
        double[] first = {0.314, 0.442, 0.000};
        double[] total = {0.558, 0.442, 0.244};
        for (int i = 0; i < 3; i++) {
            assertEquals(first[i], s.get(i).first(), 0.03, "first-order index of x" + (i + 1));
            assertEquals(total[i], s.get(i).total(), 0.03, "total-order index of x" + (i + 1));
            SobolIndex x = s.get(i);
            assertTrue(x.firstCiLow() <= x.first() && x.first() <= x.firstCiHigh(), "x" + (i + 1) + ": " + x);
            assertTrue(x.totalCiLow() <= x.total() && x.total() <= x.totalCiHigh(), "x" + (i + 1) + ": " + x);
            assertTrue(x.totalCiHigh() - x.totalCiLow() < 0.1, "x" + (i + 1) + " interval too wide: " + x);
        }
    }

    @Test
    void theIntervalsCoverTheAnalyticValuesAtASmallSample() {
        int n = 512;
        List<SobolIndex> s = Sobol.indices(evaluate(Sobol.design(n, 3)), n, 3, 1000, 7);
        double[] first = {0.314, 0.442, 0.000};
        double[] total = {0.558, 0.442, 0.244};
        for (int i = 0; i < 3; i++) {
            SobolIndex x = s.get(i);
            assertTrue(x.firstCiLow() <= first[i] && first[i] <= x.firstCiHigh(), "x" + (i + 1) + ": " + x);
            assertTrue(x.totalCiLow() <= total[i] && total[i] <= x.totalCiHigh(), "x" + (i + 1) + ": " + x);
        }
    }

    @Test
    void thePlanIsGroupedByBaseSampleWithOneColumnSwappedPerInput() {
        double[][] plan = Sobol.design(4, 2);
        assertEquals(16, plan.length);
        for (int j = 0; j < 4; j++) {
            double[] a = plan[4 * j];
            double[] b = plan[4 * j + 1];
            assertArrayEquals(new double[] {b[0], a[1]}, plan[4 * j + 2], "sample " + j);
            assertArrayEquals(new double[] {a[0], b[1]}, plan[4 * j + 3], "sample " + j);
            assertTrue(a[0] > 0 || a[1] > 0, "the origin is skipped");
        }
    }

    @Test
    void aConstantOutputHasUndefinedIndices() {
        double[] flat = new double[(int) Sobol.points(8, 2)];
        List<SobolIndex> s = Sobol.indices(flat, 8, 2, 100, 1);
        assertEquals(List.of(SobolIndex.UNDEFINED, SobolIndex.UNDEFINED), s);
    }

    @Test
    void undefinedOutputsDropTheirBaseSample() {
        double[][] plan = Sobol.design(256, 2);
        double[] f = new double[plan.length];
        for (int p = 0; p < plan.length; p++) {
            f[p] = plan[p][0];
        }
        double[] holed = f.clone();
        holed[4 * 3 + 2] = Double.NaN;
        SobolIndex x = Sobol.indices(holed, 256, 2, 100, 1).get(0);
        assertEquals(1.0, x.first(), 0.05, x.toString());
        assertEquals(1.0, x.total(), 0.05, x.toString());
        assertEquals(0.0, Sobol.indices(holed, 256, 2, 100, 1).get(1).total(), 1e-12);
    }

    @Test
    void theBootstrapIsSeeded() {
        double[] f = evaluate(Sobol.design(64, 3));
        assertEquals(Sobol.indices(f, 64, 3, 200, 5), Sobol.indices(f, 64, 3, 200, 5));
        assertTrue(!Sobol.indices(f, 64, 3, 200, 5).equals(Sobol.indices(f, 64, 3, 200, 6)));
    }
}

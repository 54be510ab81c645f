package org.carbonsim.core.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MorrisTest {
    /** Coefficients of the linear test model, deliberately not in order of size, one of them negative. */
    private static final double[] COEFFICIENTS = {2.0, -9.0, 0.5, 5.0, 0.0};

    private static double linear(double[] x) {
        double y = 3;
        for (int i = 0; i < COEFFICIENTS.length; i++) {
            y += COEFFICIENTS[i] * x[i];
        }
        return y;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42})
    void ranksALinearModelsCoefficientsByTheirSize(long seed) {
        int k = COEFFICIENTS.length;
        double[][] plan = Morris.design(10, k, seed);
        double[] f = new double[plan.length];
        for (int p = 0; p < plan.length; p++) {
            f[p] = linear(plan[p]);
        }
        List<MorrisEffect> effects = Morris.effects(plan, f, k);
        List<Integer> byMuStar = IntStream.range(0, k)
                .boxed()
                .sorted(Comparator.comparingDouble(i -> -effects.get(i).muStar()))
                .toList();
        assertEquals(List.of(1, 3, 0, 2, 4), byMuStar, "seed=" + seed + " " + effects);
        for (int i = 0; i < k; i++) {
            MorrisEffect e = effects.get(i);
            assertEquals(Math.abs(COEFFICIENTS[i]), e.muStar(), 1e-9, "seed=" + seed + " input " + i);
            assertEquals(COEFFICIENTS[i], e.mu(), 1e-9, "seed=" + seed + " input " + i);
            assertEquals(0, e.sigma(), 1e-9, "seed=" + seed + " a linear model has no interactions, input " + i);
            assertEquals(10, e.effects(), "seed=" + seed);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 7})
    void trajectoriesMoveOneInputByDeltaWithinTheCube(long seed) {
        int k = 3;
        double[][] plan = Morris.design(20, k, seed);
        assertEquals(Morris.points(20, k), plan.length, "seed=" + seed);
        for (int t = 0; t < 20; t++) {
            List<Integer> moved = new ArrayList<>();
            for (int s = 0; s < k; s++) {
                double[] a = plan[t * (k + 1) + s];
                double[] b = plan[t * (k + 1) + s + 1];
                for (int i = 0; i < k; i++) {
                    assertTrue(b[i] >= 0 && b[i] <= 1, "seed=" + seed + " inside the cube");
                    if (a[i] != b[i]) {
                        moved.add(i);
                        assertEquals(Morris.DELTA, Math.abs(b[i] - a[i]), 1e-12, "seed=" + seed);
                    }
                }
            }
            assertEquals(List.of(0, 1, 2), moved.stream().sorted().toList(), "seed=" + seed + " trajectory " + t);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {3})
    void anInteractionShowsAsSpread(long seed) {
        double[][] plan = Morris.design(30, 2, seed);
        double[] f = new double[plan.length];
        for (int p = 0; p < plan.length; p++) {
            f[p] = plan[p][0] * plan[p][1];
        }
        List<MorrisEffect> effects = Morris.effects(plan, f, 2);
        assertTrue(effects.get(0).sigma() > 0.1, "seed=" + seed + " " + effects);
    }
}

package org.carbonsim.core.montecarlo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuantileSketchTest {
    /**
     * Stated accuracy: on 20,000 values of a continuous distribution, each estimate lies between the
     * exact (type-7) quantiles at p − 0.01 and p + 0.01.
     */
    private static final double RANK_TOLERANCE = 0.01;

    private static final double[] P = {0.05, 0.25, 0.50, 0.75, 0.95};

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 20_240_101})
    void estimatesAreWithinOnePercentRankOfTheExactQuantiles(long seed) {
        Well19937c random = new Well19937c(seed);
        int n = 20_000;
        double[] normal = new double[n];
        double[] logNormal = new double[n];
        QuantileSketch normalSketch = new QuantileSketch();
        QuantileSketch logNormalSketch = new QuantileSketch();
        for (int i = 0; i < n; i++) {
            normal[i] = 40 + 5 * random.nextGaussian();
            logNormal[i] = Math.exp(random.nextGaussian());
            normalSketch.add(normal[i]);
            logNormalSketch.add(logNormal[i]);
        }
        check(seed, "normal", normal, normalSketch.quantiles());
        check(seed, "log-normal", logNormal, logNormalSketch.quantiles());
    }

    private static void check(long seed, String what, double[] values, Quantiles estimate) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double[] got = {estimate.p5(), estimate.p25(), estimate.p50(), estimate.p75(), estimate.p95()};
        for (int k = 0; k < P.length; k++) {
            double low = Quantiles.at(sorted, P[k] - RANK_TOLERANCE);
            double high = Quantiles.at(sorted, P[k] + RANK_TOLERANCE);
            assertTrue(
                    low <= got[k] && got[k] <= high,
                    "seed=" + seed + " " + what + " p=" + P[k] + ": estimate " + got[k] + " outside exact [" + low
                            + ", " + high + "]");
        }
    }

    @Test
    void upToFiveValuesTheQuantilesAreExact() {
        double[] values = {7, 1, 5, 3, 9};
        QuantileSketch sketch = new QuantileSketch();
        for (int n = 1; n <= values.length; n++) {
            sketch.add(values[n - 1]);
            assertEquals(Quantiles.of(Arrays.copyOf(values, n)), sketch.quantiles(), "n=" + n);
        }
    }

    @Test
    void equalValuesGiveThatValue() {
        QuantileSketch sketch = new QuantileSketch();
        for (int i = 0; i < 1000; i++) {
            sketch.add(42.5);
        }
        assertEquals(new Quantiles(42.5, 42.5, 42.5, 42.5, 42.5), sketch.quantiles());
    }

    @Test
    void stateDoesNotGrowWithTheNumberOfValues() {
        QuantileSketch sketch = new QuantileSketch();
        Well19937c random = new Well19937c(7);
        for (int i = 0; i < 10; i++) {
            sketch.add(random.nextGaussian());
        }
        int slots = sketch.stateSlots();
        for (int i = 0; i < 100_000; i++) {
            sketch.add(random.nextGaussian());
        }
        assertEquals(slots, sketch.stateSlots());
        assertEquals(100_010, sketch.count());
    }

    @Test
    void addingValuesAllocatesNothing() {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        Assumptions.assumeTrue(bean instanceof com.sun.management.ThreadMXBean, "allocation counter available");
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) bean;
        Assumptions.assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled());
        QuantileSketch sketch = new QuantileSketch();
        double[] values = new double[100_000];
        Well19937c random = new Well19937c(11);
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextGaussian();
        }
        for (int warm = 0; warm < 10; warm++) {
            for (double v : values) {
                sketch.add(v);
            }
        }
        long fewest = Long.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            long before = threads.getCurrentThreadAllocatedBytes();
            for (double v : values) {
                sketch.add(v);
            }
            fewest = Math.min(fewest, threads.getCurrentThreadAllocatedBytes() - before);
        }
        assertEquals(0, fewest, "bytes allocated while adding 100,000 values (fewest of five warmed rounds)");
    }

    @Test
    void nonFiniteValuesAreRejected() {
        QuantileSketch sketch = new QuantileSketch();
        assertThrows(IllegalArgumentException.class, () -> sketch.add(Double.NaN));
        assertThrows(IllegalStateException.class, sketch::quantiles);
    }
}

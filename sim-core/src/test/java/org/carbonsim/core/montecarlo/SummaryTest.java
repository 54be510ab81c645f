package org.carbonsim.core.montecarlo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

class SummaryTest {
    @Test
    void summaryOfKnownValues() {
        Summary s = Summary.of(new double[] {4, 1, 3, 2, 5});
        assertEquals(5, s.n());
        assertEquals(3.0, s.mean(), 1e-12);
        assertEquals(Math.sqrt(2.5), s.sd(), 1e-12);
        assertEquals(Math.sqrt(2.5) / Math.sqrt(5), s.standardError(), 1e-12);
        // t(0.975, 4) = 2.7764451051977987
        assertEquals(2.7764451051977987 * Math.sqrt(0.5), s.halfWidth(), 1e-9);
        assertEquals(new Quantiles(1.2, 2, 3, 4, 4.8), roundQuantiles(s.quantiles()));
        assertEquals(1, s.min());
        assertEquals(5, s.max());
    }

    /**
     * As docs/data-dictionary.md says: the interval is mean ± t(0.975, n − 1) × sd ÷ √n, symmetric about
     * the mean, and is not clipped at 0, so with few replications its low end can be below 0 for a
     * figure that never is. By hand, for 1 and 9 t: mean 5, sd √32, standard error √32 ÷ √2 = 4,
     * t(0.975, 1) = 12.7062 (the normal quantile 1.96 would give 5 ± 7.84), so 5 ± 50.8248.
     */
    @Test
    void withTwoReplicationsTheIntervalUsesTWithOneDegreeOfFreedomAndIsNotClippedAtZero() {
        Summary s = Summary.of(new double[] {1, 9});
        assertEquals(5.0, s.mean(), 1e-12);
        assertEquals(4.0, s.standardError(), 1e-12);
        assertEquals(12.7062, Summary.tQuantile(2), 5e-5);
        assertEquals(5 - 50.8248, s.ciLow(), 5e-4);
        assertEquals(5 + 50.8248, s.ciHigh(), 5e-4);
        assertTrue(s.ciLow() < 0, "the low end is below 0 although both values are positive: " + s.ciLow());
        assertEquals(s.mean() - s.ciLow(), s.ciHigh() - s.mean(), 1e-9);
    }

    @Test
    void confidenceIntervalCoversTheTrueMeanAtAboutTheNominalRate() {
        // 2,000 studies of 30 normal values with mean 10: the 95% interval should cover 10 in about
        // 95% of them (binomial sd 0.5 points, so 93% to 97% is four sd either side).
        int covered = 0;
        int studies = 2000;
        for (int seed = 0; seed < studies; seed++) {
            Well19937c random = new Well19937c(seed);
            double[] values = new double[30];
            for (int i = 0; i < values.length; i++) {
                values[i] = 10 + 3 * random.nextGaussian();
            }
            Summary s = Summary.of(values);
            if (s.ciLow() <= 10 && 10 <= s.ciHigh()) {
                covered++;
            }
        }
        double rate = covered / (double) studies;
        assertTrue(rate >= 0.93 && rate <= 0.97, "seeds=0.." + (studies - 1) + " coverage " + rate);
    }

    @Test
    void fewerThanTwoValuesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Summary.of(new double[] {1}));
    }

    @Test
    void runningEstimateMatchesTheSummary() {
        double[] values = {2.5, 7, -1, 4, 4, 9.25};
        Summary.Running running = new Summary.Running();
        for (double v : values) {
            running.add(v);
        }
        Summary s = Summary.of(values);
        assertEquals(s.mean(), running.mean(), 1e-12);
        assertEquals(s.halfWidth(), running.halfWidth(), 1e-12);
    }

    @Test
    void undefinedValuesAreLeftOut() {
        assertEquals(
                3,
                Summary.ofDefined(new double[] {1, Double.NaN, 2, 6})
                        .orElseThrow()
                        .n());
        assertEquals(
                3.0,
                Summary.ofDefined(new double[] {1, Double.NaN, 2, 6})
                        .orElseThrow()
                        .mean(),
                1e-12);
        assertTrue(Summary.ofDefined(new double[] {Double.NaN, 4}).isEmpty());
    }

    private static Quantiles roundQuantiles(Quantiles q) {
        return new Quantiles(r(q.p5()), r(q.p25()), r(q.p50()), r(q.p75()), r(q.p95()));
    }

    private static double r(double v) {
        return Math.round(v * 1e9) / 1e9;
    }
}

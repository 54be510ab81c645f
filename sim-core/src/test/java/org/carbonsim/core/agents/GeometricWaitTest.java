package org.carbonsim.core.agents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The clock's wait: a certain coin never waits, an impossible one waits for ever, others by the law. */
class GeometricWaitTest {
    @Test
    void certainAndImpossibleCoinsDrawNothing() {
        SplittableRandom random = new SplittableRandom(1);
        assertEquals(0, GeometricWait.of(1).failures(random, 100));
        assertEquals(100, GeometricWait.of(0).failures(random, 100));
        assertEquals(100, GeometricWait.of(Double.NaN).failures(random, 100));
        assertEquals(new SplittableRandom(1).nextLong(), random.nextLong(), "no number was drawn");
    }

    @Test
    void aDrawIsTheInverseOfTheDistribution() {
        // u = 1 - nextDouble(); with p = 0.5 the wait is floor(log(u) / log(0.5))
        double u = 1 - new SplittableRandom(7).nextDouble();
        long expected = (long) Math.floor(Math.log(u) / Math.log(0.5));
        assertEquals(expected, GeometricWait.of(0.5).failures(new SplittableRandom(7), 1_000));
    }

    /**
     * A wait made once draws, draw after draw, what the inversion with its logarithm taken afresh at
     * each draw gives, bit for bit: the clocks keep their waits, and a run's draws must not move.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void aWaitMadeOnceDrawsWhatTheInversionTakenAfreshDraws(long seed) {
        SplittableRandom chances = new SplittableRandom(seed);
        for (int c = 0; c < 200; c++) {
            double p = c % 10 == 0 ? chances.nextDouble() * 1e-9 : chances.nextDouble();
            GeometricWait wait = GeometricWait.of(p);
            assertEquals(p, wait.probability());
            SplittableRandom kept = new SplittableRandom(seed * 1_000 + c);
            SplittableRandom afresh = new SplittableRandom(seed * 1_000 + c);
            for (int i = 0; i < 50; i++) {
                double inverted = Math.floor(Math.log(1 - afresh.nextDouble()) / Math.log1p(-p));
                long expected = inverted >= 1L << 40 ? 1L << 40 : (long) inverted;
                assertEquals(expected, wait.failures(kept, 1L << 40), "seed=" + seed + " p=" + p + " draw " + i);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {3, 4, 5})
    void theMeanWaitIsOneMinusPOverP(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double p = 0.2;
        int n = 20_000;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += GeometricWait.of(p).failures(random, Long.MAX_VALUE);
        }
        double mean = sum / n;
        double sd = Math.sqrt((1 - p) / (p * p) / n);
        assertTrue(Math.abs(mean - (1 - p) / p) < 5 * sd, "seed=" + seed + " mean wait " + mean + ", expected 4");
    }
}

package org.carbonsim.core.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rule that marks a metric's Sobol indices as too rough to read, on one input and two base
 * samples (rows A, B, AB), by hand.
 */
class RoughIndicesTest {
    /**
     * A = (0, 1), B = (1, 0), AB = (2, −1): mean 0.5, variance 0.25; first = ((1 − 0.5)(2 − 0) + (0 −
     * 0.5)(−1 − 1)) ÷ 2 ÷ 0.25 = 4, total = ((0 − 2)² + (1 + 1)²) ÷ 4 ÷ 0.25 = 8: both above 1.5.
     */
    @Test
    void indicesOutsideMinusHalfToOneAndAHalfAreRough() {
        double[] f = {0, 1, 2, 1, 0, -1};
        SobolIndex index = Sobol.indices(f, 2, 1, 100, 1).get(0);
        assertEquals(4, index.first(), 1e-12);
        assertEquals(8, index.total(), 1e-12);
        assertEquals(1, Sobol.relativeVariance(f, 2, 1), 1e-12, "0.25 / 0.5²");
        assertTrue(RoughIndices.rough(List.of(index), Sobol.relativeVariance(f, 2, 1)));
    }

    /** AB = A: both indices 0, and a relative variance of 0.25 ÷ 0.5² = 1: a metric to read; the bounds are in range. */
    @Test
    void indicesInRangeWithAVaryingMetricAreNotRough() {
        double[] f = {0, 1, 0, 1, 0, 1};
        SobolIndex index = Sobol.indices(f, 2, 1, 100, 1).get(0);
        assertEquals(0, index.first(), 1e-12);
        assertEquals(0, index.total(), 1e-12);
        assertFalse(RoughIndices.rough(List.of(index), Sobol.relativeVariance(f, 2, 1)));
        assertFalse(RoughIndices.rough(List.of(index, new SobolIndex(-0.5, -1, 1, 1.5, 0, 2)), 1));
    }

    /**
     * A and B at 1000 and 1000.000001: variance 2.5e−13, ÷ 1000² = 2.5e−19, far below 1e−14, though
     * the indices (0, since AB = A) are in range.
     */
    @Test
    void aMetricThatBarelyMovesOverTheBaseSamplesIsRoughWhateverItsIndices() {
        double[] f = {1000, 1000.000001, 1000, 1000.000001, 1000, 1000.000001};
        SobolIndex index = Sobol.indices(f, 2, 1, 100, 1).get(0);
        assertEquals(0, index.total(), 1e-12);
        double relative = Sobol.relativeVariance(f, 2, 1);
        assertTrue(relative > 0 && relative < 1e-18, "relative variance " + relative);
        assertTrue(RoughIndices.rough(List.of(index), relative));
    }

    /** A metric that does not vary has undefined (blank) indices, which say so themselves. */
    @Test
    void undefinedIndicesAreNotRough() {
        double[] f = {5, 5, 6, 5, 5, 5};
        SobolIndex index = Sobol.indices(f, 2, 1, 100, 1).get(0);
        assertTrue(Double.isNaN(index.total()));
        assertFalse(RoughIndices.rough(List.of(index), Sobol.relativeVariance(f, 2, 1)));
    }
}

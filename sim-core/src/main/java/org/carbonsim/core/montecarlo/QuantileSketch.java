package org.carbonsim.core.montecarlo;

import java.util.Arrays;

/**
 * Streaming estimates of the 5th, 25th, 50th, 75th and 95th percentiles in constant memory: one
 * P-square estimator (Jain and Chlamtac, "The P² algorithm for dynamic calculation of quantiles and
 * histograms without storing observations", CACM 28(10), 1985) per percentile, five markers each,
 * whatever the number of values added. Up to five values the percentiles are exact (type 7, as
 * {@link Quantiles}); after that they are estimates whose accuracy {@code QuantileSketchTest} states.
 * The estimate depends on the order of the values, so callers add them in a fixed order (replication
 * index) to keep results independent of thread count. Not thread-safe.
 */
final class QuantileSketch {
    private static final double[] PROBABILITIES = {0.05, 0.25, 0.50, 0.75, 0.95};
    private static final int MARKERS = 5;

    private final Estimator[] estimators = new Estimator[PROBABILITIES.length];
    private final double[] first = new double[MARKERS];
    private long count;

    QuantileSketch() {
        for (int i = 0; i < estimators.length; i++) {
            estimators[i] = new Estimator(PROBABILITIES[i]);
        }
    }

    /** Adds a finite value. */
    void add(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("values must be finite, got " + value);
        }
        if (count < MARKERS) {
            first[(int) count] = value;
            count++;
            if (count == MARKERS) {
                double[] sorted = first.clone();
                Arrays.sort(sorted);
                for (Estimator e : estimators) {
                    e.start(sorted);
                }
            }
            return;
        }
        count++;
        for (Estimator e : estimators) {
            e.add(value);
        }
    }

    /** Values added so far. */
    long count() {
        return count;
    }

    /** The current percentiles; exact while at most five values have been added. */
    Quantiles quantiles() {
        if (count == 0) {
            throw new IllegalStateException("quantiles of an empty sketch");
        }
        if (count <= MARKERS) {
            double[] sorted = Arrays.copyOf(first, (int) count);
            Arrays.sort(sorted);
            return Quantiles.ofSorted(sorted);
        }
        return new Quantiles(
                estimators[0].estimate(),
                estimators[1].estimate(),
                estimators[2].estimate(),
                estimators[3].estimate(),
                estimators[4].estimate());
    }

    /** Number of primitive slots the sketch holds: the same after any number of values. */
    int stateSlots() {
        int slots = first.length + 1;
        for (Estimator e : estimators) {
            slots += e.heights.length + e.positions.length + e.desired.length + e.increments.length;
        }
        return slots;
    }

    /** One P-square estimator: marker heights, actual and desired positions (0-based). */
    private static final class Estimator {
        private final double[] heights = new double[MARKERS];
        private final long[] positions = new long[MARKERS];
        private final double[] desired = new double[MARKERS];
        private final double[] increments;

        Estimator(double p) {
            increments = new double[] {0, p / 2, p, (1 + p) / 2, 1};
        }

        void start(double[] sorted) {
            System.arraycopy(sorted, 0, heights, 0, MARKERS);
            for (int i = 0; i < MARKERS; i++) {
                positions[i] = i;
                desired[i] = 4 * increments[i];
            }
        }

        void add(double x) {
            int cell;
            if (x < heights[0]) {
                heights[0] = x;
                cell = 0;
            } else if (x >= heights[4]) {
                heights[4] = x;
                cell = 3;
            } else {
                cell = 0;
                while (x >= heights[cell + 1]) {
                    cell++;
                }
            }
            for (int i = cell + 1; i < MARKERS; i++) {
                positions[i]++;
            }
            for (int i = 0; i < MARKERS; i++) {
                desired[i] += increments[i];
            }
            for (int i = 1; i < MARKERS - 1; i++) {
                double off = desired[i] - positions[i];
                if ((off >= 1 && positions[i + 1] - positions[i] > 1)
                        || (off <= -1 && positions[i - 1] - positions[i] < -1)) {
                    int step = off > 0 ? 1 : -1;
                    double candidate = parabolic(i, step);
                    heights[i] = heights[i - 1] < candidate && candidate < heights[i + 1] ? candidate : linear(i, step);
                    positions[i] += step;
                }
            }
        }

        double estimate() {
            return heights[2];
        }

        private double parabolic(int i, int step) {
            double below = positions[i] - positions[i - 1];
            double above = positions[i + 1] - positions[i];
            double span = positions[i + 1] - positions[i - 1];
            return heights[i]
                    + step
                            / span
                            * ((below + step) * (heights[i + 1] - heights[i]) / above
                                    + (above - step) * (heights[i] - heights[i - 1]) / below);
        }

        private double linear(int i, int step) {
            return heights[i] + step * (heights[i + step] - heights[i]) / (positions[i + step] - positions[i]);
        }
    }
}

package org.carbonsim.core.agents;

/**
 * Adaptive price expectation: after each close, E_t = w × close_t + (1 − w) × E_{t−1}, starting from
 * the initial price. w = 1 is naive (tomorrow's price is today's close). The expectation is kept as a
 * {@code double} so repeated smoothing does not drift by rounding; read it rounded to whole fen where
 * a price is needed. Not thread-safe.
 */
public final class PriceExpectation {
    private final double weight;
    private double expectedFen;

    /**
     * @param weight weight of the latest close, in (0, 1]
     * @param initialPriceFen expectation before any close, fen per tonne
     */
    public PriceExpectation(double weight, long initialPriceFen) {
        if (!(weight > 0 && weight <= 1)) {
            throw new IllegalArgumentException("weight must be in (0, 1], got " + weight);
        }
        if (initialPriceFen < 0) {
            throw new IllegalArgumentException("initialPriceFen must be >= 0, got " + initialPriceFen);
        }
        this.weight = weight;
        this.expectedFen = initialPriceFen;
    }

    /** An expectation with the compliance traders' {@code expectationWeight}. */
    public static PriceExpectation of(ComplianceTraderParams params, long initialPriceFen) {
        return new PriceExpectation(params.expectationWeight(), initialPriceFen);
    }

    /** Folds in a close and returns the new expectation, fen per tonne. */
    public double observe(long closeFen) {
        if (closeFen < 0) {
            throw new IllegalArgumentException("closeFen must be >= 0, got " + closeFen);
        }
        expectedFen = weight * closeFen + (1 - weight) * expectedFen;
        return expectedFen;
    }

    /** The current expectation, fen per tonne. */
    public double expectedFen() {
        return expectedFen;
    }

    /** The current expectation rounded to whole fen. */
    public long expectedFenRounded() {
        return Math.round(expectedFen);
    }

    /** Weight of the latest close. */
    public double weight() {
        return weight;
    }
}

package org.carbonsim.core.policy;

import java.util.Objects;

/**
 * A government intervention triggered by repeated limit moves: a sale from the reserve after the
 * price kept hitting its upper limit, or a buy-back after it kept hitting the lower one. Immutable.
 *
 * @param day the trading day on which the rule triggered
 * @param direction sell or buy
 * @param quantityTonnes allowances to sell or buy, t
 */
public record Intervention(int day, Direction direction, long quantityTonnes) {
    /** Which way the government trades. */
    public enum Direction {
        /** Sell from the reserve to cool a rising price. */
        SELL,
        /** Buy back to support a falling price. */
        BUY
    }

    public Intervention {
        Objects.requireNonNull(direction, "direction");
        if (quantityTonnes <= 0) {
            throw new IllegalArgumentException("quantityTonnes must be > 0, got " + quantityTonnes);
        }
    }
}

package org.carbonsim.core.mrv;

/**
 * The relative error of a monitoring method: measured emissions = true emissions × (1 + bias + sd ×
 * z) with z standard normal, never below zero. Immutable.
 *
 * @param bias systematic error, share of true emissions (positive: measured above true)
 * @param sd standard deviation of the random error, share of true emissions
 */
public record MeasurementError(double bias, double sd) {
    public MeasurementError {
        if (!(bias > -1 && bias < 1)) {
            throw new IllegalArgumentException("bias must be in (-1, 1) (share of true emissions), got " + bias);
        }
        if (!(sd >= 0 && sd < 1)) {
            throw new IllegalArgumentException("sd must be in [0, 1) (share of true emissions), got " + sd);
        }
    }

    /** Measured tonnes for {@code trueTonnes} and the standard normal draw {@code z}, rounded half-up. */
    public long measuredTonnes(long trueTonnes, double z) {
        double factor = Math.max(0, 1 + bias + sd * z);
        return Math.round(trueTonnes * factor);
    }
}

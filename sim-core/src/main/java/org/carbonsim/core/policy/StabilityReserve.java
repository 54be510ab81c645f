package org.carbonsim.core.policy;

/**
 * An EU-style market stability reserve: once a year, when total allowances in circulation exceed
 * {@code upperThresholdTonnes}, {@code intakeRate} of them is withheld from next year's auctions; when
 * they fall below {@code lowerThresholdTonnes}, {@code releaseTonnes} are released. The EU values
 * (833 Mt, 400 Mt, 24%, 100 Mt) are scaled to a scenario's size. Immutable.
 *
 * @param upperThresholdTonnes intake above this circulation, t
 * @param lowerThresholdTonnes release below this circulation, t
 * @param intakeRate share of circulation taken in
 * @param releaseTonnes release when below the lower threshold, t
 * @param initialReserveTonnes allowances in the reserve at the start, t
 */
public record StabilityReserve(
        long upperThresholdTonnes,
        long lowerThresholdTonnes,
        double intakeRate,
        long releaseTonnes,
        long initialReserveTonnes) {
    public StabilityReserve {
        if (lowerThresholdTonnes < 0 || upperThresholdTonnes <= lowerThresholdTonnes) {
            throw new IllegalArgumentException("need 0 <= lowerThresholdTonnes < upperThresholdTonnes");
        }
        if (!(intakeRate >= 0 && intakeRate <= 1) || releaseTonnes < 0 || initialReserveTonnes < 0) {
            throw new IllegalArgumentException("intakeRate in [0, 1], release and reserve >= 0");
        }
    }
}

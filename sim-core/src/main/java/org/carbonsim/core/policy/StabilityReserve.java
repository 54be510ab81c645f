package org.carbonsim.core.policy;

/**
 * An EU-style market stability reserve: once a year, when total allowances in circulation exceed
 * {@code upperThresholdTonnes}, {@code intakeRate} of them is withheld from next year's auctions; when
 * they fall below {@code lowerThresholdTonnes}, {@code releaseTonnes} are released. With a buffer zone
 * (the EU's from 2024), circulation above the upper threshold but at most {@code bufferUpperTonnes}
 * gives up only its excess over the upper threshold, so the intake rises from nothing instead of
 * jumping to the rate's share of everything in circulation. The EU values (833 Mt, 400 Mt, 24%, 100 Mt,
 * buffer to 1,096 Mt) are scaled to a scenario's size. Immutable.
 *
 * @param upperThresholdTonnes intake above this circulation, t
 * @param lowerThresholdTonnes release below this circulation, t
 * @param intakeRate share of circulation taken in
 * @param releaseTonnes release when below the lower threshold, t
 * @param initialReserveTonnes allowances in the reserve at the start, t
 * @param bufferUpperTonnes the top of the buffer zone, t, above the upper threshold (0 for none)
 */
public record StabilityReserve(
        long upperThresholdTonnes,
        long lowerThresholdTonnes,
        double intakeRate,
        long releaseTonnes,
        long initialReserveTonnes,
        long bufferUpperTonnes) {
    public StabilityReserve {
        if (lowerThresholdTonnes < 0 || upperThresholdTonnes <= lowerThresholdTonnes) {
            throw new IllegalArgumentException("need 0 <= lowerThresholdTonnes < upperThresholdTonnes");
        }
        if (!(intakeRate >= 0 && intakeRate <= 1) || releaseTonnes < 0 || initialReserveTonnes < 0) {
            throw new IllegalArgumentException("intakeRate in [0, 1], release and reserve >= 0");
        }
        if (bufferUpperTonnes != 0 && bufferUpperTonnes <= upperThresholdTonnes) {
            throw new IllegalArgumentException("bufferUpperTonnes must be 0 or above upperThresholdTonnes, got "
                    + bufferUpperTonnes + " and " + upperThresholdTonnes);
        }
    }

    /** A reserve without a buffer zone. */
    public StabilityReserve(
            long upperThresholdTonnes,
            long lowerThresholdTonnes,
            double intakeRate,
            long releaseTonnes,
            long initialReserveTonnes) {
        this(upperThresholdTonnes, lowerThresholdTonnes, intakeRate, releaseTonnes, initialReserveTonnes, 0);
    }

    /**
     * What the reserve would take in at circulation {@code tnacTonnes}, before the limit of the auction
     * volume, t: nothing at or below the upper threshold; within the buffer zone the excess over it;
     * above, {@code intakeRate} of the circulation, rounded to whole tonnes.
     */
    public long intakeTonnes(long tnacTonnes) {
        return switch (decision(tnacTonnes)) {
            case BUFFER_INTAKE -> tnacTonnes - upperThresholdTonnes;
            case INTAKE -> Math.round(intakeRate * tnacTonnes);
            case NONE, RELEASE -> 0;
        };
    }

    /**
     * What the thresholds decide at circulation {@code tnacTonnes}: an intake above the upper threshold
     * (a buffer-zone intake up to {@code bufferUpperTonnes}), a release below the lower one, else none.
     */
    public ReserveDecision decision(long tnacTonnes) {
        if (tnacTonnes > upperThresholdTonnes) {
            return bufferUpperTonnes > 0 && tnacTonnes <= bufferUpperTonnes
                    ? ReserveDecision.BUFFER_INTAKE
                    : ReserveDecision.INTAKE;
        }
        return tnacTonnes < lowerThresholdTonnes ? ReserveDecision.RELEASE : ReserveDecision.NONE;
    }
}

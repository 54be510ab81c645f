package org.carbonsim.core.policy;

/**
 * One year's operation of the market stability reserve. Intake is withheld from next year's auction
 * volume; release is added to it. Immutable.
 *
 * @param tnacTonnes total allowances in circulation the operation was based on, t
 * @param intakeTonnes allowances placed in the reserve, t
 * @param releaseTonnes allowances released from the reserve, t
 * @param reserveTonnes reserve holdings after the operation, t
 */
public record ReserveOperation(long tnacTonnes, long intakeTonnes, long releaseTonnes, long reserveTonnes) {
    public ReserveOperation {
        if (intakeTonnes < 0 || releaseTonnes < 0 || reserveTonnes < 0) {
            throw new IllegalArgumentException("intake, release and reserve must be >= 0 (t)");
        }
        if (intakeTonnes > 0 && releaseTonnes > 0) {
            throw new IllegalArgumentException("a year has intake or release, not both");
        }
    }

    /** Change to next year's auction volume: release minus intake, t. */
    public long auctionAdjustmentTonnes() {
        return releaseTonnes - intakeTonnes;
    }
}

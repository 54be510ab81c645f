package org.carbonsim.core.policy;

import java.util.Objects;

/**
 * Runs an EU-style market stability reserve once a year. When total allowances in circulation
 * (TNAC) are above the upper threshold, the intake ({@link StabilityReserve#intakeTonnes}: intakeRate ×
 * TNAC rounded to whole tonnes, or within a buffer zone TNAC less the threshold) is withheld from next
 * year's auctions, but never more than is planned for auction; when TNAC is below
 * the lower threshold, min(releaseTonnes, reserve) is released into next year's auctions. Both
 * thresholds are strict: TNAC exactly at a threshold does nothing. Tracks the reserve's holdings. Not
 * thread-safe.
 */
public final class StabilityReserveOperator {
    private final StabilityReserve rules;
    private long reserveTonnes;

    public StabilityReserveOperator(StabilityReserve rules) {
        this(rules, rules.initialReserveTonnes());
    }

    /** A reserve by {@code rules} that holds {@code reserveTonnes} now, to operate from here on. */
    public StabilityReserveOperator(StabilityReserve rules, long reserveTonnes) {
        this.rules = Objects.requireNonNull(rules, "rules");
        if (reserveTonnes < 0) {
            throw new IllegalArgumentException("reserveTonnes must be >= 0 t, got " + reserveTonnes);
        }
        this.reserveTonnes = reserveTonnes;
    }

    /**
     * Operates the reserve for one year.
     *
     * @param tnacTonnes total allowances in circulation, t
     * @param plannedAuctionTonnes next year's auction volume before the reserve acts, t
     */
    public ReserveOperation operate(long tnacTonnes, long plannedAuctionTonnes) {
        if (tnacTonnes < 0 || plannedAuctionTonnes < 0) {
            throw new IllegalArgumentException("tnacTonnes and plannedAuctionTonnes must be >= 0 (t), got " + tnacTonnes
                    + " and " + plannedAuctionTonnes);
        }
        long intake = 0;
        long release = 0;
        if (tnacTonnes > rules.upperThresholdTonnes()) {
            intake = Math.min(rules.intakeTonnes(tnacTonnes), plannedAuctionTonnes);
            reserveTonnes = Math.addExact(reserveTonnes, intake);
        } else if (tnacTonnes < rules.lowerThresholdTonnes()) {
            release = Math.min(rules.releaseTonnes(), reserveTonnes);
            reserveTonnes -= release;
        }
        return new ReserveOperation(tnacTonnes, intake, release, reserveTonnes);
    }

    /** Allowances held in the reserve, t. */
    public long reserveTonnes() {
        return reserveTonnes;
    }
}

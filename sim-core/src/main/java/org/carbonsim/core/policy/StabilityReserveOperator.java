package org.carbonsim.core.policy;

import java.util.Objects;

/**
 * Runs an EU-style market stability reserve once a year. When total allowances in circulation
 * (TNAC) are above the upper threshold, the intake ({@link StabilityReserve#intakeTonnes}: intakeRate ×
 * TNAC rounded to whole tonnes, or within a buffer zone TNAC less the threshold) is withheld from next
 * year's auctions, but never more than is planned for auction; when TNAC is below
 * the lower threshold, min(releaseTonnes, reserve) is released into next year's auctions. Both
 * thresholds are strict: TNAC exactly at a threshold does nothing. Tracks the reserve's holdings, which
 * {@link #settle} corrects once next year's auctions show what was withheld or released. Not
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
        ReserveDecision decision = rules.decision(tnacTonnes);
        if (decision == ReserveDecision.INTAKE || decision == ReserveDecision.BUFFER_INTAKE) {
            intake = Math.min(rules.intakeTonnes(tnacTonnes), plannedAuctionTonnes);
            reserveTonnes = Math.addExact(reserveTonnes, intake);
        } else if (decision == ReserveDecision.RELEASE) {
            release = Math.min(rules.releaseTonnes(), reserveTonnes);
            reserveTonnes -= release;
        }
        return new ReserveOperation(tnacTonnes, intake, release, reserveTonnes);
    }

    /**
     * Settles {@code operation}, the last one this reserve made, against next year's auctions, whose
     * volume it adjusted by {@code appliedTonnes} (release minus intake, as {@link
     * ReserveOperation#auctionAdjustmentTonnes}): the reserve keeps only what was withheld from them,
     * and gets back a release they did not take. They take less than was booked when they hold fewer
     * tonnes than the intake (a falling cap, or a smaller auction share, next year) or have no auction
     * days to release into; without this the reserve would later release allowances it never took in.
     *
     * @throws IllegalArgumentException if {@code appliedTonnes} is not between 0 and the operation's
     *     adjustment
     */
    public void settle(ReserveOperation operation, long appliedTonnes) {
        Objects.requireNonNull(operation, "operation");
        long booked = operation.auctionAdjustmentTonnes();
        if (appliedTonnes < Math.min(booked, 0) || appliedTonnes > Math.max(booked, 0)) {
            throw new IllegalArgumentException("appliedTonnes must be between 0 and the operation's adjustment "
                    + booked + " (t), got " + appliedTonnes);
        }
        reserveTonnes = Math.addExact(reserveTonnes, booked - appliedTonnes);
    }

    /** Allowances held in the reserve, t. */
    public long reserveTonnes() {
        return reserveTonnes;
    }
}

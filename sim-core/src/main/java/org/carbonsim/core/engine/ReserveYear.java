package org.carbonsim.core.engine;

import java.util.Objects;
import org.carbonsim.core.policy.ReserveDecision;
import org.carbonsim.core.policy.ReserveOperation;

/**
 * One year of a market stability reserve in a run: as the year opens, how the operation of the year
 * before settled against this year's auctions, and at the year's end the operation on the allowances
 * then in circulation. The holdings add up: {@code openingHoldingsTonnes + intakeTonnes -
 * releaseTonnes = holdingsTonnes}, and next year opens with {@code holdingsTonnes} less the part of
 * the intake its auctions could not give up, plus the part of the release they did not take. Tonnes.
 * Immutable.
 *
 * @param year the compliance year
 * @param openingHoldingsTonnes held as the year opens, once the year before's operation has settled
 *     against this year's auctions (the scenario's initial holdings in the first year), t
 * @param auctionWithheldTonnes withheld from this year's auctions: the year before's intake, at most
 *     their volume, t
 * @param auctionReleasedTonnes released into this year's auctions: the year before's release, t
 * @param circulationTonnes allowances held by enterprises and traders at the year's end (TNAC), which
 *     the reserve reads, t
 * @param decision what the thresholds decided for that circulation
 * @param intakeTonnes taken in at the year's end, to be withheld from next year's auctions (at most
 *     this year's auction volume before the reserve), t
 * @param releaseTonnes released at the year's end into next year's auctions, t
 * @param holdingsTonnes held after the year-end operation, t
 */
public record ReserveYear(
        int year,
        long openingHoldingsTonnes,
        long auctionWithheldTonnes,
        long auctionReleasedTonnes,
        long circulationTonnes,
        ReserveDecision decision,
        long intakeTonnes,
        long releaseTonnes,
        long holdingsTonnes) {
    public ReserveYear {
        Objects.requireNonNull(decision, "decision");
        if (openingHoldingsTonnes < 0 || auctionWithheldTonnes < 0 || auctionReleasedTonnes < 0) {
            throw new IllegalArgumentException("opening holdings, withheld and released must be >= 0 (t), got "
                    + openingHoldingsTonnes + ", " + auctionWithheldTonnes + " and " + auctionReleasedTonnes);
        }
    }

    /**
     * The year {@code year} of a reserve that opened it holding {@code openingHoldingsTonnes} once this
     * year's auctions were adjusted by {@code auctionAdjustmentTonnes} (release minus intake, applied),
     * and closed it with {@code operation}, whose circulation its rules decided {@code decision} for.
     */
    static ReserveYear of(
            int year,
            long openingHoldingsTonnes,
            long auctionAdjustmentTonnes,
            ReserveDecision decision,
            ReserveOperation operation) {
        return new ReserveYear(
                year,
                openingHoldingsTonnes,
                Math.max(0, -auctionAdjustmentTonnes),
                Math.max(0, auctionAdjustmentTonnes),
                operation.tnacTonnes(),
                decision,
                operation.intakeTonnes(),
                operation.releaseTonnes(),
                operation.reserveTonnes());
    }
}

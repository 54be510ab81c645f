package org.carbonsim.core.finance;

import java.util.List;
import java.util.Optional;

/**
 * The spot-forward product and who trades it. Money in fen, shares and rates in basis points.
 * Immutable.
 *
 * @param months delivery months listed each year, ascending, each 1..12
 * @param lotTonnes tonnes per contract lot (Hubei: 100)
 * @param limitBasisPoints daily price limit around the previous settlement price
 * @param initialMarginBasisPoints margin on a new position, share of its value at the settlement price
 * @param maintenanceMarginBasisPoints margin below which a member is called back to the initial margin
 * @param marginCallGraceDays trading days a call may stay unmet before the member is in default (0:
 *     the same day)
 * @param defaultPenaltyBasisPoints what a defaulter pays out of the system, share of the value of the
 *     positions closed or the deliveries failed
 * @param carryRateBasisPoints yearly interest rate r in the fair forward price spot × (1 + r·t)
 * @param hedging the compliance firms' hedge
 * @param speculators the basis speculators
 * @param arbitrageur the cash-and-carry arbitrageur, if any
 */
public record ForwardRules(
        List<Integer> months,
        long lotTonnes,
        int limitBasisPoints,
        int initialMarginBasisPoints,
        int maintenanceMarginBasisPoints,
        int marginCallGraceDays,
        int defaultPenaltyBasisPoints,
        int carryRateBasisPoints,
        Hedging hedging,
        Speculators speculators,
        Optional<Arbitrageur> arbitrageur) {
    /** Hubei's lot. */
    public static final long HUBEI_LOT_TONNES = 100;

    public ForwardRules {
        months = List.copyOf(months);
        if (months.isEmpty()) {
            throw new IllegalArgumentException("at least one delivery month is needed");
        }
        for (int i = 0; i < months.size(); i++) {
            int m = months.get(i);
            if (m < 1 || m > 12 || (i > 0 && m <= months.get(i - 1))) {
                throw new IllegalArgumentException("delivery months must be ascending in 1..12, got " + months);
            }
        }
        if (lotTonnes < 1) {
            throw new IllegalArgumentException("lotTonnes must be >= 1 t, got " + lotTonnes);
        }
        if (limitBasisPoints < 1 || limitBasisPoints >= 10_000) {
            throw new IllegalArgumentException("limit must be in (0, 100) %, got " + limitBasisPoints + " bp");
        }
        if (initialMarginBasisPoints < 1 || initialMarginBasisPoints > 10_000) {
            throw new IllegalArgumentException(
                    "initial margin must be in (0, 100] %, got " + initialMarginBasisPoints + " bp");
        }
        if (maintenanceMarginBasisPoints < 0 || maintenanceMarginBasisPoints > initialMarginBasisPoints) {
            throw new IllegalArgumentException("maintenance margin must be in 0..initial margin ("
                    + initialMarginBasisPoints + " bp), got " + maintenanceMarginBasisPoints + " bp");
        }
        if (marginCallGraceDays < 0 || defaultPenaltyBasisPoints < 0 || carryRateBasisPoints < 0) {
            throw new IllegalArgumentException("grace days, default penalty and carry rate must be >= 0");
        }
    }

    /** Whether {@code month} is listed. */
    public boolean lists(int month) {
        return months.contains(month);
    }

    /**
     * Compliance firms hedge {@code shareBasisPoints} of their expected shortfall (buying) or surplus
     * (selling) at the start of each year in the contract of {@code month}, paying up to {@code
     * concessionBasisPoints} over the fair price (or taking that much under it).
     */
    public record Hedging(int shareBasisPoints, int month, int concessionBasisPoints) {
        public Hedging {
            if (shareBasisPoints < 0 || shareBasisPoints > 10_000) {
                throw new IllegalArgumentException("hedge share must be in 0..100 %, got " + shareBasisPoints + " bp");
            }
            if (concessionBasisPoints < 0) {
                throw new IllegalArgumentException("concession must be >= 0 bp");
            }
        }
    }

    /**
     * {@code count} speculators, each with {@code cashFen}, that on a day (with {@code
     * dailyProbability}) trade one lot of the front contract against the basis: selling when the
     * forward-spot basis is above its mean over {@code lookbackDays}, buying when below, up to {@code
     * maxLots} open; they close out from {@code closeOutDays} before delivery.
     */
    public record Speculators(
            int count, long cashFen, int maxLots, double dailyProbability, int lookbackDays, int closeOutDays) {
        public Speculators {
            if (count < 0 || cashFen < 0 || maxLots < 0 || lookbackDays < 1 || closeOutDays < 0) {
                throw new IllegalArgumentException(
                        "speculators: count, cash, maxLots, closeOutDays >= 0 and lookbackDays >= 1");
            }
            if (!(dailyProbability >= 0 && dailyProbability <= 1)) {
                throw new IllegalArgumentException("dailyProbability must be in 0..1, got " + dailyProbability);
            }
        }
    }

    /**
     * The cash-and-carry arbitrageur: it holds {@code holdingsTonnes} (its spot leg, bought before the
     * run) and {@code cashFen}, and each day quotes every live contract at the fair price spot × (1 +
     * r·t) less and plus {@code spreadBasisPoints}, up to {@code maxLots} a side.
     */
    public record Arbitrageur(long cashFen, long holdingsTonnes, int spreadBasisPoints, int maxLots) {
        public Arbitrageur {
            if (cashFen < 0 || holdingsTonnes < 0 || spreadBasisPoints < 0 || maxLots < 0) {
                throw new IllegalArgumentException("arbitrageur: cash, holdings, spread and maxLots must be >= 0");
            }
        }
    }
}

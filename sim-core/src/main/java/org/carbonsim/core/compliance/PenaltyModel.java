package org.carbonsim.core.compliance;

/**
 * What an enterprise that surrenders too little pays. Closed set: Hubei-style, national-style,
 * EU-style. Each gives a fine in fen and a number of tonnes to deduct from next year's allocation or
 * to make good.
 */
public sealed interface PenaltyModel permits PenaltyModel.HubeiStyle, PenaltyModel.NationalStyle, PenaltyModel.EuStyle {

    /** The fine, fen, for {@code shortfallTonnes} when the year's average price was {@code averagePriceFen}. */
    long fineFen(long shortfallTonnes, long averagePriceFen);

    /** Tonnes deducted from next year's allocation (or owed in addition) for the shortfall. */
    long deductionTonnes(long shortfallTonnes);

    /**
     * What each tonne of a shortfall of {@code shortfallTonnes} costs, fen per tonne, rounded down: the
     * fine for the shortfall, with {@code priceFen} as the year's average price, plus the tonnes
     * deducted or owed for it valued at that price, over the shortfall; 0 for no shortfall. A firm
     * pays no more than this for a tonne it would otherwise lack.
     */
    default long costPerTonneShortFen(long shortfallTonnes, long priceFen) {
        if (shortfallTonnes <= 0) {
            return 0;
        }
        long fine = fineFen(shortfallTonnes, priceFen);
        long deducted = Math.multiplyExact(deductionTonnes(shortfallTonnes), priceFen);
        return Math.addExact(fine, deducted) / shortfallTonnes;
    }

    /**
     * Hubei-style: {@code priceMultiple} × average price × shortfall, capped at {@code capFen}, plus
     * {@code deductionMultiple} × shortfall deducted from next year's allocation. The sourced 2014 rule
     * is a fine of at most CNY 150,000 and fewer allowances the next year; the multiples commonly
     * quoted (1 to 3 times the price, twice the shortfall) are unconfirmed. Immutable.
     *
     * @param priceMultiple multiple of the average price fined per tonne short (commonly quoted 1 to 3,
     *     unconfirmed)
     * @param capFen largest fine, fen (CNY 150,000 = 15,000,000 fen)
     * @param deductionMultiple multiple of the shortfall deducted next year (commonly quoted 2, unconfirmed)
     */
    record HubeiStyle(double priceMultiple, long capFen, double deductionMultiple) implements PenaltyModel {
        public HubeiStyle {
            check(priceMultiple, deductionMultiple);
            if (capFen < 0) {
                throw new IllegalArgumentException("capFen must be >= 0");
            }
        }

        @Override
        public long fineFen(long shortfallTonnes, long averagePriceFen) {
            double fine = priceMultiple * averagePriceFen * (double) shortfallTonnes;
            return Math.min(capFen, (long) Math.floor(fine));
        }

        @Override
        public long deductionTonnes(long shortfallTonnes) {
            return (long) Math.ceil(deductionMultiple * shortfallTonnes);
        }
    }

    /**
     * National ETS: a multiple of the average price per tonne short, no cap, and the shortfall
     * deducted next year. Immutable.
     *
     * @param priceMultiple 5 to 10 under the 2024 regulation
     * @param deductionMultiple multiple of the shortfall deducted next year (1)
     */
    record NationalStyle(double priceMultiple, double deductionMultiple) implements PenaltyModel {
        public NationalStyle {
            check(priceMultiple, deductionMultiple);
        }

        @Override
        public long fineFen(long shortfallTonnes, long averagePriceFen) {
            return Math.multiplyExact((long) Math.floor(priceMultiple * averagePriceFen), shortfallTonnes);
        }

        @Override
        public long deductionTonnes(long shortfallTonnes) {
            return (long) Math.ceil(deductionMultiple * shortfallTonnes);
        }
    }

    /**
     * EU: a fixed amount per tonne short, and the missing allowances still owed (make-good).
     * Immutable.
     *
     * @param fenPerTonne the fixed penalty per tonne, fen
     * @param makeGood whether the shortfall is still owed next year
     */
    record EuStyle(long fenPerTonne, boolean makeGood) implements PenaltyModel {
        public EuStyle {
            if (fenPerTonne < 0) {
                throw new IllegalArgumentException("fenPerTonne must be >= 0");
            }
        }

        @Override
        public long fineFen(long shortfallTonnes, long averagePriceFen) {
            return Math.multiplyExact(fenPerTonne, shortfallTonnes);
        }

        @Override
        public long deductionTonnes(long shortfallTonnes) {
            return makeGood ? shortfallTonnes : 0;
        }
    }

    private static void check(double priceMultiple, double deductionMultiple) {
        if (!(priceMultiple >= 0) || Double.isInfinite(priceMultiple)) {
            throw new IllegalArgumentException("priceMultiple must be finite and >= 0");
        }
        if (!(deductionMultiple >= 0) || Double.isInfinite(deductionMultiple)) {
            throw new IllegalArgumentException("deductionMultiple must be finite and >= 0");
        }
    }
}

package org.carbonsim.core.mrv;

/**
 * What a detected misreport costs besides surrendering the hidden tonnes: a fixed fine, a fine per
 * hidden tonne at a multiple of the price, and a deduction from next year's allocation. Immutable.
 *
 * @param fixedFen fine per detected case, fen
 * @param priceMultiple fine per hidden tonne as a multiple of the price
 * @param deductionMultiple tonnes deducted from next year's allocation per hidden tonne
 */
public record MisreportingFine(long fixedFen, double priceMultiple, double deductionMultiple) {
    public MisreportingFine {
        if (fixedFen < 0) {
            throw new IllegalArgumentException("fixedFen must be >= 0, got " + fixedFen);
        }
        if (!(priceMultiple >= 0 && priceMultiple <= 1000)) {
            throw new IllegalArgumentException("priceMultiple must be in [0, 1000], got " + priceMultiple);
        }
        if (!(deductionMultiple >= 0 && deductionMultiple <= 1000)) {
            throw new IllegalArgumentException("deductionMultiple must be in [0, 1000], got " + deductionMultiple);
        }
    }

    /** The fine for {@code hiddenTonnes} found at {@code priceFen} per tonne, fen (the variable part rounded down). */
    public long fineFen(long hiddenTonnes, long priceFen) {
        long perTonne = (long) Math.floor(priceMultiple * priceFen);
        return Math.addExact(fixedFen, Math.multiplyExact(perTonne, hiddenTonnes));
    }

    /** Tonnes deducted from next year's allocation for {@code hiddenTonnes} found (rounded up). */
    public long deductionTonnes(long hiddenTonnes) {
        return (long) Math.ceil(deductionMultiple * hiddenTonnes);
    }
}

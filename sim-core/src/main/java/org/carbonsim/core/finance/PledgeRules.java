package org.carbonsim.core.finance;

import java.util.Objects;

/**
 * Financing against allowances, for the cash-constrained firms. Immutable.
 *
 * @param kind pledge or repo
 * @param haircutBasisPoints the lender lends the allowances' value at the close less this share
 * @param rateBasisPoints yearly simple interest rate
 * @param termDays trading days to maturity (a deal never outlives the compliance deadline)
 * @param maxShareBasisPoints at most this share of a firm's available allowances is financed at once
 */
public record PledgeRules(
        FinancingKind kind, int haircutBasisPoints, int rateBasisPoints, int termDays, int maxShareBasisPoints) {
    public PledgeRules {
        Objects.requireNonNull(kind, "kind");
        if (haircutBasisPoints < 0 || haircutBasisPoints >= 10_000) {
            throw new IllegalArgumentException(
                    "haircut must be in 0..100 % (excluded), got " + haircutBasisPoints + " bp");
        }
        if (rateBasisPoints < 0) {
            throw new IllegalArgumentException("rate must be >= 0, got " + rateBasisPoints + " bp");
        }
        if (termDays < 1) {
            throw new IllegalArgumentException("termDays must be >= 1, got " + termDays);
        }
        if (maxShareBasisPoints < 0 || maxShareBasisPoints > 10_000) {
            throw new IllegalArgumentException("maxShare must be in 0..100 %, got " + maxShareBasisPoints + " bp");
        }
    }
}

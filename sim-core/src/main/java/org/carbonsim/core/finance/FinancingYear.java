package org.carbonsim.core.finance;

/**
 * A year's financing against allowances: tonnes newly pledged and sold under repurchase, the cash
 * lent, the interest paid (the financing cost), and the tonnes the lender kept because a deal was
 * not repaid. Immutable.
 */
public record FinancingYear(
        long pledgedTonnes, long repoTonnes, long lentFen, long interestFen, long forfeitedTonnes, int deals) {
    /** Nothing financed. */
    public static final FinancingYear NONE = new FinancingYear(0, 0, 0, 0, 0, 0);
}

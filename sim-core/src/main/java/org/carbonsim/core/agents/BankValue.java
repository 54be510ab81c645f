package org.carbonsim.core.agents;

/**
 * What a covered enterprise takes a banked allowance to be worth, where banking is allowed: a model
 * assumption, {@code agents.compliance.bankValue}. No allowance is worth less to it: it neither sells
 * below that value nor abates less than where its marginal cost reaches it, and buys to bank below it.
 */
public enum BankValue {
    /**
     * {@code bankValueShare} times last year's average price (the initial price in the first year):
     * an adaptive anchor on what allowances have recently fetched.
     */
    LAST_YEAR_SHARE,
    /**
     * The least-cost path's price for next year, discounted a year at {@code compliance.discountRate}:
     * what an enterprise that foresees the market's least-cost path over the scenario's remaining
     * years (Rubin 1996) expects a banked allowance to fetch. Nothing in the last year: the scenario's
     * horizon ends there.
     */
    FORESIGHT
}

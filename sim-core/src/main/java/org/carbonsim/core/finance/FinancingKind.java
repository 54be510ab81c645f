package org.carbonsim.core.finance;

/** How a firm short of cash raises it against its allowances. */
public enum FinancingKind {
    /** 质押: borrow against allowances locked in the firm's own account until the loan is repaid. */
    PLEDGE,
    /** 回购: sell allowances to the lender and buy them back at maturity for the cash plus interest. */
    REPO
}

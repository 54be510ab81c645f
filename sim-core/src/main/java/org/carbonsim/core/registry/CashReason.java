package org.carbonsim.core.registry;

/** Why cash moved. */
public enum CashReason {
    /** Cash brought into an account from outside (initial endowment, top-up). */
    DEPOSIT,
    /** The price of allowances traded between two accounts. */
    TRADE,
    /** Exchange fees, paid out of the system. */
    FEE,
    /** Payment for allowances bought at a government auction. */
    AUCTION_PAYMENT,
    /** A non-compliance fine. */
    PENALTY,
    /** Payment for offset credits. */
    OFFSET_PURCHASE,
    /** Government intervention: payment for an intervention sale, or proceeds of a buy-back. */
    INTERVENTION,
    /** A fine for a misreport of emissions found by an audit. */
    DATA_QUALITY_FINE,
    /** Forward margin: deposits with the clearing house, margin calls, and margin returned. */
    MARGIN,
    /** The price of allowances delivered under a forward contract, through the clearing house. */
    FORWARD_DELIVERY,
    /** A loan against pledged allowances: principal in from the lender, and repaid to it. */
    LOAN,
    /** Interest on a pledge loan or a repo, paid out to the lender. */
    INTEREST,
    /** Cash of a sale under repurchase in from the lender, and the repurchase price (less interest) back to it. */
    REPO,
    /** The penalty a forward defaulter pays, out of the system. */
    DEFAULT_PENALTY
}

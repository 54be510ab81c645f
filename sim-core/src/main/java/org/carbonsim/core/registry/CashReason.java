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
    DATA_QUALITY_FINE
}

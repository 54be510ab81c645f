package org.carbonsim.core.registry;

/** Who holds a registry account. */
public enum AccountKind {
    /** A covered (or formerly covered) enterprise. */
    ENTERPRISE,
    /** An investor, trader or market maker. */
    TRADER,
    /** The government reserve, used for market intervention. */
    GOVERNMENT_RESERVE,
    /** The account auctions are sold from. */
    AUCTION,
    /** The reserve new entrants are allocated from. */
    NEW_ENTRANT_RESERVE,
    /** The forward market's clearing house: holds margin and passes deliveries through. */
    CLEARING_HOUSE,
    /** The lender of pledge loans and repos: holds repo and forfeited allowances; its cash is outside. */
    LENDER
}

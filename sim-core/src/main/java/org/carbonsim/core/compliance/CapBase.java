package org.carbonsim.core.compliance;

/** What an offset cap is a share of. */
public enum CapBase {
    /** The enterprise's free allocation for the year (Hubei's 10% limit; that it is of the allocation is unconfirmed). */
    ALLOCATION,
    /** The enterprise's verified emissions for the year (national ETS: 5%). */
    EMISSIONS
}

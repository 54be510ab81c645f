package org.carbonsim.core.compliance;

/** What an offset cap is a share of. */
public enum CapBase {
    /** The enterprise's free allocation for the year (Hubei: 10%). */
    ALLOCATION,
    /** The enterprise's verified emissions for the year (national ETS: 5%). */
    EMISSIONS
}

package org.carbonsim.core.compliance;

/** Kinds of offset credit a covered enterprise may surrender in place of allowances. */
public enum OffsetKind {
    /** China Certified Emission Reductions (国家核证自愿减排量). */
    CCER,
    /** Carbon-inclusion (碳普惠) credits from households, small businesses and public projects. */
    CARBON_INCLUSION
}

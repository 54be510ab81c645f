package org.carbonsim.core.policy;

/**
 * What a market stability reserve's thresholds decide for one year's circulation ({@link
 * StabilityReserve#decision}). Both thresholds are strict: circulation exactly at one decides {@link
 * #NONE}.
 */
public enum ReserveDecision {
    /** Circulation between the thresholds: no intake, no release. */
    NONE,
    /** Circulation above the upper threshold but within the buffer zone: its excess over the threshold is taken in. */
    BUFFER_INTAKE,
    /** Circulation above the upper threshold (and the buffer zone): the intake rate's share of it is taken in. */
    INTAKE,
    /** Circulation below the lower threshold: up to the release volume is released. */
    RELEASE
}

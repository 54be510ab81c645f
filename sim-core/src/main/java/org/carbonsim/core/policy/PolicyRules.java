package org.carbonsim.core.policy;

import java.util.Objects;
import java.util.Optional;

/**
 * The government's market operations in a scenario. Immutable.
 *
 * @param auctions schedule of primary auctions (used when the allocation plan has an auction share)
 * @param intervention the intervention rule, if any
 * @param corridor price floor and ceiling ({@link PriceCorridor#NONE} for none)
 * @param stabilityReserve the market stability reserve, if any
 */
public record PolicyRules(
        AuctionSchedule auctions,
        Optional<InterventionRule> intervention,
        PriceCorridor corridor,
        Optional<StabilityReserve> stabilityReserve) {
    public PolicyRules {
        Objects.requireNonNull(auctions, "auctions");
        Objects.requireNonNull(intervention, "intervention");
        Objects.requireNonNull(corridor, "corridor");
        Objects.requireNonNull(stabilityReserve, "stabilityReserve");
    }
}

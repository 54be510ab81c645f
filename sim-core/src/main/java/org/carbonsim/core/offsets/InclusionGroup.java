package org.carbonsim.core.offsets;

import java.util.Objects;

/**
 * A group of small actors in a carbon-inclusion (碳普惠) scheme (households, transport users, small
 * firms): how many there are, what share of them take part, and the verified reduction of each
 * participant. Each year the participation share and the mean reduction per participant are drawn
 * from normal distributions (a standard deviation of 0 fixes them), the share clamped to [0, 1] and
 * the reduction to at least 0; the group's credits are population × share × reduction, rounded down
 * to whole tonnes. Immutable.
 *
 * @param id identifier ("households")
 * @param population actors in the group
 * @param participationMean mean share of the actors that take part in a year, in [0, 1]
 * @param participationSd standard deviation of that share
 * @param reductionKgMean mean verified reduction per participant in a year, kg CO2e
 * @param reductionKgSd standard deviation of that reduction, kg CO2e
 */
public record InclusionGroup(
        String id,
        long population,
        double participationMean,
        double participationSd,
        double reductionKgMean,
        double reductionKgSd) {
    public InclusionGroup {
        Objects.requireNonNull(id, "id");
        if (population < 0) {
            throw new IllegalArgumentException(id + ": population must be >= 0 actors");
        }
        if (!(participationMean >= 0 && participationMean <= 1)) {
            throw new IllegalArgumentException(id + ": participationMean must be a share in [0, 1]");
        }
        if (!(participationSd >= 0 && reductionKgMean >= 0 && reductionKgSd >= 0)) {
            throw new IllegalArgumentException(id + ": reductions (kg CO2e) and standard deviations must be >= 0");
        }
    }

    /** The group's credits in a year with participation {@code share} and {@code reductionKg} per participant, t. */
    public long creditsTonnes(double share, double reductionKg) {
        return (long) Math.floor(population * share * reductionKg / 1000.0);
    }
}

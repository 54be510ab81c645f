package org.carbonsim.core.allocation;

import java.util.Objects;

/**
 * One covered enterprise's line in an allocation table: the method, its base and every factor, the
 * pre-allocation and the allocation, and the expected balance at business-as-usual emissions.
 * allocation = round-half-up(base × intensity × control factor × adjustment factor × operating-days
 * factor) for every method; the columns that a method does not use are 1 (factors) or the value that
 * makes the product right (see {@link Allocator}). Immutable.
 *
 * @param enterpriseId the enterprise
 * @param sectorId its sector
 * @param method the method's name ("HistoricalEmissions", "Benchmark", ...)
 * @param newEntrant whether it is allocated from the new-entrant reserve
 * @param baseQuantity mean base-year emissions (t) for historical emissions, verified emissions (t) for
 *     verified emissions, otherwise output in the sector's product unit
 * @param intensity t CO2e per unit of base applied (base-years intensity, benchmark, effective
 *     two-product benchmark per unit of output; 1 for emission-based methods)
 * @param controlFactor industry control factor (1 when the method has none)
 * @param marketAdjustmentFactor the market adjustment factor; for new entrants the new-entrant reserve
 *     scaling factor
 * @param operatingDaysFactor operating days ÷ 365 for historical emissions, otherwise 1
 * @param preAllocationTonnes pre-allocation share of the allocation computed from last year's output
 * @param allocationTonnes the allocation from this table's basis (expected or actual output)
 * @param bauEmissionsTonnes business-as-usual emissions in the table's basis
 */
public record AllocationLine(
        String enterpriseId,
        String sectorId,
        String method,
        boolean newEntrant,
        double baseQuantity,
        double intensity,
        double controlFactor,
        double marketAdjustmentFactor,
        double operatingDaysFactor,
        long preAllocationTonnes,
        long allocationTonnes,
        long bauEmissionsTonnes) {
    public AllocationLine {
        Objects.requireNonNull(enterpriseId, "enterpriseId");
        Objects.requireNonNull(sectorId, "sectorId");
        Objects.requireNonNull(method, "method");
        if (preAllocationTonnes < 0 || allocationTonnes < 0 || bauEmissionsTonnes < 0) {
            throw new IllegalArgumentException(enterpriseId + ": tonnes must be >= 0");
        }
    }

    /** Allocation minus business-as-usual emissions: a surplus if positive, a shortfall if negative, t. */
    public long expectedBalanceTonnes() {
        return allocationTonnes - bauEmissionsTonnes;
    }
}

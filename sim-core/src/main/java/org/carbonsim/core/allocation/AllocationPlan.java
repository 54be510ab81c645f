package org.carbonsim.core.allocation;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A scheme's allocation rules for every year: the cap, the shares set aside from it, the method each
 * sector uses in each period, pre-allocation and the market adjustment factor. Shares are fractions
 * of the cap. Immutable.
 *
 * @param cap the cap schedule
 * @param governmentReserveShare share of the cap kept as government reserve (Hubei 2017: 0.08)
 * @param newEntrantReserveShare share of the cap kept for enterprises that enter mid-scenario
 * @param auctionShare share of the cap sold at auction
 * @param preAllocationShare share of the expected allocation issued at the start of the year (Hubei 2017: 0.5; from 2021 Hubei allocated after verification)
 * @param marketAdjustmentFactor a fixed factor, or empty to compute it so free allocation fits the
 *     cap's free share
 * @param sectorMethods per sector id, the methods by period, ascending {@code fromYear}
 */
public record AllocationPlan(
        CapSchedule cap,
        double governmentReserveShare,
        double newEntrantReserveShare,
        double auctionShare,
        double preAllocationShare,
        OptionalDouble marketAdjustmentFactor,
        Map<String, List<MethodPeriod>> sectorMethods) {
    public AllocationPlan {
        Objects.requireNonNull(cap, "cap");
        Objects.requireNonNull(marketAdjustmentFactor, "marketAdjustmentFactor");
        checkShare(governmentReserveShare, "governmentReserveShare");
        checkShare(newEntrantReserveShare, "newEntrantReserveShare");
        checkShare(auctionShare, "auctionShare");
        checkShare(preAllocationShare, "preAllocationShare");
        if (governmentReserveShare + newEntrantReserveShare + auctionShare > 1 + 1e-12) {
            throw new IllegalArgumentException("reserve and auction shares add up to more than the whole cap");
        }
        marketAdjustmentFactor.ifPresent(f -> {
            if (!(f > 0) || Double.isInfinite(f)) {
                throw new IllegalArgumentException("marketAdjustmentFactor must be > 0, got " + f);
            }
        });
        Map<String, List<MethodPeriod>> copy = new java.util.TreeMap<>();
        sectorMethods.forEach((sector, periods) -> {
            if (periods.isEmpty()) {
                throw new IllegalArgumentException("sector " + sector + " has no allocation method");
            }
            copy.put(sector, List.copyOf(periods));
        });
        sectorMethods = java.util.Collections.unmodifiableMap(copy);
    }

    /** The share of the cap left for free allocation. */
    public double freeShare() {
        return 1 - governmentReserveShare - newEntrantReserveShare - auctionShare;
    }

    /** The method {@code sectorId} uses in {@code year}; the first period's method before it starts. */
    public AllocationMethod methodFor(String sectorId, int year) {
        List<MethodPeriod> periods = sectorMethods.get(sectorId);
        if (periods == null) {
            throw new IllegalArgumentException("no allocation method for sector " + sectorId);
        }
        AllocationMethod method = periods.get(0).method();
        for (MethodPeriod period : periods) {
            if (period.fromYear() <= year) {
                method = period.method();
            }
        }
        return method;
    }

    private static void checkShare(double share, String name) {
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException(name + " must be in [0, 1], got " + share);
        }
    }
}

package org.carbonsim.core.allocation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * A scheme's allocation rules for every year: the cap, the shares set aside from it and the share
 * pre-allocated (from the start, and as changed from later years on), the method each sector uses in
 * each period and the market adjustment factor. Immutable.
 *
 * @param cap the cap schedule
 * @param shares the shares from the first year
 * @param shareChanges the shares from later years on, ascending {@code fromYear}
 * @param marketAdjustmentFactor a fixed factor, or empty to compute it so free allocation fits the
 *     cap's free share
 * @param sectorMethods per sector id, the methods by period, ascending {@code fromYear}
 */
public record AllocationPlan(
        CapSchedule cap,
        AllocationShares shares,
        List<ShareChange> shareChanges,
        OptionalDouble marketAdjustmentFactor,
        Map<String, List<MethodPeriod>> sectorMethods) {
    public AllocationPlan {
        Objects.requireNonNull(cap, "cap");
        Objects.requireNonNull(shares, "shares");
        Objects.requireNonNull(marketAdjustmentFactor, "marketAdjustmentFactor");
        shareChanges = List.copyOf(shareChanges);
        for (int i = 1; i < shareChanges.size(); i++) {
            if (shareChanges.get(i).fromYear() <= shareChanges.get(i - 1).fromYear()) {
                throw new IllegalArgumentException("share changes must be in strictly ascending fromYear");
            }
        }
        marketAdjustmentFactor.ifPresent(f -> {
            if (!(f > 0) || Double.isInfinite(f)) {
                throw new IllegalArgumentException("marketAdjustmentFactor must be > 0, got " + f);
            }
        });
        Map<String, List<MethodPeriod>> copy = new TreeMap<>();
        sectorMethods.forEach((sector, periods) -> {
            if (periods.isEmpty()) {
                throw new IllegalArgumentException("sector " + sector + " has no allocation method");
            }
            copy.put(sector, List.copyOf(periods));
        });
        sectorMethods = Collections.unmodifiableMap(copy);
    }

    /** A plan whose shares hold in every year. */
    public AllocationPlan(
            CapSchedule cap,
            double governmentReserveShare,
            double newEntrantReserveShare,
            double auctionShare,
            double preAllocationShare,
            OptionalDouble marketAdjustmentFactor,
            Map<String, List<MethodPeriod>> sectorMethods) {
        this(
                cap,
                new AllocationShares(governmentReserveShare, newEntrantReserveShare, auctionShare, preAllocationShare),
                List.of(),
                marketAdjustmentFactor,
                sectorMethods);
    }

    /** The shares of {@code year}: those of the latest change from that year or before, else the first. */
    public AllocationShares sharesIn(int year) {
        AllocationShares current = shares;
        for (ShareChange change : shareChanges) {
            if (change.fromYear() <= year) {
                current = change.shares();
            }
        }
        return current;
    }

    /** The shares of the first year and of every change. */
    public List<AllocationShares> everyShares() {
        List<AllocationShares> all = new ArrayList<>(1 + shareChanges.size());
        all.add(shares);
        shareChanges.forEach(change -> all.add(change.shares()));
        return all;
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
}

package org.carbonsim.core.allocation;

import java.util.List;
import org.carbonsim.core.coverage.CoverageDecider;
import org.carbonsim.core.coverage.CoverageRecord;
import org.carbonsim.core.coverage.CoverageRules;
import org.carbonsim.core.model.Economy;
import org.carbonsim.core.model.Enterprise;
import org.carbonsim.core.model.Sector;

/**
 * The trial allocation a climate office computes when drafting a plan: no trading and no shocks,
 * every year not yet verified taken on trend. Coverage is decided from the first year of the scheme
 * up to the year asked for, so entries, exits and new entrants are as the rules would make them;
 * the table's allocation uses expected (trend) output and its pre-allocation last year's record.
 * Immutable (no state).
 */
public final class TrialAllocation {
    private TrialAllocation() {}

    /** The trial table for {@code year} of a scheme whose first compliance year is {@code firstYear}. */
    public static AllocationTable compute(
            AllocationPlan plan,
            CoverageRules coverage,
            List<Sector> sectors,
            List<Enterprise> enterprises,
            int firstYear,
            int year) {
        if (year < firstYear) {
            throw new IllegalArgumentException("year " + year + " is before the scheme's first year " + firstYear);
        }
        Economy economy = new Economy(sectors, enterprises);
        Allocator allocator = new Allocator(plan, sectors, enterprises);
        CoverageDecider decider = new CoverageDecider(coverage, sectors);
        List<CoverageRecord> records = List.of();
        for (int y = firstYear; y <= year; y++) {
            records = decider.decide(y, economy.enterprises(), economy);
        }
        return allocator.allocate(year, records, economy, economy::expectedYear);
    }
}

package org.carbonsim.core.engine;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.carbonsim.core.allocation.AllocationTable;
import org.carbonsim.core.allocation.Allocator;
import org.carbonsim.core.allocation.TrueUp;
import org.carbonsim.core.compliance.ComplianceDesk;
import org.carbonsim.core.compliance.ComplianceRules;
import org.carbonsim.core.compliance.OffsetRule;
import org.carbonsim.core.coverage.CoverageDecider;
import org.carbonsim.core.coverage.CoverageRecord;
import org.carbonsim.core.model.Economy;
import org.carbonsim.core.offsets.CreditSupply;
import org.carbonsim.core.policy.AuctionPlan;
import org.carbonsim.core.policy.ReserveOperation;
import org.carbonsim.core.registry.Registry;
import org.carbonsim.core.scenario.Scenario;

/**
 * The year's allocation, for each year of a run in turn: as the year opens, the enterprises it covers,
 * their allocation table from expected output, the allowances issued by it ({@link YearIssuance}) with
 * the year's auction plan, and the compliance rules of the year's credit supply (its offset rule and
 * the desk that settles it); at verification the true-up from actual output; at the year's end the
 * cancellation of what is left unissued. Not thread-safe.
 */
final class YearAllocation {
    private final Scenario scenario;
    private final Economy economy;
    private final CoverageDecider coverageDecider;
    private final Allocator allocator;
    private final CreditSupply creditSupply;
    private final Registry registry;
    private final GovernmentAccounts accounts;
    /** Each enterprise's registry account, opened on first use. */
    private final ToIntFunction<String> accountOf;

    private int year;
    private List<CoverageRecord> coverage;
    private Map<String, CoverageRecord> coverageById;
    private AllocationTable table;
    private YearIssuance issuance;
    private AuctionPlan auctionPlan;
    private OffsetRule offsetRule;
    private ComplianceDesk desk;

    YearAllocation(
            Scenario scenario,
            Economy economy,
            CoverageDecider coverageDecider,
            Allocator allocator,
            CreditSupply creditSupply,
            Registry registry,
            GovernmentAccounts accounts,
            ToIntFunction<String> accountOf) {
        this.scenario = scenario;
        this.economy = economy;
        this.coverageDecider = coverageDecider;
        this.allocator = allocator;
        this.creditSupply = creditSupply;
        this.registry = registry;
        this.accounts = accounts;
        this.accountOf = accountOf;
    }

    /**
     * Opens {@code year}: decides its coverage, allocates from expected output, issues what the year
     * opens with and plans its auctions over {@code tradingDays} with {@code lastReserveOperation}
     * ({@code null} if none), and opens the year's credit supply.
     */
    void open(int year, int tradingDays, ReserveOperation lastReserveOperation) {
        this.year = year;
        coverage = coverageDecider.decide(year, economy.enterprises(), economy);
        // looked up by id only, never iterated: sized for every record at once
        coverageById = new HashMap<>(YearPlans.capacityFor(coverage.size()));
        for (CoverageRecord record : coverage) {
            coverageById.put(record.enterpriseId(), record);
        }
        table = allocator.allocate(year, coverage, economy, economy::expectedYear);
        issuance = new YearIssuance(registry, accounts, year, accountOf);
        auctionPlan = issuance.open(table, scenario.policy().auctions(), tradingDays, lastReserveOperation);
        ComplianceRules yearRules = creditSupply.open(year, scenario.compliance());
        offsetRule = new OffsetRule(yearRules);
        desk = new ComplianceDesk(yearRules, creditSupply::market);
    }

    /**
     * The true-up at verification: allocates from actual output and issues or withdraws each
     * enterprise's allocation to it; returns each covered enterprise's final allocation, t, in id
     * order (the true-ups'), so that the offset plan's caps read it as it is ({@link ByIdTotals}).
     */
    Map<String, Long> trueUp() {
        AllocationTable finalTable = allocator.allocate(year, coverage, economy, economy);
        List<TrueUp> trueUps = issuance.trueUp(finalTable);
        Map<String, Long> finalAllocation = new LinkedHashMap<>(YearPlans.capacityFor(trueUps.size()));
        for (TrueUp trueUp : trueUps) {
            finalAllocation.put(trueUp.enterpriseId(), trueUp.finalAllocationTonnes());
        }
        return finalAllocation;
    }

    /** The year's end: cancels what the new-entrant reserve and the auction account still hold. */
    void close() {
        issuance.close();
    }

    /** The tonnes held back from each enterprise's issuance this year to settle its debt, by id. */
    Map<String, Long> withheld() {
        return issuance.withheld();
    }

    /** Each enterprise's coverage decision of the year, by id. */
    Map<String, CoverageRecord> coverage() {
        return coverageById;
    }

    /** The year's allocation table from expected output. */
    AllocationTable table() {
        return table;
    }

    AuctionPlan auctionPlan() {
        return auctionPlan;
    }

    OffsetRule offsetRule() {
        return offsetRule;
    }

    /** The desk that settles the year's compliance, on the year's offset supply. */
    ComplianceDesk desk() {
        return desk;
    }
}

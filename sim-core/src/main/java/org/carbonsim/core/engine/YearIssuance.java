package org.carbonsim.core.engine;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToIntFunction;
import org.carbonsim.core.allocation.AllocationLine;
import org.carbonsim.core.allocation.AllocationTable;
import org.carbonsim.core.allocation.TrueUp;
import org.carbonsim.core.policy.AuctionPlan;
import org.carbonsim.core.policy.AuctionSchedule;
import org.carbonsim.core.policy.ReserveOperation;
import org.carbonsim.core.registry.Registry;
import org.carbonsim.core.registry.TransferReason;

/**
 * A year's issuance of allowances into the registry. When the year opens: the new-entrant reserve
 * into its account, each covered enterprise's pre-allocation (a new entrant's moved from the reserve
 * while it lasts), the government reserve share, and the auction volume, adjusted by the stability
 * reserve's operation at the end of the year before, into the auction account. At the true-up: each
 * enterprise's allocation issued up or withdrawn down to its final amount, a new entrant's again from
 * the reserve while it lasts. At the year's end: what the new-entrant reserve and the auction account
 * still hold is cancelled. Every allowance is issued bankable. Not thread-safe.
 */
final class YearIssuance {
    private final Registry registry;
    private final GovernmentAccounts accounts;
    private final int year;
    /** Each enterprise's registry account, opened on first use. */
    private final ToIntFunction<String> accountOf;

    /** Each enterprise's pre-allocation, by id: looked up at the true-up, never read in order. */
    private Map<String, Long> preAllocated = Map.of();

    private final Set<String> newEntrants = new HashSet<>();
    /** Tonnes held back from each enterprise's issuance to settle what it owed, by id. */
    private final Map<String, Long> withheld = new TreeMap<>();

    /** The issuance of {@code year} into {@code registry}, to the enterprises' accounts by {@code accountOf}. */
    YearIssuance(Registry registry, GovernmentAccounts accounts, int year, ToIntFunction<String> accountOf) {
        this.registry = registry;
        this.accounts = accounts;
        this.year = year;
        this.accountOf = accountOf;
    }

    /**
     * Issues what the year opens with by {@code table}, and returns the year's auction plan: over
     * {@code tradingDays} by {@code auctions}, of the table's auction volume plus the release of
     * {@code lastReserveOperation} ({@code null} in the first year), less its intake; no plan when
     * the scenario holds no auctions.
     */
    AuctionPlan open(
            AllocationTable table, AuctionSchedule auctions, int tradingDays, ReserveOperation lastReserveOperation) {
        if (table.newEntrantReserveTonnes() > 0) {
            registry.issue(
                    accounts.newEntrantReserve(), table.newEntrantReserveTonnes(), year, true, TransferReason.ISSUANCE);
        }
        preAllocated = new HashMap<>(YearPlans.capacityFor(table.lines().size()));
        for (AllocationLine line : table.lines()) {
            int account = accountOf.applyAsInt(line.enterpriseId());
            if (line.newEntrant()) {
                newEntrants.add(line.enterpriseId());
                allocate(line.enterpriseId(), account, line.preAllocationTonnes(), TransferReason.ISSUANCE);
            } else {
                issue(line.enterpriseId(), account, line.preAllocationTonnes(), TransferReason.ISSUANCE);
            }
            preAllocated.put(line.enterpriseId(), line.preAllocationTonnes());
        }
        registry.issue(accounts.reserve(), table.governmentReserveTonnes(), year, true, TransferReason.ISSUANCE);
        long volume = table.auctionTonnes();
        long intake = 0;
        if (lastReserveOperation != null) {
            volume = Math.addExact(volume, lastReserveOperation.releaseTonnes());
            intake = Math.min(lastReserveOperation.intakeTonnes(), volume);
        }
        if (auctions.days().isEmpty()) {
            return new AuctionPlan(List.of());
        }
        AuctionPlan plan = AuctionPlan.of(auctions, tradingDays, volume, intake);
        registry.issue(accounts.auction(), plan.totalTonnes(), year, true, TransferReason.ISSUANCE);
        return plan;
    }

    /**
     * Trues the allocation up to {@code finalTable}, from verified output, against what was
     * pre-allocated; returns the true-ups, each with its enterprise's final allocation.
     */
    List<TrueUp> trueUp(AllocationTable finalTable) {
        List<TrueUp> trueUps = finalTable.trueUps(preAllocated);
        for (TrueUp trueUp : trueUps) {
            int account = accountOf.applyAsInt(trueUp.enterpriseId());
            if (trueUp.issueTonnes() > 0 && newEntrants.contains(trueUp.enterpriseId())) {
                allocate(trueUp.enterpriseId(), account, trueUp.issueTonnes(), TransferReason.TRUE_UP);
            } else if (trueUp.issueTonnes() > 0) {
                issue(trueUp.enterpriseId(), account, trueUp.issueTonnes(), TransferReason.TRUE_UP);
            } else if (trueUp.withdrawTonnes() > 0) {
                registry.withdraw(account, trueUp.withdrawTonnes());
            }
        }
        return trueUps;
    }

    /** The year's end: what the new-entrant reserve and the auction account still hold is cancelled. */
    void close() {
        cancelAll(accounts.newEntrantReserve());
        cancelAll(accounts.auction());
    }

    /**
     * The tonnes held back this year from each enterprise's issuance, by id, to settle what it owed
     * the registry: a penalty's or a misreport's deduction, borrowed tonnes, an over-allocation it
     * could not give back; enterprises with nothing held back are absent.
     */
    Map<String, Long> withheld() {
        return Map.copyOf(withheld);
    }

    /**
     * A new entrant's allocation: moved from the new-entrant reserve while it lasts, the rest
     * issued ({@code reason}) when verified output earns more than the reserve still holds.
     */
    private void allocate(String enterpriseId, int account, long tonnes, TransferReason reason) {
        long fromReserve = Math.min(tonnes, registry.holdingTonnes(accounts.newEntrantReserve()));
        if (fromReserve > 0) {
            registry.transfer(accounts.newEntrantReserve(), account, fromReserve, TransferReason.ALLOCATION);
        }
        if (tonnes > fromReserve) {
            issue(enterpriseId, account, tonnes - fromReserve, reason);
        }
    }

    /** Issues {@code tonnes} of the year to an enterprise's account, noting what its debt held back. */
    private void issue(String enterpriseId, int account, long tonnes, TransferReason reason) {
        long credited = registry.issue(account, tonnes, year, true, reason);
        if (credited < tonnes) {
            withheld.merge(enterpriseId, tonnes - credited, Long::sum);
        }
    }

    private void cancelAll(int account) {
        long left = registry.holdingTonnes(account);
        if (left > 0) {
            registry.cancel(account, left, Integer.MAX_VALUE, TransferReason.CANCELLATION);
        }
    }
}

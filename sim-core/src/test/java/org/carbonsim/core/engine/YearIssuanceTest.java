package org.carbonsim.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.carbonsim.core.allocation.AllocationLine;
import org.carbonsim.core.allocation.AllocationTable;
import org.carbonsim.core.policy.AuctionPlan;
import org.carbonsim.core.policy.AuctionSchedule;
import org.carbonsim.core.policy.ReserveOperation;
import org.carbonsim.core.registry.AccountKind;
import org.carbonsim.core.registry.Registry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A year's issuance: what the year opens with, the true-up, and what its end cancels. */
class YearIssuanceTest {
    private static final int YEAR = 2024;
    private static final AuctionSchedule TWO_AUCTIONS = new AuctionSchedule(List.of(10, 20), 0, false);

    private final Registry registry = new Registry(YEAR, 0);
    private final GovernmentAccounts government = new GovernmentAccounts(
            registry.openAccount(AccountKind.GOVERNMENT_RESERVE, "government"),
            registry.openAccount(AccountKind.AUCTION, "auction"),
            registry.openAccount(AccountKind.NEW_ENTRANT_RESERVE, "new-entrant reserve"));
    private final Map<String, Integer> accounts = Map.of(
            "cement-1", registry.openAccount(AccountKind.ENTERPRISE, "cement-1"),
            "steel-9", registry.openAccount(AccountKind.ENTERPRISE, "steel-9"));
    private final YearIssuance issuance = new YearIssuance(registry, government, YEAR, accounts::get);

    @Test
    void opensWithPreAllocationReservesAndTheAuctionVolume() {
        AuctionPlan plan = issuance.open(table(800, 1_000, 60, 80), TWO_AUCTIONS, 242, null);
        assertEquals(300, plan.totalTonnes());
        assertEquals(800, holding("cement-1"));
        assertEquals(60, holding("steel-9"));
        assertEquals(40, registry.holdingTonnes(government.newEntrantReserve()));
        assertEquals(50, registry.holdingTonnes(government.reserve()));
        assertEquals(300, registry.holdingTonnes(government.auction()));
    }

    /** Last year's reserve operation releases into, or takes in from, this year's 300 t auction volume. */
    @ParameterizedTest
    @CsvSource({"0, 20, 320", "70, 0, 230"})
    void theStabilityReservesOperationMovesTheAuctionVolume(long intakeTonnes, long releaseTonnes, long auctioned) {
        ReserveOperation last = new ReserveOperation(0, intakeTonnes, releaseTonnes, intakeTonnes);
        AuctionPlan plan = issuance.open(table(800, 1_000, 60, 80), TWO_AUCTIONS, 242, last);
        assertEquals(auctioned, plan.totalTonnes());
        assertEquals(auctioned, registry.holdingTonnes(government.auction()));
    }

    @Test
    void withoutAuctionDaysNothingGoesToTheAuctionAccount() {
        AuctionPlan plan =
                issuance.open(table(800, 1_000, 60, 80), new AuctionSchedule(List.of(), 0, false), 242, null);
        assertEquals(0, plan.totalTonnes());
        assertEquals(0, registry.holdingTonnes(government.auction()));
    }

    @Test
    void trueUpWithdrawsFromIncumbentsAndGivesNewEntrantsTheReserveFirst() {
        issuance.open(table(800, 1_000, 60, 80), TWO_AUCTIONS, 242, null);
        long issuedBefore = registry.issuedTonnes();
        issuance.trueUp(table(800, 700, 60, 150));
        assertEquals(700, holding("cement-1"));
        assertEquals(150, holding("steel-9"));
        assertEquals(0, registry.holdingTonnes(government.newEntrantReserve()));
        // 90 t more for the new entrant: 40 t from the reserve, 50 t issued
        assertEquals(issuedBefore + 50, registry.issuedTonnes());
    }

    @Test
    void theYearsEndCancelsWhatTheReserveAndTheAuctionAccountStillHold() {
        issuance.open(table(800, 1_000, 60, 80), TWO_AUCTIONS, 242, null);
        issuance.close();
        assertEquals(0, registry.holdingTonnes(government.newEntrantReserve()));
        assertEquals(0, registry.holdingTonnes(government.auction()));
        assertEquals(40 + 300, registry.cancelledTonnes());
        assertEquals(50, registry.holdingTonnes(government.reserve()));
    }

    /** An incumbent and a new entrant, with a 100 t new-entrant reserve, 50 t government reserve, 300 t to auction. */
    private static AllocationTable table(long cementPre, long cementFinal, long steelPre, long steelFinal) {
        return new AllocationTable(
                YEAR,
                10_000,
                50,
                100,
                300,
                0,
                1,
                1,
                List.of(line("cement-1", false, cementPre, cementFinal), line("steel-9", true, steelPre, steelFinal)),
                List.of());
    }

    private static AllocationLine line(String id, boolean newEntrant, long preTonnes, long finalTonnes) {
        return new AllocationLine(id, "sector", "benchmark", newEntrant, 1, 1, 1, 1, 1, preTonnes, finalTonnes, 0);
    }

    private long holding(String id) {
        return registry.holdingTonnes(accounts.get(id));
    }
}

package org.carbonsim.core.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random sequences of issuance, trades, auctions, surrender, cancellation, true-up, withdrawal,
 * borrowing, interventions, penalties and deposits keep the registry's books balanced; an independent tally of the
 * operations' results agrees with the registry's totals.
 */
class RegistryConservationTest {
    static LongStream seeds() {
        return LongStream.rangeClosed(1, 60);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void conservationHoldsOverRandomOperations(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        // even seeds keep every movement, odd seeds a short log or none, so both checks are exercised
        int logCapacity = seed % 2 == 0 ? 100_000 : (int) (seed % 3) * 7;
        Registry registry = new Registry(2020, logCapacity);
        int accounts = 2 + random.nextInt(6);
        for (int i = 0; i < accounts; i++) {
            registry.openAccount(i % 3 == 0 ? AccountKind.TRADER : AccountKind.ENTERPRISE, "a" + i);
        }
        int auction = registry.openAccount(AccountKind.AUCTION, "auction");
        long created = 0;
        long destroyed = 0;
        long cash = 0;
        for (int step = 0; step < 2_000; step++) {
            int a = random.nextInt(accounts);
            int b = random.nextInt(accounts);
            int vintage = 2020 + random.nextInt(6);
            long tonnes = random.nextInt(500);
            switch (random.nextInt(12)) {
                case 0 -> created += registry.issue(a, tonnes, vintage, random.nextBoolean(), TransferReason.ISSUANCE);
                case 1 -> created += registry.issue(a, tonnes, vintage, true, TransferReason.TRUE_UP);
                case 2 -> {
                    if (a != b) {
                        registry.settleTrade(
                                a, b, tonnes, random.nextInt(10_000), random.nextInt(50), random.nextInt(50));
                    }
                }
                case 3 -> destroyed += registry.surrender(a, tonnes, vintage);
                case 4 -> destroyed += registry.cancel(a, tonnes, vintage, TransferReason.CANCELLATION);
                case 5 -> destroyed += registry.withdraw(a, tonnes);
                case 6 -> {
                    registry.pay(a, random.nextInt(100_000), CashReason.PENALTY);
                    registry.addDebt(a, random.nextInt(100));
                }
                case 7 -> registry.receive(a, random.nextInt(1_000_000), CashReason.DEPOSIT);
                case 8 -> {
                    created += registry.issue(auction, tonnes, vintage, true, TransferReason.ISSUANCE);
                    registry.settleAuction(auction, a, random.nextInt(300), random.nextInt(5_000));
                }
                case 10 -> {
                    created += registry.issue(auction, tonnes, vintage, false, TransferReason.ISSUANCE);
                    if (random.nextBoolean()) {
                        registry.settleInterventionSale(auction, a, random.nextInt(300), random.nextInt(5_000));
                    } else {
                        registry.settleBuyBack(auction, a, random.nextInt(300), random.nextInt(5_000));
                    }
                }
                case 9 -> {
                    created += registry.issue(a, tonnes, vintage + 1, true, TransferReason.BORROWING);
                    registry.addDebt(a, tonnes);
                }
                default -> destroyed += registry.cancelNonBankable(vintage);
            }
            if (step % 100 == 0) {
                List<String> problems = registry.checkConservation();
                assertTrue(problems.isEmpty(), "seed=" + seed + " step=" + step + ": " + problems);
            }
        }
        for (int i = 0; i <= accounts; i++) {
            cash += registry.cashFen(i);
        }
        List<String> problems = registry.checkConservation();
        assertTrue(problems.isEmpty(), "seed=" + seed + ": " + problems);
        assertEquals(created, registry.issuedTonnes(), "seed=" + seed + ": issued");
        assertEquals(
                destroyed, registry.surrenderedTonnes() + registry.cancelledTonnes(), "seed=" + seed + ": destroyed");
        assertEquals(created - destroyed, registry.totalHoldingTonnes(), "seed=" + seed + ": holdings");
        long external = 0;
        for (CashReason reason : CashReason.values()) {
            external += registry.externalFen(reason);
        }
        assertEquals(external, cash, "seed=" + seed + ": cash");
        assertEquals(0, registry.externalFen(CashReason.TRADE), "seed=" + seed + ": trades create no cash");
    }
}

package org.carbonsim.core.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A trade that funds its buyer ({@link Registry#settleTrade(int, int, long, long, long, long, boolean)})
 * first brings in as a deposit what the buyer lacks for the price and its fee, then settles as a plain
 * trade: the same movements, in the same order, as a deposit of the shortfall followed by {@link
 * Registry#settleTrade(int, int, long, long, long, long)}.
 */
class FundedTradeTest {
    static LongStream seeds() {
        return LongStream.rangeClosed(1, 40);
    }

    private final Registry registry = new Registry(2020, 100);
    private final int firm = registry.openAccount(AccountKind.ENTERPRISE, "firm");
    private final int trader = registry.openAccount(AccountKind.TRADER, "trader");

    @Test
    void theBuyerIsFundedForPriceAndFeeAndTheDepositIsLoggedBeforeTheTrade() {
        registry.issue(firm, 100, 2020, true, TransferReason.ISSUANCE);
        registry.receive(trader, 4_000, CashReason.DEPOSIT);

        // 10 t × 1,000 fen + a 50 fen fee = 10,050 fen due, 4,000 held: 6,050 fen paid in
        assertTrue(registry.settleTrade(trader, firm, 10, 1_000, 50, 50, true));
        assertEquals(4_000 + 6_050, registry.externalFen(CashReason.DEPOSIT));
        assertEquals(0, registry.cashFen(trader));
        assertEquals(10_000 - 50, registry.cashFen(firm));
        List<CashMovement> cash = registry.cashMovements();
        assertEquals(
                List.of(CashReason.DEPOSIT, CashReason.DEPOSIT, CashReason.TRADE, CashReason.FEE, CashReason.FEE),
                cash.stream().map(CashMovement::reason).toList());
        assertEquals(6_050, cash.get(1).fen());
        assertTrue(cash.get(1).sequence() < registry.transfers().get(1).sequence(), "deposit before delivery");

        // enough cash: nothing paid in
        registry.receive(trader, 20_000, CashReason.DEPOSIT);
        assertTrue(registry.settleTrade(trader, firm, 10, 1_000, 50, 50, true));
        assertEquals(4_000 + 6_050 + 20_000, registry.externalFen(CashReason.DEPOSIT));
        assertEquals(List.of(), registry.checkConservation());
    }

    @Test
    void anUnfundedBuyerShortOfCashTradesNothingAndAFailedDeliveryKeepsTheDeposit() {
        registry.issue(firm, 5, 2020, true, TransferReason.ISSUANCE);

        assertFalse(registry.settleTrade(trader, firm, 1, 1_000, 0, 0, false), "no cash and not funded");
        assertEquals(0, registry.externalFen(CashReason.DEPOSIT));
        assertFalse(registry.settleTrade(trader, firm, 6, 1_000, 0, 0, true), "6 t asked, 5 t held");
        assertEquals(6_000, registry.cashFen(trader), "the deposit stands");
        assertEquals(5, registry.holdingTonnes(firm));
        assertEquals(List.of(), registry.checkConservation());
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void aFundedTradeIsADepositOfTheShortfallThenAPlainTrade(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Registry funded = new Registry(2020, 10_000);
        Registry plain = new Registry(2020, 10_000);
        int accounts = 2 + random.nextInt(5);
        for (int i = 0; i < accounts; i++) {
            funded.openAccount(AccountKind.ENTERPRISE, "a" + i);
            plain.openAccount(AccountKind.ENTERPRISE, "a" + i);
        }
        for (int step = 0; step < 1_000; step++) {
            int a = random.nextInt(accounts);
            int b = random.nextInt(accounts);
            long tonnes = random.nextInt(300);
            if (random.nextInt(4) == 0) {
                int vintage = 2020 + random.nextInt(4);
                boolean bankable = random.nextBoolean();
                funded.issue(a, tonnes, vintage, bankable, TransferReason.ISSUANCE);
                plain.issue(a, tonnes, vintage, bankable, TransferReason.ISSUANCE);
            } else if (a != b) {
                long priceFen = random.nextInt(5_000);
                long buyerFee = random.nextInt(60);
                long sellerFee = random.nextInt(60);
                boolean fund = random.nextInt(3) > 0;
                long missing = priceFen * tonnes + buyerFee - plain.cashFen(a);
                if (fund && missing > 0) {
                    plain.receive(a, missing, CashReason.DEPOSIT);
                }
                assertEquals(
                        plain.settleTrade(a, b, tonnes, priceFen, buyerFee, sellerFee),
                        funded.settleTrade(a, b, tonnes, priceFen, buyerFee, sellerFee, fund),
                        "seed=" + seed + " step=" + step);
            }
        }
        assertEquals(plain.transfers(), funded.transfers(), "seed=" + seed);
        assertEquals(plain.cashMovements(), funded.cashMovements(), "seed=" + seed);
        for (int i = 0; i < accounts; i++) {
            assertEquals(plain.cashFen(i), funded.cashFen(i), "seed=" + seed + " account " + i);
            assertEquals(plain.boughtTonnes(i), funded.boughtTonnes(i), "seed=" + seed + " account " + i);
            assertEquals(plain.soldTonnes(i), funded.soldTonnes(i), "seed=" + seed + " account " + i);
        }
        assertEquals(List.of(), funded.checkConservation(), "seed=" + seed);
    }
}

package org.carbonsim.core.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RegistryTest {
    private final Registry registry = new Registry(2020, 1_000);
    private final int firm = registry.openAccount(AccountKind.ENTERPRISE, "HB-CEM-001");
    private final int trader = registry.openAccount(AccountKind.TRADER, "fund");

    @Test
    void tradesDeliverTheOldestVintageFirstAndNonBankableLotsFirstWithinAVintage() {
        registry.issue(firm, 100, 2022, true, TransferReason.ISSUANCE);
        registry.issue(firm, 50, 2021, true, TransferReason.ISSUANCE);
        registry.issue(firm, 30, 2022, false, TransferReason.ISSUANCE);
        registry.receive(trader, 1_000_000, CashReason.DEPOSIT);
        assertTrue(registry.settleTrade(trader, firm, 100, 2_500, 1_250, 1_250));
        assertEquals(0, registry.lotTonnes(firm, 2021, true));
        assertEquals(0, registry.lotTonnes(firm, 2022, false));
        assertEquals(80, registry.lotTonnes(firm, 2022, true));
        assertEquals(50, registry.lotTonnes(trader, 2021, true));
        assertEquals(30, registry.lotTonnes(trader, 2022, false), "the non-bankable flag travels with the lot");
        assertEquals(20, registry.lotTonnes(trader, 2022, true));
        // 100 t × 2,500 fen = 250,000 fen; fees 1,250 each side
        assertEquals(1_000_000 - 250_000 - 1_250, registry.cashFen(trader));
        assertEquals(250_000 - 1_250, registry.cashFen(firm));
        assertEquals(-2_500, registry.externalFen(CashReason.FEE));
        assertEquals(100, registry.soldTonnes(firm));
        assertEquals(100, registry.boughtTonnes(trader));
        assertEquals(-100, registry.netSoldTonnes(trader));
        assertEquals(List.of(), registry.checkConservation());
    }

    @Test
    void anOlderVintageThatArrivesAfterTheOldOnesWereSoldIsStillDeliveredFirst() {
        int other = registry.openAccount(AccountKind.ENTERPRISE, "HB-CEM-002");
        registry.issue(firm, 100, 2021, true, TransferReason.ISSUANCE);
        registry.issue(firm, 100, 2023, true, TransferReason.ISSUANCE);
        registry.issue(other, 50, 2020, false, TransferReason.ISSUANCE);
        registry.receive(trader, 1_000_000, CashReason.DEPOSIT);
        registry.receive(firm, 1_000_000, CashReason.DEPOSIT);
        // the firm's 2021 lot goes and 50 t of its 2023 lot: its deliveries now start at 2023
        assertTrue(registry.settleTrade(trader, firm, 150, 1_000, 0, 0));
        // then it buys 50 t of 2020, older than anything it held
        assertTrue(registry.settleTrade(firm, other, 50, 1_000, 0, 0));
        assertTrue(registry.settleTrade(trader, firm, 60, 1_000, 0, 0));
        assertEquals(50, registry.lotTonnes(trader, 2020, false), "the 2020 lot first");
        assertEquals(60, registry.lotTonnes(trader, 2023, true), "50 t of 2023 before, 10 t now");
        assertEquals(40, registry.lotTonnes(firm, 2023, true));
        assertEquals(0, registry.lotTonnes(firm, 2020, false));
        assertEquals(List.of(), registry.checkConservation());
    }

    @Test
    void aTradeTheBuyerCannotPayForOrTheSellerCannotDeliverChangesNothing() {
        registry.issue(firm, 100, 2022, true, TransferReason.ISSUANCE);
        registry.receive(trader, 10_000, CashReason.DEPOSIT);
        assertFalse(registry.settleTrade(trader, firm, 10, 1_000, 1, 0), "10,001 fen needed, 10,000 held");
        assertFalse(registry.settleTrade(trader, firm, 101, 1, 0, 0), "101 t asked, 100 t held");
        assertEquals(100, registry.holdingTonnes(firm));
        assertEquals(10_000, registry.cashFen(trader));
        assertEquals(0, registry.cashFen(firm));
        assertTrue(registry.settleTrade(trader, firm, 10, 1_000, 0, 0));
    }

    @Test
    void surrenderTakesOnlyVintagesUpToTheYear() {
        registry.issue(firm, 100, 2022, true, TransferReason.ISSUANCE);
        registry.issue(firm, 100, 2023, true, TransferReason.ISSUANCE);
        assertEquals(100, registry.surrender(firm, 150, 2022));
        assertEquals(100, registry.holdingTonnes(firm));
        assertEquals(100, registry.surrenderedTonnes());
        assertEquals(List.of(), registry.checkConservation());
    }

    @Test
    void withdrawalTheHoldingsCannotCoverBecomesADebtNettedFromTheNextIssuance() {
        registry.issue(firm, 500, 2024, true, TransferReason.ISSUANCE);
        registry.issue(firm, 100, 2023, true, TransferReason.ISSUANCE);
        // sold 400 of its 600
        registry.receive(trader, 1_000_000, CashReason.DEPOSIT);
        assertTrue(registry.settleTrade(trader, firm, 400, 10, 0, 0));
        // over-allocated by 300 but holds 200: withdraw 200 now, owe 100
        assertEquals(200, registry.withdraw(firm, 300));
        assertEquals(0, registry.holdingTonnes(firm));
        assertEquals(100, registry.debtTonnes(firm));
        // next year's pre-allocation of 1,000 credits 900
        assertEquals(900, registry.issue(firm, 1_000, 2025, true, TransferReason.ISSUANCE));
        assertEquals(0, registry.debtTonnes(firm));
        assertEquals(100, registry.tonnes(TransferReason.DEBT_NETTING));
        assertEquals(200, registry.tonnes(TransferReason.WITHDRAWAL));
        assertEquals(List.of(), registry.checkConservation());
    }

    @Test
    void withdrawalTakesTheNewestVintageFirst() {
        registry.issue(firm, 100, 2023, true, TransferReason.ISSUANCE);
        registry.issue(firm, 100, 2024, true, TransferReason.ISSUANCE);
        registry.withdraw(firm, 150);
        assertEquals(50, registry.lotTonnes(firm, 2023, true));
        assertEquals(0, registry.lotTonnes(firm, 2024, true));
    }

    @Test
    void nonBankableLotsAreCancelledAtTheYearEndEverywhere() {
        int government = registry.openAccount(AccountKind.GOVERNMENT_RESERVE, "reserve");
        registry.issue(government, 1_000, 2024, false, TransferReason.ISSUANCE);
        registry.receive(trader, 1_000_000, CashReason.DEPOSIT);
        registry.transfer(government, trader, 300, TransferReason.INTERVENTION);
        registry.issue(trader, 50, 2025, false, TransferReason.ISSUANCE);
        assertEquals(1_000, registry.cancelNonBankable(2024));
        assertEquals(50, registry.holdingTonnes(trader), "a later vintage is not cancelled yet");
        assertEquals(1_000, registry.tonnes(TransferReason.BANKING_CANCELLATION));
        assertEquals(300, registry.tonnes(TransferReason.INTERVENTION));
        assertEquals(List.of(), registry.checkConservation());
    }

    @Test
    void auctionsMoveAllowancesAndPayTheGovernment() {
        int auction = registry.openAccount(AccountKind.AUCTION, "auction");
        registry.issue(auction, 1_000, 2024, true, TransferReason.ISSUANCE);
        registry.receive(firm, 50_000, CashReason.DEPOSIT);
        assertTrue(registry.settleAuction(auction, firm, 20, 2_000));
        assertFalse(registry.settleAuction(auction, firm, 10, 2_000), "10,000 fen left, 20,000 needed");
        assertEquals(20, registry.holdingTonnes(firm));
        assertEquals(10_000, registry.cashFen(firm));
        assertEquals(-40_000, registry.externalFen(CashReason.AUCTION_PAYMENT));
        assertEquals(List.of(), registry.checkConservation());
    }

    @Test
    void theLogIsBoundedButTheTotalsStillCheck() {
        Registry small = new Registry(2020, 3);
        int a = small.openAccount(AccountKind.ENTERPRISE, "a");
        for (int i = 1; i <= 10; i++) {
            small.issue(a, i, 2024, true, TransferReason.ISSUANCE);
        }
        List<Transfer> kept = small.transfers();
        assertEquals(3, kept.size());
        assertEquals(List.of(8L, 9L, 10L), kept.stream().map(Transfer::tonnes).toList());
        assertEquals(55, small.issuedTonnes());
        assertEquals(List.of(), small.checkConservation());
        Registry none = new Registry(2020, 0);
        int b = none.openAccount(AccountKind.ENTERPRISE, "b");
        none.issue(b, 5, 2024, true, TransferReason.ISSUANCE);
        assertEquals(List.of(), none.transfers());
        assertEquals(List.of(), none.checkConservation());
    }

    @Test
    void badArgumentsAreRejectedWithClearMessages() {
        assertEquals(
                "vintage 2019 is before the registry's first vintage 2020",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> registry.issue(firm, 1, 2019, true, TransferReason.ISSUANCE))
                        .getMessage());
        assertEquals(
                "TRADE does not create allowances",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> registry.issue(firm, 1, 2024, true, TransferReason.TRADE))
                        .getMessage());
        assertEquals(
                "tonnes must be >= 0, got -1",
                assertThrows(IllegalArgumentException.class, () -> registry.surrender(firm, -1, 2024))
                        .getMessage());
        assertEquals(
                "no account 7",
                assertThrows(IllegalArgumentException.class, () -> registry.holdingTonnes(7))
                        .getMessage());
        assertEquals(
                "account 0 holds 0 t, cannot deliver 5 t",
                assertThrows(
                                IllegalStateException.class,
                                () -> registry.transfer(firm, trader, 5, TransferReason.ALLOCATION))
                        .getMessage());
        assertEquals(
                "TRADE is not a payment out of the system",
                assertThrows(IllegalArgumentException.class, () -> registry.pay(firm, 5, CashReason.TRADE))
                        .getMessage());
    }

    @Test
    void interventionSalesDeliverNonBankableLotsAndBuyBacksPayTheSeller() {
        int government = registry.openAccount(AccountKind.GOVERNMENT_RESERVE, "reserve");
        registry.issue(government, 1_000, 2024, false, TransferReason.ISSUANCE);
        registry.receive(trader, 100_000, CashReason.DEPOSIT);
        assertTrue(registry.settleInterventionSale(government, trader, 40, 2_000));
        assertFalse(registry.settleInterventionSale(government, trader, 20, 2_000), "20,000 fen left, 40,000 needed");
        assertEquals(40, registry.lotTonnes(trader, 2024, false));
        assertEquals(-80_000, registry.externalFen(CashReason.INTERVENTION));
        assertTrue(registry.settleBuyBack(government, trader, 10, 3_000));
        assertFalse(registry.settleBuyBack(government, trader, 31, 3_000));
        assertEquals(30, registry.holdingTonnes(trader));
        assertEquals(20_000 + 30_000, registry.cashFen(trader));
        assertEquals(-50_000, registry.externalFen(CashReason.INTERVENTION));
        assertEquals(List.of(), registry.checkConservation());
    }

    @Test
    void anInterventionSaleThatMayNotBeBankedDeliversEveryLotNonBankable() {
        int government = registry.openAccount(AccountKind.GOVERNMENT_RESERVE, "reserve");
        registry.issue(government, 60, 2024, true, TransferReason.ISSUANCE);
        registry.issue(government, 40, 2023, true, TransferReason.ISSUANCE);
        registry.receive(trader, 100_000, CashReason.DEPOSIT);
        // 50 t, oldest vintage first: the 40 t of 2023, then 10 t of 2024, all arriving non-bankable
        assertTrue(registry.settleInterventionSale(government, trader, 50, 1_000, false));
        assertEquals(40, registry.lotTonnes(trader, 2023, false));
        assertEquals(10, registry.lotTonnes(trader, 2024, false));
        assertEquals(0, registry.lotTonnes(trader, 2024, true));
        List<Transfer> sale = registry.transfers()
                .subList(registry.transfers().size() - 2, registry.transfers().size());
        assertEquals(
                List.of(false, false), sale.stream().map(Transfer::bankable).toList());
        // a sale that may be banked keeps the reserve's lots as they are
        assertTrue(registry.settleInterventionSale(government, trader, 20, 1_000, true));
        assertEquals(20, registry.lotTonnes(trader, 2024, true));
        // the trader's unbankable tonnes are what the end of 2024 cancels
        assertEquals(50, registry.cancelNonBankable(2024));
        assertEquals(20, registry.holdingTonnes(trader));
        assertEquals(List.of(), registry.checkConservation());
    }
}

package org.carbonsim.core.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.carbonsim.core.compliance.BankingRule;
import org.carbonsim.core.compliance.ComplianceDesk;
import org.carbonsim.core.compliance.ComplianceDue;
import org.carbonsim.core.compliance.ComplianceOutcome;
import org.carbonsim.core.compliance.ComplianceRules;
import org.carbonsim.core.compliance.PenaltyModel;
import org.carbonsim.core.registry.AccountKind;
import org.carbonsim.core.registry.CashReason;
import org.carbonsim.core.registry.Registry;
import org.carbonsim.core.registry.TransferReason;
import org.junit.jupiter.api.Test;

/** Pledges and repos, worked by hand: the lock, the loan, the interest, the release and the forfeit. */
class PledgeDeskTest {
    private static final int YEAR = 2024;
    private static final int DAYS = 242;
    private static final long PRICE_FEN = 4_000;
    private static final PledgeRules PLEDGE = new PledgeRules(FinancingKind.PLEDGE, 3_000, 600, 60, 10_000);

    private final Registry registry = new Registry(YEAR, 10_000);
    private final int lender = registry.openAccount(AccountKind.LENDER, "bank");
    private final int firm = registry.openAccount(AccountKind.ENTERPRISE, "F");
    private final int seller = registry.openAccount(AccountKind.ENTERPRISE, "S");

    @Test
    void pledgedAllowancesCannotBeSoldTransferredOrSurrendered() {
        registry.issue(firm, 1_000, YEAR, true, TransferReason.ISSUANCE);
        registry.receive(seller, 10_000_000, CashReason.DEPOSIT);
        assertTrue(registry.lock(firm, 600));
        assertEquals(400, registry.availableTonnes(firm));
        assertFalse(registry.settleTrade(seller, firm, 401, PRICE_FEN, 0, 0), "a trade may not take pledged tonnes");
        assertThrows(IllegalStateException.class, () -> registry.transfer(firm, seller, 401, TransferReason.TRADE));
        assertEquals(400, registry.surrender(firm, 1_000, YEAR), "only the unpledged 400 t are surrendered");
        assertEquals(600, registry.holdingTonnes(firm));
        assertEquals(0, registry.cancel(firm, 600, YEAR, TransferReason.CANCELLATION), "nor cancelled");
        assertFalse(registry.lock(firm, 1), "no allowance is left to lock");
        registry.release(firm, 600);
        assertEquals(600, registry.surrender(firm, 600, YEAR));
        assertEquals(List.of(), registry.checkConservation());
    }

    @Test
    void conservationCatchesALockThatWasNotRecorded() {
        registry.issue(firm, 1_000, YEAR, true, TransferReason.ISSUANCE);
        registry.lock(firm, 300);
        registry.release(firm, 300);
        assertThrows(IllegalStateException.class, () -> registry.release(firm, 1));
        assertEquals(List.of(), registry.checkConservation());
    }

    /**
     * F holds 1,000 t, emits 1,100 t, has no cash and earns 100 CNY a trading day from day 11; a
     * seller offers 100 t at 40 CNY on day 10 only. Without financing F cannot pay on day 10 and is
     * 100 t short at the deadline (day 120). With a pledge (haircut 30%, 6% a year, 60 days): it
     * pledges ceil(400,000 / (4,000 × 0.7)) = 143 t, borrows 143 × 2,800 = 400,400 fen, buys the
     * 100 t for 400,000 fen; on day 70 it owes 400,400 + ceil(400,400 × 6% × 60 / 242) = 400,400 +
     * 5,957 = 406,357 fen, has 400 + 60 × 10,000 = 600,400 fen, repays, the 143 t are released, and at
     * the deadline it surrenders 1,100 t.
     */
    @Test
    void aFirmShortOfCashCompliesByPledgingWhereItWouldOtherwiseFail() {
        assertEquals(100, shortfallAtDeadline(false));
    }

    @Test
    void withThePledgeTheSameFirmComplies() {
        assertEquals(0, shortfallAtDeadline(true));
        assertEquals(694_043, registry.cashFen(firm), "400 + 110 days × 10,000 − 406,357 fen left");
        assertEquals(-5_957, registry.externalFen(CashReason.INTEREST));
        assertEquals(0, registry.externalFen(CashReason.LOAN), "the loan was repaid");
    }

    private long shortfallAtDeadline(boolean pledge) {
        PledgeDesk desk = new PledgeDesk(PLEDGE, registry, lender, DAYS);
        registry.issue(firm, 1_000, YEAR, true, TransferReason.ISSUANCE);
        registry.issue(seller, 100, YEAR, true, TransferReason.ISSUANCE);
        int deadline = 120;
        for (int day = 0; day <= deadline; day++) {
            desk.mature(day, PRICE_FEN);
            if (day > 10) {
                registry.receive(firm, 10_000, CashReason.DEPOSIT);
            }
            if (day == 10) {
                long missing = 100 * PRICE_FEN - registry.cashFen(firm);
                if (pledge) {
                    assertEquals(143, desk.finance(firm, missing, PRICE_FEN, day, deadline));
                    assertEquals(400_400, registry.cashFen(firm));
                    assertEquals(143, registry.lockedTonnes(firm));
                }
                registry.settleTrade(firm, seller, 100, PRICE_FEN, 0, 0);
            }
        }
        FinancingYear year = desk.takeYear();
        assertEquals(pledge ? 143 : 0, year.pledgedTonnes());
        assertEquals(pledge ? 5_957 : 0, year.interestFen());
        assertEquals(0, registry.lockedTonnes(firm), "released by the deadline");
        ComplianceRules rules = ComplianceRules.yearly(
                ComplianceRules.LAST_TRADING_DAY,
                List.of(),
                1,
                new BankingRule.Allowed(),
                0,
                new PenaltyModel.HubeiStyle(2, 15_000_000, 2),
                20);
        ComplianceOutcome outcome = new ComplianceDesk(rules)
                .settle(YEAR, List.of(new ComplianceDue("F", firm, 1_100, 1_000, 0)), registry, PRICE_FEN)
                .outcomes()
                .get(0);
        assertEquals(List.of(), registry.checkConservation());
        return outcome.shortfallTonnes();
    }

    @Test
    void anUnpaidPledgeForfeitsWhatCoversTheDebtAndReleasesTheRest() {
        PledgeDesk desk = new PledgeDesk(PLEDGE, registry, lender, DAYS);
        registry.issue(firm, 1_000, YEAR, true, TransferReason.ISSUANCE);
        desk.finance(firm, 400_000, PRICE_FEN, 0, 200);
        registry.pay(firm, 400_400, CashReason.FEE);
        desk.mature(60, PRICE_FEN);
        // owed 400,400 + ceil(400,400 × 600 × 60 / (10,000 × 242)) = 406,357 fen: ceil(/4,000) = 102 t kept
        assertEquals(102, registry.holdingTonnes(lender));
        assertEquals(898, registry.availableTonnes(firm));
        assertEquals(0, registry.lockedTonnes(firm));
        assertEquals(102, desk.takeYear().forfeitedTonnes());
        assertEquals(List.of(), registry.checkConservation());
    }

    @Test
    void aRepoSellsToTheLenderAndBuysBackWithInterest() {
        PledgeDesk desk =
                new PledgeDesk(new PledgeRules(FinancingKind.REPO, 1_000, 500, 20, 5_000), registry, lender, DAYS);
        registry.issue(firm, 1_000, YEAR, true, TransferReason.ISSUANCE);
        // wants ceil(1,000,000 / 3,600) = 278 t, at most 50% of 1,000: 278 t for 278 × 3,600 = 1,000,800 fen
        assertEquals(278, desk.finance(firm, 1_000_000, PRICE_FEN, 5, 100));
        assertEquals(722, registry.holdingTonnes(firm));
        assertEquals(278, desk.repoOutTonnes(firm));
        registry.receive(firm, 10_000, CashReason.DEPOSIT);
        desk.mature(25, PRICE_FEN);
        // interest ceil(1,000,800 × 500 × 20 / (10,000 × 242)) = ceil(4,135.5) = 4,136 fen
        assertEquals(1_000, registry.holdingTonnes(firm));
        assertEquals(1_010_800 - 1_000_800 - 4_136, registry.cashFen(firm));
        FinancingYear year = desk.takeYear();
        assertEquals(new FinancingYear(0, 278, 1_000_800, 4_136, 0, 1), year);
        assertEquals(List.of(), registry.checkConservation());
    }
}

package org.carbonsim.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.carbonsim.core.allocation.AllocationLine;
import org.carbonsim.core.allocation.AllocationTable;
import org.carbonsim.core.compliance.BankingRule;
import org.carbonsim.core.compliance.ComplianceDesk;
import org.carbonsim.core.compliance.ComplianceDue;
import org.carbonsim.core.compliance.ComplianceOutcome;
import org.carbonsim.core.compliance.ComplianceRules;
import org.carbonsim.core.compliance.PenaltyModel;
import org.carbonsim.core.coverage.CoverageReason;
import org.carbonsim.core.coverage.CoverageRecord;
import org.carbonsim.core.model.Economy;
import org.carbonsim.core.policy.AuctionSchedule;
import org.carbonsim.core.registry.AccountKind;
import org.carbonsim.core.registry.Registry;
import org.carbonsim.core.registry.TransferReason;
import org.carbonsim.core.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * An enterprise's row holds what the banking rule cancelled at the deadline and what was withheld
 * from the year's issuance for an earlier shortfall, so that its bank reconciles from its rows: last
 * year's banked + allocation − deducted + bought − sold − surrendered − cancelled = banked. Worked by
 * hand for the two firms A and B of {@link TestScenarios#twoFirms}, at CNY 40 a tonne.
 */
class EnterpriseRowsTest {
    private static final int YEAR = 2024;
    private static final long PRICE_FEN = 4_000;
    /** Twice the price a tonne short, up to CNY 150,000, and twice the shortfall deducted. */
    private static final PenaltyModel HUBEI = new PenaltyModel.HubeiStyle(2, 15_000_000, 2);

    private final Scenario scenario = TestScenarios.twoFirms(2, 0, "", "", "");
    private final Economy economy = new Economy(scenario.sectors(), scenario.enterprises());
    private final Registry registry = new Registry(YEAR, 0);
    private final AccountBook book = new AccountBook(registry);
    private final GovernmentAccounts government = new GovernmentAccounts(
            open(AccountKind.GOVERNMENT_RESERVE, "government"),
            open(AccountKind.AUCTION, "auction"),
            open(AccountKind.NEW_ENTRANT_RESERVE, "new-entrant reserve"));
    private final Map<String, Integer> accounts =
            Map.of("A", open(AccountKind.ENTERPRISE, "A"), "B", open(AccountKind.ENTERPRISE, "B"));

    @Test
    void aCappedBankCancelsWhatIsOverTheCapAndTheRowSaysSo() {
        // A holds 30,000 t and emits 12,000 t, having sold 4,000 t net: 18,000 t left, of which it
        // may bank 10,000 + 1.5 × 4,000 = 16,000 t; the other 2,000 t are cancelled
        registry.issue(accounts.get("A"), 30_000, YEAR, true, TransferReason.ISSUANCE);
        ComplianceRules capped = ComplianceRules.yearly(
                ComplianceRules.LAST_TRADING_DAY, List.of(), 1, new BankingRule.Capped(10_000, 1.5), 0, HUBEI, 20);
        List<ComplianceOutcome> settled = new ComplianceDesk(capped)
                .settle(
                        YEAR,
                        List.of(new ComplianceDue("A", accounts.get("A"), 12_000, 30_000, 4_000)),
                        registry,
                        PRICE_FEN)
                .outcomes();

        EnterpriseResult a = rowOf("A", rows(YEAR, Map.of("A", 30_000L), Map.of(), settled));
        assertEquals(12_000, a.surrendered());
        assertEquals(16_000, a.banked());
        assertEquals(2_000, a.cancelled(), "18,000 t left − a bank capped at 16,000 t");
        assertEquals(0, a.deducted());
        assertEquals(a.allocation() - a.surrendered() - a.cancelled(), a.banked(), "A's bank from its row");
        assertEquals(a.banked(), registry.holdingTonnes(accounts.get("A")));
        SectorResult industry = SectorResult.sum(
                        YEAR, rows(YEAR, Map.of("A", 30_000L), Map.of(), settled), Map.of(), Map.of())
                .get(0);
        assertEquals(2_000, industry.cancelled());
    }

    @Test
    void aDeductionOfTwiceLastYearsShortfallIsWithheldFromThisYearsIssuance() {
        // 2024: B holds 9,000 t and emits 10,000 t: 1,000 t short, so 2 × 1,000 = 2,000 t are deducted
        registry.issue(accounts.get("B"), 9_000, YEAR, true, TransferReason.ISSUANCE);
        ComplianceRules allowed = ComplianceRules.yearly(
                ComplianceRules.LAST_TRADING_DAY, List.of(), 1, new BankingRule.Allowed(), 0, HUBEI, 20);
        List<ComplianceOutcome> settled = new ComplianceDesk(allowed)
                .settle(YEAR, List.of(new ComplianceDue("B", accounts.get("B"), 10_000, 9_000, 0)), registry, PRICE_FEN)
                .outcomes();
        EnterpriseResult short2024 = rowOf("B", rows(YEAR, Map.of("B", 9_000L), Map.of(), settled));
        assertEquals(1_000, short2024.shortfall());
        assertEquals(0, short2024.banked());

        // 2025: B is allocated 9,500 t, 1,500 t of it at the opening and 8,000 t at the true-up; the
        // 2,000 t it owes are held back from the first 1,500 t and then from the true-up's 8,000 t
        YearIssuance issuance = new YearIssuance(registry, government, YEAR + 1, accounts::get);
        issuance.open(table(YEAR + 1, 1_500), new AuctionSchedule(List.of(), 0, false), 242, null);
        issuance.trueUp(table(YEAR + 1, 9_500));
        assertEquals(Map.of("B", 2_000L), issuance.withheld());

        EnterpriseResult b = rowOf("B", rows(YEAR + 1, Map.of("B", 9_500L), issuance.withheld(), List.of()));
        assertEquals(9_500, b.allocation(), "allocation_t counts the tonnes withheld");
        assertEquals(2 * short2024.shortfall(), b.deducted(), "deductionMultiple 2 × last year's 1,000 t short");
        assertEquals(
                short2024.banked() + b.allocation() - b.deducted(),
                registry.holdingTonnes(accounts.get("B")),
                "B's holding from its rows: 0 + 9,500 − 2,000");
        assertEquals(
                2_000,
                SectorResult.sum(
                                YEAR + 1,
                                rows(YEAR + 1, Map.of("B", 9_500L), issuance.withheld(), List.of()),
                                Map.of(),
                                Map.of())
                        .get(0)
                        .deducted());
    }

    /** The rows of {@code year}, A and B covered, with their final allocation, withheld tonnes and outcomes. */
    private List<EnterpriseResult> rows(
            int year, Map<String, Long> finalAllocation, Map<String, Long> withheld, List<ComplianceOutcome> settled) {
        Map<String, CoverageRecord> coverage = new HashMap<>();
        for (String id : List.of("A", "B")) {
            coverage.put(
                    id,
                    new CoverageRecord(
                            id, "industry", year, CoverageReason.ABOVE_THRESHOLD_IN_LOOKBACK, year - 1, 0, false));
        }
        Map<String, ComplianceOutcome> outcomes = new HashMap<>();
        for (ComplianceOutcome outcome : settled) {
            outcomes.put(outcome.enterpriseId(), outcome);
        }
        return EnterpriseRows.of(
                        year,
                        economy,
                        coverage,
                        Map.of(),
                        finalAllocation,
                        withheld,
                        outcomes,
                        Map.of(),
                        Map.of(),
                        accounts,
                        book)
                .rows();
    }

    private static EnterpriseResult rowOf(String id, List<EnterpriseResult> rows) {
        return rows.stream()
                .filter(r -> r.enterpriseId().equals(id))
                .findFirst()
                .orElseThrow();
    }

    /** B alone, an incumbent allocated {@code bTonnes}, and nothing for the reserves or auctions. */
    private static AllocationTable table(int year, long bTonnes) {
        return new AllocationTable(
                year,
                100_000,
                0,
                0,
                0,
                0,
                1,
                1,
                List.of(new AllocationLine("B", "industry", "benchmark", false, 1, 1, 1, 1, 1, bTonnes, bTonnes, 0)),
                List.of());
    }

    private int open(AccountKind kind, String name) {
        int account = registry.openAccount(kind, name);
        book.opened(account, name);
        return account;
    }
}

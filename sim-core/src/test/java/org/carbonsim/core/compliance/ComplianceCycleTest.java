package org.carbonsim.core.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.carbonsim.core.registry.AccountKind;
import org.carbonsim.core.registry.Registry;
import org.carbonsim.core.registry.Transfer;
import org.carbonsim.core.registry.TransferReason;
import org.junit.jupiter.api.Test;

/** Two-year compliance cycles settled by hand: the surrender schedule by year and vintage, borrowing, the burden cap. */
class ComplianceCycleTest {
    private static final long PRICE = 4_000; // CNY 40 a tonne
    private static final PenaltyModel NATIONAL = new PenaltyModel.NationalStyle(5, 1);

    private final Registry registry = new Registry(2020, 10_000);
    private final int firm = registry.openAccount(AccountKind.ENTERPRISE, "A");

    private static ComplianceCycle cycle(boolean within, double borrowingShare) {
        return new ComplianceCycle(2021, 2022, within, new BankingRule.Allowed(), borrowingShare, Optional.empty());
    }

    private ComplianceOutcome settle(ComplianceCycle cycle, long emissions2021, long emissions2022) {
        registry.issue(firm, 100, 2021, true, TransferReason.ISSUANCE);
        registry.issue(firm, 120, 2022, true, TransferReason.ISSUANCE);
        ComplianceRules rules = ComplianceRules.yearly(
                ComplianceRules.LAST_TRADING_DAY, List.of(), 1, new BankingRule.Allowed(), 0, NATIONAL, 20);
        CycleDue due = new CycleDue(
                "A",
                firm,
                List.of(
                        new YearObligation(2021, emissions2021, 100, emissions2021),
                        new YearObligation(2022, emissions2022, 120, emissions2022)),
                0);
        ComplianceYear year = new ComplianceDesk(rules).settleCycle(cycle, List.of(due), registry, PRICE, PRICE);
        assertEquals(List.of(), registry.checkConservation());
        return year.outcomes().get(0);
    }

    /** Surrenders as "tonnes@vintage", in order. */
    private List<String> surrenders() {
        List<String> list = new ArrayList<>();
        for (Transfer t : registry.transfers()) {
            if (t.reason() == TransferReason.SURRENDER) {
                list.add(t.tonnes() + "@" + t.vintage());
            }
        }
        return list;
    }

    @Test
    void theLaterYearsAllocationMeetsTheEarlierYearsGapWithinTheCycle() {
        // 2021 owes 130: its 100 and 30 of 2022's; 2022 owes 80 of the 90 left; 10 banked
        ComplianceOutcome outcome = settle(cycle(true, 0), 130, 80);
        assertEquals(List.of("100@2021", "30@2022", "80@2022"), surrenders());
        assertEquals(new ComplianceOutcome("A", 210, 210, Map.of(), 0, 0, 0, 0, 0, 10, 0), outcome);
        assertEquals(10, registry.holdingTonnes(firm, 2022));
    }

    @Test
    void withoutBorrowingWithinTheCycleEachYearUsesOnlyItsOwnAndOlderVintages() {
        // 2021 owes 130 from vintages up to 2021: 100, 30 short; 2022 owes 80 of its 120; 40 banked
        ComplianceOutcome outcome = settle(cycle(false, 0), 130, 80);
        assertEquals(List.of("100@2021", "80@2022"), surrenders());
        // fine 5 × 4,000 fen × 30 t = 600,000 fen; 30 t deducted next year
        assertEquals(new ComplianceOutcome("A", 210, 180, Map.of(), 0, 0, 30, 600_000, 30, 40, 0), outcome);
    }

    @Test
    void borrowingFromTheYearAfterTheCycleCoversPartOfTheCyclesGap() {
        // owes 130 + 130 = 260 against 220 held: 100@2021, 30@2022, 90@2022, 40 t missing;
        // borrowing 10% × 260 = 26 t of 2023's allocation, owed back; 14 t short
        ComplianceOutcome outcome = settle(cycle(true, 0.1), 130, 130);
        assertEquals(List.of("100@2021", "30@2022", "90@2022", "26@2023"), surrenders());
        assertEquals(new ComplianceOutcome("A", 260, 220, Map.of(), 0, 26, 14, 280_000, 14, 0, 0), outcome);
        assertEquals(26 + 14, registry.debtTonnes(firm));
    }

    @Test
    void theBurdenCapLimitsGasUnitsToTheirAllocationAndOthersToAllocationPlusAShareOfEmissions() {
        BurdenCap cap = new BurdenCap(0.2, List.of("gas"));
        assertEquals(800, cap.obligationTonnes("gas", 1_000, 800));
        assertEquals(900, cap.obligationTonnes("coal", 1_000, 700)); // 700 + 20% × 1,000
        assertEquals(1_000, cap.obligationTonnes("coal", 1_000, 850)); // 850 + 200 > 1,000: owes its emissions
        assertEquals(500, cap.obligationTonnes("gas", 500, 800));
    }

    @Test
    void aYearOutsideTheDeclaredCyclesIsACycleOfItsOwnUnderTheSchemesRules() {
        ComplianceCycle declared = cycle(true, 0);
        ComplianceRules rules = new ComplianceRules(
                ComplianceRules.LAST_TRADING_DAY,
                List.of(),
                1,
                new BankingRule.Forbidden(),
                0.5,
                NATIONAL,
                20,
                0.05,
                false,
                List.of(declared));
        assertEquals(declared, rules.cycleOf(2022));
        assertEquals(ComplianceCycle.annual(2023, new BankingRule.Forbidden(), 0.5), rules.cycleOf(2023));
    }

    @Test
    void overlappingCyclesAreRefused() {
        ComplianceCycle second = new ComplianceCycle(2022, 2023, true, new BankingRule.Allowed(), 0, Optional.empty());
        assertThrows(
                IllegalArgumentException.class,
                () -> new ComplianceRules(
                        ComplianceRules.LAST_TRADING_DAY,
                        List.of(),
                        1,
                        new BankingRule.Allowed(),
                        0,
                        NATIONAL,
                        20,
                        0.05,
                        false,
                        List.of(cycle(true, 0), second)));
    }
}

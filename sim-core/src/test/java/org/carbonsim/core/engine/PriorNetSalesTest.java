package org.carbonsim.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.carbonsim.core.allocation.AllocationLine;
import org.carbonsim.core.compliance.BankingRule;
import org.carbonsim.core.compliance.ComplianceCycle;
import org.carbonsim.core.compliance.YearObligation;
import org.junit.jupiter.api.Test;

/**
 * The net sales a capped banking rule counts from a year: the prior shared by expected surplus, and
 * the run's cycles carried from one to the next.
 */
class PriorNetSalesTest {
    private static AllocationLine line(String id, long allocationTonnes, long bauEmissionsTonnes) {
        return new AllocationLine(
                id, "power", "benchmark", false, 1, 1, 1, 1, 1, 0, allocationTonnes, bauEmissionsTonnes);
    }

    private static final List<AllocationLine> LINES =
            List.of(line("A", 1_300, 1_000), line("B", 900, 1_000), line("C", 1_100, 1_000));

    @Test
    void thePriorIsSharedByExpectedSurplusAndAShortFirmGetsNone() {
        // surpluses 300, -100 (none) and 100: 1,000 t go 750 and 250
        BankingRule rule = new BankingRule.Capped(10_000, 1.5, 2019, 1_000);
        assertEquals(Map.of("A", 750L, "C", 250L), PriorNetSales.shares(rule, LINES));
    }

    @Test
    void theTonneTheRoundingLeavesGoesToTheLargestRemainder() {
        // 1,001 × 300/400 = 750.75 and 1,001 × 100/400 = 250.25: 750 and 250, and the tonne left to A
        BankingRule rule = new BankingRule.Capped(10_000, 1.5, 2019, 1_001);
        assertEquals(Map.of("A", 751L, "C", 250L), PriorNetSales.shares(rule, LINES));
    }

    @Test
    void noPriorWithoutOneOrWithoutALongFirm() {
        assertEquals(Map.of(), PriorNetSales.shares(new BankingRule.Capped(10_000, 1.5), LINES));
        assertEquals(Map.of(), PriorNetSales.shares(new BankingRule.Allowed(), LINES));
        BankingRule rule = new BankingRule.Capped(10_000, 1.5, 2019, 1_000);
        assertEquals(Map.of(), PriorNetSales.shares(rule, List.of(line("B", 900, 1_000))));
    }

    @Test
    void aRuleWithPriorSalesNeedsTheYearTheyCountFrom() {
        assertThrows(IllegalArgumentException.class, () -> new BankingRule.Capped(10_000, 1.5, 0, 5));
        assertThrows(IllegalArgumentException.class, () -> new BankingRule.Capped(10_000, 1.5, 2019, -1));
    }

    private static ComplianceCycle yearCycle(int year, BankingRule banking) {
        return new ComplianceCycle(year, year, false, banking, 0, Optional.empty());
    }

    private static YearObligation owed(int year) {
        return new YearObligation(year, 100, 100, 100);
    }

    @Test
    void netSalesFromAYearCarryOverTheCyclesAndThePrior() {
        BankingRule.Capped rule = new BankingRule.Capped(10_000, 1.5, 2019, 0);
        OpenCycle open = new OpenCycle();
        open.countPriorNetSales(Map.of("A", 700L));
        open.add("A", 1, owed(2024), 200);
        assertEquals(900, open.netSalesTonnes("A"));
        assertEquals(900, open.dues().get(0).netSalesTonnes());
        open.clear(yearCycle(2024, rule));
        open.add("A", 1, owed(2025), -50);
        // 700 before the run, 200 in 2024, 50 bought back in 2025
        assertEquals(850, open.dues().get(0).netSalesTonnes());
        assertEquals(10_000 + 1_275, rule.roomTonnes(open.netSalesTonnes("A")));
    }

    @Test
    void aRuleThatCountsThePeriodOnlyForgetsTheCycleBefore() {
        OpenCycle open = new OpenCycle();
        open.add("A", 1, owed(2024), 200);
        open.clear(yearCycle(2024, new BankingRule.Capped(10_000, 1.5)));
        open.add("A", 1, owed(2025), 30);
        assertEquals(30, open.dues().get(0).netSalesTonnes());
    }

    @Test
    void aCycleBeforeTheYearTheRuleCountsFromIsNotCounted() {
        BankingRule rule = new BankingRule.Capped(10_000, 1.5, 2019, 0);
        OpenCycle open = new OpenCycle();
        open.add("A", 1, owed(2018), 400);
        open.clear(yearCycle(2018, rule));
        open.add("A", 1, owed(2019), 10);
        assertEquals(10, open.dues().get(0).netSalesTonnes());
    }
}

package org.carbonsim.core.offsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.carbonsim.core.compliance.BankingRule;
import org.carbonsim.core.compliance.CapBase;
import org.carbonsim.core.compliance.ComplianceCycle;
import org.carbonsim.core.compliance.ComplianceOutcome;
import org.carbonsim.core.compliance.ComplianceRules;
import org.carbonsim.core.compliance.ComplianceYear;
import org.carbonsim.core.compliance.OffsetKind;
import org.carbonsim.core.compliance.OffsetProgram;
import org.carbonsim.core.compliance.PenaltyModel;
import org.junit.jupiter.api.Test;

class CreditSupplyTest {
    /** CNY 61 a credit rising CNY 10 per Mt sold, from vintage 2013, up to 2% of allocation. */
    private static final OffsetProgram CCER =
            new OffsetProgram("ccer", OffsetKind.CCER, 0, 6_100, 1_000, 2013, 0.02, CapBase.ALLOCATION);

    private static ComplianceRules rules(OffsetProgram... programs) {
        return ComplianceRules.yearly(
                ComplianceRules.LAST_TRADING_DAY,
                List.of(programs),
                1,
                new BankingRule.Allowed(),
                0,
                new PenaltyModel.HubeiStyle(2, 15_000_000, 2),
                20);
    }

    /** The pipeline of scenarios/ccer-relaunch-2024.json. */
    private static OffsetMarkets relaunch() {
        return new OffsetMarkets(
                Optional.of(new CcerPipeline(
                        "ccer",
                        2013,
                        List.of(
                                new ProjectType("forestry", true, 4_000, 20_000, 1, 1, 20, Map.of(2022, 5, 2023, 5), 3),
                                new ProjectType("offshore-wind", true, 5_500, 150_000, 1, 1, 10, Map.of(2023, 2), 1),
                                new ProjectType("solar-thermal", true, 9_000, 100_000, 1, 1, 10, Map.of(2023, 1), 1),
                                new ProjectType("mangroves", true, 12_000, 5_000, 1, 2, 20, Map.of(2022, 4), 0),
                                new ProjectType("large-hydro", false, 2_000, 200_000, 1, 1, 10, Map.of(2021, 2), 0)))),
                Optional.empty());
    }

    private static ComplianceYear used(int year, long tonnes) {
        if (tonnes == 0) {
            return new ComplianceYear(year, List.of());
        }
        return new ComplianceYear(
                year, List.of(new ComplianceOutcome("F", tonnes, 0, Map.of("ccer", tonnes), 0, 0, 0, 0, 0, 0, 0)));
    }

    /**
     * The schedule worked out in scenarios/ccer-relaunch-2024.md. Credits of vintage v are issued in
     * v + 1 (mangroves v + 2) to projects registered (a year after their start) by v. With no CCER
     * sold, the expected price stays at the programme's CNY 61, so forestry (cost 40) and offshore wind
     * (55) start 3 and 1 more projects every year and solar thermal (90) none.
     * <ul>
     *   <li>2024: forestry vintage 2023 from the 5 started in 2022, 5 × 20,000 = 100,000 t; large hydro
     *       2 × 200,000 = 400,000 t, ineligible. Issued 500,000 t, offered 100,000 t.
     *   <li>2025: forestry 10 × 20,000 = 200,000; wind 2 × 150,000 = 300,000; solar 100,000; mangroves
     *       vintage 2023, 4 × 5,000 = 20,000; hydro 400,000. Issued 1,020,000 t; offered 100,000 +
     *       620,000 = 720,000 t.
     *   <li>2026: forestry (5 + 5 + 3 started in 2024) 13 × 20,000 = 260,000; wind (2 + 1) × 150,000 =
     *       450,000; solar 100,000; mangroves 20,000; hydro 400,000. Issued 1,230,000 t; offered 720,000
     *       + 830,000 = 1,550,000 t.
     * </ul>
     */
    @Test
    void theRelaunchPipelineIssuesTheHandWorkedSchedule() {
        CreditSupply supply = new CreditSupply(relaunch(), 1);
        long[] offered = new long[3];
        for (int y = 0; y < 3; y++) {
            ComplianceRules year = supply.open(2024 + y, rules(CCER));
            offered[y] = year.offsets().get(0).supplyTonnesPerYear();
            supply.close(used(2024 + y, 0), Map.of());
        }
        assertEquals(List.of(100_000L, 720_000L, 1_550_000L), List.of(offered[0], offered[1], offered[2]));
        List<OffsetYear> years = supply.years();
        assertEquals(
                List.of(500_000L, 1_020_000L, 1_230_000L),
                years.stream().map(OffsetYear::issuedTonnes).toList());
        assertEquals(
                List.of(
                        new Issuance(2024, "ccer", "forestry", 2023, true, 100_000),
                        new Issuance(2024, "ccer", "large-hydro", 2023, false, 400_000)),
                supply.issuance().subList(0, 2));
        assertEquals(
                new Issuance(2026, "ccer", "offshore-wind", 2025, true, 450_000),
                supply.issuance().stream()
                        .filter(i -> i.year() == 2026 && i.typeId().equals("offshore-wind"))
                        .findFirst()
                        .orElseThrow());
    }

    @Test
    void theYearsRulesKeepEverythingButTheOfferedCredits() {
        ComplianceCycle cycle = new ComplianceCycle(2024, 2025, true, new BankingRule.Allowed(), 0, Optional.empty());
        ComplianceRules scheme = new ComplianceRules(
                ComplianceRules.LAST_TRADING_DAY,
                List.of(CCER),
                1,
                new BankingRule.Allowed(),
                0,
                new PenaltyModel.HubeiStyle(2, 15_000_000, 2),
                20,
                0.08,
                true,
                List.of(cycle));
        ComplianceRules year = new CreditSupply(relaunch(), 1).open(2024, scheme);
        assertEquals(100_000, year.offsets().get(0).supplyTonnesPerYear(), "the 2024 vintage on offer");
        assertEquals(scheme.withOffsets(year.offsets()), year, "only the offers change");
        assertEquals(cycle, year.cycleOf(2025), "a two-year cycle stays one");
    }

    @Test
    void usedCreditsLeaveTheStockAndTheRestCarries() {
        CreditSupply supply = new CreditSupply(relaunch(), 1);
        supply.open(2024, rules(CCER));
        supply.close(used(2024, 60_000), Map.of("ccer", -150L));
        ComplianceRules next = supply.open(2025, rules(CCER));
        // 100,000 - 60,000 carried, plus the 620,000 eligible issued in 2025
        assertEquals(660_000, next.offsets().get(0).supplyTonnesPerYear());
        OffsetYear first = supply.years().get(0);
        assertEquals(60_000, first.usedTonnes());
        assertEquals(40_000, first.carriedTonnes());
        assertEquals(-150, first.allowancePriceEffectFen());
    }

    /**
     * 100,000 t rest as 1,000 lots of 100 t, lot k asked at 6,100 + ⌊1,000 × 100k / 10⁶⌋ = 6,100 + ⌊k
     * / 10⌋ fen. Buying them all costs 100 × (1,000 × 6,100 + 10 × (0 + 1 + … + 99)) = 614,950,000
     * fen; the curve's own integral (614,999,950 fen) differs by less than one lot's slope.
     */
    @Test
    void theDeskSweepsTheCcerBookAlongTheCurve() {
        CcerBook book = new CcerBook(CCER, 100_000);
        assertEquals(614_950_000L, book.buyFen(CCER, 0, 100_000));
        assertEquals(100_000, book.tradedTonnes());
    }

    @Test
    void aResponsiveTypeStartsOnlyWhenTheExpectedPriceCoversItsCost() {
        ProjectType dear = new ProjectType("dear", true, 7_000, 1_000, 0, 0, 5, Map.of(), 2);
        OffsetMarkets markets =
                new OffsetMarkets(Optional.of(new CcerPipeline("ccer", 2013, List.of(dear))), Optional.empty());
        CreditSupply supply = new CreditSupply(markets, 1);
        // expected CNY 61 < cost 70: no start, nothing issued (lags 0: a project issues in its start year)
        assertEquals(0, supply.open(2024, rules(CCER)).offsets().get(0).supplyTonnesPerYear());
        supply.close(used(2024, 0), Map.of());
        OffsetProgram dearer = new OffsetProgram("ccer", OffsetKind.CCER, 0, 7_000, 0, 2013, 0.02, CapBase.ALLOCATION);
        // a programme asking CNY 70 before any sale sets the expectation at the cost: 2 start, 2,000 t
        CreditSupply atCost = new CreditSupply(markets, 1);
        assertEquals(2_000, atCost.open(2024, rules(dearer)).offsets().get(0).supplyTonnesPerYear());
    }

    @Test
    void inclusionCreditsAreThePopulationsShareTimesTheirReduction() {
        OffsetProgram platform =
                new OffsetProgram("ci", OffsetKind.CARBON_INCLUSION, 0, 3_000, 0, 2025, 0.05, CapBase.ALLOCATION);
        InclusionScheme scheme = new InclusionScheme(
                "ci",
                List.of(
                        new InclusionGroup("households", 10_000_000, 0.1, 0, 150, 0),
                        new InclusionGroup("transport", 400_000, 0.5, 0, 500, 0)));
        CreditSupply supply = new CreditSupply(new OffsetMarkets(Optional.empty(), Optional.of(scheme)), 1);
        // 10,000,000 × 0.1 × 150 kg = 150,000 t; 400,000 × 0.5 × 500 kg = 100,000 t
        assertEquals(
                250_000, supply.open(2025, rules(platform)).offsets().get(0).supplyTonnesPerYear());
        supply.close(
                new ComplianceYear(
                        2025,
                        List.of(new ComplianceOutcome("F", 50_000, 0, Map.of("ci", 50_000L), 0, 0, 0, 0, 0, 0, 0))),
                Map.of());
        assertEquals(
                450_000, supply.open(2026, rules(platform)).offsets().get(0).supplyTonnesPerYear());
        OffsetYear first = supply.years().get(0);
        assertEquals(3_000, first.priceFen().getAsLong());
        assertEquals(200_000, first.carriedTonnes());
    }
}

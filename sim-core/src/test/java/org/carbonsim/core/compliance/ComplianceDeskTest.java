package org.carbonsim.core.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.carbonsim.core.registry.AccountKind;
import org.carbonsim.core.registry.CashReason;
import org.carbonsim.core.registry.Registry;
import org.carbonsim.core.registry.TransferReason;
import org.junit.jupiter.api.Test;

class ComplianceDeskTest {
    private static final int YEAR = 2024;
    private static final long PRICE = 4_000; // CNY 40 a tonne
    private static final PenaltyModel HUBEI = new PenaltyModel.HubeiStyle(2, 15_000_000, 2);

    /** 600 t of credits a year at CNY 20, each firm capped at half its emissions. */
    private static final OffsetProgram SCARCE =
            new OffsetProgram("ccer", OffsetKind.CCER, 600, 2_000, 0, 2013, 0.5, CapBase.EMISSIONS);

    private final Registry registry = new Registry(2020, 10_000);
    private final int firm = registry.openAccount(AccountKind.ENTERPRISE, "A");

    private static ComplianceRules rules(
            List<OffsetProgram> offsets, double totalCap, BankingRule banking, double borrowing) {
        return ComplianceRules.yearly(
                ComplianceRules.LAST_TRADING_DAY, offsets, totalCap, banking, borrowing, HUBEI, 20);
    }

    private static OffsetProgram ccer(long priceFen, double capShare, CapBase base) {
        return new OffsetProgram("ccer", OffsetKind.CCER, 1_000_000, priceFen, 0, 2013, capShare, base);
    }

    private ComplianceOutcome settle(
            ComplianceRules rules, long holdings, long emissions, long allocation, long netSales) {
        if (holdings > 0) {
            registry.issue(firm, holdings, YEAR, true, TransferReason.ISSUANCE);
        }
        ComplianceYear year = new ComplianceDesk(rules)
                .settle(YEAR, List.of(new ComplianceDue("A", firm, emissions, allocation, netSales)), registry, PRICE);
        assertEquals(List.of(), registry.checkConservation());
        return year.outcomes().get(0);
    }

    /** Settles {@code dues} together with {@link #SCARCE} credits, banking forbidden, at {@link #PRICE}. */
    private ComplianceYear settleForbidden(ComplianceDue... dues) {
        return new ComplianceDesk(rules(List.of(SCARCE), 1, new BankingRule.Forbidden(), 0))
                .settle(YEAR, List.of(dues), registry, PRICE);
    }

    @Test
    void aShortEnterpriseIsFinedAndOwesTheDeductionNextYear() {
        ComplianceOutcome outcome = settle(rules(List.of(), 1, new BankingRule.Allowed(), 0), 9_000, 10_000, 9_000, 0);
        // shortfall 1,000 t; fine 2 × 4,000 × 1,000 = 8,000,000 fen; deduction 2 × 1,000 = 2,000 t
        assertEquals(new ComplianceOutcome("A", 10_000, 9_000, Map.of(), 0, 0, 1_000, 8_000_000, 2_000, 0, 0), outcome);
        assertEquals(-8_000_000, registry.cashFen(firm));
        assertEquals(2_000, registry.debtTonnes(firm));
        assertEquals(3_000, registry.issue(firm, 5_000, YEAR + 1, true, TransferReason.ISSUANCE));
    }

    @Test
    void allocationBasedOffsetCapLimitsCreditsAndTheyAreBoughtOnlyWhenUseful() {
        // banking forbidden: replacing allowances gains nothing, so credits only fill the gap
        ComplianceRules forbidden =
                rules(List.of(ccer(2_000, 0.10, CapBase.ALLOCATION)), 1, new BankingRule.Forbidden(), 0);
        ComplianceOutcome gap = settle(forbidden, 9_600, 10_000, 5_000, 0);
        // need 400 t; cap 10% × 5,000 = 500 t; 400 credits × 2,000 fen = 800,000 fen
        assertEquals(Map.of("ccer", 400L), gap.offsetsByProgram());
        assertEquals(800_000, gap.offsetCostFen());
        assertEquals(9_600, gap.surrenderedTonnes());
        assertEquals(0, gap.shortfallTonnes());
        assertEquals(-800_000, registry.externalFen(CashReason.OFFSET_PURCHASE));
    }

    @Test
    void emissionsBasedOffsetCapLeavesTheRestShort() {
        ComplianceRules national =
                rules(List.of(ccer(6_000, 0.05, CapBase.EMISSIONS)), 1, new BankingRule.Allowed(), 0);
        ComplianceOutcome outcome = settle(national, 9_000, 10_000, 9_000, 0);
        // cap 5% × 10,000 = 500 t of the 1,000 t gap; the credits cost more than allowances but avoid a fine
        assertEquals(500, outcome.offsetTonnes());
        assertEquals(500, outcome.shortfallTonnes());
        assertEquals(4_000_000, outcome.fineFen()); // 2 × 4,000 × 500
    }

    @Test
    void creditsDearerThanBeingShortAreNotBoughtForTheGap() {
        // a fine of CNY 50 a tonne short and nothing to make good; credits at CNY 60 would cost more
        // than the fine they avoid, credits at CNY 45 less
        ComplianceRules dear = ComplianceRules.yearly(
                ComplianceRules.LAST_TRADING_DAY,
                List.of(ccer(6_000, 0.10, CapBase.ALLOCATION)),
                1,
                new BankingRule.Allowed(),
                0,
                new PenaltyModel.EuStyle(5_000, false),
                20);
        ComplianceOutcome outcome = settle(dear, 9_000, 10_000, 9_000, 0);
        assertEquals(0, outcome.offsetTonnes());
        assertEquals(1_000, outcome.shortfallTonnes());
        assertEquals(5_000_000, outcome.fineFen()); // 5,000 × 1,000
        ComplianceRules cheap = ComplianceRules.yearly(
                ComplianceRules.LAST_TRADING_DAY,
                List.of(ccer(4_500, 0.10, CapBase.ALLOCATION)),
                1,
                new BankingRule.Allowed(),
                0,
                new PenaltyModel.EuStyle(5_000, false),
                20);
        ComplianceOutcome bought = settle(cheap, 9_000, 10_000, 9_000, 0);
        // the same gap of 1,000 t; credits capped at 10% × 9,000 = 900 t, the other 100 t fined
        assertEquals(900, bought.offsetTonnes());
        assertEquals(100, bought.shortfallTonnes());
    }

    @Test
    void creditsCheaperThanAllowancesReplaceThemWhenTheFreedAllowancesCanBeBanked() {
        ComplianceOutcome cheap = settle(
                rules(List.of(ccer(3_000, 0.10, CapBase.EMISSIONS)), 1, new BankingRule.Allowed(), 0),
                10_000,
                10_000,
                10_000,
                0);
        assertEquals(1_000, cheap.offsetTonnes());
        assertEquals(9_000, cheap.surrenderedTonnes());
        assertEquals(1_000, cheap.bankedTonnes());
        assertEquals(1_000, registry.holdingTonnes(firm));
    }

    /**
     * Credits priced exactly at the bank value (4,000 fen): a swap gains nothing, so none is made,
     * unless the enterprises foresee a path that uses the programme in part and banks out of the year;
     * then 60% of the 1,000 t cap replaces allowances, which are banked.
     */
    @Test
    void creditsAtTheBankValueReplaceAllowancesOnlyUpToThePathsShare() {
        ComplianceRules rules = rules(List.of(ccer(4_000, 0.10, CapBase.EMISSIONS)), 1, new BankingRule.Allowed(), 0);
        registry.issue(firm, 10_000, YEAR, true, TransferReason.ISSUANCE);
        List<CycleDue> dues = List.of(CycleDue.of(new ComplianceDue("A", firm, 10_000, 10_000, 0), YEAR));
        ComplianceCycle annual = ComplianceCycle.annual(YEAR, rules.banking(), rules.borrowingShare());

        ComplianceOutcome onPath = new ComplianceDesk(rules)
                .settleCycle(annual, dues, registry, PRICE, 4_000, 0.6)
                .outcomes()
                .get(0);

        assertEquals(600, onPath.offsetTonnes());
        assertEquals(9_400, onPath.surrenderedTonnes());
        assertEquals(600, onPath.bankedTonnes());
        int other = registry.openAccount(AccountKind.ENTERPRISE, "B");
        registry.issue(other, 10_000, YEAR, true, TransferReason.ISSUANCE);
        ComplianceOutcome tie = new ComplianceDesk(rules)
                .settleCycle(
                        annual,
                        List.of(CycleDue.of(new ComplianceDue("B", other, 10_000, 10_000, 0), YEAR)),
                        registry,
                        PRICE,
                        4_000)
                .outcomes()
                .get(0);
        assertEquals(0, tie.offsetTonnes());
        assertEquals(10_000, tie.surrenderedTonnes());
    }

    @Test
    void creditsDearerThanAllowancesAreNotBoughtWithoutAGap() {
        ComplianceOutcome dear = settle(
                rules(List.of(ccer(5_000, 0.10, CapBase.EMISSIONS)), 1, new BankingRule.Allowed(), 0),
                10_000,
                10_000,
                10_000,
                0);
        assertEquals(0, dear.offsetTonnes());
        assertEquals(10_000, dear.surrenderedTonnes());
    }

    @Test
    void theTotalOffsetCapBindsAcrossProgramsAndTheCheaperProgramGoesFirst() {
        OffsetProgram ccer =
                new OffsetProgram("ccer", OffsetKind.CCER, 1_000_000, 3_000, 0, 2013, 0.10, CapBase.EMISSIONS);
        OffsetProgram inclusion = new OffsetProgram(
                "phcer", OffsetKind.CARBON_INCLUSION, 1_000_000, 1_000, 0, 2013, 0.10, CapBase.EMISSIONS);
        ComplianceOutcome outcome =
                settle(rules(List.of(ccer, inclusion), 0.15, new BankingRule.Forbidden(), 0), 7_000, 10_000, 10_000, 0);
        // gap 3,000; total cap 15% × 10,000 = 1,500: 1,000 carbon-inclusion (cheaper) then 500 CCER
        assertEquals(Map.of("phcer", 1_000L, "ccer", 500L), outcome.offsetsByProgram());
        assertEquals(1_000 * 1_000 + 500 * 3_000, outcome.offsetCostFen());
        assertEquals(1_500, outcome.shortfallTonnes());
    }

    @Test
    void offsetPricesRiseWithTonnesSoldAndScarceSupplyIsRationedProRata() {
        OffsetProgram sloped =
                new OffsetProgram("ccer", OffsetKind.CCER, 1_000, 1_000, 1_000_000, 2013, 1, CapBase.EMISSIONS);
        // slope 1,000,000 fen per Mt = 1 fen per tonne: tonnes at 1,000, 1,001, 1,002 fen = 3,003
        assertEquals(3_003, ComplianceDesk.offsetCostFen(sloped, 0, 3));
        // from 10 sold: 1,010 + 1,011 = 2,021
        assertEquals(2_021, ComplianceDesk.offsetCostFen(sloped, 10, 2));
        int other = registry.openAccount(AccountKind.ENTERPRISE, "B");
        ComplianceDesk desk = new ComplianceDesk(rules(List.of(sloped), 1, new BankingRule.Forbidden(), 0));
        ComplianceYear year = desk.settle(
                YEAR,
                List.of(new ComplianceDue("A", firm, 800, 0, 0), new ComplianceDue("B", other, 800, 0, 0)),
                registry,
                PRICE);
        // caps of 800 t each against a supply of 1,000 t: each gets the same half of its cap
        assertEquals(500, year.outcomes().get(0).offsetTonnes(), "scarce credits are rationed pro rata");
        assertEquals(500, year.outcomes().get(1).offsetTonnes(), "scarce credits are rationed pro rata");
        // 1,000 sold × 1 fen a tonne on top of 1,000 fen
        assertEquals(2_000, desk.offsetPriceFen(sloped));
        assertEquals(0.0, year.complianceRate());
        assertEquals(1_000 / 1_600.0, year.tonnesComplianceRate(), 1e-12);
    }

    @Test
    void creditsALongFirmLeavesOfItsShareGoToTheFirmThatIsShort() {
        // CNY 20 credits, 600 t supply, caps of 50% of emissions: 500 t each, 1,000 t of caps, so each
        // firm's own share is 60% of its cap, 300 t. A holds its whole obligation and, with banking
        // forbidden, has no use for credits; B holds 400 t of 1,000 t and buys its 300 t, still 300 t
        // short. A's 300 t are passed on: B claims what its cap leaves, 200 t, and is short 100 t.
        int other = registry.openAccount(AccountKind.ENTERPRISE, "B");
        registry.issue(firm, 1_000, YEAR, true, TransferReason.ISSUANCE);
        registry.issue(other, 400, YEAR, true, TransferReason.ISSUANCE);
        ComplianceYear year =
                settleForbidden(new ComplianceDue("A", firm, 1_000, 0, 0), new ComplianceDue("B", other, 1_000, 0, 0));
        ComplianceOutcome a = year.outcomes().get(0);
        ComplianceOutcome b = year.outcomes().get(1);
        assertEquals(0, a.offsetTonnes());
        assertEquals(0, a.shortfallTonnes());
        assertEquals(500, b.offsetTonnes(), "its own 300 t and 200 t of A's share, up to its whole cap");
        assertEquals(500 * 2_000, b.offsetCostFen());
        assertEquals(100, b.shortfallTonnes());
        // fine 2 × 4,000 × 100 t
        assertEquals(800_000, b.fineFen());
        assertEquals(List.of(), registry.checkConservation());
    }

    @Test
    void creditsLeftOverAreRationedAmongTheShortFirmsByWhatEachClaims() {
        // 600 t of CNY 20 credits, caps of 50% of emissions (500 t each, 1,500 t in all): each firm's own
        // share is 40%, 200 t. A is covered and buys none; B holds nothing (1,000 t short, 800 t after
        // its share), C holds 700 t (300 t short, 100 t after). 200 t are left: B claims 300 t (its cap
        // leaves that), C 100 t; the 400 t claimed get half each: B 150 t, C 50 t.
        int b = registry.openAccount(AccountKind.ENTERPRISE, "B");
        int c = registry.openAccount(AccountKind.ENTERPRISE, "C");
        registry.issue(firm, 1_000, YEAR, true, TransferReason.ISSUANCE);
        registry.issue(c, 700, YEAR, true, TransferReason.ISSUANCE);
        ComplianceYear year = settleForbidden(
                new ComplianceDue("A", firm, 1_000, 0, 0),
                new ComplianceDue("B", b, 1_000, 0, 0),
                new ComplianceDue("C", c, 1_000, 0, 0));
        assertEquals(
                List.of(0L, 350L, 250L),
                year.outcomes().stream().map(ComplianceOutcome::offsetTonnes).toList());
        assertEquals(
                List.of(0L, 650L, 50L),
                year.outcomes().stream().map(ComplianceOutcome::shortfallTonnes).toList());
        assertEquals(List.of(), registry.checkConservation());
    }

    @Test
    void leftoverCreditsDearerThanBeingShortStayUnsold() {
        // as above with two firms, but a fine of 1 × CNY 10 and no deduction: a tonne short costs CNY 10,
        // less than a CNY 20 credit, so B buys none of A's share nor of its own
        PenaltyModel cheap = new PenaltyModel.HubeiStyle(1, 15_000_000, 0);
        int other = registry.openAccount(AccountKind.ENTERPRISE, "B");
        registry.issue(firm, 1_000, YEAR, true, TransferReason.ISSUANCE);
        registry.issue(other, 400, YEAR, true, TransferReason.ISSUANCE);
        ComplianceRules rules = ComplianceRules.yearly(
                ComplianceRules.LAST_TRADING_DAY, List.of(SCARCE), 1, new BankingRule.Forbidden(), 0, cheap, 20);
        ComplianceYear year = new ComplianceDesk(rules)
                .settle(
                        YEAR,
                        List.of(new ComplianceDue("A", firm, 1_000, 0, 0), new ComplianceDue("B", other, 1_000, 0, 0)),
                        registry,
                        1_000);
        assertEquals(0, year.outcomes().get(1).offsetTonnes());
        assertEquals(600, year.outcomes().get(1).shortfallTonnes());
    }

    @Test
    void creditsOnARisingCurveSwappedForBankedAllowancesAreSharedProRataNotFirstComeFirstServed() {
        // CNY 10 rising 1 fen a tonne, plenty of supply; caps of 10% of 10,000 t emissions = 1,000 t each.
        // A banked allowance is worth CNY 15, so 500 credits cost less (1,000..1,499 fen): each of the two
        // covered firms gets a quarter of its cap, 250 t, as both planned, not A all 500 and B none.
        OffsetProgram sloped =
                new OffsetProgram("ccer", OffsetKind.CCER, 1_000_000, 1_000, 1_000_000, 2013, 0.10, CapBase.EMISSIONS);
        int other = registry.openAccount(AccountKind.ENTERPRISE, "B");
        registry.issue(firm, 10_000, YEAR, true, TransferReason.ISSUANCE);
        registry.issue(other, 10_000, YEAR, true, TransferReason.ISSUANCE);
        ComplianceYear year = new ComplianceDesk(rules(List.of(sloped), 1, new BankingRule.Allowed(), 0))
                .settle(
                        YEAR,
                        List.of(
                                new ComplianceDue("A", firm, 10_000, 10_000, 0),
                                new ComplianceDue("B", other, 10_000, 10_000, 0)),
                        registry,
                        PRICE,
                        1_500);
        assertEquals(250, year.outcomes().get(0).offsetTonnes());
        assertEquals(250, year.outcomes().get(1).offsetTonnes());
        // A: 250 × 1,000 + 1 × (0 + ... + 249) = 281,125 fen; B from 250 sold: 250 × 1,250 + 31,125 = 343,625
        assertEquals(281_125, year.outcomes().get(0).offsetCostFen());
        assertEquals(343_625, year.outcomes().get(1).offsetCostFen());
        assertEquals(250, year.outcomes().get(1).bankedTonnes());
        assertEquals(List.of(), registry.checkConservation());
    }

    @Test
    void bankingAllowedKeepsTheSurplus() {
        ComplianceOutcome outcome =
                settle(rules(List.of(), 1, new BankingRule.Allowed(), 0), 12_000, 10_000, 12_000, 0);
        assertEquals(2_000, outcome.bankedTonnes());
        assertEquals(0, outcome.cancelledTonnes());
        assertEquals(2_000, registry.holdingTonnes(firm, YEAR));
    }

    @Test
    void bankingForbiddenCancelsTheSurplus() {
        ComplianceOutcome outcome =
                settle(rules(List.of(), 1, new BankingRule.Forbidden(), 0), 12_000, 10_000, 12_000, 0);
        assertEquals(0, outcome.bankedTonnes());
        assertEquals(2_000, outcome.cancelledTonnes());
        assertEquals(0, registry.holdingTonnes(firm));
        assertEquals(2_000, registry.tonnes(TransferReason.BANKING_CANCELLATION));
    }

    @Test
    void cappedBankingKeepsTheBasePlusAMultipleOfNetSales() {
        // cap = 500 + 1.5 × 600 = 1,400 of the 2,000 surplus
        ComplianceOutcome outcome =
                settle(rules(List.of(), 1, new BankingRule.Capped(500, 1.5), 0), 12_000, 10_000, 12_000, 600);
        assertEquals(1_400, outcome.bankedTonnes());
        assertEquals(600, outcome.cancelledTonnes());
        assertEquals(1_400, registry.holdingTonnes(firm));
    }

    @Test
    void nonBankableAllowancesLeftOverAreCancelledWhateverTheRule() {
        registry.issue(firm, 300, YEAR, false, TransferReason.ISSUANCE);
        ComplianceOutcome outcome = settle(rules(List.of(), 1, new BankingRule.Allowed(), 0), 10_500, 10_000, 0, 0);
        // surrender takes the non-bankable 300 first (oldest vintage, non-bankable first), leaving 800 bankable
        assertEquals(800, outcome.bankedTonnes());
        assertEquals(0, outcome.cancelledTonnes());
        registry.issue(firm, 200, YEAR, false, TransferReason.ISSUANCE);
        ComplianceOutcome second = new ComplianceDesk(rules(List.of(), 1, new BankingRule.Allowed(), 0))
                .settle(YEAR, List.of(new ComplianceDue("A", firm, 0, 0, 0)), registry, PRICE)
                .outcomes()
                .get(0);
        assertEquals(800, second.bankedTonnes());
        assertEquals(200, second.cancelledTonnes());
    }

    @Test
    void borrowingCoversUpToItsShareFromNextYearsAllocation() {
        ComplianceRules borrow = rules(List.of(), 1, new BankingRule.Allowed(), 0.10);
        ComplianceOutcome small = settle(borrow, 9_500, 10_000, 9_500, 0);
        assertEquals(500, small.borrowedTonnes());
        assertEquals(0, small.shortfallTonnes());
        assertTrue(small.complied());
        assertEquals(500, registry.debtTonnes(firm));
        // next year's issuance of 3,000 credits 2,500
        assertEquals(2_500, registry.issue(firm, 3_000, YEAR + 1, true, TransferReason.ISSUANCE));
    }

    @Test
    void borrowingBeyondItsShareLeavesAShortfall() {
        ComplianceOutcome outcome =
                settle(rules(List.of(), 1, new BankingRule.Allowed(), 0.10), 8_000, 10_000, 8_000, 0);
        // at most 10% × 10,000 = 1,000 borrowed; 1,000 short → fine 8,000,000 fen, deduction 2,000 t
        assertEquals(1_000, outcome.borrowedTonnes());
        assertEquals(1_000, outcome.shortfallTonnes());
        assertEquals(3_000, registry.debtTonnes(firm));
    }

    @Test
    void complianceRatesCountEnterprisesAndTonnes() {
        int b = registry.openAccount(AccountKind.ENTERPRISE, "B");
        int c = registry.openAccount(AccountKind.ENTERPRISE, "C");
        registry.issue(firm, 1_000, YEAR, true, TransferReason.ISSUANCE);
        registry.issue(b, 1_000, YEAR, true, TransferReason.ISSUANCE);
        registry.issue(c, 500, YEAR, true, TransferReason.ISSUANCE);
        ComplianceYear year = new ComplianceDesk(rules(List.of(), 1, new BankingRule.Allowed(), 0))
                .settle(
                        YEAR,
                        List.of(
                                new ComplianceDue("A", firm, 1_000, 0, 0),
                                new ComplianceDue("B", b, 1_000, 0, 0),
                                new ComplianceDue("C", c, 1_000, 0, 0)),
                        registry,
                        PRICE);
        assertEquals(2 / 3.0, year.complianceRate(), 1e-12);
        assertEquals(2_500 / 3_000.0, year.tonnesComplianceRate(), 1e-12);
        assertEquals(4_000_000, year.finesFen());
    }

    @Test
    void badInputsAreRejected() {
        ComplianceRules plain = rules(List.of(), 1, new BankingRule.Allowed(), 0);
        ComplianceDesk desk = new ComplianceDesk(plain);
        assertEquals(
                "averagePriceFen must be >= 0, got -1",
                assertThrows(IllegalArgumentException.class, () -> desk.settle(YEAR, List.of(), registry, -1))
                        .getMessage());
        ComplianceDue due = new ComplianceDue("A", firm, 1, 0, 0);
        assertEquals(
                "enterprise A is due twice in 2024",
                assertThrows(IllegalArgumentException.class, () -> desk.settle(YEAR, List.of(due, due), registry, 0))
                        .getMessage());
        OffsetProgram program = ccer(1, 0.1, CapBase.EMISSIONS);
        assertEquals(
                "offset program id ccer is used twice",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> new ComplianceDesk(
                                        rules(List.of(program, program), 1, new BankingRule.Allowed(), 0)))
                        .getMessage());
    }
}

package org.carbonsim.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.carbonsim.core.compliance.BankingRule;
import org.carbonsim.core.compliance.CapBase;
import org.carbonsim.core.compliance.ComplianceDesk;
import org.carbonsim.core.compliance.ComplianceDue;
import org.carbonsim.core.compliance.ComplianceRules;
import org.carbonsim.core.compliance.ComplianceYear;
import org.carbonsim.core.compliance.OffsetKind;
import org.carbonsim.core.compliance.OffsetProgram;
import org.carbonsim.core.compliance.OffsetRule;
import org.carbonsim.core.compliance.PenaltyModel;
import org.carbonsim.core.equilibrium.RationingProbe;
import org.carbonsim.core.registry.AccountKind;
import org.carbonsim.core.registry.Registry;
import org.carbonsim.core.registry.TransferReason;
import org.junit.jupiter.api.Test;

/**
 * Seeded problems of 2–5 firms and 1–3 credit programmes (flat or on a rising curve, caps on
 * allocation or on emissions, mixed, a cap on all programmes together, supplies scarce or plentiful,
 * prices in any order), each firm's credits at an allowance price p computed three ways: the traders'
 * plans ({@link OffsetPlan}), the equilibrium solver's rationing ({@code equilibrium.CreditRationing})
 * and the compliance desk ({@link ComplianceDesk}). The desk is given p as the value of a banked
 * allowance and every firm holds allowances enough, so it buys the credits priced below p that replace
 * allowances and passes no leftover on (no firm is short). p is never a flat programme's own price,
 * where the plan and the solver count the programme and the desk, without a path's share, does not.
 * All three must give every firm the same credits: of each programme, cheapest first, the same share
 * of each firm's room (its cap on the programme within what its cap on all programmes leaves), in
 * whole tonnes, and of a sloped programme the credits whose marginal price is below p.
 */
class OffsetCreditsAgreePropertyTest {
    private static final int YEAR = 2024;
    private static final PenaltyModel HUBEI = new PenaltyModel.HubeiStyle(2, 15_000_000, 2);

    @Test
    void everyFirmPlansTheCreditsTheDeskSellsIt() {
        PropertySeeds.upTo(1_000).forEach(OffsetCreditsAgreePropertyTest::checkOne);
    }

    private static void checkOne(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int firmCount = 2 + random.nextInt(4);
        List<String> ids = new ArrayList<>();
        long[] emissions = new long[firmCount];
        Map<String, Long> allocation = new LinkedHashMap<>();
        for (int i = 0; i < firmCount; i++) {
            ids.add("F" + i);
            emissions[i] = random.nextLong(1_000, 10_000);
            long allocated = random.nextLong(0, emissions[i] + 1);
            allocation.put(ids.get(i), allocated);
        }
        int programCount = 1 + random.nextInt(3);
        List<OffsetProgram> programs = new ArrayList<>();
        for (int p = 0; p < programCount; p++) {
            boolean scarce = random.nextBoolean();
            boolean sloped = random.nextInt(3) == 0;
            programs.add(new OffsetProgram(
                    "p" + p,
                    OffsetKind.CCER,
                    scarce ? random.nextLong(0, 1_500 * firmCount) : 10_000_000,
                    random.nextLong(100, 5_000),
                    sloped ? random.nextLong(10_000, 3_000_000) : 0,
                    2013,
                    0.05 + 0.45 * random.nextDouble(),
                    random.nextBoolean() ? CapBase.EMISSIONS : CapBase.ALLOCATION));
        }
        double totalShare = 0.05 + 0.55 * random.nextDouble();
        long priceFen = random.nextLong(0, 6_000);
        for (OffsetProgram program : programs) {
            if (program.priceSlopeFenPerMt() == 0 && program.priceFenPerTonne() == priceFen) {
                priceFen++;
            }
        }
        Credits credits = creditsThreeWays(programs, totalShare, ids, emissions, allocation, priceFen);
        String where = "seed=" + seed + " price=" + priceFen + " fen, firms (emissions/allocation) "
                + describe(ids, emissions, allocation) + ", programmes " + programs + ", total cap share "
                + totalShare + ": " + credits;
        assertEquals(
                Arrays.toString(credits.desk()),
                Arrays.toString(credits.planned()),
                "plans depart from the desk; " + where);
        assertEquals(
                Arrays.toString(credits.desk()),
                Arrays.toString(credits.solver()),
                "solver departs from the desk; " + where);
    }

    /**
     * A scarce programme goes by room, not by cap. F0 emits 7,818 t on 2,801 t allocated, F1 2,205 t
     * on 1,615 t; p1 (CNY 29.85) offers 1,253 t capped at 18.008% of emissions, p0 (CNY 44.81) 917 t
     * at 6.667% of allocation, and all programmes together at 38.033% of the first's base,
     * allocation. Caps: on all programmes F0 ⌊1,065.3⌋ = 1,065 t, F1 ⌊614.2⌋ = 614 t; on p1 F0 ⌊1,407.9⌋
     * = 1,407 t, F1 ⌊397.1⌋ = 397 t; on p0 F0 ⌊186.7⌋ = 186 t, F1 ⌊107.7⌋ = 107 t. At CNY 50 both
     * count, p1 first. Rooms on p1: F0 min(1,407, 1,065) = 1,065 t, F1 397 t, 1,462 t for 1,253 t:
     * F0 1,253 × 1,065 / 1,462 = 912.75, F1 340.25; the tonne the rounding leaves goes to the larger
     * remainder, F0: 913 t and 340 t. Rooms on p0: F0 min(186, 1,065 − 913) = 152 t, F1 min(107, 614
     * − 340) = 107 t, plenty: F0 1,065 t, F1 447 t. By cap instead (1,253 / 1,804 of each cap on p1:
     * 977 t and 275 t) F1 got 382 t, while 65 t of p1 went to F0, which could not surrender them
     * beside its p0 credits' room.
     */
    @Test
    void aScarceProgrammeIsSharedByRoom() {
        List<OffsetProgram> programs = List.of(
                program("p0", 917, 4_481, 0, 0.06666819764838594, CapBase.ALLOCATION),
                program("p1", 1_253, 2_985, 0, 0.18008404464637762, CapBase.EMISSIONS));
        Map<String, Long> allocation = new LinkedHashMap<>();
        allocation.put("F0", 2_801L);
        allocation.put("F1", 1_615L);
        Credits credits = creditsThreeWays(
                programs, 0.38032704222685637, List.of("F0", "F1"), new long[] {7_818, 2_205}, allocation, 5_000);
        assertEquals("[1065, 447]", Arrays.toString(credits.desk()), "desk; " + credits);
        assertEquals("[1065, 447]", Arrays.toString(credits.planned()), "plans; " + credits);
        assertEquals("[1065, 447]", Arrays.toString(credits.solver()), "solver; " + credits);
    }

    /**
     * A sloped programme counts at p the credits whose marginal price is below p, as the desk sells
     * them. The first credit costs CNY 20 and each one sold adds 3 fen (a slope of 3,000,000 fen per
     * Mt); at CNY 21 credit k costs 2,000 + 3k fen, below 2,100 for k = 0 to 33: 34 credits, not
     * ⌊100 / 3⌋ = 33. Two firms each capped at 50 t (10% of 500 t allocated) share them by room, 17 t
     * each; counted as 33, the plans gave each ⌊33 × 50 / 100⌋ = 16 t and the solver 17 t and 16 t.
     */
    @Test
    void aSlopedProgrammeCountsTheCreditsTheDeskSells() {
        List<OffsetProgram> programs = List.of(program("p0", 10_000, 2_000, 3_000_000, 0.1, CapBase.ALLOCATION));
        Map<String, Long> allocation = new LinkedHashMap<>();
        allocation.put("F0", 500L);
        allocation.put("F1", 500L);
        Credits credits =
                creditsThreeWays(programs, 1.0, List.of("F0", "F1"), new long[] {1_000, 1_000}, allocation, 2_100);
        assertEquals("[17, 17]", Arrays.toString(credits.desk()), "desk; " + credits);
        assertEquals("[17, 17]", Arrays.toString(credits.planned()), "plans; " + credits);
        assertEquals("[17, 17]", Arrays.toString(credits.solver()), "solver; " + credits);
    }

    /** Each firm's credits at one allowance price by the traders' plans, the desk and the solver, t. */
    private record Credits(long[] planned, long[] desk, long[] solver) {
        @Override
        public String toString() {
            return "plans " + Arrays.toString(planned) + ", desk " + Arrays.toString(desk) + ", solver "
                    + Arrays.toString(solver);
        }
    }

    private static Credits creditsThreeWays(
            List<OffsetProgram> programs,
            double totalShare,
            List<String> ids,
            long[] emissions,
            Map<String, Long> allocation,
            long priceFen) {
        ComplianceRules rules = ComplianceRules.yearly(
                ComplianceRules.LAST_TRADING_DAY, programs, totalShare, new BankingRule.Allowed(), 0, HUBEI, 20);
        OffsetRule rule = new OffsetRule(rules);
        Map<String, Long> emitted = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            emitted.put(ids.get(i), emissions[i]);
        }
        long[] planned = new long[ids.size()];
        OffsetPlan plan = OffsetPlan.of(rule, YEAR, allocation, emitted);
        for (int i = 0; i < planned.length; i++) {
            planned[i] = plan.plannedTonnes(ids.get(i), priceFen);
        }
        long[] desk = deskAtPrice(rules, ids, emissions, allocation, priceFen);
        long[] solver = RationingProbe.creditsByFirm(
                OffsetPlan.referenceSupply(rule, YEAR, allocation), ids, emissions, priceFen);
        return new Credits(planned, desk, solver);
    }

    private static OffsetProgram program(
            String id, long supplyTonnes, long priceFen, long slopeFenPerMt, double capShare, CapBase capBase) {
        return new OffsetProgram(id, OffsetKind.CCER, supplyTonnes, priceFen, slopeFenPerMt, 2013, capShare, capBase);
    }

    /** The credits the desk sells each firm when a banked allowance is worth {@code priceFen} and none is short. */
    private static long[] deskAtPrice(
            ComplianceRules rules, List<String> ids, long[] emissions, Map<String, Long> allocation, long priceFen) {
        Registry registry = new Registry(2020, 10_000);
        List<ComplianceDue> dues = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            int account = registry.openAccount(AccountKind.ENTERPRISE, ids.get(i));
            registry.issue(account, 2 * emissions[i], YEAR, true, TransferReason.ISSUANCE);
            dues.add(new ComplianceDue(ids.get(i), account, emissions[i], allocation.get(ids.get(i)), 0));
        }
        ComplianceYear year = new ComplianceDesk(rules).settle(YEAR, dues, registry, priceFen, priceFen);
        long[] tonnes = new long[ids.size()];
        for (int i = 0; i < tonnes.length; i++) {
            tonnes[i] = year.outcomes().get(i).offsetTonnes();
        }
        return tonnes;
    }

    private static String describe(List<String> ids, long[] emissions, Map<String, Long> allocation) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < ids.size(); i++) {
            text.append(i == 0 ? "" : ", ")
                    .append(ids.get(i))
                    .append(' ')
                    .append(emissions[i])
                    .append('/')
                    .append(allocation.get(ids.get(i)));
        }
        return text.toString();
    }
}

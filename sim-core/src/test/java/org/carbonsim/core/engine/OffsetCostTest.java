package org.carbonsim.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.carbonsim.core.agents.MarginalCost;
import org.carbonsim.core.compliance.BankingRule;
import org.carbonsim.core.compliance.CapBase;
import org.carbonsim.core.compliance.ComplianceRules;
import org.carbonsim.core.compliance.OffsetKind;
import org.carbonsim.core.compliance.OffsetProgram;
import org.carbonsim.core.compliance.OffsetRule;
import org.carbonsim.core.compliance.PenaltyModel;
import org.carbonsim.core.equilibrium.OffsetSupply;
import org.carbonsim.core.equilibrium.RationingProbe;
import org.carbonsim.core.model.AbatementCurve;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OffsetCostTest {
    static OffsetRule rule(OffsetProgram... programs) {
        return rule(List.of(programs), 1);
    }

    /**
     * A yearly rule with {@code programs}, at most {@code totalCapShare} of an obligation in credits
     * from all of them together, banking allowed, Hubei's penalty.
     */
    static OffsetRule rule(List<OffsetProgram> programs, double totalCapShare) {
        return new OffsetRule(ComplianceRules.yearly(
                ComplianceRules.LAST_TRADING_DAY,
                programs,
                totalCapShare,
                new BankingRule.Allowed(),
                0,
                new PenaltyModel.HubeiStyle(2, 15_000_000, 2),
                20));
    }

    @Test
    void creditsCheaperThanAbatementCoverTheMiddleOfThePosition() {
        // Firm A: 100,000 t BAU on Linear(CNY 40, 0.4), planned at share 0.1 (MAC CNY 10); CCER flat at
        // CNY 20 up to 10% of its 50,000 t allocation = 5,000 t, plenty of supply.
        OffsetPlan plan = OffsetPlan.of(
                rule(new OffsetProgram("ccer", OffsetKind.CCER, 1_000_000, 2_000, 0, 2013, 0.1, CapBase.ALLOCATION)),
                2024,
                Map.of("A", 50_000L),
                Map.of("A", 90_000L));
        CurveCost abatement = new CurveCost(new AbatementCurve.Linear(4_000, 0.4), 100_000, 0.1, 20_000);
        MarginalCost cost = OffsetCost.of(abatement, plan, "A");
        // a shortfall of 10,000 t: abating it all costs MAC(0.2) = CNY 20; credits at CNY 20 too
        assertEquals(2_000, cost.costFenPerTonne(10_000));
        // 12,000 t: 5,000 from credits, 7,000 abated: MAC(0.17) = CNY 17 < 20 -> CNY 20 (the credits are
        // the margin); 17,000 t: 5,000 credits + 12,000 abated: MAC(0.22) = CNY 22
        assertEquals(2_000, cost.costFenPerTonne(12_000));
        assertEquals(2_200, cost.costFenPerTonne(17_000));
        // below the credits' price only abatement counts: 5,000 t at MAC(0.15) = CNY 15
        assertEquals(1_500, cost.costFenPerTonne(5_000));
        // at CNY 20 it covers what abatement covers (about 10,000 t: the cost rounds to the fen) plus
        // the 5,000 t of credits
        assertEquals(
                abatement.largestShortfallAtMost(2_000, -15_000, 995_000) + 5_000,
                cost.largestShortfallAtMost(2_000, -10_000, 1_000_000));
        assertEquals(10_000, abatement.largestShortfallAtMost(2_000, -15_000, 995_000), 10);
        assertEquals(5_000, ((OffsetCost) cost).offeredTonnes(2_000));
        assertEquals(0, ((OffsetCost) cost).offeredTonnes(1_999));
    }

    /**
     * The reference shares its credits out by each firm's caps ({@code equilibrium.CreditRationing});
     * over seeded firms and emissions, and each way round of the bases (the total cap on the first
     * programme's base), with every credit on offer and more than all the caps together, each firm
     * gets of each programme alone its cap on it within its cap on all, and of both its cap in all: the
     * offset rule's own caps, which the compliance desk applies.
     */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void theReferencesCapsFirmByFirmAreTheOffsetRulesOwn(boolean firstOnAllocation) {
        CapBase first = firstOnAllocation ? CapBase.ALLOCATION : CapBase.EMISSIONS;
        CapBase second = firstOnAllocation ? CapBase.EMISSIONS : CapBase.ALLOCATION;
        // every supply is more than the three firms' caps on it together (at most 3 × 7% and 3 × 3.1%
        // of 3,000,000 t), so no firm's credits depend on another's
        OffsetRule rule = new OffsetRule(ComplianceRules.yearly(
                ComplianceRules.LAST_TRADING_DAY,
                List.of(
                        new OffsetProgram("ccer", OffsetKind.CCER, 1_000_000, 2_000, 0, 2013, 0.07, first),
                        new OffsetProgram("later", OffsetKind.CCER, 1_000_000, 2_500, 0, 2030, 0.05, second),
                        new OffsetProgram("inclusion", OffsetKind.CCER, 1_000_000, 1_500, 10, 2013, 0.031, second)),
                0.09,
                new BankingRule.Allowed(),
                0,
                new PenaltyModel.HubeiStyle(2, 15_000_000, 2),
                20));
        List<String> ids = List.of("A", "B", "C");
        int programmeBinds = 0;
        int totalBinds = 0;
        for (long seed = 1; seed <= 50; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            Map<String, Long> allocations =
                    Map.of("A", random.nextLong(1, 2_000_000), "B", random.nextLong(1, 2_000_000), "C", 0L);
            OffsetSupply supply = OffsetPlan.referenceSupply(rule, 2024, allocations);
            List<OffsetProgram> eligible = rule.eligible(2024);
            assertEquals(2, supply.tranches().size(), "the programmes eligible in 2024");
            long[] emissions = new long[ids.size()];
            for (int i = 0; i < emissions.length; i++) {
                emissions[i] = random.nextLong(0, 3_000_000);
            }
            double everyCredit = supply.highestPriceFen();
            long[] inAll = RationingProbe.creditsByFirm(supply, ids, emissions, everyCredit);
            long[][] alone = new long[eligible.size()][];
            for (int p = 0; p < eligible.size(); p++) {
                OffsetSupply only = supply.without(eligible.get(1 - p).id());
                alone[p] = RationingProbe.creditsByFirm(only, ids, emissions, everyCredit);
            }
            for (int i = 0; i < ids.size(); i++) {
                long allocation = allocations.get(ids.get(i));
                String where = ids.get(i) + " with " + allocation + " t allocated, " + emissions[i]
                        + " t emitted, seed " + seed;
                long total = rule.totalCapTonnes(allocation, emissions[i]);
                long programmes = 0;
                for (int p = 0; p < eligible.size(); p++) {
                    long own = rule.programCapTonnes(eligible.get(p), allocation, emissions[i]);
                    assertEquals(
                            Math.min(own, total), alone[p][i], eligible.get(p).id() + " alone: " + where);
                    programmeBinds += own > 0 && own < total ? 1 : 0;
                    programmes += own;
                }
                assertEquals(rule.capTonnes(2024, allocation, emissions[i]), inAll[i], "all programmes: " + where);
                totalBinds += total > 0 && total < programmes ? 1 : 0;
            }
        }
        assertTrue(programmeBinds > 0 && totalBinds > 0, "cases where a programme's cap and the total cap bind");
    }

    @Test
    void scarceCreditsAreSharedInProportionToTheCapsAndRoundedAsTheDeskRounds() {
        // caps of 10% of 30,001 t and 10% of 60,000 t = 3,000 and 6,000 t against 4,500 t of supply:
        // each gets half its cap, rounded down
        OffsetPlan plan = OffsetPlan.of(
                rule(new OffsetProgram("ccer", OffsetKind.CCER, 4_500, 2_000, 0, 2013, 0.1, CapBase.ALLOCATION)),
                2024,
                Map.of("A", 30_001L, "B", 60_000L),
                Map.of("A", 30_000L, "B", 60_000L));
        assertEquals(1_500, plan.plannedTonnes("A", 5_000));
        assertEquals(3_000, plan.plannedTonnes("B", 5_000));
        assertEquals(0, plan.plannedTonnes("A", 1_999));
    }

    @Test
    void aSlopedProgrammeCountsEveryCreditWhoseMarginalPriceIsAtMostThePrice() {
        // CCER from CNY 10 rising CNY 10 a Mt (1 fen per 1,000 t), 1,000,000 t on offer; A may use 10% of
        // its 100,000 t allocation = 10,000 t, the only cap on the programme. At 1,005 fen the credits
        // priced at most 1,005 fen are 5,000 t, all within the cap.
        OffsetPlan plan = OffsetPlan.of(
                rule(new OffsetProgram(
                        "ccer", OffsetKind.CCER, 1_000_000, 1_000, 1_000, 2013, 0.1, CapBase.ALLOCATION)),
                2024,
                Map.of("A", 100_000L),
                Map.of("A", 100_000L));
        MarginalCost cost = OffsetCost.of(MarginalCost.linear(0.1, 1_000_000), plan, "A");
        assertEquals(5_000, ((OffsetCost) cost).offeredTonnes(1_005));
        assertEquals(10_000, ((OffsetCost) cost).offeredTonnes(1_010));
        // 15,000 t short, abatement at 0.1 fen per tonne of shortfall: at 1,005 fen 5,000 t of credits
        // leave 10,000 t abated at 1,000 fen; at 1,004 fen 4,000 t leave 11,000 t at 1,100 fen > 1,004.
        // (Cut into 16 steps over the whole supply, the first credits counted at 1,063 fen.)
        assertEquals(1_005, cost.costFenPerTonne(15_000));
        assertEquals(1_500, MarginalCost.linear(0.1, 1_000_000).costFenPerTonne(15_000));
    }

    @Test
    void atThePricePathUsesAFlatProgrammeInPartEachFirmPlansThePathsShareOfItsCap() {
        // CCER flat at CNY 20 up to 10% of allocation: caps of 3,000 t (A) and 6,000 t (B), 9,000 t in
        // all. The path the firms foresee prices the year at CNY 20 and uses 3,600 t of the credits: 40%
        // of the caps. At CNY 20 each plans 40% of its cap (1,200 t and 2,400 t), so that between them
        // they buy the allowances others hold rather than leave those to be banked; a fen above, where
        // the path would use every credit, the whole cap; below, none.
        OffsetPlan plan = plan(2_000).onPath(new CreditsOnPath(2_000, 3_600));
        assertEquals(1_200, plan.plannedTonnes("A", 2_000));
        assertEquals(2_400, plan.plannedTonnes("B", 2_000));
        assertEquals(3_000, plan.plannedTonnes("A", 2_001));
        assertEquals(0, plan.plannedTonnes("A", 1_999));
        // A with 100,000 t BAU on Linear(CNY 40, 0.4) planned at 0.1: 10,000 t short is covered at CNY
        // 20 by 1,200 t of credits and 8,800 t abated (MAC CNY 18.80); 12,000 t needs the whole cap, a
        // fen above
        MarginalCost cost =
                OffsetCost.of(new CurveCost(new AbatementCurve.Linear(4_000, 0.4), 100_000, 0.1, 20_000), plan, "A");
        assertEquals(2_000, cost.costFenPerTonne(10_000));
        assertEquals(2_001, cost.costFenPerTonne(12_000));
        // a path whose price is not the programme's uses it in full or not at all: the plan is unchanged
        OffsetPlan above = plan(2_000).onPath(new CreditsOnPath(2_500, 9_000));
        assertEquals(3_000, above.plannedTonnes("A", 2_000));
        assertSame(OffsetPlan.NONE, OffsetPlan.NONE.onPath(new CreditsOnPath(2_000, 100)));
    }

    private static OffsetPlan plan(long priceFen) {
        return OffsetPlan.of(
                rule(new OffsetProgram("ccer", OffsetKind.CCER, 1_000_000, priceFen, 0, 2013, 0.1, CapBase.ALLOCATION)),
                2024,
                Map.of("A", 30_000L, "B", 60_000L),
                Map.of("A", 30_000L, "B", 60_000L));
    }

    @Test
    void withoutCreditsTheAbatementCostIsUsedAsItIs() {
        CurveCost abatement = new CurveCost(new AbatementCurve.Linear(4_000, 0.4), 100_000, 0.1, 20_000);
        assertSame(abatement, OffsetCost.of(abatement, OffsetPlan.NONE, "A"));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void directInverseAgreesWithBisection(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < 500; i++) {
            long bau = 10_000 + random.nextLong(1_000_000);
            long allocation = bau / 2 + random.nextLong(bau);
            OffsetProgram ccer = new OffsetProgram(
                    "ccer",
                    OffsetKind.CCER,
                    1 + random.nextLong(2 * bau),
                    100 + random.nextLong(8_000),
                    random.nextLong(20_000),
                    2013,
                    0.01 + 0.2 * random.nextDouble(),
                    CapBase.ALLOCATION);
            OffsetPlan plan = OffsetPlan.of(rule(ccer), 2024, Map.of("A", allocation), Map.of("A", bau));
            double planned = 0.3 * random.nextDouble();
            CurveCost abatement = new CurveCost(
                    new AbatementCurve.Quadratic(2_000 + random.nextLong(10_000), 0.4), bau, planned, 30_000);
            MarginalCost cost = OffsetCost.of(abatement, plan, "A");
            long lo = -cost.forgoableTonnes();
            long hi = lo + random.nextLong(2 * bau);
            long price = random.nextLong(32_000);
            if (cost.costFenPerTonne(lo) > price) {
                continue;
            }
            long bisected = lo;
            long top = hi;
            while (bisected < top) {
                long mid = bisected + (top - bisected + 1) / 2;
                if (cost.costFenPerTonne(mid) <= price) {
                    bisected = mid;
                } else {
                    top = mid - 1;
                }
            }
            assertEquals(
                    bisected,
                    cost.largestShortfallAtMost(price, lo, hi),
                    "seed=" + seed + " case " + i + ": price " + price + " fen, range [" + lo + ", " + hi + "]");
        }
    }
    /**
     * With flat programmes only the credits and the cost are read from the plan's steps: the credits
     * must be the plan's at any price, and the cost the smallest price
     * p with p at least the abatement cost of what the credits planned at p leave, found here by
     * bisection over every fen as for a sloped programme.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void flatProgrammesCostWhatTheBisectionOverEveryFenFinds(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < 500; i++) {
            long bau = 10_000 + random.nextLong(1_000_000);
            long allocation = bau / 2 + random.nextLong(bau);
            OffsetProgram[] programs = randomPrograms(random, bau, false);
            int count = programs.length;
            OffsetPlan plan = OffsetPlan.of(rule(programs), 2024, Map.of("A", allocation), Map.of("A", bau));
            CurveCost abatement = new CurveCost(
                    new AbatementCurve.Linear(2_000 + random.nextLong(10_000), 0.4),
                    bau,
                    0.3 * random.nextDouble(),
                    30_000);
            MarginalCost cost = OffsetCost.of(abatement, plan, "A");
            long shortfall = random.nextLong(bau / 2) - bau / 10;
            long bisected = bisectedCostFen(abatement, plan, shortfall);
            if (cost instanceof OffsetCost credits) {
                long price = random.nextLong(10_000);
                assertEquals(
                        plan.plannedTonnes("A", price),
                        credits.offeredTonnes(price),
                        "seed=" + seed + " case " + i + ": credits planned at " + price + " fen");
            }
            assertEquals(
                    bisected,
                    cost.costFenPerTonne(shortfall),
                    "seed=" + seed + " case " + i + ": " + count + " flat programmes, shortfall " + shortfall + " t");
        }
    }

    /**
     * A sloped programme's cost is searched from the last cost found: asked at a sequence of
     * shortfalls (nearby ones, the same one again, far jumps either way), each cost must be what the
     * bisection over every fen from 0 finds on the plan itself, and the credits the plan's at any
     * price; with flat programmes beside the sloped one, two enterprises sharing the caps, and the
     * price at which the foreseen path uses a flat programme in part.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void slopedProgrammesAskedInARowCostWhatTheBisectionOverEveryFenFinds(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < 300; i++) {
            long bau = 10_000 + random.nextLong(1_000_000);
            long allocation = bau / 2 + random.nextLong(bau);
            OffsetProgram[] programs = randomPrograms(random, bau, true);
            int count = programs.length;
            OffsetPlan plan = OffsetPlan.of(
                    rule(programs),
                    2024,
                    Map.of("A", allocation, "B", 1 + random.nextLong(2 * bau)),
                    Map.of("A", bau, "B", bau));
            if (random.nextBoolean()) {
                OffsetProgram marginal = programs[random.nextInt(count)];
                plan = plan.onPath(new CreditsOnPath(
                        marginal.priceFenPerTonne(), random.nextLong(marginal.supplyTonnesPerYear())));
            }
            MarginalCost abatement = random.nextInt(4) == 0
                    ? MarginalCost.abated(30_000, random.nextLong(3_000), random.nextLong(bau / 10))
                    : new CurveCost(
                            random.nextBoolean()
                                    ? new AbatementCurve.Linear(2_000 + random.nextLong(10_000), 0.4)
                                    : new AbatementCurve.Quadratic(2_000 + random.nextLong(10_000), 0.4),
                            bau,
                            0.3 * random.nextDouble(),
                            30_000);
            MarginalCost cost = OffsetCost.of(abatement, plan, "A");
            long shortfall = random.nextLong(bau / 2) - bau / 10;
            for (int ask = 0; ask < 40; ask++) {
                int move = random.nextInt(5);
                if (move == 0) {
                    shortfall = random.nextLong(bau / 2) - bau / 10;
                } else if (move < 4) {
                    shortfall += random.nextLong(2 * (bau / 200) + 1) - bau / 200;
                }
                assertEquals(
                        bisectedCostFen(abatement, plan, shortfall),
                        cost.costFenPerTonne(shortfall),
                        "seed=" + seed + " case " + i + " ask " + ask + ": " + count + " programmes, shortfall "
                                + shortfall + " t");
                if (cost instanceof OffsetCost credits) {
                    long price = random.nextBoolean()
                            ? random.nextLong(40_000)
                            : programs[random.nextInt(count)].priceFenPerTonne() + random.nextLong(3) - 1;
                    assertEquals(
                            plan.plannedTonnes("A", price),
                            credits.offeredTonnes(price),
                            "seed=" + seed + " case " + i + " ask " + ask + ": credits planned at " + price + " fen");
                }
            }
        }
    }

    /**
     * One to three programmes of {@link #randomProgram}: all flat, or with {@code withSloped} the first
     * sloped and each other one sloped or flat at random.
     */
    static OffsetProgram[] randomPrograms(SplittableRandom random, long bau, boolean withSloped) {
        OffsetProgram[] programs = new OffsetProgram[1 + random.nextInt(3)];
        for (int k = 0; k < programs.length; k++) {
            boolean sloped = withSloped && (k == 0 || random.nextBoolean());
            long slopeFenPerMt = sloped ? 1 + random.nextLong(random.nextBoolean() ? 100_000 : 20_000_000) : 0;
            programs[k] = randomProgram(random, k, bau, slopeFenPerMt);
        }
        return programs;
    }

    /** A programme of up to a fifth of {@code bau} at up to CNY 80, capped at 1–11% of allocation. */
    private static OffsetProgram randomProgram(SplittableRandom random, int k, long bau, long slopeFenPerMt) {
        return new OffsetProgram(
                "p" + k,
                k % 2 == 0 ? OffsetKind.CCER : OffsetKind.CARBON_INCLUSION,
                1 + random.nextLong(bau / 5),
                random.nextLong(8_000),
                slopeFenPerMt,
                2013,
                0.01 + 0.1 * random.nextDouble(),
                CapBase.ALLOCATION);
    }

    /**
     * The reference answer: the smallest price p, by bisection over every fen from 0, at which A's
     * abatement cost of what the credits planned at p leave is at most p.
     */
    private static long bisectedCostFen(MarginalCost abatement, OffsetPlan plan, long shortfallTonnes) {
        long lo = 0;
        long hi = abatement.costFenPerTonne(shortfallTonnes);
        while (lo < hi) {
            long mid = lo + (hi - lo) / 2;
            if (mid >= abatement.costFenPerTonne(shortfallTonnes - plan.plannedTonnes("A", mid))) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return hi;
    }
}

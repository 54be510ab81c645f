package org.carbonsim.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.carbonsim.core.agents.FinalAbatement;
import org.carbonsim.core.agents.MarginalCost;
import org.carbonsim.core.model.AbatementCurve;
import org.carbonsim.core.model.Enterprise;
import org.carbonsim.core.model.OutputProcess;
import org.carbonsim.core.model.ProductionModel;
import org.carbonsim.core.model.ShockModel;
import org.carbonsim.core.model.TechnologyStep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An enterprise's marginal cost around its plan, and the deadline share it finishes the year with. */
class CurveCostTest {
    /** The plain bisection every {@link MarginalCost} has, as the reference for the override. */
    private static long bisection(MarginalCost cost, long priceFen, long lo, long hi) {
        while (lo < hi) {
            long mid = lo + (hi - lo + 1) / 2;
            if (cost.costFenPerTonne(mid) <= priceFen) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /**
     * Worked by hand on seed 64's F08 of {@code ForesightLeadTimeMarketsPropertyTest}: 426,002 t as
     * usual, a linear curve to CNY 102.53 at 26.6%, nothing planned, a penalty-equivalent of CNY
     * 321.60. The economy counts abating 26.6% as 426,002 less the emissions 426,002 × 0.734 =
     * 312,685.468 rounded, 312,685: 113,317 t, half a tonne more than 0.266 × 426,002 = 113,316.532.
     * That last tonne is abated at 26.6%, so it costs the curve's CNY 102.53, and only the tonne after
     * it the penalty-equivalent. Before, the cost read the share 113,317 / 426,002 = 0.2660011..., past
     * 26.6%, and priced the last tonne at CNY 321.60: every firm at its potential held back a tonne that
     * verification then gave it, the market looked a tonne short, and a firm with no abatement bid the
     * price up to CNY 321.60 for it.
     */
    @Test
    void theLastRoundedTonneOfThePotentialCostsTheCurveNotThePenalty() {
        CurveCost cost = new CurveCost(new AbatementCurve.Linear(10_253, 0.266), 426_002, 0, 32_160);
        assertEquals(113_317, cost.abatementCapacityTonnes(), "the potential as the economy rounds it");
        assertEquals(113_317, ProductionModel.abatedTonnes(426_002, 0.266));
        assertEquals(10_253, cost.costFenPerTonne(113_317), "the last tonne of the potential");
        assertEquals(10_253, cost.costFenPerTonne(113_316));
        assertEquals(32_160, cost.costFenPerTonne(113_318), "beyond the potential");
        assertEquals(113_317, cost.largestShortfallAtMost(10_253, 0, 200_000), "at CNY 102.53 it abates it all");
        assertEquals(113_317, cost.largestShortfallAtMost(32_159, 0, 200_000));
    }

    /**
     * The same F08 at a price equal to its penalty-equivalent, CNY 321.60: a tonne short past its
     * potential costs what a tonne bought does, and the firm complies, abating its 113,317 t and
     * buying the rest; only above that price does it go short. While the desk counted the tie as a
     * reason to go short, in a year a tonne or two short whose price had risen to the penalty-equivalent
     * every short firm stopped buying and every long firm banked its surplus ({@code
     * ForesightLeadTimeMarketsPropertyTest}'s seed 209: two of three firms fined for 53,181 t). After
     * verification the same: at the penalty-equivalent a firm buys its shortfall and sells its surplus.
     */
    @Test
    void atItsPenaltyEquivalentAFirmBuysRatherThanGoShort() {
        CurveCost cost = new CurveCost(new AbatementCurve.Linear(10_253, 0.266), 426_002, 0, 32_160);
        assertEquals(200_000, cost.largestShortfallAtMost(32_160, 0, 200_000), "every shortfall costs at most that");
        assertEquals(113_317, cost.targetShortfallAt(32_160, 0, 200_000), "it abates its potential, buys the rest");
        assertEquals(200_000, cost.targetShortfallAt(32_161, 0, 200_000), "above it, it goes short");
        assertEquals(113_317, cost.targetShortfallAt(10_253, 0, 200_000), "below it, as the curve says");
        MarginalCost verified = MarginalCost.abated(32_160, 32_160);
        assertEquals(60_000, verified.largestShortfallAtMost(32_160, -5_000, 60_000));
        assertEquals(0, verified.targetShortfallAt(32_160, -5_000, 60_000), "neither short nor long");
        assertEquals(60_000, verified.targetShortfallAt(32_161, -5_000, 60_000));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void directInverseAgreesWithBisection(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < 2_000; i++) {
            long maxCost = 100 + random.nextLong(20_000);
            double maxShare = 0.05 + 0.9 * random.nextDouble();
            int kind = random.nextInt(5);
            AbatementCurve curve = kind < 2
                    ? new AbatementCurve.Linear(maxCost, maxShare)
                    : kind < 4
                            ? new AbatementCurve.Quadratic(maxCost, maxShare)
                            : new AbatementCurve.Steps(List.of(new TechnologyStep("retrofit", maxCost, maxShare, 0)));
            long bau = 1 + random.nextLong(5_000_000);
            double planned = maxShare * random.nextDouble();
            long beyond = maxCost + random.nextLong(30_000);
            // half the cases with a committed share below the plan and a bank value below the ceiling
            boolean committed = random.nextBoolean();
            double committedShare = committed ? planned * random.nextDouble() : 0;
            long bank = committed ? random.nextLong(beyond) : 0;
            CurveCost cost = new CurveCost(curve, bau, committedShare, planned - committedShare, beyond, bank);
            long lo = -cost.forgoableTonnes();
            long hi = random.nextLong(bau) + cost.abatementCapacityTonnes();
            long price = random.nextLong(beyond + beyond / 4);
            assertEquals(
                    bisection(cost, price, lo, hi),
                    cost.largestShortfallAtMost(price, lo, hi),
                    "seed=" + seed + " case " + i + ": " + curve + ", bau " + bau + " t, planned " + planned
                            + " (committed " + committedShare + "), bank " + bank + " fen, price " + price
                            + " fen, range [" + lo + ", " + hi + "]");
        }
    }

    /**
     * A primary auction's bids search each price level, 2% under the one above, only up to the level
     * above's answer ({@code ComplianceTrader#auctionBids}): the cost does not fall as the shortfall
     * grows, so at a lower price the largest shortfall worth less than it is no larger. The bounded
     * search must give the full search's answer at every level, on every kind of curve and cost.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void eachAuctionLevelsAnswerBoundsTheNextLowerLevels(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < 1_000; i++) {
            long maxCost = 100 + random.nextLong(20_000);
            double maxShare = 0.05 + 0.9 * random.nextDouble();
            long bau = 1 + random.nextLong(5_000_000);
            double planned = maxShare * random.nextDouble();
            long beyond = maxCost + random.nextLong(30_000);
            boolean committed = random.nextBoolean();
            double committedShare = committed ? planned * random.nextDouble() : 0;
            long bank = committed ? random.nextLong(beyond) : 0;
            long bankTarget = random.nextBoolean() ? 0 : random.nextLong(bau / 4 + 1);
            int kind = random.nextInt(7);
            MarginalCost cost =
                    costOfKind(kind, random, maxCost, maxShare, bau, committedShare, planned, beyond, bank, bankTarget);
            long lowest = -cost.forgoableTonnes();
            long shortfall = lowest + random.nextLong(2 * bau);
            long lowestCost = cost.costFenPerTonne(lowest);
            long shortfallCost = cost.costFenPerTonne(shortfall);
            long tickFen = random.nextBoolean() ? 1 : 10;
            long priceTicks = (beyond + beyond / 4) / tickFen + 1;
            long above = shortfall;
            for (int level = 0; level < 100 && priceTicks >= 1; level++) {
                long priceFen = priceTicks * tickFen;
                if (shortfallCost >= priceFen && lowestCost < priceFen) {
                    long full = cost.largestShortfallAtMost(priceFen - 1, lowest, shortfall);
                    assertEquals(
                            full,
                            cost.largestShortfallAtMost(priceFen - 1, lowest, above),
                            "seed=" + seed + " case " + i + " level " + level + ": " + cost + ", bau " + bau
                                    + " t, planned " + planned + " (committed " + committedShare + "), bank "
                                    + bank + " fen, target " + bankTarget + " t, price " + priceFen
                                    + " fen, range [" + lowest + ", " + shortfall + "], bound " + above);
                    above = full;
                } else {
                    above = shortfallCost < priceFen ? shortfall : lowest;
                }
                priceTicks = Math.min(priceTicks - 1, priceTicks * 98 / 100);
            }
        }
    }

    /**
     * The cost at a shortfall as the class documents it, asking the curve through its interface: the
     * reference for {@link CurveCost}'s calls through each curve's own class.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void costIsTheCurveAtThePlannedShareMovedByTheShortfall(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < 1_000; i++) {
            long top = 100 + random.nextLong(20_000);
            double potential = 0.05 + 0.9 * random.nextDouble();
            List<AbatementCurve> curves = List.of(
                    new AbatementCurve.Linear(top, potential),
                    new AbatementCurve.Quadratic(top, potential),
                    new AbatementCurve.Steps(List.of(
                            new TechnologyStep("retrofit", top / 2, potential / 2, 0),
                            new TechnologyStep("new kiln", top, potential / 2, 0))));
            long bau = 1 + random.nextLong(5_000_000);
            double planned = potential * random.nextDouble();
            long beyond = top + random.nextLong(30_000);
            long bank = random.nextBoolean() ? 0 : random.nextLong(beyond);
            long shortfall = random.nextLong(-bau, bau);
            double share = planned + (double) shortfall / bau;
            for (AbatementCurve curve : curves) {
                long abatement = share <= 0
                        ? 0
                        : share > curve.maxShare()
                                ? beyond
                                : Math.min(beyond, Math.round(curve.marginalCostFen(share)));
                assertEquals(
                        Math.max(bank, abatement),
                        new CurveCost(curve, bau, planned, beyond, bank).costFenPerTonne(shortfall),
                        "seed=" + seed + " case " + i + ": " + curve + ", bau " + bau + " t, planned " + planned
                                + ", shortfall " + shortfall + " t");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void verifiedCostInvertsLikeBisection(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < 2_000; i++) {
            long shortfallFen = random.nextLong(20_000);
            long surplusFen = random.nextLong(shortfallFen + 1);
            MarginalCost cost = MarginalCost.abated(shortfallFen, surplusFen);
            long hi = random.nextLong(100_000);
            long price = surplusFen + random.nextLong(shortfallFen - surplusFen + 2_000);
            assertEquals(
                    bisection(cost, price, 0, hi),
                    cost.largestShortfallAtMost(price, 0, hi),
                    "seed=" + seed + " case " + i + ": " + cost + ", price " + price + ", hi " + hi);
        }
    }

    @Test
    void aPlanCanBeRevisedDownToNothingAndUpToThePotential() {
        // Linear(4,000 fen, 0.4) on 100,000 t planned at 0.4 (40,000 t): a surplus of 25,000 t means
        // abating 15,000 t, at a marginal cost of 4,000 * 0.15 / 0.4 = 1,500 fen.
        CurveCost cost = new CurveCost(new AbatementCurve.Linear(4_000, 0.4), 100_000, 0.4, 12_000);
        assertEquals(1_500, cost.costFenPerTonne(-25_000));
        assertEquals(40_000, cost.forgoableTonnes());
        assertEquals(0, cost.abatementCapacityTonnes());
        assertEquals(12_000, cost.costFenPerTonne(1), "beyond the potential: the penalty-equivalent price");
        // At the deadline with that surplus and a close of 1,500 fen it finishes at 0.15; with a close
        // of 3,000 fen it still abates up to where its MAC meets the close, 0.3, and banks the rest.
        assertEquals(0.15, cost.shareToFinishYear(-25_000, 1_500), 1e-12);
        assertEquals(0.3, cost.shareToFinishYear(-25_000, 3_000), 1e-12);
        assertEquals(0.4, cost.shareToFinishYear(5_000, 1_500), 1e-12, "short: abates to its potential");
    }

    @Test
    void atThePriceAFirmAbatesEveryTonneItsDeskSoldAtThatPrice() {
        // Linear(4,000 fen, 0.4) on 100,000 t planned at 0.4. The desk prices a tonne at its marginal
        // cost rounded to the fen, so at a close of 1,500 fen it gives up abatement only down to where
        // the cost reaches 1,500.5 fen: 15,004 t still abated (the 15,005th costs 1,500.5, which rounds
        // up). AT_PRICE at verification abated to the exact curve at 1,500 fen, 15,000 t, and the firm
        // that had sold at the desk's count was 4 t short.
        CurveCost cost = new CurveCost(new AbatementCurve.Linear(4_000, 0.4), 100_000, 0.4, 12_000);
        long sold = cost.largestShortfallAtMost(1_500, -40_000, 0);
        assertEquals(-24_996, sold, "the desk's count at the close");
        double share = cost.shareToFinishYear(sold, 1_500, FinalAbatement.AT_PRICE);
        long abated = ProductionModel.abatedTonnes(100_000, share);
        assertTrue(abated >= 40_000 + sold, "abated " + abated + " t against the 15,004 t the desk kept");
        assertTrue(abated <= 15_005, "and not past the price: abated " + abated + " t");
    }

    @Test
    void aFirmAtItsWholePotentialExpectsTheEmissionsTheEconomyReports() {
        // Quadratic up to 0.5 on 260,603 t, planned at 0.3, nothing committed. At its whole potential the
        // economy reports 260,603 × 0.5 = 130,301.5 → 130,302 t emitted, so 130,301 t abated. The firm
        // counts the same: it may forgo 260,603 − 182,422 (0.7 × 260,603 = 182,422.1) = 78,181 t and still
        // abate 130,301 − 78,181 = 52,120 t. Rounding each part half-up on its own gave 78,181 + 52,121
        // (0.2 × 260,603 = 52,120.6): a firm that sold down to that potential ended a tonne short.
        CurveCost cost = new CurveCost(new AbatementCurve.Quadratic(10_000, 0.5), 260_603, 0.3, 12_000);
        assertEquals(78_181, cost.forgoableTonnes());
        assertEquals(52_120, cost.abatementCapacityTonnes());
        assertEquals(
                ProductionModel.produce(quadraticFirm(), 2024, 260_603, 0.5).emissionsTonnes(),
                260_603 - cost.forgoableTonnes() - cost.abatementCapacityTonnes(),
                "emissions at the whole potential");
        // With 0.1 committed for good (an adopted step) outside the curve, planned 0.2 on it and 0.4 left:
        // abated at 0.1, 0.3 and 0.5 of the whole are 26,060, 78,181 and 130,301 t.
        CurveCost committed = new CurveCost(new AbatementCurve.Quadratic(10_000, 0.4), 260_603, 0.1, 0.2, 12_000, 0);
        assertEquals(78_181 - 26_060, committed.forgoableTonnes());
        assertEquals(130_301 - 78_181, committed.abatementCapacityTonnes());
    }

    private static Enterprise quadraticFirm() {
        return new Enterprise(
                "Q",
                "Q",
                "cement",
                new OutputProcess(2024, 260_603, 0, ShockModel.NONE, 0),
                1.0,
                0,
                0,
                330,
                new AbatementCurve.Quadratic(10_000, 0.5),
                Enterprise.ALWAYS_OPEN,
                Enterprise.NEVER_CLOSES,
                List.of());
    }

    @Test
    void atPriceAShortFirmAbatesWhereItsCostMeetsTheCloseAndBuysTheRest() {
        // Linear(4,000 fen, 0.4) on 100,000 t planned at 0.15 (MAC 1,500), 10,000 t short, close 2,000:
        // closing the gap by abating means 0.25 (MAC 2,500); at the price it stops at 0.2 (MAC 2,000)
        // and buys 5,000 t (with the tonnes whose cost rounds to 2,000 fen, up to 2,000.5: 0.20005).
        CurveCost cost = new CurveCost(new AbatementCurve.Linear(4_000, 0.4), 100_000, 0.15, 12_000);
        assertEquals(0.25, cost.shareToFinishYear(10_000, 2_000, FinalAbatement.SHORTFALL), 1e-12);
        assertEquals(0.20005, cost.shareToFinishYear(10_000, 2_000, FinalAbatement.AT_PRICE), 1e-12);
        // Long, the two rules agree: at least up to where the MAC meets the close.
        assertEquals(0.2, cost.shareToFinishYear(-10_000, 2_000, FinalAbatement.AT_PRICE), 1e-12);
        assertEquals(0.2, cost.shareToFinishYear(-10_000, 2_000, FinalAbatement.SHORTFALL), 1e-12);
    }

    @Test
    void aBankValueIsTheLeastAnyAllowanceIsWorth() {
        // Linear(4,000 fen, 0.4) on 100,000 t planned at 0.15, bank value 2,000 fen: a surplus is
        // worth at least 2,000 (it would be 1,500 at the plan), a shortfall its MAC when that is more.
        CurveCost cost = new CurveCost(new AbatementCurve.Linear(4_000, 0.4), 100_000, 0.15, 12_000, 2_000);
        assertEquals(2_000, cost.costFenPerTonne(0), "at the plan");
        assertEquals(2_000, cost.costFenPerTonne(-15_000), "having forgone the whole plan");
        assertEquals(3_000, cost.costFenPerTonne(15_000), "MAC at 0.3 is above the bank value");
        // Below the bank value it would rather hold every allowance: the lowest shortfall in range.
        assertEquals(-15_000, cost.largestShortfallAtMost(1_900, -15_000, 25_000));
        // At the deadline it abates at least to where its MAC meets the bank value (0.2), not the close.
        assertEquals(0.2, cost.shareToFinishYear(-10_000, 1_000), 1e-12);
        assertThrows(
                IllegalArgumentException.class,
                () -> new CurveCost(new AbatementCurve.Linear(4_000, 0.4), 100_000, 0.15, 1_000, 2_000));
    }

    @Test
    void aFirmLongByAStepAtVerificationAbatesEveryTonneItsHoldingsDoNotCover() {
        // F01 of TextbookMarketsPropertyTest's seed 3558: 163,500 t with quick steps at CNY 32 (0.131),
        // 59 (0.068) and 91 (0.118), planned at 0.199 (the two cheaper steps), which the economy counts
        // as 32,537 t abated: 0.801 × 163,500 is 130,963.49999... in floating point, so 130,963 t
        // emitted. At verification the close is CNY 57.50 and the firm is 11,118 t long: it forgoes the
        // CNY 59 step and should abate 32,537 − 11,118 = 21,419 t. The share 0.199 − 11,118 / 163,500
        // is 0.131, where the emissions are 142,081.5 t, rounded up: 21,418 t abated, and the firm
        // ended the year a tonne short with nobody left to sell it one (fined in each of the 3 years).
        CurveCost cost = new CurveCost(
                new AbatementCurve.Steps(List.of(
                        new TechnologyStep("step-0", 5_900, 0.068, 0),
                        new TechnologyStep("step-1", 3_200, 0.131, 0),
                        new TechnologyStep("step-2", 9_100, 0.118, 0))),
                163_500,
                0.199,
                17_250);
        assertEquals(32_537, cost.forgoableTonnes(), "abated at the plan, as the economy counts it");
        double share = cost.shareToFinishYear(-11_118, 5_750);
        assertEquals(21_419, ProductionModel.abatedTonnes(163_500, share), "share " + share);
        assertEquals(0.131, share, 1e-5, "the CNY 32 step and no more");
    }

    @Test
    void quickTechnologyStepsFollowTheMarketLikeACurve() {
        // A 3,000-fen retrofit abating 0.2 of 50,000 t, planned in full: forgoing it saves 3,000 fen a
        // tonne, so a surplus is worth 3,000 fen and a shortfall beyond the step costs the penalty.
        CurveCost cost = new CurveCost(
                new AbatementCurve.Steps(List.of(new TechnologyStep("kiln retrofit", 3_000, 0.2, 0))),
                50_000,
                0.2,
                9_000);
        assertEquals(9_000, cost.costFenPerTonne(1), "beyond the step only the penalty is left");
        assertEquals(3_000, cost.costFenPerTonne(-1_000), "a surplus is the step partly forgone");
        assertEquals(10_000, cost.forgoableTonnes());
        assertEquals(0, cost.abatementCapacityTonnes());
        assertEquals(-10_000, cost.largestShortfallAtMost(2_999, -10_000, 0), "below its cost, forgo it all");
        assertEquals(0, cost.largestShortfallAtMost(3_000, -10_000, 0));
    }

    /**
     * The cost of a random case: kinds 0-4 on a curve of {@link #curveOfKind} with the plan, bank value
     * and target given, 5 a linear cost (its slope and capacity drawn from {@code random}), 6 the cost
     * after verification.
     */
    static MarginalCost costOfKind(
            int kind,
            SplittableRandom random,
            long maxCost,
            double maxShare,
            long bau,
            double committedShare,
            double planned,
            long beyond,
            long bank,
            long bankTarget) {
        return switch (kind) {
            case 5 -> MarginalCost.linear(0.001 + random.nextDouble() * 5, random.nextLong(bau));
            case 6 -> MarginalCost.abated(beyond, bank, bankTarget);
            default -> new CurveCost(
                    curveOfKind(kind, maxCost, maxShare),
                    bau,
                    committedShare,
                    planned - committedShare,
                    beyond,
                    bank,
                    bankTarget);
        };
    }

    /** The curve of a random case: kinds 0-1 linear, 2-3 quadratic, 4 two technology steps. */
    static AbatementCurve curveOfKind(int kind, long maxCost, double maxShare) {
        return switch (kind) {
            case 0, 1 -> new AbatementCurve.Linear(maxCost, maxShare);
            case 2, 3 -> new AbatementCurve.Quadratic(maxCost, maxShare);
            default -> new AbatementCurve.Steps(List.of(
                    new TechnologyStep("retrofit", maxCost / 3, maxShare / 3, 0),
                    new TechnologyStep("new kiln", maxCost, maxShare * 2 / 3, 0)));
        };
    }
}

package org.carbonsim.core.equilibrium;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.carbonsim.core.model.AbatementCurve;
import org.carbonsim.core.model.ProductionModel;
import org.carbonsim.core.model.TechnologyStep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LeastCostAbatementTest {

    private static CoveredFirm linear(String id, long bau, long maxCostFen, double maxShare) {
        return new CoveredFirm(id, bau, new AbatementCurve.Linear(maxCostFen, maxShare));
    }

    private static CoveredFirm steps(String id, long bau, TechnologyStep... steps) {
        return new CoveredFirm(id, bau, new AbatementCurve.Steps(List.of(steps)));
    }

    private static TechnologyStep step(long costFenPerTonne, double share) {
        return new TechnologyStep("s" + costFenPerTonne, costFenPerTonne, share, 0);
    }

    @Test
    void twoLinearFirmsAbateWhereTheirMarginalCostsMeet() {
        // Firm 1: BAU 1,000 t, MAC 0 -> 100 fen at share 0.2 (200 t): MAC(x) = x / 2 fen, cost(x) = x^2 / 4.
        // Firm 2: BAU 2,000 t, MAC 0 -> 50 fen at share 0.1 (200 t): MAC(x) = x / 4 fen, cost(x) = x^2 / 8.
        // 150 t at least cost: x1 / 2 = x2 / 4 and x1 + x2 = 150 -> x1 = 50, x2 = 100;
        // cost = 2,500 / 4 + 10,000 / 8 = 625 + 1,250 = 1,875 fen.
        // The split 75 / 75 costs round(5,625 / 4) + round(5,625 / 8) = 1,406 + 703 = 2,109 fen,
        // so its cost-effectiveness is 1,875 / 2,109 = 0.88905...
        List<CoveredFirm> firms = List.of(linear("1", 1_000, 100, 0.2), linear("2", 2_000, 50, 0.1));

        assertArrayEquals(new double[] {50, 100}, LeastCostAbatement.allocationTonnes(firms, 150), 1e-9);
        assertEquals(1_875, LeastCostAbatement.costFen(firms, 150));
        long evenSplitFen = firms.get(0).costFen(75) + firms.get(1).costFen(75);
        assertEquals(2_109, evenSplitFen);
        assertEquals(
                1_875.0 / 2_109,
                LeastCostAbatement.costEffectiveness(1_875, evenSplitFen).getAsDouble(),
                1e-15);
    }

    @Test
    void aTotalInsideAStepTakesThatStepInPart() {
        // A: BAU 100 t, 30 t at 10 fen then 20 t at 40 fen. B: BAU 200 t, 20 t at 25 fen.
        // 45 t: A's 30 t at 10 fen (300), then 15 of B's 20 t at 25 fen (375): 675 fen.
        // A's 40-fen step is never touched; B's step is used in part.
        List<CoveredFirm> firms =
                List.of(steps("A", 100, step(10, 0.3), step(40, 0.2)), steps("B", 200, step(25, 0.1)));

        assertArrayEquals(new double[] {30, 15}, LeastCostAbatement.allocationTonnes(firms, 45), 1e-9);
        assertEquals(675, LeastCostAbatement.costFen(firms, 45));
        // 55 t: 30 at 10, 20 at 25, 5 at 40 = 300 + 500 + 200 = 1,000 fen
        assertEquals(1_000, LeastCostAbatement.costFen(firms, 55));
        // 45.5 t, not a whole number: half a tonne more of B's step, 12.5 fen more: 687.5, rounded once
        assertEquals(688, LeastCostAbatement.costFen(firms, 45.5));
    }

    @Test
    void nothingAbatedCostsNothingAndTooMuchIsRejected() {
        List<CoveredFirm> firms = List.of(linear("1", 1_000, 100, 0.2), linear("2", 2_000, 50, 0.1));

        assertEquals(0, LeastCostAbatement.costFen(firms, 0));
        assertEquals(0, LeastCostAbatement.costFen(List.of(), 0));
        assertEquals(firms.get(0).costFen(200) + firms.get(1).costFen(200), LeastCostAbatement.costFen(firms, 400));
        IllegalArgumentException tooMuch =
                assertThrows(IllegalArgumentException.class, () -> LeastCostAbatement.costFen(firms, 401));
        assertTrue(tooMuch.getMessage().contains("[0, 400.0]"), tooMuch.getMessage());
        assertThrows(IllegalArgumentException.class, () -> LeastCostAbatement.costFen(firms, -1));
    }

    @Test
    void costEffectivenessIsUndefinedWhenNothingWasSpent() {
        assertTrue(LeastCostAbatement.costEffectiveness(0, 0).isEmpty());
        assertEquals(0.5, LeastCostAbatement.costEffectiveness(50, 100).getAsDouble());
        assertEquals(0.0, LeastCostAbatement.costEffectiveness(0, 100).getAsDouble());
        assertThrows(IllegalArgumentException.class, () -> LeastCostAbatement.costEffectiveness(-1, 100));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25})
    void agreesWithABruteForceSearchOverWholeTonnes(long seed) {
        // Whole tonnes can cost more than the least cost, which may split tonnes, but not by more than
        // a tonne's move along each continuous curve: its MAC's rise over one tonne (a linear MAC rises
        // maxCost / capacity a tonne, a quadratic one at most twice that); a stepped curve whose steps
        // end on whole tonnes loses nothing. Costs are rounded per firm (brute force) and once (least
        // cost): half a fen per firm more either way.
        SplittableRandom random = new SplittableRandom(seed);
        List<CoveredFirm> firms = randomFirms(random);
        long capacity = 0;
        double slackFen = firms.size();
        for (CoveredFirm firm : firms) {
            capacity += capacityOf(firm);
            slackFen += oneTonneRiseFen(firm);
        }
        for (long tonnes = 0; tonnes <= capacity; tonnes++) {
            long bruteForce = bruteForceFen(firms, 0, tonnes);
            long leastCost = LeastCostAbatement.costFen(firms, tonnes);
            String where = "seed=" + seed + " tonnes=" + tonnes + ": " + leastCost + " fen vs brute force " + bruteForce
                    + " fen for " + firms;
            assertTrue(leastCost <= bruteForce + firms.size(), where);
            assertTrue(bruteForce <= leastCost + slackFen, where + " (slack " + slackFen + " fen)");
            double[] allocation = LeastCostAbatement.allocationTonnes(firms, tonnes);
            double total = 0;
            for (int i = 0; i < allocation.length; i++) {
                assertTrue(
                        allocation[i] >= 0 && allocation[i] <= firms.get(i).maxTonnes() + 1e-9,
                        where + ": firm " + i + " abates " + allocation[i] + " t");
                total += allocation[i];
            }
            assertEquals(tonnes, total, 1e-6, where + ": the allocation abates the total");
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116})
    void costsNoMoreThanAnyOtherAllocationOfTheSameTonnes(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int problem = 0; problem < 50; problem++) {
            List<CoveredFirm> firms = randomFirms(random, 100_000);
            double total = 0;
            double cost = 0;
            for (CoveredFirm firm : firms) {
                double tonnes = random.nextDouble() * firm.maxTonnes();
                total += tonnes;
                cost += firm.exactCostFen(tonnes);
            }
            long leastCost = LeastCostAbatement.costFen(firms, total);
            assertTrue(
                    leastCost <= Math.round(cost) + 1,
                    "seed=" + seed + " problem=" + problem + ": least cost " + leastCost + " fen above " + cost
                            + " fen of a random allocation of " + total + " t");
        }
    }

    /** 2–4 firms with small BAU; see {@link #randomFirms(SplittableRandom, long)}. */
    private static List<CoveredFirm> randomFirms(SplittableRandom random) {
        return randomFirms(random, 12);
    }

    /**
     * 2–4 firms, BAU in [1, {@code maxBau}], linear, quadratic or stepped curves whose ranges, and
     * steps, end on whole tonnes.
     */
    private static List<CoveredFirm> randomFirms(SplittableRandom random, long maxBau) {
        int count = 2 + random.nextInt(3);
        List<CoveredFirm> firms = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long bau = 1 + random.nextLong(maxBau);
            long capacity = 1 + random.nextLong(bau);
            double maxShare = (double) capacity / bau;
            long maxCostFen = 1 + random.nextLong(500);
            AbatementCurve curve =
                    switch (random.nextInt(3)) {
                        case 0 -> new AbatementCurve.Linear(maxCostFen, maxShare);
                        case 1 -> new AbatementCurve.Quadratic(maxCostFen, maxShare);
                        default -> randomSteps(random, bau, capacity);
                    };
            firms.add(new CoveredFirm("f" + i, bau, curve));
        }
        return List.copyOf(firms);
    }

    /** Up to three steps of whole tonnes adding up to {@code capacity} of {@code bau}. */
    private static AbatementCurve randomSteps(SplittableRandom random, long bau, long capacity) {
        List<TechnologyStep> steps = new ArrayList<>();
        long left = capacity;
        for (int j = 0; j < 3 && left > 0; j++) {
            long tonnes = j == 2 ? left : 1 + random.nextLong(left);
            left -= tonnes;
            steps.add(new TechnologyStep("t" + j, random.nextLong(500), (double) tonnes / bau, 0));
        }
        return new AbatementCurve.Steps(steps);
    }

    /** The most a firm's MAC rises over one tonne, fen per tonne: 0 for steps. */
    private static double oneTonneRiseFen(CoveredFirm firm) {
        AbatementCurve curve = firm.curve();
        long capacity = capacityOf(firm);
        double top = curve.marginalCostFen(curve.maxShare());
        if (curve instanceof AbatementCurve.Linear) {
            return top / capacity;
        }
        return curve instanceof AbatementCurve.Quadratic ? 2 * top / capacity : 0;
    }

    private static long capacityOf(CoveredFirm firm) {
        return ProductionModel.abatedTonnes(firm.bauTonnes(), firm.curve().maxShare());
    }

    /** The least Σ costFen over whole-tonne allocations of {@code tonnes} to firms {@code from} on. */
    private static long bruteForceFen(List<CoveredFirm> firms, int from, long tonnes) {
        CoveredFirm firm = firms.get(from);
        if (from == firms.size() - 1) {
            return tonnes <= capacityOf(firm) ? firm.costFen(tonnes) : Long.MAX_VALUE;
        }
        long best = Long.MAX_VALUE;
        for (long own = 0; own <= Math.min(tonnes, capacityOf(firm)); own++) {
            long rest = bruteForceFen(firms, from + 1, tonnes - own);
            if (rest != Long.MAX_VALUE) {
                best = Math.min(best, firm.costFen(own) + rest);
            }
        }
        return best;
    }
}

package org.carbonsim.core.equilibrium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.carbonsim.core.equilibrium.EquilibriumResult.Regime;
import org.carbonsim.core.model.AbatementCurve;
import org.carbonsim.core.model.TechnologyStep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the solver against a brute-force scan of whole-fen prices and against random reallocations
 * of its abatement, over seeded random instances with linear, quadratic and step curves, offsets and
 * ceilings that sometimes bind.
 */
class EquilibriumSolverPropertyTest {
    /** Every MAC and offset price in the instances is at most this many fen per tonne. */
    private static final long MAX_COST_FEN = 20_000;

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 60);
    }

    private static EquilibriumInput randomInstance(Random random) {
        int n = 2 + random.nextInt(7);
        List<CoveredFirm> firms = new ArrayList<>();
        long bau = 0;
        for (int i = 0; i < n; i++) {
            long firmBau = 1_000 + random.nextInt(999_001);
            bau += firmBau;
            firms.add(new CoveredFirm("F" + i, firmBau, randomCurve(random)));
        }
        long cap = (long) (bau * (0.70 + 0.35 * random.nextDouble()));
        long banked = random.nextInt(4) == 0 ? random.nextInt(10_000) : 0;
        OffsetSupply offsets = random.nextBoolean()
                ? FlatOffsets.of(
                        random.nextInt(200_000), 1 + random.nextInt((int) MAX_COST_FEN), random.nextInt(200_000))
                : OffsetSupply.NONE;
        long ceiling = random.nextInt(3) == 0 ? 1_000 + random.nextInt((int) MAX_COST_FEN) : Long.MAX_VALUE;
        return new EquilibriumInput(firms, cap, banked, offsets, 0, ceiling);
    }

    static AbatementCurve randomCurve(Random random) {
        switch (random.nextInt(3)) {
            case 0:
                return new AbatementCurve.Linear(1 + random.nextInt((int) MAX_COST_FEN), 0.5 * random.nextDouble());
            case 1:
                return new AbatementCurve.Quadratic(1 + random.nextInt((int) MAX_COST_FEN), 0.5 * random.nextDouble());
            default:
                int count = 1 + random.nextInt(4);
                List<TechnologyStep> steps = new ArrayList<>();
                for (int s = 0; s < count; s++) {
                    steps.add(new TechnologyStep(
                            "step" + s, random.nextInt((int) MAX_COST_FEN + 1), 0.01 + 0.2 * random.nextDouble(), 0));
                }
                return new AbatementCurve.Steps(steps);
        }
    }

    /**
     * The most credits the firms may use, every credit on offer, t: those the compliance desk's caps
     * hold as the solver counts them ({@link YearSupply#creditsAt}).
     */
    private static long creditRoom(EquilibriumInput input) {
        return YearSupply.of(input)
                .creditsAt(
                        input.offsets().highestPriceFen(),
                        new double[input.firms().size()]);
    }

    /** Smallest whole-fen price at which supply covers the gap, or -1 if none up to the ceiling. */
    private static long gridPrice(EquilibriumInput input, long gap) {
        long top = Math.min(input.ceilingFen(), MAX_COST_FEN);
        for (long p = 0; p <= top; p++) {
            if (EquilibriumSolver.supplyAt(input, p) >= gap - 1e-9 * gap) {
                return p;
            }
        }
        return -1;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void priceMatchesBruteForceGridAndTheGapCloses(long seed) {
        EquilibriumInput input = randomInstance(new Random(seed));
        EquilibriumResult result = EquilibriumSolver.solve(input);
        long gap = input.gapTonnes();
        String id = "seed=" + seed + " ";

        if (gap <= 0) {
            assertEquals(Regime.SURPLUS, result.regime(), id);
            assertEquals(0, result.totalAbatementTonnes(), id);
            return;
        }
        assertEquals(
                gap,
                result.totalAbatementTonnes() + result.offsetsUsedTonnes() + result.unmetTonnes(),
                id + "abatement + offsets + unmet must equal the gap");
        long grid = gridPrice(input, gap);
        if (grid < 0) {
            assertEquals(Regime.CEILING, result.regime(), id + "grid found no clearing price");
            assertEquals(input.ceilingFen(), result.priceFen(), id);
            assertTrue(result.unmetTonnes() > 0, id + "unmet");
            return;
        }
        assertEquals(Regime.CLEARED, result.regime(), id + "grid price " + grid);
        assertEquals(0, result.unmetTonnes(), id);
        assertTrue(
                result.exactPriceFen() > grid - 1 - EquilibriumSolver.PRICE_TOLERANCE_FEN
                        && result.exactPriceFen() <= grid + EquilibriumSolver.PRICE_TOLERANCE_FEN,
                id + "price " + result.exactPriceFen() + " outside (" + (grid - 1) + ", " + grid + "]");
        double p = result.exactPriceFen();
        for (int i = 0; i < input.firms().size(); i++) {
            CoveredFirm firm = input.firms().get(i);
            long tonnes = result.firms().get(i).abatementTonnes();
            assertTrue(
                    tonnes >= firm.tonnesAtPrice(p - 0.02) - 1 && tonnes <= firm.tonnesAtPrice(p + 0.02) + 1,
                    id + firm.id() + " abates " + tonnes + " t, not where its MAC meets " + p);
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void noSampledReallocationIsCheaper(long seed) {
        Random random = new Random(seed);
        EquilibriumInput input = randomInstance(random);
        EquilibriumResult result = EquilibriumSolver.solve(input);
        List<CoveredFirm> firms = input.firms();
        int n = firms.size();
        long[] base = new long[n];
        long[] most = new long[n];
        for (int i = 0; i < n; i++) {
            base[i] = result.firms().get(i).abatementTonnes();
            most[i] = Math.max(base[i], (long)
                    Math.floor(firms.get(i).bauTonnes() * firms.get(i).curve().maxShare()));
        }
        long offsetRoom = creditRoom(input);
        long offsetPrice = input.offsets().tranches().isEmpty()
                ? 0
                : input.offsets().tranches().get(0).priceFen();
        double leastTotal = result.leastCostFen() + (double) result.offsetCostFen();
        // Whole-tonne rounding and the 0.01-fen bracket leave a small slack: at most about one
        // tonne at the dearest MAC per firm, plus 0.01 fen per tonne of the gap.
        double slack = 2.0 * (n + 1) * MAX_COST_FEN + 0.01 * Math.max(0, result.gapTonnes()) + 1e-9 * leastTotal;

        for (int sample = 0; sample < 300; sample++) {
            long[] x = base.clone();
            long offsets = result.offsetsUsedTonnes();
            int from = random.nextInt(n + 1);
            int to = random.nextInt(n + 1);
            if (from == to) {
                continue;
            }
            long available = from == n ? offsets : x[from];
            long room = to == n ? offsetRoom - offsets : most[to] - x[to];
            long move = Math.min(available, room);
            if (move <= 0) {
                continue;
            }
            long amount = 1 + (long) (random.nextDouble() * move);
            if (from == n) {
                offsets -= amount;
            } else {
                x[from] -= amount;
            }
            if (to == n) {
                offsets += amount;
            } else {
                x[to] += amount;
            }
            double alternative = (double) offsets * offsetPrice;
            for (int i = 0; i < n; i++) {
                alternative += firms.get(i).costFen(x[i]);
            }
            assertTrue(
                    leastTotal <= alternative + slack,
                    "seed=" + seed + " sample " + sample + ": moving " + amount + " t from " + from + " to " + to
                            + " costs " + alternative + " fen, less than the least cost " + leastTotal);
        }
    }

    @Test
    void seedsExerciseEveryRegimeAndPartlyUsedOffsets() {
        Set<Regime> regimes = EnumSet.noneOf(Regime.class);
        boolean partOffsets = false;
        for (long seed : seeds().toArray()) {
            EquilibriumInput input = randomInstance(new Random(seed));
            EquilibriumResult result = EquilibriumSolver.solve(input);
            regimes.add(result.regime());
            long used = result.offsetsUsedTonnes();
            partOffsets |= used > 0 && used < creditRoom(input);
        }
        assertEquals(EnumSet.of(Regime.SURPLUS, Regime.CLEARED, Regime.CEILING), regimes);
        assertTrue(partOffsets, "no seed has offsets setting the price");
    }
}

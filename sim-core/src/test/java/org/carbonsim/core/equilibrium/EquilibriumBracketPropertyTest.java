package org.carbonsim.core.equilibrium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.carbonsim.core.model.AbatementCurve;
import org.carbonsim.core.model.TechnologyStep;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the one-year solver's price interval ({@link EquilibriumSolver#bracket}) against plain
 * halving on every middle price, bit for bit, over seeded random years: firms of every curve (those of
 * {@link FirmCurvesPropertyTest}), no offsets or one programme (flat or sloped, its caps pooled or the
 * firms' own, a total cap that binds or not) and at times a cap on emissions or a second programme,
 * where supply is not shown never to fall and the solver halves as before. Where {@link
 * YearSupply#neverFalls} says supply never falls, it checks that too on a sorted grid of prices with
 * every step cost and offset price and the doubles either side.
 */
class EquilibriumBracketPropertyTest {
    static LongStream seeds() {
        return LongStream.rangeClosed(1, 400);
    }

    private static OffsetTranche randomTranche(Random random, String id, boolean onEmissions) {
        long supply = random.nextInt(3_000_000);
        long price = random.nextInt(20_000);
        long slope = random.nextBoolean() ? 0 : random.nextInt(50_000);
        long cap = random.nextInt(2_000_000);
        return new OffsetTranche(id, supply, price, slope, cap, onEmissions ? 0.2 * random.nextDouble() : 0);
    }

    private static OffsetSupply randomOffsets(Random random, List<CoveredFirm> firms) {
        int kind = random.nextInt(6);
        if (kind == 0) {
            return OffsetSupply.NONE;
        }
        boolean onEmissions = kind == 1;
        List<OffsetTranche> tranches = new ArrayList<>(List.of(randomTranche(random, "a", onEmissions)));
        if (kind == 2) {
            tranches.add(randomTranche(random, "b", false));
        }
        long trancheCaps = 0;
        for (OffsetTranche tranche : tranches) {
            trancheCaps += tranche.capTonnes();
        }
        long total = random.nextBoolean() ? trancheCaps : random.nextInt((int) Math.max(1, trancheCaps));
        if (random.nextBoolean() || tranches.size() > 1) {
            return new OffsetSupply(tranches, total, 0);
        }
        // the firms' own caps, adding up to the tranche's and the total's
        OffsetTranche tranche = tranches.get(0);
        long[] own = split(random, tranche.capTonnes(), firms.size());
        long[] ownTotal = split(random, total, firms.size());
        List<FirmOffsetCaps> caps = new ArrayList<>();
        for (int i = 0; i < firms.size(); i++) {
            caps.add(new FirmOffsetCaps(firms.get(i).id(), List.of(own[i]), ownTotal[i]));
        }
        return new OffsetSupply(tranches, total, 0, caps);
    }

    /** {@code total} split among {@code n} at random, whole tonnes, adding up to it. */
    private static long[] split(Random random, long total, int n) {
        double[] weights = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            weights[i] = random.nextDouble();
            sum += weights[i];
        }
        long[] parts = new long[n];
        long assigned = 0;
        for (int i = 0; i < n; i++) {
            parts[i] = (long) Math.floor(total * (weights[i] / sum));
            assigned += parts[i];
        }
        parts[0] += total - assigned;
        return parts;
    }

    /** Every step cost and offset price with the doubles either side, and random prices, sorted. */
    private static List<Double> grid(Random random, EquilibriumInput input, double top) {
        List<Double> marks = new ArrayList<>();
        for (CoveredFirm firm : input.firms()) {
            if (firm.curve() instanceof AbatementCurve.Steps steps) {
                for (TechnologyStep step : steps.steps()) {
                    marks.add((double) step.costFenPerTonne());
                }
            }
        }
        for (OffsetTranche tranche : input.offsets().tranches()) {
            marks.add((double) tranche.priceFen());
            marks.add(tranche.highestPriceFen());
        }
        List<Double> prices = new ArrayList<>();
        for (double mark : marks) {
            prices.add(mark);
            prices.add(Math.nextDown(mark));
            prices.add(Math.nextUp(mark));
        }
        for (int k = 0; k < 60; k++) {
            prices.add(top * random.nextDouble());
        }
        Collections.sort(prices);
        return prices;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theSameIntervalAsHalvingAndSupplyNeverFallsWhereItIsSaidTo(long seed) {
        Random random = new Random(seed);
        List<CoveredFirm> firms = FirmCurvesPropertyTest.randomFirms(random);
        EquilibriumInput input = new EquilibriumInput(firms, 0, 0, randomOffsets(random, firms), 0, Long.MAX_VALUE);
        YearSupply supply = YearSupply.of(input);
        double top = Math.max(1, EquilibriumSolver.highestRelevantPrice(input));
        if (supply.neverFalls()) {
            double before = Double.NEGATIVE_INFINITY;
            for (double price : grid(random, input, top)) {
                double now = supply.at(price);
                assertTrue(
                        now >= before,
                        "seed=" + seed + ": supply falls to " + now + " at " + price + " from " + before);
                before = now;
            }
        }
        double lowest = supply.at(0);
        double highest = supply.at(top);
        double[] targets = {
            lowest + (highest - lowest) * random.nextDouble(),
            supply.at(top * random.nextDouble()),
            Math.nextUp(supply.at(top * random.nextDouble())),
            lowest,
            highest,
            highest + 1
        };
        for (double target : targets) {
            PriceBracket halved = PriceBracket.narrowed(
                    0,
                    top,
                    EquilibriumSolver.PRICE_TOLERANCE_FEN,
                    mid -> YearSupply.of(input).at(mid) >= target);
            PriceBracket found = EquilibriumSolver.bracket(YearSupply.of(input), 0, lowest, top, highest, target);
            String where = "seed=" + seed + " target " + target + " over [0, " + top + "], supply never falls: "
                    + supply.neverFalls();
            assertEquals(
                    Double.doubleToLongBits(halved.loFen()), Double.doubleToLongBits(found.loFen()), where + ": lo");
            assertEquals(
                    Double.doubleToLongBits(halved.hiFen()), Double.doubleToLongBits(found.hiFen()), where + ": hi");
        }
    }
}

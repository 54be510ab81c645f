package org.carbonsim.core.equilibrium;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.carbonsim.core.model.AbatementCurve;
import org.carbonsim.core.model.TechnologyStep;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks that {@link FirmCurves} gives each firm's {@link CoveredFirm#tonnesAtPrice} and {@link
 * CoveredFirm#curveTonnesAtPrice} bit for bit, and their sum in the firms' order, over seeded random
 * firms (linear, quadratic and step curves, with no abatement, free abatement, steps at equal costs
 * and steps that share out all of business as usual) at random prices and at and either side of every
 * step cost, curve top, zero and a price that is not a number: the solvers' decisions and outputs must
 * not move by a bit.
 */
class FirmCurvesPropertyTest {
    static LongStream seeds() {
        return LongStream.rangeClosed(1, 200);
    }

    private static AbatementCurve randomCurve(Random random) {
        long maxCost = random.nextInt(8) == 0 ? 0 : 1 + random.nextInt(20_000);
        double maxShare = random.nextInt(8) == 0 ? 0 : random.nextInt(8) == 0 ? 1 : random.nextDouble();
        switch (random.nextInt(3)) {
            case 0:
                return new AbatementCurve.Linear(maxCost, maxShare);
            case 1:
                return new AbatementCurve.Quadratic(maxCost, maxShare);
            default:
                int count = random.nextInt(5);
                List<TechnologyStep> steps = new ArrayList<>();
                double left = 1;
                for (int s = 0; s < count; s++) {
                    // at times a step takes exactly what is left, so the shares add up to 1
                    double share = random.nextInt(6) == 0 ? left : Math.min(left, 0.001 + 0.3 * random.nextDouble());
                    if (share <= 0) {
                        break;
                    }
                    left -= share;
                    long cost = s > 0 && random.nextInt(4) == 0
                            ? steps.get(s - 1).costFenPerTonne()
                            : random.nextInt(20_001);
                    steps.add(new TechnologyStep("step" + s, cost, share, random.nextInt(3)));
                }
                return new AbatementCurve.Steps(steps);
        }
    }

    static List<CoveredFirm> randomFirms(Random random) {
        int n = 1 + random.nextInt(12);
        List<CoveredFirm> firms = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long bau = random.nextInt(10) == 0 ? random.nextInt(3) : 1 + random.nextInt(5_000_000);
            firms.add(new CoveredFirm("F" + i, bau, randomCurve(random)));
        }
        return firms;
    }

    /** Random prices, and 0, a negative price, NaN and each step cost and curve top with its neighbours. */
    private static List<Double> prices(Random random, List<CoveredFirm> firms) {
        List<Double> prices = new ArrayList<>(List.of(0.0, -0.0, -1.0, Double.NaN, 1e-9, 25_000.0));
        for (int k = 0; k < 40; k++) {
            prices.add(21_000 * random.nextDouble());
        }
        for (CoveredFirm firm : firms) {
            List<Double> marks = new ArrayList<>();
            if (firm.curve() instanceof AbatementCurve.Steps steps) {
                steps.steps().forEach(step -> marks.add((double) step.costFenPerTonne()));
            } else if (firm.curve() instanceof AbatementCurve.Linear linear) {
                marks.add((double) linear.maxCostFen());
            } else if (firm.curve() instanceof AbatementCurve.Quadratic quadratic) {
                marks.add((double) quadratic.maxCostFen());
            }
            for (double mark : marks) {
                prices.add(mark);
                prices.add(Math.nextDown(mark));
                prices.add(Math.nextUp(mark));
            }
        }
        return prices;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everyFirmAndTheSumMatchTheFirmsBitForBit(long seed) {
        Random random = new Random(seed);
        List<CoveredFirm> firms = randomFirms(random);
        FirmCurves curves = new FirmCurves(firms);
        assertEquals(firms.size(), curves.size(), "seed=" + seed);
        for (double price : prices(random, firms)) {
            double total = 0;
            for (int i = 0; i < firms.size(); i++) {
                CoveredFirm firm = firms.get(i);
                String where = "seed=" + seed + " firm " + firm + " price " + price;
                assertEquals(
                        Double.doubleToLongBits(firm.tonnesAtPrice(price)),
                        Double.doubleToLongBits(curves.tonnesAtPrice(i, price)),
                        where + ": tonnesAtPrice");
                assertEquals(
                        Double.doubleToLongBits(firm.curveTonnesAtPrice(price)),
                        Double.doubleToLongBits(curves.curveTonnesAtPrice(i, price)),
                        where + ": curveTonnesAtPrice");
                total += firm.curveTonnesAtPrice(price);
            }
            assertEquals(
                    Double.doubleToLongBits(total),
                    Double.doubleToLongBits(curves.curveTonnesAtPrice(price)),
                    "seed=" + seed + " price " + price + ": the sum over the firms");
        }
    }
}

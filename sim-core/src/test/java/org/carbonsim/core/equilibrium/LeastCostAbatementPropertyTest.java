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
 * Checks {@link LeastCostAbatement#allocationTonnes} and {@link LeastCostAbatement#costFen} against the
 * plain halving they replaced (every middle price read from each firm's {@link
 * CoveredFirm#curveTonnesAtPrice}), bit for bit, over seeded random firms (those of {@link
 * FirmCurvesPropertyTest}) and totals at random, exactly what the curves give at a step's cost or just
 * below it (a total at the foot or the top of a jump), and next to the potential: the reported least
 * cost must not move by a fen.
 */
class LeastCostAbatementPropertyTest {
    static LongStream seeds() {
        return LongStream.rangeClosed(1, 300);
    }

    private static double formerSum(List<CoveredFirm> firms, double priceFen) {
        double total = 0;
        for (CoveredFirm firm : firms) {
            total += firm.curveTonnesAtPrice(priceFen);
        }
        return total;
    }

    /** The allocation as it was found before: halving on every middle price's sum, read firm by firm. */
    private static double[] formerAllocation(List<CoveredFirm> firms, double tonnes) {
        int n = firms.size();
        double potential = 0;
        double dearest = 0;
        for (CoveredFirm firm : firms) {
            potential += firm.curveMaxTonnes();
            dearest =
                    Math.max(dearest, firm.curve().marginalCostFen(firm.curve().maxShare()));
        }
        double[] allocation = new double[n];
        if (tonnes == 0) {
            return allocation;
        }
        if (tonnes >= potential) {
            for (int i = 0; i < n; i++) {
                allocation[i] = firms.get(i).curveMaxTonnes();
            }
            return allocation;
        }
        PriceBracket price = PriceBracket.narrowed(
                -1, dearest, LeastCostAbatement.PRICE_TOLERANCE_FEN, mid -> formerSum(firms, mid) >= tonnes);
        double lo = price.loFen();
        double hi = price.hiFen();
        double lower = formerSum(firms, lo);
        double upper = formerSum(firms, hi);
        double theta = upper > lower ? Math.max(0, Math.min(1, (tonnes - lower) / (upper - lower))) : 1;
        for (int i = 0; i < n; i++) {
            CoveredFirm firm = firms.get(i);
            double below = firm.curveTonnesAtPrice(lo);
            allocation[i] = below + theta * (firm.curveTonnesAtPrice(hi) - below);
        }
        return allocation;
    }

    private static List<Double> totals(Random random, List<CoveredFirm> firms) {
        double potential = 0;
        for (CoveredFirm firm : firms) {
            potential += firm.curveMaxTonnes();
        }
        List<Double> totals = new ArrayList<>(List.of(potential, Math.nextDown(potential), potential / 2));
        for (int k = 0; k < 6; k++) {
            totals.add(potential * random.nextDouble());
        }
        for (CoveredFirm firm : firms) {
            if (firm.curve() instanceof AbatementCurve.Steps steps) {
                for (TechnologyStep step : steps.steps()) {
                    double cost = step.costFenPerTonne();
                    totals.add(formerSum(firms, cost));
                    totals.add(formerSum(firms, Math.nextDown(cost)));
                    totals.add(Math.nextUp(formerSum(firms, Math.nextDown(cost))));
                }
            }
        }
        return totals;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void sameAllocationAndCostAsPlainHalving(long seed) {
        Random random = new Random(seed);
        List<CoveredFirm> firms = FirmCurvesPropertyTest.randomFirms(random);
        for (double tonnes : totals(random, firms)) {
            if (!(tonnes >= 0)) {
                continue;
            }
            double[] former = formerAllocation(firms, tonnes);
            double[] now = LeastCostAbatement.allocationTonnes(firms, tonnes);
            for (int i = 0; i < former.length; i++) {
                assertEquals(
                        Double.doubleToLongBits(former[i]),
                        Double.doubleToLongBits(now[i]),
                        "seed=" + seed + " tonnes " + tonnes + " firm " + firms.get(i));
            }
            double formerCost = 0;
            for (int i = 0; i < former.length; i++) {
                formerCost += firms.get(i).exactCostFen(former[i]);
            }
            assertEquals(
                    Math.round(formerCost),
                    LeastCostAbatement.costFen(firms, tonnes),
                    "seed=" + seed + " tonnes " + tonnes);
        }
    }
}

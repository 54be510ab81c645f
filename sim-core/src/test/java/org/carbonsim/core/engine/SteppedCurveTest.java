package org.carbonsim.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.carbonsim.core.model.AbatementCurve;
import org.carbonsim.core.model.TechnologyStep;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A stepped curve read from arrays ({@link SteppedCurve}) must give the curve's own cost and share,
 * bit for bit, at every share and price: on random steps with tied costs, shares that add up to about
 * or exactly 1, and asked at, just below and just above each step's cost and each running sum of the
 * shares, where rounding decides.
 */
class SteppedCurveTest {
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void readsTheStepsAsTheCurveDoes(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < 1_000; i++) {
            int count = random.nextInt(6);
            List<TechnologyStep> steps = new ArrayList<>();
            double left = random.nextBoolean() ? 1 : random.nextDouble();
            for (int k = 0; k < count; k++) {
                long cost = random.nextInt(3) == 0 && k > 0
                        ? steps.get(random.nextInt(k)).costFenPerTonne()
                        : random.nextLong(20_000);
                double share = k == count - 1 && random.nextBoolean() ? left : left * random.nextDouble();
                left -= share;
                steps.add(new TechnologyStep("s" + k, cost, share, 0));
            }
            AbatementCurve.Steps curve = new AbatementCurve.Steps(steps);
            SteppedCurve stepped = new SteppedCurve(curve);
            String where = "seed=" + seed + " case " + i + ": " + curve;
            double sum = 0;
            List<Double> shares = new ArrayList<>(List.of(0.0, -0.1, 1.0, 1.5, random.nextDouble()));
            List<Double> prices = new ArrayList<>(List.of(0.0, -1.0, 1e9, 20_000 * random.nextDouble()));
            for (TechnologyStep step : curve.steps()) {
                sum += step.abatementShare();
                for (double near : new double[] {sum, sum + 1e-12, sum - 1e-12, sum + 2e-12}) {
                    shares.add(near);
                    shares.add(Math.nextUp(near));
                    shares.add(Math.nextDown(near));
                }
                double cost = step.costFenPerTonne();
                for (double near : new double[] {cost, cost + 0.5, cost - 0.5}) {
                    prices.add(near);
                    prices.add(Math.nextUp(near));
                    prices.add(Math.nextDown(near));
                }
            }
            for (double share : shares) {
                assertEquals(
                        curve.marginalCostFen(share), stepped.marginalCostFen(share), where + ", cost at " + share);
            }
            for (double price : prices) {
                assertEquals(curve.shareAtPrice(price), stepped.shareAtPrice(price), where + ", share at " + price);
            }
        }
    }
}

package org.carbonsim.core.agents;

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
 * {@link AbatementPlanner#curveAvailableIn}, which gives a curve with nothing decided back as it is
 * where its pieces would be its own steps in its own order, gives the curve its pieces make ({@link
 * AbatementPlanner#curveFromPieces}), step for step and bit for bit, over seeded random enterprises:
 * curves of one to four steps with lead times of 0 to 3 years and costs from a few values (so that
 * steps with and without a lead time often cost the same, in either order), planned year after year
 * with investments decided at random, whole or in part, and asked of every pair of years, an
 * enterprise never planned too.
 */
class CurveAvailablePropertyTest {
    private static final long[] COSTS = {0, 1_000, 2_000, 3_000};

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 300);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theCurveItsPiecesMake(long seed) {
        Random random = new Random(seed);
        AbatementCurve.Steps curve = randomCurve(random);
        AbatementPlanner planner = new AbatementPlanner();
        assertSameFromEveryYear(planner, "never-planned", curve, 2024, "seed " + seed + ", never planned");
        for (int year = 2024; year < 2030; year++) {
            planner.plan("E", year, curve, 100_000, random.nextInt(4_000));
            String where = "seed " + seed + ", " + curve + " as " + year + " opened";
            assertSameFromEveryYear(planner, "E", curve, year, where);
            for (int lead : planner.leadTimes("E")) {
                if (random.nextBoolean()) {
                    planner.commitInvestments("E", year, lead, random.nextInt(4_000));
                } else if (random.nextBoolean()) {
                    planner.commitInvestments("E", year, lead, random.nextInt(30_000), 100_000);
                }
            }
            assertSameFromEveryYear(
                    planner, "E", curve, year, "seed " + seed + ", " + curve + " at " + year + "'s verification");
        }
    }

    private static void assertSameFromEveryYear(
            AbatementPlanner planner, String id, AbatementCurve.Steps curve, int decisionYear, String where) {
        for (int year = decisionYear; year <= decisionYear + 4; year++) {
            assertEquals(
                    planner.curveFromPieces(id, curve, decisionYear, year),
                    planner.curveAvailableIn(id, curve, decisionYear, year),
                    where + ", decided at " + decisionYear + " for " + year);
        }
    }

    private static AbatementCurve.Steps randomCurve(Random random) {
        int count = 1 + random.nextInt(4);
        List<TechnologyStep> steps = new ArrayList<>();
        for (int s = 0; s < count; s++) {
            steps.add(new TechnologyStep(
                    "step" + s,
                    COSTS[random.nextInt(COSTS.length)],
                    0.01 + 0.2 * random.nextDouble(),
                    random.nextInt(4)));
        }
        return new AbatementCurve.Steps(steps);
    }
}

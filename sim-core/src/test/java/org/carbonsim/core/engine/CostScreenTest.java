package org.carbonsim.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.carbonsim.core.model.AbatementCurve;
import org.carbonsim.core.model.TechnologyStep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The screen {@link CurveCost#largestShortfallAtMost} asks before the exact cost: wherever it answers,
 * it must answer what the exact cost, rounded to the fen, says of the price; it must leave to the
 * exact cost the shortfalls whose cost lies on the half fen where the rounding turns; and it must
 * answer nearly every question a search asks, or it saves nothing.
 */
class CostScreenTest {
    /** A cost whose penalty-equivalent lies above every price asked, with no bank value: the curve's rounded cost. */
    private static CurveCost exact(AbatementCurve curve, long bau, double planned) {
        return new CurveCost(curve, bau, planned, Long.MAX_VALUE / 4);
    }

    /**
     * Random linear and quadratic curves, plans and plants from a few tonnes to millions, asked at the
     * shortfalls around where the cost crosses each price (the ones a search asks) and at random ones.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void whereItAnswersItAnswersAsTheExactCost(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long asked = 0;
        long answered = 0;
        for (int i = 0; i < 2_000; i++) {
            long maxCost = random.nextInt(10) == 0 ? random.nextLong(5) : 1 + random.nextLong(50_000);
            double maxShare = random.nextInt(10) == 0 ? 1 : 0.001 + 0.999 * random.nextDouble();
            AbatementCurve curve = random.nextBoolean()
                    ? new AbatementCurve.Linear(maxCost, maxShare)
                    : new AbatementCurve.Quadratic(maxCost, maxShare);
            long bau = 1 + random.nextLong(random.nextBoolean() ? 1_000 : 50_000_000);
            double planned = random.nextInt(5) == 0 ? 0 : maxShare * random.nextDouble();
            CurveCost cost = exact(curve, bau, planned);
            CostScreen screen = CostScreen.of(curve, bau, planned);
            assertNotNull(screen, "seed=" + seed + " case " + i + ": a smooth curve is screened");
            long capacity = cost.abatementCapacityTonnes();
            long lowest = -(long) Math.ceil(planned * bau) - 2;
            for (int p = 0; p < 10; p++) {
                long price = random.nextLong(maxCost + 2);
                long crossing = cost.largestShortfallAtMost(price, lowest, capacity);
                for (long s = crossing - 3; s <= crossing + 3; s++) {
                    answered += check(screen, cost, s, price, capacity, "seed=" + seed + " case " + i);
                    asked++;
                }
                long s = lowest + random.nextLong(capacity - lowest + 1);
                answered += check(screen, cost, s, price, capacity, "seed=" + seed + " case " + i);
                asked++;
            }
        }
        assertTrue(
                answered > asked * 9 / 10,
                "seed=" + seed + ": the screen answered only " + answered + " of " + asked + " questions");
    }

    /** Asks the screen of {@code s} at {@code price} where it may be asked; 1 if it answered, and what it answered is checked. */
    private static int check(CostScreen screen, CurveCost cost, long s, long price, long capacity, String where) {
        if (s > capacity) {
            return 0; // beyond the potential: CurveCost answers without the screen
        }
        int answer = screen.costAtMost(s, price);
        if (answer == CostScreen.UNSURE) {
            return 0;
        }
        long exactFen = cost.costFenPerTonne(s);
        assertEquals(
                exactFen <= price ? 1 : 0,
                answer,
                where + ": shortfall " + s + " t at " + price + " fen, exact cost " + exactFen + " fen");
        return 1;
    }

    /**
     * Costs that land exactly on a half fen: 1,001 fen at a potential of half the emissions of 1,000 t,
     * nothing planned, costs 2.002 fen a tonne, and 250 t cost 500.5 fen, which rounds up to 501. The
     * screen multiplies by a rounded 1/1,000 and cannot tell 500.5 from a hair either side: it must
     * leave it to the exact cost, which prices 250 t above 500 fen. The quadratic curve to 2,002 fen
     * at the same potential costs 500.5 fen at 250 t as well.
     */
    @Test
    void aCostOnTheHalfFenIsLeftToTheExactCost() {
        for (AbatementCurve curve :
                List.of(new AbatementCurve.Linear(1_001, 0.5), new AbatementCurve.Quadratic(2_002, 0.5))) {
            CurveCost cost = exact(curve, 1_000, 0);
            assertEquals(501, cost.costFenPerTonne(250), curve + ": 500.5 fen rounds up");
            CostScreen screen = CostScreen.of(curve, 1_000, 0);
            assertEquals(CostScreen.UNSURE, screen.costAtMost(250, 500), curve.toString());
            assertEquals(1, screen.costAtMost(250, 501), curve + ": at 501 fen the turn is a whole fen away");
            assertEquals(249, cost.largestShortfallAtMost(500, -10, 400), curve + ": the search still finds 249 t");
            assertEquals(1, screen.costAtMost(249, 500), curve + ": 249 t cost well under 500.5 fen");
            assertEquals(0, screen.costAtMost(251, 500), curve + ": 251 t cost well over 500.5 fen");
        }
    }

    /**
     * A share at or below nothing costs nothing exactly, where the quadratic formula would rise again:
     * the screen does not answer there, nor for a stepped curve, a curve with no potential or a plant
     * with no emissions.
     */
    @Test
    void itDoesNotScreenWhatItDoesNotBound() {
        AbatementCurve quadratic = new AbatementCurve.Quadratic(10_000, 0.2);
        CostScreen screen = CostScreen.of(quadratic, 1_000_000, 0.1);
        assertEquals(CostScreen.UNSURE, screen.costAtMost(-100_000, 0), "a share of nothing");
        assertEquals(CostScreen.UNSURE, screen.costAtMost(-150_000, 0), "a negative share");
        assertEquals(1, screen.costAtMost(-50_000, 2_500), "a share of 5%: 625 fen");
        assertEquals(CostScreen.UNSURE, screen.costAtMost(-50_000, -1), "a price below nothing");
        assertEquals(CostScreen.UNSURE, screen.costAtMost(-50_000, 1L << 52), "a price it cannot add half a fen to");
        assertNull(CostScreen.of(
                new AbatementCurve.Steps(List.of(new TechnologyStep("retrofit", 3_000, 0.1, 0))), 1_000, 0));
        assertNull(CostScreen.of(new AbatementCurve.Linear(3_000, 0), 1_000, 0));
        assertNull(CostScreen.of(new AbatementCurve.Linear(3_000, 0.1), 0, 0));
    }
}

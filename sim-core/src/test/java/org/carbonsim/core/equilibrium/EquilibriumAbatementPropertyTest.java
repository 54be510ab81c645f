package org.carbonsim.core.equilibrium;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link EquilibriumSolver#abatementTonnes}, which counts the credits the firms' caps hold without
 * sharing them out firm by firm, gives each firm the tonnes the full {@link EquilibriumSolver#solve}
 * gives it, over seeded random markets ({@link FirmCreditsPropertyTest}'s: one to three programmes,
 * flat or sloped, capped on allocation or on emissions, with a total cap, caps given firm by firm or
 * not, a ceiling that sometimes binds), some with a floor and some with allowances to spare, so that
 * every regime is met. Few of those take back credits the caps do not hold (the rounding that leaves
 * them is rare), so the count they rest on is also set beside the sharing at random readings.
 */
class EquilibriumAbatementPropertyTest {
    static LongStream seeds() {
        return LongStream.rangeClosed(1, 600);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theTonnesOfTheFullSolve(long seed) {
        Random random = new Random(seed);
        EquilibriumInput market = FirmCreditsPropertyTest.randomInstance(random);
        long bau = market.firms().stream().mapToLong(CoveredFirm::bauTonnes).sum();
        long cap = random.nextInt(6) == 0 ? bau + random.nextInt(10_000) : market.capTonnes();
        long floor = random.nextInt(5) == 0 ? random.nextInt(5_000) : 0;
        EquilibriumInput input = new EquilibriumInput(
                market.firms(),
                cap,
                market.bankedTonnes(),
                market.offsets(),
                floor,
                Math.max(floor, market.ceilingFen()));
        EquilibriumResult full = EquilibriumSolver.solve(input);
        List<FirmAbatement> firms = full.firms();
        long[] expected = new long[firms.size()];
        for (int i = 0; i < expected.length; i++) {
            expected[i] = firms.get(i).abatementTonnes();
        }
        assertArrayEquals(
                expected, EquilibriumSolver.abatementTonnes(input), "seed " + seed + ": " + full.regime() + " " + full);
    }

    /**
     * At random abatement and random credits asked of each tranche, the credits the rationing counts
     * ({@link FirmCredits#heldTonnes}) are those it shares out firm by firm ({@link FirmCredits#of}).
     */
    @ParameterizedTest
    @MethodSource("seeds")
    void theCreditsCountedAreThoseSharedOut(long seed) {
        Random random = new Random(seed);
        EquilibriumInput input = FirmCreditsPropertyTest.randomInstance(random);
        List<CoveredFirm> firms = input.firms();
        CreditRationing rationing = CreditRationing.of(input.offsets(), firms);
        for (int reading = 0; reading < 12; reading++) {
            long[] abated = new long[firms.size()];
            for (int i = 0; i < abated.length; i++) {
                abated[i] = (long) (firms.get(i).bauTonnes() * random.nextDouble());
            }
            long[] asked = new long[input.offsets().tranches().size()];
            for (int p = 0; p < asked.length; p++) {
                asked[p] = random.nextInt(4) == 0 ? 0 : random.nextInt(300_000);
            }
            assertEquals(
                    FirmCredits.of(rationing, firms, abated, asked.clone()).assignedTonnes(),
                    FirmCredits.heldTonnes(rationing, firms, abated, asked.clone()),
                    "seed " + seed + ", reading " + reading);
        }
    }
}

package org.carbonsim.core.equilibrium;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks that {@link PriceBracket#narrowedNonDecreasing} gives the interval {@link
 * PriceBracket#narrowed} gives, bit for bit, for seeded random supplies that never fall as the price
 * rises: jumps at whole fen and between them, linear and square-root stretches, flat stretches, with
 * targets inside a jump, exactly at a value supply takes, below all of it and above all of it, and
 * tolerances from a nanofen to wider than the interval.
 */
class PriceBracketPropertyTest {
    static LongStream seeds() {
        return LongStream.rangeClosed(1, 500);
    }

    /** A random supply that never falls: jumps and stretches added in a fixed order, each rounded. */
    private static DoubleUnaryOperator randomSupply(Random random, double topFen) {
        int jumps = random.nextInt(30);
        double[] at = new double[jumps];
        double[] size = new double[jumps];
        for (int k = 0; k < jumps; k++) {
            at[k] = random.nextBoolean() ? Math.floor(topFen * random.nextDouble()) : topFen * random.nextDouble();
            size[k] = random.nextInt(5) == 0 ? 1e-3 : 1_000 * random.nextDouble();
        }
        int stretches = random.nextInt(6);
        double[] from = new double[stretches];
        double[] width = new double[stretches];
        double[] slope = new double[stretches];
        boolean[] root = new boolean[stretches];
        for (int j = 0; j < stretches; j++) {
            from[j] = topFen * random.nextDouble() - 1;
            width[j] = topFen * random.nextDouble();
            slope[j] = 1_000 * random.nextDouble();
            root[j] = random.nextBoolean();
        }
        return price -> {
            double total = 0;
            for (int k = 0; k < jumps; k++) {
                total += price >= at[k] ? size[k] : 0;
            }
            for (int j = 0; j < stretches; j++) {
                double into = Math.max(0, Math.min(width[j], price - from[j]));
                total += root[j] ? slope[j] * Math.sqrt(into) : slope[j] * into;
            }
            return total;
        };
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theSameIntervalAsHalvingOnEveryReading(long seed) {
        Random random = new Random(seed);
        double top = 1 + random.nextInt(30_000) + (random.nextBoolean() ? random.nextDouble() : 0);
        double bottom = random.nextBoolean() ? -1 : random.nextInt((int) Math.ceil(top));
        DoubleUnaryOperator supply = randomSupply(random, top);
        double[] tolerances = {1e-9, 1e-4, 0.01, 1, top - bottom + 1};
        double tolerance = tolerances[random.nextInt(tolerances.length)];
        double lowest = supply.applyAsDouble(bottom - 1);
        double highest = supply.applyAsDouble(top + 1);
        double somewhere = supply.applyAsDouble(bottom + (top - bottom) * random.nextDouble());
        double[] targets = {
            lowest + (highest - lowest) * random.nextDouble(),
            somewhere,
            Math.nextUp(somewhere),
            lowest - 1,
            highest + 1,
            lowest,
            highest
        };
        for (double target : targets) {
            PriceBracket halved =
                    PriceBracket.narrowed(bottom, top, tolerance, mid -> supply.applyAsDouble(mid) >= target);
            PriceBracket guessed = PriceBracket.narrowedNonDecreasing(bottom, top, tolerance, supply, target);
            String where = "seed=" + seed + " target " + target + " tolerance " + tolerance + " over [" + bottom + ", "
                    + top + "]";
            assertEquals(
                    Double.doubleToLongBits(halved.loFen()), Double.doubleToLongBits(guessed.loFen()), where + ": lo");
            assertEquals(
                    Double.doubleToLongBits(halved.hiFen()), Double.doubleToLongBits(guessed.hiFen()), where + ": hi");
        }
    }
}

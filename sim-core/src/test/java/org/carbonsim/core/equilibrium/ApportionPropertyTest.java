package org.carbonsim.core.equilibrium;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks {@link Apportion#largestRemainder} against the boxed sort it replaced (indices compared by
 * their fractions taken afresh, largest first, then by index), over seeded random amounts with many
 * equal fractions (whole tonnes, repeated values), negative amounts, -0.0 and NaN, and totals above,
 * at and below the floors' sum: the solvers' whole tonnes must not move.
 */
class ApportionPropertyTest {
    static LongStream seeds() {
        return LongStream.rangeClosed(1, 300);
    }

    /** The order the former implementation sorted the indices into. */
    private static int[] formerOrder(double[] amounts) {
        int n = amounts.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Comparator<Integer> byFractionDescending = Comparator.comparingDouble(
                        (Integer i) -> Math.max(0, amounts[i]) - Math.floor(Math.max(0, amounts[i])))
                .reversed()
                .thenComparingInt(i -> i);
        Arrays.sort(order, byFractionDescending);
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }

    /** The former implementation, whole: floors, then one each in that order (or back from its end). */
    private static long[] formerLargestRemainder(double[] amounts, long total) {
        int n = amounts.length;
        long[] tonnes = new long[n];
        long assigned = 0;
        for (int i = 0; i < n; i++) {
            tonnes[i] = (long) Math.floor(Math.max(0, amounts[i]));
            assigned += tonnes[i];
        }
        long remaining = total - assigned;
        if (remaining == 0) {
            return tonnes;
        }
        int[] order = formerOrder(amounts);
        if (remaining > 0) {
            for (int k = 0; remaining > 0; k = (k + 1) % n) {
                tonnes[order[k]]++;
                remaining--;
            }
        } else {
            for (int k = n - 1; remaining < 0; k = (k - 1 + n) % n) {
                if (tonnes[order[k]] > 0) {
                    tonnes[order[k]]--;
                    remaining++;
                }
            }
        }
        return tonnes;
    }

    private static double[] randomAmounts(Random random) {
        int n = 1 + random.nextInt(random.nextBoolean() ? 8 : 600);
        double[] pool = {0.5, 0.25, 3.0, 1e-12, 7.999999999, 123456.75};
        double[] amounts = new double[n];
        for (int i = 0; i < n; i++) {
            switch (random.nextInt(7)) {
                case 0 -> amounts[i] = random.nextInt(1_000);
                case 1 -> amounts[i] = pool[random.nextInt(pool.length)];
                case 2 -> amounts[i] = -random.nextDouble();
                case 3 -> amounts[i] = random.nextInt(50) == 0 ? Double.NaN : -0.0;
                default -> amounts[i] = 1_000_000 * random.nextDouble();
            }
        }
        return amounts;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void sameOrderAndSameTonnesAsTheFormerSort(long seed) {
        Random random = new Random(seed);
        double[] amounts = randomAmounts(random);
        double[] fractions = new double[amounts.length];
        long floors = 0;
        for (int i = 0; i < amounts.length; i++) {
            double amount = Math.max(0, amounts[i]);
            fractions[i] = amount - Math.floor(amount);
            floors += (long) Math.floor(amount);
        }
        assertArrayEquals(formerOrder(amounts), Apportion.byFractionDescending(fractions), "seed=" + seed + ": order");
        long[] totals = {floors, floors + 1 + random.nextInt(amounts.length), floors + amounts.length + 3, floors - 1};
        for (long total : totals) {
            if (total < 0) {
                continue;
            }
            long[] tonnes = Apportion.largestRemainder(amounts, total);
            assertArrayEquals(
                    formerLargestRemainder(amounts, total), tonnes, "seed=" + seed + " total " + total + ": tonnes");
            assertEquals(total, Arrays.stream(tonnes).sum(), "seed=" + seed + " total " + total + ": sum");
        }
    }
}

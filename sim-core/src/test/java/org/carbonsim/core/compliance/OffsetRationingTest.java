package org.carbonsim.core.compliance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link OffsetRationing#proportional} against a reference worked out in exact integers, seeded. */
class OffsetRationingTest {

    /**
     * The reference: each share {@code total × weight ÷ Σ weights} rounded down, in BigInteger, and
     * the units left one each to the largest remainders, the lower index first among equal ones,
     * found by picking the largest remaining remainder each time.
     */
    private static long[] reference(long total, long[] weights) {
        BigInteger whole = BigInteger.ZERO;
        for (long weight : weights) {
            whole = whole.add(BigInteger.valueOf(weight));
        }
        long[] shares = new long[weights.length];
        BigInteger[] remainders = new BigInteger[weights.length];
        long left = total;
        for (int i = 0; i < weights.length; i++) {
            BigInteger[] division = BigInteger.valueOf(total)
                    .multiply(BigInteger.valueOf(weights[i]))
                    .divideAndRemainder(whole);
            shares[i] = division[0].longValueExact();
            remainders[i] = division[1];
            left -= shares[i];
        }
        List<Integer> open = new ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
            open.add(i);
        }
        for (; left > 0; left--) {
            int best = open.get(0);
            for (int i : open) {
                if (remainders[i].compareTo(remainders[best]) > 0) {
                    best = i;
                }
            }
            shares[best]++;
            open.remove(Integer.valueOf(best));
        }
        return shares;
    }

    /**
     * Small weights (sorted packed with their index) and weights adding up to more than 2⁴³ (sorted
     * boxed), with many equal remainders, give the reference's shares.
     */
    @Test
    void sharesAreTheExactReferencesOverSeededWeights() {
        for (long seed = 1; seed <= 2_000; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            int firms = 1 + random.nextInt(40);
            long bound = seed % 2 == 0 ? 1L + random.nextInt(20) : 1L << (44 + random.nextInt(10));
            long[] weights = new long[firms];
            long whole = 0;
            for (int i = 0; i < firms; i++) {
                weights[i] = random.nextInt(4) == 0 ? 0 : random.nextLong(bound);
                whole += weights[i];
            }
            if (whole == 0) {
                weights[0] = 1;
                whole = 1;
            }
            long total = random.nextLong(Math.min(whole, 1L << 40) + 1);
            assertArrayEquals(
                    reference(total, weights),
                    OffsetRationing.proportional(total, weights),
                    "seed " + seed + ": " + total + " shared by " + Arrays.toString(weights));
        }
    }
}

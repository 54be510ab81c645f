package org.carbonsim.core.montecarlo;

/**
 * Seeds of Monte Carlo replications derived from a base seed. Replication {@code i} gets the SplitMix64
 * finaliser (Steele, Lea and Flood, 2014) applied to {@code baseSeed + GOLDEN_GAMMA × (i + 1)}: the
 * increments are the Weyl sequence SplitMix64 itself uses, and the finaliser is a bijection on 64-bit
 * values with full avalanche, so distinct indices give distinct, well-scattered seeds and neighbouring
 * base seeds do not give overlapping streams. The mapping is fixed: changing it changes every Monte
 * Carlo output. Stateless.
 */
public final class Seeds {
    /** 2^64 ÷ φ, rounded to odd: the SplitMix64 increment. */
    public static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private Seeds() {}

    /**
     * The seed of replication {@code index} of a study with {@code baseSeed}.
     *
     * @throws IllegalArgumentException if {@code index} is negative
     */
    public static long forReplication(long baseSeed, int index) {
        if (index < 0) {
            throw new IllegalArgumentException("index must be >= 0, got " + index);
        }
        return mix(baseSeed + GOLDEN_GAMMA * (index + 1L));
    }

    /** The SplitMix64 finaliser. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}

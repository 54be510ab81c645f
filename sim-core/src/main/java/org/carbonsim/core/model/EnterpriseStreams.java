package org.carbonsim.core.model;

/**
 * Seeds of an enterprise's own random streams: the run's seed, a salt that keeps one use of it apart
 * from every other, and then numbers (a year) and the enterprise id folded in one at a time, each
 * through the SplitMix64 finaliser after a Weyl step. A stream keyed this way does not depend on
 * which other enterprises draw, in what order, or on any other random choice of the run. The mapping
 * is fixed: changing it changes every output drawn from it. Stateless.
 */
public final class EnterpriseStreams {
    /** 2^64 ÷ φ, rounded to odd: the SplitMix64 increment. */
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private EnterpriseStreams() {}

    /** The key of the stream {@code salt} of a run with {@code seed}, before anything is folded in. */
    public static long of(long seed, long salt) {
        return mix(seed ^ salt);
    }

    /** {@code key} with {@code value} (a year, an index) folded in. */
    public static long with(long key, long value) {
        return mix(key + GOLDEN_GAMMA * value);
    }

    /** {@code key} with {@code text} (an enterprise id) folded in, a character at a time. */
    public static long with(long key, String text) {
        for (int i = 0; i < text.length(); i++) {
            key = with(key, text.charAt(i));
        }
        return key;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}

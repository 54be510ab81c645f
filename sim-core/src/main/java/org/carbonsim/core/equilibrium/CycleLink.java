package org.carbonsim.core.equilibrium;

/**
 * How a year of the least-cost path is tied to its compliance cycle, which bounds how far the bank
 * may fall below 0 after the year. Before its cycle's deadline ({@code settles} false) a year may
 * run its bank down by any amount: later years of the cycle meet its obligation. At the deadline
 * the bank may end at no less than minus {@code borrowingShare} of the cycle's emissions so far,
 * borrowed from the next year. Immutable.
 *
 * @param cycleStart index of the first year of the cycle in the path (<= the year's own index)
 * @param settles whether the cycle's deadline falls in this year
 * @param borrowingShare share of the cycle's emissions that may be met from the next year's
 *     allocation at the deadline (0..1)
 */
public record CycleLink(int cycleStart, boolean settles, double borrowingShare) {
    public CycleLink {
        if (cycleStart < 0) {
            throw new IllegalArgumentException("cycleStart must be >= 0, got " + cycleStart);
        }
        if (!(borrowingShare >= 0 && borrowingShare <= 1)) {
            throw new IllegalArgumentException("borrowingShare must be in [0, 1], got " + borrowingShare);
        }
    }

    /** A year that is a cycle of its own, settled in the year with {@code borrowingShare}. */
    public static CycleLink annual(int index, double borrowingShare) {
        return new CycleLink(index, true, borrowingShare);
    }
}

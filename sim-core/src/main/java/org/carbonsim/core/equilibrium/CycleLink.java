package org.carbonsim.core.equilibrium;

/**
 * How a year of the least-cost path is tied to its compliance cycle, which bounds how far the bank
 * may fall below 0 after the year. Before its cycle's deadline ({@code settles} false) a year may
 * run its bank down by any amount: later years of the cycle meet its obligation. At the deadline
 * the bank may end at no less than minus {@code borrowingShare} of the cycle's emissions so far,
 * borrowed from the next year; and when the cycle forbids banking ({@code bankable} false), what is
 * left after its deadline is cancelled, so the path ends there as at the last year and starts again
 * after it with an empty bank. Immutable.
 *
 * @param cycleStart index of the first year of the cycle in the path (<= the year's own index)
 * @param settles whether the cycle's deadline falls in this year
 * @param borrowingShare share of the cycle's emissions that may be met from the next year's
 *     allocation at the deadline (0..1)
 * @param bankable whether allowances left after the cycle's deadline are carried into the next year
 *     (false when the cycle's banking rule forbids it; a capped rule counts as allowed)
 */
public record CycleLink(int cycleStart, boolean settles, double borrowingShare, boolean bankable) {
    public CycleLink {
        if (cycleStart < 0) {
            throw new IllegalArgumentException("cycleStart must be >= 0, got " + cycleStart);
        }
        if (!(borrowingShare >= 0 && borrowingShare <= 1)) {
            throw new IllegalArgumentException("borrowingShare must be in [0, 1], got " + borrowingShare);
        }
    }

    /** A year that is a cycle of its own, settled in the year with {@code borrowingShare}, banking allowed. */
    public static CycleLink annual(int index, double borrowingShare) {
        return new CycleLink(index, true, borrowingShare, true);
    }

    /** Whether the path ends after this year as after the last: the cycle settles and nothing is carried. */
    public boolean endsThePath() {
        return settles && !bankable;
    }

    /** This link in a path that starts {@code years} later: its cycle's start counted from there, at least 0. */
    CycleLink shiftedBy(int years) {
        return new CycleLink(Math.max(0, cycleStart - years), settles, borrowingShare, bankable);
    }
}

package org.carbonsim.core.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The later years' issues that enterprises foreseeing the least-cost path expect once the stability
 * reserve has acted on the path's banks ({@link Foresight}): issues that the reserve's answer to their
 * own path gives back. Stateless.
 *
 * <p>The rule. From the issues before any reserve acts, each round asks the reserve what it would
 * issue given the path of the current issues, and moves every year's issue halfway toward that answer
 * (rounded half up to whole tonnes). It stops
 *
 * <ul>
 *   <li>at a <b>fixed point</b>, when the answer is within {@link #TOLERANCE_TONNES} of the issues in
 *       every year: those issues are taken;
 *   <li>at a <b>cycle</b>, when a round would return to issues it has already visited: the reserve's
 *       thresholds make its answer jump across the issues, so that no issues give themselves back, and
 *       the rounds go round the jump for ever. The issues taken are then the average, year by year, of
 *       the cycle's issues (rounded half up), where the reserve's answers over the cycle average to the
 *       issues;
 *   <li>at {@link #MAX_ROUNDS}, a safety bound only, with the issues the last round stepped to.
 * </ul>
 *
 * <p>Why halfway. The plain repetition (taking the answer as the next issues) can cycle between a few
 * answers where a fixed point exists: a bank the reserve reads near a threshold moves the year the path
 * runs its bank out, and with it the price of every year. A running average of the answers (a step of
 * 1/(round + 2)) settles only as fast as its early answers are forgotten, at about 1/round, and its
 * rounded step stops moving at all once it is below half a tonne. A constant half step forgets at 1/2
 * a round and keeps moving by a tonne until the answer is within a tonne.
 */
final class ForeseenIssues {
    private ForeseenIssues() {}

    /** The largest gap between the reserve's answer and the issues at a fixed point, t. */
    static final long TOLERANCE_TONNES = 1;

    /**
     * The most rounds asked of the reserve: a safety bound only. Where the path's prices answer the
     * issues strongly, the halfway steps circle in on the fixed point slowly (the slowest of eu-msr's
     * openings in 40 replications took 233 rounds, the others about 30).
     */
    static final int MAX_ROUNDS = 500;

    /** How the issues were settled. */
    enum Settled {
        /** the reserve's answer gives the issues back, to {@link #TOLERANCE_TONNES} */
        FIXED_POINT,
        /** the rounds went round a cycle; its average is taken */
        CYCLE_AVERAGE,
        /** {@link #MAX_ROUNDS} ran out; the issues the last round stepped to are taken */
        ROUND_BOUND
    }

    /**
     * The issues taken and how they were settled. Immutable.
     *
     * @param issuedTonnes the later years' issues, t
     * @param settled which of the rule's three ends was reached
     * @param rounds how many times the reserve was asked
     */
    record Outcome(long[] issuedTonnes, Settled settled, int rounds) {
        Outcome {
            issuedTonnes = issuedTonnes.clone();
        }

        @Override
        public long[] issuedTonnes() {
            return issuedTonnes.clone();
        }
    }

    /**
     * Settles the issues by the rule above, from {@code startTonnes} (the issues before any reserve
     * acts), where {@code reserveAnswer} gives what the reserve would issue given the path of the issues
     * it is passed.
     */
    static Outcome settle(long[] startTonnes, UnaryOperator<long[]> reserveAnswer) {
        long[] issued = startTonnes.clone();
        List<long[]> visited = new ArrayList<>();
        for (int round = 1; round <= MAX_ROUNDS; round++) {
            long[] answer = reserveAnswer.apply(issued.clone());
            if (largestGapTonnes(answer, issued) <= TOLERANCE_TONNES) {
                return new Outcome(issued, Settled.FIXED_POINT, round);
            }
            visited.add(issued);
            long[] next = halfway(issued, answer);
            for (int seen = 0; seen < visited.size(); seen++) {
                if (Arrays.equals(visited.get(seen), next)) {
                    return new Outcome(average(visited.subList(seen, visited.size())), Settled.CYCLE_AVERAGE, round);
                }
            }
            issued = next;
        }
        return new Outcome(issued, Settled.ROUND_BOUND, MAX_ROUNDS);
    }

    private static long largestGapTonnes(long[] answer, long[] issued) {
        long largest = 0;
        for (int i = 0; i < issued.length; i++) {
            largest = Math.max(largest, Math.abs(Math.subtractExact(answer[i], issued[i])));
        }
        return largest;
    }

    /** Each issue moved half its gap to the answer, rounded half up. */
    private static long[] halfway(long[] issued, long[] answer) {
        long[] next = new long[issued.length];
        for (int i = 0; i < issued.length; i++) {
            next[i] = issued[i] + Math.floorDiv(Math.subtractExact(answer[i], issued[i]) + 1, 2);
        }
        return next;
    }

    /** The issues of {@code cycle} averaged year by year, rounded half up. */
    private static long[] average(List<long[]> cycle) {
        long[] average = new long[cycle.get(0).length];
        long count = cycle.size();
        for (int i = 0; i < average.length; i++) {
            long sum = 0;
            for (long[] issues : cycle) {
                sum = Math.addExact(sum, issues[i]);
            }
            average[i] = Math.floorDiv(Math.addExact(Math.multiplyExact(sum, 2), count), 2 * count);
        }
        return average;
    }
}

package org.carbonsim.core.engine;

import java.util.Arrays;

/**
 * The round in which each trader next has a turn: a calendar queue with one bucket per round of
 * continuous trading over a horizon of rounds, so that finding the traders of a round costs as many
 * steps as they are, however many traders rest. Rounds are counted from the session's start ({@code
 * day × roundsPerDay + round}). A turn due beyond the horizon waits in the horizon's last bucket and is
 * moved on when that round comes. A trader is in at most one bucket at a time: rescheduling it leaves
 * its old entry stale, and a stale entry is dropped when its round comes. Not thread-safe.
 */
final class ActivationSchedule {
    /** A turn that never comes, for a trader with no clock. */
    static final long NEVER = Long.MAX_VALUE;

    private final int horizonRounds;
    private final int[][] buckets;
    private final int[] sizes;
    /** Per trader: the round of its next turn. */
    private long[] due = new long[16];
    /** Per trader: the round of the bucket that holds its live entry. */
    private long[] queuedAt = new long[16];

    private int traders;
    /** The round being taken (every entry is at or after it). */
    private long now;

    /** A calendar of {@code horizonRounds} buckets. */
    ActivationSchedule(int horizonRounds) {
        if (horizonRounds < 1) {
            throw new IllegalArgumentException("horizonRounds must be >= 1, got " + horizonRounds);
        }
        this.horizonRounds = horizonRounds;
        this.buckets = new int[horizonRounds][];
        this.sizes = new int[horizonRounds];
    }

    /** Adds the next trader (numbered from 0 in the order added), its first turn in {@code round}. */
    int add(long round) {
        int trader = traders++;
        if (trader == due.length) {
            due = Arrays.copyOf(due, 2 * trader);
            queuedAt = Arrays.copyOf(queuedAt, 2 * trader);
        }
        schedule(trader, round);
        return trader;
    }

    /** Gives {@code trader} its next turn in {@code round} (at or after the round being taken), and no other. */
    void schedule(int trader, long round) {
        if (round < now) {
            throw new IllegalArgumentException("round " + round + " is before round " + now);
        }
        due[trader] = round;
        long bucketRound = round - now >= horizonRounds ? now + horizonRounds - 1 : round;
        queuedAt[trader] = bucketRound;
        int bucket = (int) (bucketRound % horizonRounds);
        int[] entries = buckets[bucket];
        if (entries == null) {
            entries = buckets[bucket] = new int[8];
        } else if (sizes[bucket] == entries.length) {
            entries = buckets[bucket] = Arrays.copyOf(entries, 2 * entries.length);
        }
        entries[sizes[bucket]++] = trader;
    }

    /** The round of {@code trader}'s next turn ({@link #NEVER} for none). */
    long due(int trader) {
        return due[trader];
    }

    /**
     * Takes the traders whose turn is in {@code round} into {@code into} (grown when short), in the
     * order they were scheduled, and returns the array with their count in {@code count[0]}. Rounds
     * are taken in increasing order; entries of the round due later move on.
     */
    int[] take(long round, int[] into, int[] count) {
        if (round < now) {
            throw new IllegalArgumentException("round " + round + " was taken before round " + now);
        }
        now = round;
        int bucket = (int) (round % horizonRounds);
        int size = sizes[bucket];
        sizes[bucket] = 0;
        int[] entries = buckets[bucket];
        int n = 0;
        for (int i = 0; i < size; i++) {
            int trader = entries[i];
            if (queuedAt[trader] != round) {
                continue; // stale: the trader was rescheduled
            }
            if (due[trader] == round) {
                if (n == into.length) {
                    into = Arrays.copyOf(into, Math.max(16, 2 * n));
                }
                into[n++] = trader;
            } else {
                // beyond the horizon when scheduled: move it on; an entry that lands in this bucket
                // again (a horizon later) is written behind the reading position
                now = round + 1;
                schedule(trader, due[trader]);
                now = round;
            }
        }
        count[0] = n;
        return into;
    }
}

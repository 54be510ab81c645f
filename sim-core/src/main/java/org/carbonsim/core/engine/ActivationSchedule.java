package org.carbonsim.core.engine;

import java.util.Arrays;

/**
 * The round in which each trader next has a turn: a calendar queue with one bucket per round of
 * continuous trading over a horizon of rounds, so that finding the traders of a round costs as many
 * steps as they are, however many traders rest. Rounds are counted from the session's start ({@code
 * day × roundsPerDay + round}). A turn due beyond the horizon waits in the horizon's last bucket and is
 * moved on when that round comes. Each bucket is a doubly linked list through per-trader links, so a
 * trader is in one bucket at most, rescheduling it is constant time, and nothing is allocated once the
 * traders are added. Not thread-safe.
 */
final class ActivationSchedule {
    private static final int NIL = -1;

    private final int horizonRounds;
    /** Per bucket: its first trader, or {@link #NIL}. */
    private final int[] head;
    /** Per trader: the next and previous trader in its bucket, or {@link #NIL}. */
    private int[] next = new int[16];

    private int[] previous = new int[16];
    /** Per trader: the bucket it is in, or {@link #NIL}. */
    private int[] bucketOf = new int[16];
    /** Per trader: the round of its next turn. */
    private long[] due = new long[16];

    private int traders;
    /** The round being taken: no turn is scheduled before it. */
    private long now;
    /**
     * {@link #now}'s bucket, {@code now % horizonRounds}: a turn's bucket is found from it by an
     * addition, not a long division at every turn.
     */
    private int nowBucket;

    /** A calendar of {@code horizonRounds} buckets. */
    ActivationSchedule(int horizonRounds) {
        if (horizonRounds < 1) {
            throw new IllegalArgumentException("horizonRounds must be >= 1, got " + horizonRounds);
        }
        this.horizonRounds = horizonRounds;
        this.head = new int[horizonRounds];
        Arrays.fill(head, NIL);
    }

    /** Adds the next trader (numbered from 0 in the order added), its first turn in {@code round}. */
    int add(long round) {
        int trader = traders++;
        if (trader == due.length) {
            int capacity = 2 * trader;
            next = Arrays.copyOf(next, capacity);
            previous = Arrays.copyOf(previous, capacity);
            bucketOf = Arrays.copyOf(bucketOf, capacity);
            due = Arrays.copyOf(due, capacity);
        }
        bucketOf[trader] = NIL;
        schedule(trader, round);
        return trader;
    }

    /** Gives {@code trader} its next turn in {@code round} (not before the round being taken), and no other. */
    void schedule(int trader, long round) {
        if (round < now) {
            throw new IllegalArgumentException("round " + round + " is before round " + now);
        }
        unlink(trader);
        due[trader] = round;
        long ahead = Math.min(round - now, horizonRounds - 1);
        int bucket = nowBucket + (int) ahead;
        if (bucket >= horizonRounds) {
            bucket -= horizonRounds;
        }
        int first = head[bucket];
        next[trader] = first;
        previous[trader] = NIL;
        if (first != NIL) {
            previous[first] = trader;
        }
        head[bucket] = trader;
        bucketOf[trader] = bucket;
    }

    /** The round of {@code trader}'s next turn. */
    long due(int trader) {
        return due[trader];
    }

    /**
     * Takes the traders whose turn is in {@code round} out of the calendar into {@code into} (grown when
     * short; the array is returned), their count in {@code count[0]}, most recently scheduled first.
     * Rounds are taken in increasing order; a bucket's traders due a horizon or more later move on.
     */
    int[] take(long round, int[] into, int[] count) {
        if (round < now) {
            throw new IllegalArgumentException("round " + round + " was taken before round " + now);
        }
        int bucket = (int) (round % horizonRounds);
        int trader = head[bucket];
        head[bucket] = NIL;
        now = round + 1;
        nowBucket = bucket + 1 == horizonRounds ? 0 : bucket + 1;
        int n = 0;
        while (trader != NIL) {
            int following = next[trader];
            bucketOf[trader] = NIL;
            if (due[trader] == round) {
                if (n == into.length) {
                    into = Arrays.copyOf(into, Math.max(16, 2 * n));
                }
                into[n++] = trader;
            } else {
                schedule(trader, due[trader]);
            }
            trader = following;
        }
        now = round;
        nowBucket = bucket;
        count[0] = n;
        return into;
    }

    private void unlink(int trader) {
        int bucket = bucketOf[trader];
        if (bucket == NIL) {
            return;
        }
        int before = previous[trader];
        int after = next[trader];
        if (before == NIL) {
            head[bucket] = after;
        } else {
            next[before] = after;
        }
        if (after != NIL) {
            previous[after] = before;
        }
        bucketOf[trader] = NIL;
    }
}

package org.carbonsim.core.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The calendar queue against the simplest schedule that can be right: a sorted map from round to
 * the set of traders due in it, each trader in it once.
 */
class ActivationScheduleTest {
    static LongStream seeds() {
        return LongStream.rangeClosed(1, 60);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void takesExactlyTheTradersAReferenceScheduleHasDue(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int horizon = 1 + random.nextInt(40);
        int traders = 1 + random.nextInt(60);
        ActivationSchedule schedule = new ActivationSchedule(horizon);
        TreeMap<Long, TreeSet<Integer>> reference = new TreeMap<>();
        long[] due = new long[traders];
        for (int t = 0; t < traders; t++) {
            due[t] = random.nextInt(3);
            assertEquals(t, schedule.add(due[t]), "seed=" + seed);
            reference.computeIfAbsent(due[t], r -> new TreeSet<>()).add(t);
        }
        int[] into = new int[1];
        int[] count = new int[1];
        for (long round = 0; round < 400; round++) {
            into = schedule.take(round, into, count);
            int[] taken = Arrays.copyOf(into, count[0]);
            Arrays.sort(taken);
            TreeSet<Integer> expected = reference.remove(round);
            int[] want = expected == null
                    ? new int[0]
                    : expected.stream().mapToInt(Integer::intValue).toArray();
            assertArrayEquals(want, taken, "seed=" + seed + " horizon=" + horizon + " round=" + round);
            for (int trader : taken) {
                // a wait of 1 to 3 horizons, sometimes far beyond: entries move on bucket by bucket
                long wait = random.nextInt(10) == 0 ? 1 + random.nextInt(3 * horizon + 5) : 1 + random.nextInt(4);
                reschedule(schedule, reference, due, trader, round + wait);
            }
            // some traders not due are moved, as a rest or a clock drawn in a call phase moves them
            if (random.nextInt(4) == 0) {
                int trader = random.nextInt(traders);
                if (due[trader] > round) {
                    reschedule(schedule, reference, due, trader, round + 1 + random.nextInt(2 * horizon + 3));
                }
            }
        }
    }

    private static void reschedule(
            ActivationSchedule schedule,
            TreeMap<Long, TreeSet<Integer>> reference,
            long[] due,
            int trader,
            long round) {
        TreeSet<Integer> old = reference.get(due[trader]);
        if (old != null) {
            old.remove(trader);
        }
        due[trader] = round;
        reference.computeIfAbsent(round, r -> new TreeSet<>()).add(trader);
        schedule.schedule(trader, round);
        assertEquals(round, schedule.due(trader));
    }

    @Test
    void aTurnBeyondTheHorizonComesInItsOwnRound() {
        ActivationSchedule schedule = new ActivationSchedule(4);
        schedule.add(0);
        schedule.add(0);
        int[] into = new int[4];
        int[] count = new int[1];
        into = schedule.take(0, into, count);
        assertEquals(2, count[0]);
        schedule.schedule(0, 11);
        schedule.schedule(1, 1L << 50);
        List<Long> rounds = new ArrayList<>();
        for (long round = 1; round <= 20; round++) {
            into = schedule.take(round, into, count);
            for (int i = 0; i < count[0]; i++) {
                assertEquals(0, into[i], "only trader 0 ever comes due");
                rounds.add(round);
            }
        }
        assertEquals(List.of(11L), rounds);
    }

    @Test
    void roundsAreTakenInOrderAndTurnsAreNotScheduledInThePast() {
        ActivationSchedule schedule = new ActivationSchedule(8);
        schedule.add(5);
        int[] count = new int[1];
        schedule.take(5, new int[1], count);
        assertThrows(IllegalArgumentException.class, () -> schedule.take(4, new int[1], count));
        assertThrows(IllegalArgumentException.class, () -> schedule.schedule(0, 4));
        assertThrows(IllegalArgumentException.class, () -> new ActivationSchedule(0));
    }
}

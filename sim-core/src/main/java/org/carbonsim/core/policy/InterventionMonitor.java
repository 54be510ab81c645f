package org.carbonsim.core.policy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Watches daily limit hits and says on which day an {@link InterventionRule} triggers. Fed once per
 * trading day with whether the day hit the upper and the lower limit, it counts, per direction, the
 * days that hit in the last {@code windowDays} trading days (today included); the rule triggers on
 * the day that count reaches {@code limitHits} (Hubei: the 6th limit day within 20). Hits older than
 * the window drop out. After a trigger, the hits of that direction are cleared, so the window starts
 * afresh: otherwise the same six hits would keep the count at the trigger and it would fire again
 * every following day until they aged out. The other direction's count is untouched. A direction the
 * rule does not act on ({@code sells} or {@code buys} false) never triggers. Not thread-safe.
 */
public final class InterventionMonitor {
    private final InterventionRule rule;
    private final boolean[] upperHits;
    private final boolean[] lowerHits;
    private int upperCount;
    private int lowerCount;
    private int next;
    private long daysSeen;
    private int lastDay = Integer.MIN_VALUE;

    public InterventionMonitor(InterventionRule rule) {
        this.rule = Objects.requireNonNull(rule, "rule");
        this.upperHits = new boolean[rule.windowDays()];
        this.lowerHits = new boolean[rule.windowDays()];
    }

    /**
     * Records one trading day and returns the interventions it triggers: none, usually; a sale, a
     * buy-back, or (if a day touched both limits and both counts reach the trigger) a sale then a
     * buy-back.
     *
     * @param day the trading day, strictly after the previous one (a label; the window counts calls)
     * @param upperHit whether the day hit the upper price limit
     * @param lowerHit whether the day hit the lower price limit
     */
    public List<Intervention> onDay(int day, boolean upperHit, boolean lowerHit) {
        if (day <= lastDay) {
            throw new IllegalArgumentException("day " + day + " is not after the previous day " + lastDay);
        }
        lastDay = day;
        if (daysSeen >= upperHits.length) {
            upperCount -= upperHits[next] ? 1 : 0;
            lowerCount -= lowerHits[next] ? 1 : 0;
        }
        upperHits[next] = upperHit;
        lowerHits[next] = lowerHit;
        upperCount += upperHit ? 1 : 0;
        lowerCount += lowerHit ? 1 : 0;
        next = (next + 1) % upperHits.length;
        daysSeen++;

        List<Intervention> triggered = List.of();
        if (rule.sells() && upperCount >= rule.limitHits()) {
            triggered = new ArrayList<>(2);
            triggered.add(new Intervention(day, Intervention.Direction.SELL, rule.quantityTonnes()));
            Arrays.fill(upperHits, false);
            upperCount = 0;
        }
        if (rule.buys() && lowerCount >= rule.limitHits()) {
            if (triggered.isEmpty()) {
                triggered = new ArrayList<>(1);
            }
            triggered.add(new Intervention(day, Intervention.Direction.BUY, rule.quantityTonnes()));
            Arrays.fill(lowerHits, false);
            lowerCount = 0;
        }
        return triggered.isEmpty() ? triggered : List.copyOf(triggered);
    }

    /** Days in the current window that hit the upper limit. */
    public int upperHitsInWindow() {
        return upperCount;
    }

    /** Days in the current window that hit the lower limit. */
    public int lowerHitsInWindow() {
        return lowerCount;
    }
}

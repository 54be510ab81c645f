package org.carbonsim.core.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A year's primary auction volumes by day: the year's volume, less what the stability reserve takes
 * in, split evenly over the schedule's auction days with the remainder going one tonne each to the
 * first auctions, so the lots sum exactly to the net volume. Immutable.
 *
 * @param lots auctions in day order
 */
public record AuctionPlan(List<Lot> lots) {
    /**
     * One auction. Immutable.
     *
     * @param day 0-based trading day of the year
     * @param tonnes allowances offered, t
     */
    public record Lot(int day, long tonnes) {
        public Lot {
            if (day < 0 || tonnes < 0) {
                throw new IllegalArgumentException("day and tonnes must be >= 0");
            }
        }
    }

    public AuctionPlan {
        lots = List.copyOf(lots);
    }

    /**
     * Splits a year's auction volume over the schedule.
     *
     * @param schedule the auction days
     * @param tradingDays trading days in the year; every auction day must be below it
     * @param volumeTonnes the year's auction volume before the reserve acts (add any reserve release
     *     here), t
     * @param reserveIntakeTonnes withheld by the stability reserve, t (at most {@code volumeTonnes})
     */
    public static AuctionPlan of(
            AuctionSchedule schedule, int tradingDays, long volumeTonnes, long reserveIntakeTonnes) {
        Objects.requireNonNull(schedule, "schedule");
        if (tradingDays < 1) {
            throw new IllegalArgumentException("tradingDays must be >= 1, got " + tradingDays);
        }
        if (volumeTonnes < 0 || reserveIntakeTonnes < 0 || reserveIntakeTonnes > volumeTonnes) {
            throw new IllegalArgumentException("need 0 <= reserveIntakeTonnes <= volumeTonnes (t), got "
                    + reserveIntakeTonnes + " and " + volumeTonnes);
        }
        List<Integer> days = schedule.days();
        for (int day : days) {
            if (day >= tradingDays) {
                throw new IllegalArgumentException(
                        "auction day " + day + " is beyond the year's " + tradingDays + " trading days");
            }
        }
        long net = volumeTonnes - reserveIntakeTonnes;
        if (days.isEmpty()) {
            if (net > 0) {
                throw new IllegalArgumentException(net + " t to auction but no auction days");
            }
            return new AuctionPlan(List.of());
        }
        long each = net / days.size();
        long remainder = net % days.size();
        List<Lot> lots = new ArrayList<>(days.size());
        for (int i = 0; i < days.size(); i++) {
            lots.add(new Lot(days.get(i), each + (i < remainder ? 1 : 0)));
        }
        return new AuctionPlan(lots);
    }

    /** Allowances offered on {@code day}, t (0 if there is no auction that day). */
    public long tonnesOnDay(int day) {
        for (Lot lot : lots) {
            if (lot.day() == day) {
                return lot.tonnes();
            }
        }
        return 0;
    }

    /**
     * Allowances offered by the auctions after {@code day} up to {@code lastDay} (both days of the
     * year, 0-based), t: what the primary market still brings before a deadline on {@code lastDay}. 0
     * when {@code lastDay <= day}.
     */
    public long tonnesAfter(int day, int lastDay) {
        long total = 0;
        for (Lot lot : lots) {
            if (lot.day() > day && lot.day() <= lastDay) {
                total = Math.addExact(total, lot.tonnes());
            }
        }
        return total;
    }

    /** Allowances offered over the year, t. */
    public long totalTonnes() {
        long total = 0;
        for (Lot lot : lots) {
            total = Math.addExact(total, lot.tonnes());
        }
        return total;
    }
}

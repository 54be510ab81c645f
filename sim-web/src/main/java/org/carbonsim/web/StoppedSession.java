package org.carbonsim.web;

import java.util.List;
import java.util.Objects;
import org.carbonsim.core.engine.DayResult;
import org.carbonsim.core.engine.EnterpriseResult;
import org.carbonsim.core.engine.TradeRecord;

/**
 * What a session stopped before its last day had: the day it stopped on, every trading day closed,
 * every trade until the stop (the day in progress too), the enterprise rows of the years settled and
 * each player's position at the stop. Taken on the engine's thread between two rounds, so the parts
 * agree with one another (after an error in the engine, as the error left them). Also what the room
 * saves at each day's close while the class goes on, its {@link Cause#CHECKPOINT}. Immutable.
 *
 * @param scenario the scenario's name
 * @param seed the session's seed
 * @param dayOfRun the 1-based day of the run in progress at the stop
 * @param daysInRun the trading days of the whole run (years × trading days a year)
 * @param year the compliance year in progress
 * @param dayOfYear the 1-based trading day of that year
 * @param round the 1-based round of continuous trading about to start
 * @param roundsPerDay the rounds of a trading day
 * @param days every trading day closed, in order
 * @param trades every exchange trade until the stop, in order
 * @param settled the enterprise rows of the years settled, by year then id
 * @param positions each player's position at the stop, in the players' order
 * @param cause why it was taken
 * @param error the error's message when the engine failed ({@link Cause#ERROR}), else null
 * @param errorTrace the error's stack trace when the engine failed, else null
 */
public record StoppedSession(
        String scenario,
        long seed,
        long dayOfRun,
        long daysInRun,
        int year,
        int dayOfYear,
        int round,
        int roundsPerDay,
        List<DayResult> days,
        List<TradeRecord> trades,
        List<EnterpriseResult> settled,
        List<PlayerPosition> positions,
        Cause cause,
        String error,
        String errorTrace) {
    /** Why the session's files were taken before its end. */
    public enum Cause {
        /** The process was stopped (Ctrl-C, {@code kill}): the engine stopped at its next pause. */
        STOPPED("stopped"),
        /** The engine failed: the files hold what the class had when it did. */
        ERROR("error"),
        /** A day closed while the class went on: what a stop at that moment would have saved. */
        CHECKPOINT("checkpoint");

        private final String word;

        Cause(String word) {
            this.word = word;
        }

        /** The word {@code stopped.json} records: {@code stopped}, {@code error} or {@code checkpoint}. */
        public String word() {
            return word;
        }
    }

    public StoppedSession {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(cause, "cause");
        days = List.copyOf(days);
        trades = List.copyOf(trades);
        settled = List.copyOf(settled);
        positions = List.copyOf(positions);
    }

    /** The players, in order. */
    public List<Player> players() {
        return positions.stream().map(PlayerPosition::player).toList();
    }

    /**
     * One line saying where the session stopped: {@code stopped on day 7 of 40 (2024, day 7), round 3 of
     * 10}, {@code stopped by an error on day 7 ..., 6 days closed} (the round is the engine's last pause
     * before the error, which may follow the day's close, so the days closed say what the class kept),
     * or for a checkpoint {@code saved after day 6 of 40
     * (2024, day 6) closed, while the class went on}.
     */
    public String where() {
        if (cause == Cause.CHECKPOINT && !days.isEmpty()) {
            DayResult last = days.get(days.size() - 1);
            return "saved after day " + days.size() + " of " + daysInRun + " (" + last.year() + ", day "
                    + (last.day() + 1) + ") closed, while the class went on";
        }
        String at = dayOfRun + " of " + daysInRun + " (" + year + ", day " + dayOfYear + "), round " + round + " of "
                + roundsPerDay;
        if (cause == Cause.ERROR) {
            return "stopped by an error on day " + at + ", " + days.size() + (days.size() == 1 ? " day" : " days")
                    + " closed";
        }
        return "stopped on day " + at;
    }
}

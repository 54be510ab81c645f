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
 * agree with one another. Immutable.
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
        List<PlayerPosition> positions) {
    public StoppedSession {
        Objects.requireNonNull(scenario, "scenario");
        days = List.copyOf(days);
        trades = List.copyOf(trades);
        settled = List.copyOf(settled);
        positions = List.copyOf(positions);
    }

    /** The players, in order. */
    public List<Player> players() {
        return positions.stream().map(PlayerPosition::player).toList();
    }

    /** One line saying where the session stopped: {@code stopped on day 7 of 40 (2024, day 7), round 3 of 10}. */
    public String where() {
        return "stopped on day " + dayOfRun + " of " + daysInRun + " (" + year + ", day " + dayOfYear + "), round "
                + round + " of " + roundsPerDay;
    }
}

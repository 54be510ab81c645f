package org.carbonsim.core.engine;

import java.util.Objects;
import org.carbonsim.core.policy.Intervention;

/**
 * A government intervention in a run: the day whose close completed the trigger, the direction, and
 * the tonnes offered or bid on the next trading day (a sale is limited by what the reserve holds).
 * Immutable.
 *
 * @param year the compliance year of the triggering day
 * @param day 0-based trading day of the year that triggered it
 * @param direction sell from or buy into the government reserve
 * @param requestedTonnes tonnes the rule asks for, t
 * @param orderTonnes tonnes actually offered or bid, t
 */
public record InterventionRecord(
        int year, int day, Intervention.Direction direction, long requestedTonnes, long orderTonnes) {
    public InterventionRecord {
        Objects.requireNonNull(direction, "direction");
        if (requestedTonnes < 0 || orderTonnes < 0 || orderTonnes > requestedTonnes) {
            throw new IllegalArgumentException("need 0 <= orderTonnes <= requestedTonnes");
        }
    }
}

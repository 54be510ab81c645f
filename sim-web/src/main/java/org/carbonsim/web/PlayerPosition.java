package org.carbonsim.web;

import java.util.Objects;

/**
 * Where a player's enterprise stands at one moment of the session, as the player's page shows it:
 * its allowances, its expected need with the abatement its player set, its cash and what it bought
 * net this year. Tonnes and fen. Immutable.
 *
 * @param player the player
 * @param covered whether the scheme covers the enterprise this year (every other figure is 0 when not)
 * @param allowancesTonnes allowances held, t
 * @param expectedNeedTonnes what it expects to surrender with the abatement share set, t
 * @param cashFen cash, fen
 * @param netPurchasesFen net purchases this year, on the exchange (fees included) and in primary auctions, fen
 * @param abatementShare the share of business-as-usual emissions it abates this year
 */
public record PlayerPosition(
        Player player,
        boolean covered,
        long allowancesTonnes,
        long expectedNeedTonnes,
        long cashFen,
        long netPurchasesFen,
        double abatementShare) {
    public PlayerPosition {
        Objects.requireNonNull(player, "player");
    }

    /** The position of an enterprise the scheme does not cover this year. */
    static PlayerPosition uncovered(Player player) {
        return new PlayerPosition(player, false, 0, 0, 0, 0, 0);
    }

    /** What it expects to lack at the deadline: its expected need less its allowances, t (negative: a surplus). */
    public long shortfallTonnes() {
        return expectedNeedTonnes - allowancesTonnes;
    }
}

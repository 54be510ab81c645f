package org.carbonsim.core.policy;

/**
 * A price floor held by auction reserve prices and buy-backs, and a ceiling held by reserve sales.
 * Immutable.
 *
 * @param floorFen floor, fen per tonne (0 = none)
 * @param ceilingFen ceiling, fen per tonne ({@link Long#MAX_VALUE} = none)
 * @param dailyReserveSaleTonnes most the government sells from its reserve in a day at the ceiling, t
 */
public record PriceCorridor(long floorFen, long ceilingFen, long dailyReserveSaleTonnes) {
    /** No floor and no ceiling. */
    public static final PriceCorridor NONE = new PriceCorridor(0, Long.MAX_VALUE, 0);

    public PriceCorridor {
        if (floorFen < 0 || ceilingFen <= floorFen || dailyReserveSaleTonnes < 0) {
            throw new IllegalArgumentException("need 0 <= floorFen < ceilingFen and dailyReserveSaleTonnes >= 0");
        }
    }
}

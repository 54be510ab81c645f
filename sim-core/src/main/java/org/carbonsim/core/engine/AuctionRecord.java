package org.carbonsim.core.engine;

/**
 * One primary auction of a run: the tonnes offered from the auction account, the tonnes sold and the
 * uniform clearing price (0 when nothing sold). Immutable.
 *
 * @param year the compliance year
 * @param day 0-based trading day of the year, before that day's trading
 * @param offeredTonnes allowances offered, t
 * @param soldTonnes allowances sold, t
 * @param clearingPriceFen the uniform price, fen per tonne, or 0 when nothing sold
 */
public record AuctionRecord(int year, int day, long offeredTonnes, long soldTonnes, long clearingPriceFen) {
    public AuctionRecord {
        if (offeredTonnes < 0 || soldTonnes < 0 || soldTonnes > offeredTonnes || clearingPriceFen < 0) {
            throw new IllegalArgumentException("need 0 <= soldTonnes <= offeredTonnes and clearingPriceFen >= 0");
        }
    }
}

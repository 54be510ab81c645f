package org.carbonsim.core.finance;

import java.util.Objects;

/**
 * Enterprises whose cash is a real constraint, named one by one ({@code id} an enterprise id) or as a
 * whole sector ({@code bySector}): each starts with {@code cashFen}, receives {@code incomeFenPerYear}
 * spread evenly over the trading days, never gets working capital from outside, and buys only what
 * its cash pays for. Immutable.
 */
public record CashFirm(String id, boolean bySector, long cashFen, long incomeFenPerYear) {
    public CashFirm {
        Objects.requireNonNull(id, "id");
        if (cashFen < 0 || incomeFenPerYear < 0) {
            throw new IllegalArgumentException(id + ": cash and income must be >= 0 fen");
        }
    }

    /** Whether this entry names the enterprise {@code enterpriseId} of sector {@code sectorId}. */
    public boolean names(String enterpriseId, String sectorId) {
        return bySector ? id.equals(sectorId) : id.equals(enterpriseId);
    }

    /** The income of day {@code day} of a {@code tradingDays}-day year: the days add up to the year's income exactly. */
    public long incomeFenOn(int day, int tradingDays) {
        return incomeFenPerYear * (day + 1) / tradingDays - incomeFenPerYear * day / tradingDays;
    }
}

package org.carbonsim.core.finance;

import java.util.Objects;

/**
 * An enterprise whose cash is a real constraint: it starts with {@code cashFen}, receives {@code
 * incomeFenPerYear} spread evenly over the trading days, never gets working capital from outside, and
 * buys only what its cash pays for. Immutable.
 */
public record CashFirm(String enterpriseId, long cashFen, long incomeFenPerYear) {
    public CashFirm {
        Objects.requireNonNull(enterpriseId, "enterpriseId");
        if (cashFen < 0 || incomeFenPerYear < 0) {
            throw new IllegalArgumentException(enterpriseId + ": cash and income must be >= 0 fen");
        }
    }

    /** The income of day {@code day} of a {@code tradingDays}-day year: the year's income spread so the days add up to it exactly. */
    public long incomeFenOn(int day, int tradingDays) {
        return incomeFenPerYear * (day + 1) / tradingDays - incomeFenPerYear * day / tradingDays;
    }
}

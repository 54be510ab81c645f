package org.carbonsim.core.scenario;

import java.util.Objects;

/**
 * The exchange rules a scheme uses from {@code fromYear} on, until a later change: the rules the
 * engine reads day by day or trade by trade and can therefore change between two years (Hubei's close
 * was the VWAP of the last 5 trades until October 2023 and the whole day's VWAP after). The tick, the
 * initial price, the rounds per day, the auctions and the close of a day without trades hold in every
 * year. Every value is the one in force, what the scenario's change left out carried over. Immutable;
 * its ranges are the {@link MarketRules}' own, checked when the change is put in them.
 *
 * @param fromYear the first year the rules apply to
 * @param closingRule how the close is set
 * @param closingTrades N for {@link ClosingRule#VWAP_LAST_TRADES}
 * @param limitBasisPoints daily price band around the previous close, basis points; 0 for no band
 * @param feeBasisPoints exchange fee on turnover, basis points, paid by both sides
 */
public record MarketRuleChange(
        int fromYear, ClosingRule closingRule, int closingTrades, int limitBasisPoints, int feeBasisPoints) {
    public MarketRuleChange {
        Objects.requireNonNull(closingRule, "closingRule");
    }
}

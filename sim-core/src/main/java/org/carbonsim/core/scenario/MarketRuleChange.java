package org.carbonsim.core.scenario;

import java.util.Objects;

/**
 * The exchange rules a scheme uses from {@code fromYear} on, until a later change: those the market
 * reads day by day or trade by trade, which can therefore change between two years (Hubei's close was
 * the VWAP of the last 5 trades until October 2023 and the whole day's VWAP after). The tick, the
 * initial price and the rounds per day hold in every year. Every value is the one in force, what the
 * scenario's change left out carried over. Immutable; its ranges are the {@link MarketRules}' own,
 * checked when the change is put in them.
 *
 * @param fromYear the first year the rules apply to
 * @param limitBasisPoints daily price band around the previous close, basis points; 0 for no band
 * @param closingRule how the close is set
 * @param closingTrades N for {@link ClosingRule#VWAP_LAST_TRADES}
 * @param openingAuction whether each day opens with a call auction
 * @param closingAuction whether each day closes with a call auction
 * @param feeBasisPoints exchange fee on turnover, basis points, paid by both sides
 * @param noTradeClose how a day on which nothing traded closes
 */
public record MarketRuleChange(
        int fromYear,
        int limitBasisPoints,
        ClosingRule closingRule,
        int closingTrades,
        boolean openingAuction,
        boolean closingAuction,
        int feeBasisPoints,
        NoTradeClose noTradeClose) {
    public MarketRuleChange {
        Objects.requireNonNull(closingRule, "closingRule");
        Objects.requireNonNull(noTradeClose, "noTradeClose");
    }
}

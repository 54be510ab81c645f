package org.carbonsim.core.scenario;

import java.math.BigDecimal;
import org.carbonsim.core.market.BookConfig;

/**
 * Reads a scenario's {@code market}: the tick, initial price, daily price band, closing rule,
 * auctions, fee and rounds of continuous trading, percentages as basis points and prices as fen on
 * the tick grid. Keeps the tick it read, even from a market with other problems (1 fen until then),
 * for the prices of later sections. Not thread-safe; one per load.
 */
final class MarketReader {
    private final Problems problems;
    private long tickFen = 1;
    /** The rules last read without problems, or {@code null}. */
    private MarketRules rules;

    MarketReader(Problems problems) {
        this.problems = problems;
    }

    /** The exchange rules of {@code o}; {@code null} after reporting a problem. */
    MarketRules read(Obj o) {
        int before = problems.count();
        tickFen = o.money("tick", 1, "yuan");
        if (tickFen < 1) {
            problems.add(o.path("tick"), "expected a tick > 0 in yuan with at most 2 decimals (yuan), got 0");
            tickFen = 1;
        }
        long initial = o.requiredPrice("initialPrice", tickFen, "CNY per t");
        if (initial / tickFen > MarketRules.MAX_INITIAL_PRICE_TICKS) {
            long maxFen = MarketRules.MAX_INITIAL_PRICE_TICKS * tickFen;
            problems.add(
                    o.path("initialPrice"),
                    "expected at most " + BigDecimal.valueOf(maxFen, 2).toPlainString() + " CNY per t ("
                            + MarketRules.MAX_INITIAL_PRICE_TICKS + " ticks) at this tick, got "
                            + BigDecimal.valueOf(initial, 2).toPlainString() + ": the price ladder reaches "
                            + MarketRules.LADDER_MULTIPLE + " times the initial price in at most "
                            + BookConfig.MAX_LADDER_TICKS + " ticks (lower initialPrice or raise tick)");
        }
        int limitBp = percentBasisPoints(o, "limitPct", 1000, "daily price band, % of the previous close");
        ClosingRule rule = o.enumeration("closingRule", ClosingRule.class, ClosingRule.VWAP_DAY);
        int closingTrades = (int) o.integer("closingTrades", 10, 1, 1_000_000, "trades");
        boolean openingAuction = o.bool("openingAuction", false);
        boolean closingAuction = o.bool("closingAuction", false);
        int feeBp = percentBasisPoints(o, "feePct", 0, "exchange fee, % of turnover per side");
        NoTradeClose noTradeClose = o.enumeration("noTradeClose", NoTradeClose.class, NoTradeClose.PREVIOUS_CLOSE);
        int rounds = (int) o.integer(
                "roundsPerDay",
                MarketRules.DEFAULT_ROUNDS_PER_DAY,
                1,
                MarketRules.MAX_ROUNDS_PER_DAY,
                "rounds of continuous trading per day");
        o.finish();
        long tick = tickFen;
        rules = problems.build(
                o.path(),
                before,
                () -> new MarketRules(
                        tick,
                        limitBp,
                        initial,
                        rule,
                        closingTrades,
                        openingAuction,
                        closingAuction,
                        feeBp,
                        noTradeClose,
                        rounds));
        return rules;
    }

    /** A percentage in [0, 100) with at most two decimals, as basis points. */
    private static int percentBasisPoints(Obj o, String key, int fallback, String unit) {
        return o.percentBasisPoints(key, fallback, new Values.Range(0, false, 100, true), unit);
    }

    /**
     * The top of the market's price ladder, fen per tonne ({@link MarketRules#ladderTopFen}); 0 until
     * a market has been read without problems.
     */
    long ladderTopFen() {
        return rules == null ? 0 : rules.ladderTopFen();
    }

    /** The price tick, fen: what the market read gave, else 1. */
    long tickFen() {
        return tickFen;
    }
}

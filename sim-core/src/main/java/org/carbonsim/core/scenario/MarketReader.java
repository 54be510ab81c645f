package org.carbonsim.core.scenario;

import com.google.gson.JsonElement;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.carbonsim.core.market.BookConfig;

/**
 * Reads a scenario's {@code market}: the tick, initial price, daily price band, closing rule,
 * auctions, fee and rounds of continuous trading, percentages as basis points and prices as fen on
 * the tick grid, and the {@code changes} that set the rules read day by day (all but the tick, the
 * initial price and the rounds) anew from a later year on ({@code [{"fromYear": 2024, "closingRule":
 * "VWAP_DAY"}]}; what a change leaves out carries over). Keeps the tick it read, even from a market
 * with other problems (1 fen until then), for the prices of later sections. Not thread-safe; one per
 * load.
 */
final class MarketReader {
    /** The keys a change may set besides {@code fromYear}. */
    private static final List<String> CHANGE_KEYS = List.of(
            "limitPct", "closingRule", "closingTrades", "openingAuction", "closingAuction", "feePct", "noTradeClose");

    /** The keys of the market that hold in every year: a change may not set them. */
    private static final List<String> FIXED_KEYS = List.of("tick", "initialPrice", "roundsPerDay", "blockTrades");

    /** The day-by-day rules of a market that gives none. */
    private static final MarketRuleChange DEFAULTS =
            new MarketRuleChange(0, 1000, ClosingRule.VWAP_DAY, 10, false, false, 0, NoTradeClose.PREVIOUS_CLOSE);

    /** The least a block trade may be when a scenario does not say: the national market's 100,000 t. */
    private static final long DEFAULT_BLOCK_MIN_TONNES = 100_000;

    /** A block price's band when a scenario does not say: the national market's ±30%. */
    private static final int DEFAULT_BLOCK_LIMIT_BASIS_POINTS = 3_000;

    private final Problems problems;
    private long tickFen = 1;
    /** The rules last read without problems, or {@code null}. */
    private MarketRules rules;

    MarketReader(Problems problems) {
        this.problems = problems;
    }

    /**
     * The exchange rules of {@code o}, whose changes must come after {@code startYear}; {@code null}
     * after reporting a problem.
     */
    MarketRules read(Obj o, int startYear) {
        int before = problems.count();
        JsonElement tickYuan = o.get("tick");
        tickFen = tickYuan == null ? 1 : Values.money(tickYuan, o.path("tick"), false, "yuan", problems, 1);
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
        MarketRuleChange first = readChangeable(o, startYear, DEFAULTS);
        int rounds = (int) o.integer(
                "roundsPerDay",
                MarketRules.DEFAULT_ROUNDS_PER_DAY,
                1,
                MarketRules.MAX_ROUNDS_PER_DAY,
                "rounds of continuous trading per day");
        List<MarketRuleChange> changes = readChanges(o, startYear, first);
        BlockTradeRules blockTrades = readBlockTrades(o);
        o.finish();
        long tick = tickFen;
        rules = problems.build(
                o.path(),
                before,
                () -> new MarketRules(
                        tick,
                        first.limitBasisPoints(),
                        initial,
                        first.closingRule(),
                        first.closingTrades(),
                        first.openingAuction(),
                        first.closingAuction(),
                        first.feeBasisPoints(),
                        first.noTradeClose(),
                        rounds,
                        changes,
                        blockTrades));
        return rules;
    }

    /**
     * The block agreement trades of market {@code o} ({@code "blockTrades": {"minTonnes": 100000,
     * "limitPct": 30}}, the national market's rules by default), {@link BlockTradeRules#NONE} without
     * them or after reporting a problem.
     */
    private BlockTradeRules readBlockTrades(Obj o) {
        if (!o.has("blockTrades")) {
            return BlockTradeRules.NONE;
        }
        int before = problems.count();
        Obj blocks = o.object("blockTrades", "block agreement trades");
        long minTonnes = blocks.integer(
                "minTonnes", DEFAULT_BLOCK_MIN_TONNES, 1, Values.MAX_TONNES, "t, the least a block trade may be");
        int limitBp = blocks.percentBasisPoints(
                "limitPct",
                DEFAULT_BLOCK_LIMIT_BASIS_POINTS,
                new Values.Range(0, true, 100, true),
                "block price band, % of the previous close");
        blocks.finish();
        return problems.count() == before ? new BlockTradeRules(minTonnes, limitBp) : BlockTradeRules.NONE;
    }

    /**
     * The {@code changes} of market {@code o}, each checked at its path: a {@code fromYear} after the
     * start year and the change before it, at least one rule besides it, none of the rules that hold
     * in every year, and the first year's ranges; each rule a change leaves out is the one in force
     * before it, from {@code first} on. Only the changes read without problems.
     */
    private List<MarketRuleChange> readChanges(Obj o, int startYear, MarketRuleChange first) {
        List<MarketRuleChange> changes = new ArrayList<>();
        List<JsonElement> entries = o.array("changes", "later exchange rules by fromYear");
        int previous = startYear;
        MarketRuleChange current = first;
        for (int i = 0; i < entries.size(); i++) {
            int changeBefore = problems.count();
            Obj change = Obj.of(entries.get(i), Obj.index(o.path("changes"), i), "exchange rules", problems);
            int fromYear = change.requiredYear("fromYear");
            if (problems.count() == changeBefore && fromYear <= previous) {
                problems.add(
                        change.path("fromYear"),
                        "expected a year after " + previous + " (market changes in ascending fromYear, after the"
                                + " start year), got " + fromYear);
            }
            previous = Math.max(previous, fromYear);
            for (String key : FIXED_KEYS) {
                if (change.has(key)) {
                    problems.add(
                            change.path(key),
                            key + " holds in every year of a run; a change sets " + String.join(", ", CHANGE_KEYS));
                }
            }
            if (problems.count() == changeBefore && CHANGE_KEYS.stream().noneMatch(change::has)) {
                problems.add(
                        change.path(), "expected at least one of " + String.join(", ", CHANGE_KEYS) + ", got none");
            }
            MarketRuleChange changed = readChangeable(change, fromYear, current);
            change.finish();
            if (problems.count() == changeBefore) {
                changes.add(changed);
                current = changed;
            }
        }
        return changes;
    }

    /**
     * The rules read day by day that {@code o} gives from {@code fromYear} on, each it leaves out being
     * {@code previous}'s.
     */
    private static MarketRuleChange readChangeable(Obj o, int fromYear, MarketRuleChange previous) {
        int limitBp = percentBasisPoints(
                o, "limitPct", previous.limitBasisPoints(), "daily price band, % of the previous close");
        ClosingRule rule = o.enumeration("closingRule", ClosingRule.class, previous.closingRule());
        int closingTrades = (int) o.integer("closingTrades", previous.closingTrades(), 1, 1_000_000, "trades");
        boolean openingAuction = o.bool("openingAuction", previous.openingAuction());
        boolean closingAuction = o.bool("closingAuction", previous.closingAuction());
        int feeBp = percentBasisPoints(o, "feePct", previous.feeBasisPoints(), "exchange fee, % of turnover per side");
        NoTradeClose noTradeClose = o.enumeration("noTradeClose", NoTradeClose.class, previous.noTradeClose());
        return new MarketRuleChange(
                fromYear, limitBp, rule, closingTrades, openingAuction, closingAuction, feeBp, noTradeClose);
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

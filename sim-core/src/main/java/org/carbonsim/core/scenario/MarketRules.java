package org.carbonsim.core.scenario;

import java.util.List;
import java.util.Objects;
import org.carbonsim.core.market.BookConfig;

/**
 * The exchange's rules: those of the first year, and those of them the market reads day by day (the
 * band, the closing rule, the auctions, the fee, the close of a day without trades) as changed from
 * later years on ({@link #in} gives a year's). Immutable.
 *
 * @param tickFen price tick, fen (1 = 0.01 yuan)
 * @param limitBasisPoints daily price band around the previous close, basis points (1000 = ±10%);
 *     0 for no band
 * @param initialPriceFen reference price on the first day, fen per tonne
 * @param closingRule how the close is set
 * @param closingTrades N for {@link ClosingRule#VWAP_LAST_TRADES}
 * @param openingAuction whether each day opens with a call auction
 * @param closingAuction whether each day closes with a call auction
 * @param feeBasisPoints exchange fee on turnover, basis points, paid by both sides
 * @param noTradeClose how a day on which nothing traded closes
 * @param roundsPerDay rounds of continuous trading per day, the resolution of the traders' clocks: a
 *     trader whose clock rings every round acts once a round, so a market of traders who offer one
 *     unit at a time needs enough rounds to find its trades
 * @param changes the day-by-day rules from later years on, ascending {@code fromYear}
 * @param blockTrades the block agreement trades, in every year; {@link BlockTradeRules#NONE} for none
 */
public record MarketRules(
        long tickFen,
        int limitBasisPoints,
        long initialPriceFen,
        ClosingRule closingRule,
        int closingTrades,
        boolean openingAuction,
        boolean closingAuction,
        int feeBasisPoints,
        NoTradeClose noTradeClose,
        int roundsPerDay,
        List<MarketRuleChange> changes,
        BlockTradeRules blockTrades) {
    /** Rounds per day when a scenario does not say. */
    public static final int DEFAULT_ROUNDS_PER_DAY = 4;

    /** The largest number of rounds per day a scenario may ask for. */
    public static final int MAX_ROUNDS_PER_DAY = 10_000;

    /** The market's price ladder reaches this multiple of the initial price. */
    public static final long LADDER_MULTIPLE = 100;

    /**
     * The highest initial price a scenario may give, ticks: the ladder reaches {@link
     * #LADDER_MULTIPLE} times it within the largest ladder a book accepts. Above it the ladder would
     * be cut short, and above the ladder's top no order could be placed at all.
     */
    public static final long MAX_INITIAL_PRICE_TICKS = BookConfig.MAX_LADDER_TICKS / LADDER_MULTIPLE;

    /**
     * A covered enterprise enters each year with cash for at least this multiple of its expected
     * emissions at the year's reference price, so that it can trade what it needs.
     */
    public static final long WORKING_CAPITAL_MULTIPLE = 2;

    public MarketRules {
        Objects.requireNonNull(closingRule, "closingRule");
        Objects.requireNonNull(noTradeClose, "noTradeClose");
        Objects.requireNonNull(blockTrades, "blockTrades");
        if (tickFen < 1) {
            throw new IllegalArgumentException("tickFen must be >= 1");
        }
        if (limitBasisPoints < 0 || limitBasisPoints >= 10_000) {
            throw new IllegalArgumentException("limitBasisPoints must be in [0, 10000)");
        }
        if (initialPriceFen <= 0 || initialPriceFen % tickFen != 0) {
            throw new IllegalArgumentException("initialPriceFen must be > 0 and a whole number of ticks");
        }
        if (closingTrades < 1) {
            throw new IllegalArgumentException("closingTrades must be >= 1");
        }
        if (feeBasisPoints < 0 || feeBasisPoints >= 10_000) {
            throw new IllegalArgumentException("feeBasisPoints must be in [0, 10000)");
        }
        if (roundsPerDay < 1 || roundsPerDay > MAX_ROUNDS_PER_DAY) {
            throw new IllegalArgumentException(
                    "roundsPerDay must be in [1, " + MAX_ROUNDS_PER_DAY + "], got " + roundsPerDay);
        }
        changes = List.copyOf(changes);
        for (int i = 0; i < changes.size(); i++) {
            if (i > 0 && changes.get(i).fromYear() <= changes.get(i - 1).fromYear()) {
                throw new IllegalArgumentException("market rule changes must be in strictly ascending fromYear");
            }
            // the same ranges as the first year's: rules built from the change check them
            new MarketRules(tickFen, initialPriceFen, roundsPerDay, changes.get(i), blockTrades);
        }
    }

    /** Rules without block trades, changing from later years on as {@code changes} say. */
    public MarketRules(
            long tickFen,
            int limitBasisPoints,
            long initialPriceFen,
            ClosingRule closingRule,
            int closingTrades,
            boolean openingAuction,
            boolean closingAuction,
            int feeBasisPoints,
            NoTradeClose noTradeClose,
            int roundsPerDay,
            List<MarketRuleChange> changes) {
        this(
                tickFen,
                limitBasisPoints,
                initialPriceFen,
                closingRule,
                closingTrades,
                openingAuction,
                closingAuction,
                feeBasisPoints,
                noTradeClose,
                roundsPerDay,
                changes,
                BlockTradeRules.NONE);
    }

    /** Rules that hold in every year, with the default {@link #DEFAULT_ROUNDS_PER_DAY} rounds per day. */
    public MarketRules(
            long tickFen,
            int limitBasisPoints,
            long initialPriceFen,
            ClosingRule closingRule,
            int closingTrades,
            boolean openingAuction,
            boolean closingAuction,
            int feeBasisPoints,
            NoTradeClose noTradeClose) {
        this(
                tickFen,
                limitBasisPoints,
                initialPriceFen,
                closingRule,
                closingTrades,
                openingAuction,
                closingAuction,
                feeBasisPoints,
                noTradeClose,
                DEFAULT_ROUNDS_PER_DAY,
                List.of());
    }

    /** The same rules, changes included, with another first-day reference price, fen per tonne. */
    public MarketRules withInitialPriceFen(long priceFen) {
        return new MarketRules(
                tickFen,
                limitBasisPoints,
                priceFen,
                closingRule,
                closingTrades,
                openingAuction,
                closingAuction,
                feeBasisPoints,
                noTradeClose,
                roundsPerDay,
                changes,
                blockTrades);
    }

    /**
     * Rules with the tick, initial price, rounds and block trades given and the day-by-day rules of
     * {@code change}.
     */
    private MarketRules(
            long tickFen,
            long initialPriceFen,
            int roundsPerDay,
            MarketRuleChange change,
            BlockTradeRules blockTrades) {
        this(
                tickFen,
                change.limitBasisPoints(),
                initialPriceFen,
                change.closingRule(),
                change.closingTrades(),
                change.openingAuction(),
                change.closingAuction(),
                change.feeBasisPoints(),
                change.noTradeClose(),
                roundsPerDay,
                List.of(),
                blockTrades);
    }

    /**
     * The rules in force in {@code year}, with no changes of their own: the day-by-day rules of the
     * latest change from that year or before, else these.
     */
    public MarketRules in(int year) {
        if (changes.isEmpty()) {
            return this;
        }
        MarketRuleChange inForce = firstYear();
        for (MarketRuleChange change : changes) {
            if (change.fromYear() <= year) {
                inForce = change;
            }
        }
        return new MarketRules(tickFen, initialPriceFen, roundsPerDay, inForce, blockTrades);
    }

    /** These rules' day-by-day rules, as a change would give them: what the first change carries over. */
    public MarketRuleChange firstYear() {
        return new MarketRuleChange(
                0,
                limitBasisPoints,
                closingRule,
                closingTrades,
                openingAuction,
                closingAuction,
                feeBasisPoints,
                noTradeClose);
    }

    /** The most trades the closing VWAP of any year may average: {@link #closingTrades} over every year. */
    public int mostClosingTrades() {
        int most = closingTrades;
        for (MarketRuleChange change : changes) {
            most = Math.max(most, change.closingTrades());
        }
        return most;
    }

    /** The exchange fee one side pays on a trade of {@code notionalFen}, rounded down to the fen. */
    public long feeFen(long notionalFen) {
        return Math.multiplyExact(notionalFen, (long) feeBasisPoints) / 10_000L;
    }

    /**
     * The highest price the band lets the next trade reach from {@code closeFen}: the close plus one
     * limit move, fen, not rounded to the tick; the close itself when there is no band.
     */
    public long upperLimitFen(long closeFen) {
        return Math.addExact(closeFen, Math.multiplyExact(closeFen, (long) limitBasisPoints) / 10_000L);
    }

    /** The top of the market's price ladder, fen per tonne: the highest price any order may have. */
    public long ladderTopFen() {
        long initialTicks = initialPriceFen / tickFen;
        return Math.multiplyExact(
                Math.min(Math.multiplyExact(initialTicks, LADDER_MULTIPLE), BookConfig.MAX_LADDER_TICKS), tickFen);
    }
}

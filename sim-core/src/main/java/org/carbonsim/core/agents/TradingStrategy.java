package org.carbonsim.core.agents;

import java.util.SplittableRandom;

/**
 * How one trader decides: called on each of its turns, it reads the market and its own position and
 * places, amends or cancels orders through the gateway. All randomness comes from the generator
 * passed in, owned by the session. Strategies keep per-trader state and are Not thread-safe.
 *
 * <p>When a trader has its turns is its own clock's business (the session's activation schedule):
 * after every turn the session asks {@link #restUntilDay} whether the trader has nothing to do before
 * a later day, and otherwise {@link #turnsPerDay} how often it looks at the market from then on, and
 * {@link #entersEachDay} whether it comes back at the next opening whatever its clock. The defaults
 * are a turn every round of every day, as a textbook trader has.
 */
public interface TradingStrategy {
    /** Acts for the trader whose account is {@code position}. */
    void act(MarketView market, Position position, OrderGateway orders, SplittableRandom random);

    /**
     * The first day, counted like {@link MarketView#day()}, on which this trader needs another turn,
     * asked after each of its turns: a day after today means it rests until that day's first round
     * (and that day's call phases), whatever its clock says. Today (the default) lets its clock decide.
     */
    default int restUntilDay(MarketView market) {
        return market.day();
    }

    /**
     * How many turns a trading day this trader expects from now on, asked after each of its turns when
     * it does not rest: its clock rings in each round with probability {@code turnsPerDay /
     * roundsPerDay}, so at {@link MarketView#roundsPerDay()} or more (the default) it has a turn every
     * round.
     */
    default double turnsPerDay(MarketView market) {
        return market.roundsPerDay();
    }

    /**
     * Whether this trader has a turn in the first round of every trading day whatever its clock says
     * (unless it rests past that day): a desk enters again at the opening the day order the last close
     * cancelled. False (the default) leaves it to the clock. Fixed for the trader's life: the session
     * asks once, when the trader is added.
     */
    default boolean entersEachDay() {
        return false;
    }

    /**
     * Whether {@link #turnsPerDay}'s answer changes only when the days pass into or out of a deadline
     * day ({@link MarketView#daysToDeadline} 0), as a desk's clock does: the session then asks it once
     * for each such stretch of days instead of after every turn, which spares it a visit to the
     * trader's clock at each of the thousands of turns a day of a national market. False (the default)
     * has it asked after every turn. Fixed for the trader's life: the session asks once, when the
     * trader is added.
     */
    default boolean clockChangesOnlyOnDeadlineDays() {
        return false;
    }

    /**
     * The bid this trader places in a primary auction open to investors, when the last close is
     * {@code lastCloseTicks}: tonnes at a limit price in ticks, or {@link AuctionBid#NONE}. Only
     * investors bid this way; covered enterprises bid their demand curves in price steps, capped at the
     * exchange price they expect plus a markup ({@link ComplianceTrader#auctionBids}).
     */
    default AuctionBid auctionBid(long lastCloseTicks, Position position, long tickSizeFen, int feeBasisPoints) {
        return AuctionBid.NONE;
    }
}

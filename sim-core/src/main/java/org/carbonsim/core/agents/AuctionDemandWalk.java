package org.carbonsim.core.agents;

/**
 * One covered enterprise's demand curve in a primary auction ({@link ComplianceTrader#auctionBids}),
 * walked down its price levels one at a time: the level's price, then what the level adds. A walk
 * stops wherever its caller does, so an auction can read every enterprise's curve level by level,
 * all together from the top, and stop at the price where the bids already meet the lot: on a
 * Hubei-scale market about 240 of the 5,000 to 13,000 bids of an auction lie at or above its clearing
 * price, and the rest cannot fill ({@code org.carbonsim.core.engine.AuctionSweep}).
 *
 * <p>At each price level, from {@link ComplianceTrader#auctionBidTicks} at the shortfall's cost down
 * {@value ComplianceTrader#AUCTION_LEVEL_PERCENT}% a level (at least a tick) to the reserve price, at
 * most {@value ComplianceTrader#AUCTION_LEVELS} levels, the firm buys each tonne whose marginal cost
 * is at least the price, down to the largest shortfall in {@code [lowestTonnes, shortfallTonnes]}
 * worth less than the price, less its buffer; a level adds what it wants beyond the levels above. The
 * walk ends at the last level, or once the levels have bid all it could want.
 *
 * <p>The cost does not fall as the shortfall grows, so the answer at a lower price is never above the
 * answer at the level above, and that answer stays the answer for every lower price its own cost is
 * still below. Each level searches from the level above's answer down; where a search finds the
 * answer unchanged it reads that answer's cost, and searches again only at the first level at or under
 * it. It does not read the cost of an answer that moved: on a smooth curve the answer moves at nearly
 * every level, and the cost read exactly took as long as the search ({@link
 * MarginalCost#largestShortfallAtMost} may answer faster than the cost, as {@code CurveCost}'s does).
 * The answer at each level is the per-level search's, {@link MarginalCost#largestShortfallAtMost}
 * from the lowest to the level above's answer ({@code AuctionDemandCurveTest} compares the two).
 *
 * <p>{@link AuctionBids#read} takes every level. One walk serves one enterprise at a time and is
 * started again for the next. Not thread-safe.
 */
public final class AuctionDemandWalk {
    private MarginalCost cost;
    private long shortfallTonnes;
    private long lowestTonnes;
    private long bufferTonnes;
    private long tickFen;
    private long floorTicks;
    /** The most it could want, t: its shortfall down to the lowest, less the buffer. */
    private long mostTonnes;

    private long lowestCostFen;
    /** The level above's answer and, once known, its cost. */
    private long aboveTonnes;

    private long aboveCostFen;
    private boolean aboveCostKnown;
    private long priceTicks;
    private int level;
    private long bidTonnes;
    private boolean ended;

    /**
     * Starts the walk of a firm with {@code cost} at {@code shortfallTonnes}, its top level at {@link
     * ComplianceTrader#auctionBidTicks} of the shortfall's cost.
     *
     * @param cost the firm's marginal cost
     * @param shortfallTonnes the shortfall it bids from, t
     * @param lowestTonnes the lowest shortfall it bids down to, t (minus what it could forgo)
     * @param bufferTonnes the part of its need it leaves untraded, t
     * @param expectedTicks the price it expects on the exchange, ticks
     * @param markup how far above that price it bids at most, a fraction ({@link
     *     ComplianceTraderParams#priceAggression})
     * @param tickFen the tick, fen
     * @param reserveTicks the auction's reserve price, ticks: no level below it
     */
    public void start(
            MarginalCost cost,
            long shortfallTonnes,
            long lowestTonnes,
            long bufferTonnes,
            long expectedTicks,
            double markup,
            long tickFen,
            long reserveTicks) {
        this.cost = cost;
        this.shortfallTonnes = shortfallTonnes;
        this.lowestTonnes = lowestTonnes;
        this.bufferTonnes = bufferTonnes;
        this.tickFen = tickFen;
        this.floorTicks = Math.max(1, reserveTicks);
        this.mostTonnes = shortfallTonnes - lowestTonnes - bufferTonnes;
        this.level = 0;
        this.bidTonnes = 0;
        this.ended = mostTonnes <= 0;
        if (ended) {
            return;
        }
        aboveTonnes = shortfallTonnes;
        aboveCostFen = cost.costFenPerTonne(shortfallTonnes);
        aboveCostKnown = true;
        lowestCostFen = cost.costFenPerTonne(lowestTonnes);
        priceTicks = ComplianceTrader.auctionBidTicks(aboveCostFen, expectedTicks, tickFen, markup);
    }

    /** Whether a level is left: the walk has not ended and the next level is at or above the reserve. */
    public boolean hasLevel() {
        return !ended && level < ComplianceTrader.AUCTION_LEVELS && priceTicks >= floorTicks;
    }

    /** The price of the next level, ticks; only while {@link #hasLevel}. */
    public long priceTicks() {
        return priceTicks;
    }

    /**
     * What the next level adds to the levels above, t (0 where it adds nothing), and moves on to the
     * level below it; only while {@link #hasLevel}.
     */
    public long takeLevel() {
        if (!hasLevel()) {
            throw new IllegalStateException("no level left");
        }
        long added = 0;
        long priceFen = priceTicks * tickFen;
        // it buys each tonne whose marginal cost is at least the price, down to the largest shortfall
        // worth less than the price (no lower than the lowest)
        if (!aboveCostKnown || aboveCostFen >= priceFen) {
            if (lowestCostFen >= priceFen) {
                aboveTonnes = lowestTonnes;
                aboveCostFen = lowestCostFen;
                aboveCostKnown = true;
            } else {
                long answer = cost.largestShortfallAtMost(priceFen - 1, lowestTonnes, aboveTonnes);
                if (answer != aboveTonnes) {
                    aboveTonnes = answer;
                    aboveCostKnown = false;
                } else if (!aboveCostKnown) {
                    // the answer stays: its cost tells the levels below that it stays there too
                    aboveCostFen = cost.costFenPerTonne(aboveTonnes);
                    aboveCostKnown = true;
                }
            }
            long wanted = Math.max(0, shortfallTonnes - aboveTonnes - bufferTonnes);
            if (wanted > bidTonnes) {
                added = wanted - bidTonnes;
                bidTonnes = wanted;
            }
            if (bidTonnes >= mostTonnes) {
                ended = true;
                return added;
            }
        }
        priceTicks = Math.min(priceTicks - 1, priceTicks * (100 - ComplianceTrader.AUCTION_LEVEL_PERCENT) / 100);
        level++;
        return added;
    }
}

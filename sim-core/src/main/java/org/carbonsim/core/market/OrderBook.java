package org.carbonsim.core.market;

import java.util.Arrays;

/**
 * The continuous double auction for one instrument: price-time priority in integer ticks and whole
 * tonnes; a trade executes at the resting order's price. Order ids are {@code long}s chosen by the
 * caller and must be unique among live (resting) orders; an id may be reused once its order is
 * filled or cancelled. Owner ids identify the trader for self-trade prevention (see {@link
 * BookConfig}).
 *
 * <p>Each day starts with {@link #openDay}, which sets the reference price (the previous close) and
 * the price band: a limit price outside {@code [ceil(ref * (1 - pct)), floor(ref * (1 + pct))]}, an
 * interval widened to at least one tick each side of the reference, is rejected and a market order
 * never trades outside it. All orders are day orders: {@link #closeDay}
 * and {@link #openDay} cancel whatever still rests. Between {@link #startCallPhase} and {@link
 * #uncrossCallPhase} limit orders rest without matching and are then uncrossed at one price, as in
 * an opening or closing call auction.
 *
 * <p>The matching loop allocates nothing once the order pool, the id index, the ladder's pool of
 * pages (as many as the orders of one day have rested in) and the level bitmaps' pools of blocks are
 * large enough: orders are parallel
 * primitive arrays with an intrusive FIFO per price level, the ladder is indexed by {@code
 * priceTicks - minPriceTicks} through pages of {@value #PAGE_LEVELS} levels, made when an order
 * first rests in one and reused from day to day (the book is empty when a day opens), so a day
 * without a band whose orders rest hundreds of yuan apart costs the pages they rest in rather than
 * every level between them; a three-level bitmap per side ({@link LevelSet}), whose words likewise
 * cost the blocks of 4,096 levels an order rests in, finds the next non-empty level, and cancels are
 * O(1) through a primitive id-to-slot hash map. Not thread-safe.
 */
public final class OrderBook {
    /** What {@link #bestBidTicks()} and {@link #bestAskTicks()} return for an empty side; never a real price. */
    public static final long NO_PRICE = 0;

    private static final int NIL = -1;
    /**
     * Price levels per page of the ladder, a power of two. The per-level arrays are pages of this many
     * levels, made when an order first rests in them and handed back for reuse when the book empties
     * at the end of a day; so a ladder of a hundred times the initial price costs the pages a day's
     * orders rest in, not the span between its lowest and highest order.
     */
    private static final int PAGE_LEVELS = 256;

    private static final int PAGE_SHIFT = Integer.numberOfTrailingZeros(PAGE_LEVELS);
    private static final int PAGE_MASK = PAGE_LEVELS - 1;
    /** Pages of the ladder the spare pool starts with room for; it doubles as a day needs more. */
    private static final int INITIAL_PAGE_CAPACITY = 8;
    /**
     * A level's four entries in a link page, side by side at {@code 4 * (level & PAGE_MASK)}; each
     * side's tail follows its head.
     */
    private static final int BID_HEAD = 0;

    private static final int BID_TAIL = 1;
    private static final int ASK_HEAD = 2;
    private static final int ASK_TAIL = 3;
    /** A level's two entries in a tonne page, side by side at {@code 2 * (level & PAGE_MASK)}. */
    private static final int BID = 0;

    private static final int ASK = 1;

    private final MarketListener listener;
    private final boolean selfTradePrevention;
    private final long minPriceTicks;
    private final long maxPriceTicks;
    private final int levels;

    /**
     * The ladder, by page of {@link #PAGE_LEVELS} levels: page {@code level >>> PAGE_SHIFT} of {@code
     * linkPages} holds each of its levels' first and last order of each side ({@link #BID_HEAD} ...
     * {@link #ASK_TAIL}, {@code NIL} when none), that of {@code tonnePages} their resting tonnes
     * ({@link #BID}, {@link #ASK}); one level's entries share a cache line. A page is {@code null}
     * until an order rests in it, and both arrays of a page are there together.
     */
    private final int[][] linkPages;

    private final long[][] tonnePages;
    private final LevelSet bidLevels;
    private final LevelSet askLevels;
    private int bestBid = NIL;
    private int bestAsk;
    /** The pages in the ladder now, in the order they were added; the first {@link #pagesInUse} count. */
    private int[] usedPages = new int[INITIAL_PAGE_CAPACITY];

    private int pagesInUse;
    /**
     * Every page the book has made, the first {@link #pagesInUse} in the ladder and the rest spare. An
     * empty level is all {@code NIL} and 0 again, so a page goes back to the pool as it is.
     */
    private int[][] linkPool = new int[INITIAL_PAGE_CAPACITY][];

    private long[][] tonnePool = new long[INITIAL_PAGE_CAPACITY][];
    private int pagesMade;

    private long[] orderIds;
    private long[] remainingTonnes;
    private int[] ownerIds;
    private int[] levelOf;
    private boolean[] buys;
    private int[] prev;
    private int[] next;
    private int freeHead;
    private int restingCount;
    private long highestOrderId = Long.MIN_VALUE;
    private final LongIntHashMap slotById;

    private final DayStats dayStats;
    private boolean bandActive;
    private long lowerLimitTicks;
    private long upperLimitTicks;
    private int marketBuyLimit;
    private int marketSellLimit;
    private boolean callPhase;
    private boolean selfTradeStopped;
    private long uncrossTonnes;

    public OrderBook(BookConfig config, MarketListener listener) {
        if (config == null || listener == null) {
            throw new IllegalArgumentException("config and listener are required");
        }
        this.listener = listener;
        this.selfTradePrevention = config.selfTradePrevention();
        this.minPriceTicks = config.minPriceTicks();
        this.maxPriceTicks = config.maxPriceTicks();
        this.levels = (int) (maxPriceTicks - minPriceTicks + 1);
        int pages = (int) ((levels + (long) PAGE_MASK) >>> PAGE_SHIFT);
        linkPages = new int[pages][];
        tonnePages = new long[pages][];
        bidLevels = new LevelSet(levels);
        askLevels = new LevelSet(levels);
        bestAsk = levels;
        int capacity = config.initialOrderCapacity();
        orderIds = new long[capacity];
        remainingTonnes = new long[capacity];
        ownerIds = new int[capacity];
        levelOf = new int[capacity];
        buys = new boolean[capacity];
        prev = new int[capacity];
        next = new int[capacity];
        chainFree(0, capacity);
        freeHead = 0;
        slotById = new LongIntHashMap(capacity);
        dayStats = new DayStats(config.tickSizeFen(), config.closingVwapTrades());
        clearBand();
        dayStats.startDay(0, false, 0, 0);
    }

    /**
     * Starts a trading day: cancels any order still resting (reported through {@link
     * MarketListener#onCancel}), resets the day's statistics and sets the price band to {@code
     * referencePriceTicks} ± {@code limitBasisPoints} / 10000, edges rounded inward to ticks.
     * {@code limitBasisPoints <= 0} means no band (the reference still serves as the fallback close).
     * Hubei and national listing trades use 1000 (10%).
     */
    public void openDay(long referencePriceTicks, int limitBasisPoints) {
        if (referencePriceTicks < 0) {
            throw new IllegalArgumentException("referencePriceTicks must be >= 0, got " + referencePriceTicks);
        }
        if (limitBasisPoints >= BandMath.BASIS_POINTS) {
            throw new IllegalArgumentException("limitBasisPoints must be < 10000, got " + limitBasisPoints);
        }
        cancelAll();
        callPhase = false;
        if (limitBasisPoints > 0 && referencePriceTicks > 0) {
            bandActive = true;
            lowerLimitTicks = BandMath.lowerLimitTicks(referencePriceTicks, limitBasisPoints);
            upperLimitTicks = BandMath.upperLimitTicks(referencePriceTicks, limitBasisPoints);
            marketBuyLimit = (int) Math.max(-1L, Math.min(levels - 1L, upperLimitTicks - minPriceTicks));
            marketSellLimit = (int) Math.min(levels, Math.max(0L, lowerLimitTicks - minPriceTicks));
        } else {
            clearBand();
        }
        dayStats.startDay(referencePriceTicks, bandActive, lowerLimitTicks, upperLimitTicks);
    }

    /** Ends the day: cancels every resting order (all orders are day orders), reporting each through {@code onCancel}. */
    public void closeDay() {
        cancelAll();
        callPhase = false;
    }

    /**
     * Submits an order. {@code priceTicks} is the limit price for LIMIT, IOC and FOK orders and is
     * ignored for MARKET orders. Returns what happened; trades, cancelled remainders and rejections are
     * also reported to the listener. Allocates nothing unless the order pool or the ladder must grow.
     */
    public Result submit(long orderId, int ownerId, Side side, OrderType type, long priceTicks, long quantityTonnes) {
        if (side == null || type == null || quantityTonnes <= 0) {
            return reject(orderId, Result.REJECTED_INVALID);
        }
        // Ids above every id seen cannot be resting: callers that number orders upward skip the lookup.
        if (orderId <= highestOrderId && slotById.get(orderId) != LongIntHashMap.MISSING) {
            return reject(orderId, Result.REJECTED_DUPLICATE_ID);
        }
        highestOrderId = Math.max(highestOrderId, orderId);
        boolean buy = side == Side.BUY;
        int limit;
        if (type == OrderType.MARKET) {
            if (callPhase) {
                return reject(orderId, Result.REJECTED_WRONG_PHASE);
            }
            limit = buy ? marketBuyLimit : marketSellLimit;
        } else {
            Result priceCheck = checkPrice(priceTicks);
            if (priceCheck != null) {
                return reject(orderId, priceCheck);
            }
            if (callPhase && type != OrderType.LIMIT) {
                return reject(orderId, Result.REJECTED_WRONG_PHASE);
            }
            limit = (int) (priceTicks - minPriceTicks);
        }
        return execute(orderId, ownerId, buy, type, limit, quantityTonnes);
    }

    /** Cancels resting order {@code orderId}; returns CANCELLED or UNKNOWN_ORDER. */
    public Result cancel(long orderId) {
        return cancelIfLive(orderId) ? Result.CANCELLED : reject(orderId, Result.UNKNOWN_ORDER);
    }

    /** Cancels resting order {@code orderId} when there is one; returns whether it did. */
    public boolean cancelIfLive(long orderId) {
        int slot = slotById.remove(orderId);
        if (slot == LongIntHashMap.MISSING) {
            return false;
        }
        long tonnes = remainingTonnes[slot];
        unlink(slot);
        free(slot);
        listener.onCancel(orderId, tonnes);
        return true;
    }

    /**
     * Changes a resting order's price and remaining quantity. At the same price a smaller quantity
     * keeps the order's time priority and a larger one sends it to the back of its level (both return
     * AMENDED). A new price cancels and replaces the order under the same id and owner: it loses
     * priority, may trade at once, and the result is that of a new limit order. A new price outside
     * the band or ladder is rejected and the order stays as it was.
     */
    public Result amend(long orderId, long newPriceTicks, long newQuantityTonnes) {
        int slot = slotById.get(orderId);
        if (slot == LongIntHashMap.MISSING) {
            return reject(orderId, Result.UNKNOWN_ORDER);
        }
        if (newQuantityTonnes <= 0) {
            return reject(orderId, Result.REJECTED_INVALID);
        }
        long oldPriceTicks = minPriceTicks + levelOf[slot];
        long oldTonnes = remainingTonnes[slot];
        boolean buy = buys[slot];
        if (newPriceTicks == oldPriceTicks) {
            int level = levelOf[slot];
            if (newQuantityTonnes > oldTonnes) {
                unlink(slot);
                remainingTonnes[slot] = newQuantityTonnes;
                link(slot, buy, level);
            } else {
                remainingTonnes[slot] = newQuantityTonnes;
                tonnePages[level >>> PAGE_SHIFT][tonneIndex(level, buy ? BID : ASK)] -= oldTonnes - newQuantityTonnes;
            }
            return Result.AMENDED;
        }
        Result priceCheck = checkPrice(newPriceTicks);
        if (priceCheck != null) {
            return reject(orderId, priceCheck);
        }
        int ownerId = ownerIds[slot];
        unlink(slot);
        release(slot);
        return execute(
                orderId, ownerId, buy, OrderType.LIMIT, (int) (newPriceTicks - minPriceTicks), newQuantityTonnes);
    }

    /**
     * Enters a call phase: from now until {@link #uncrossCallPhase} limit orders rest without matching
     * (the book may cross); market, IOC and FOK orders are rejected with REJECTED_WRONG_PHASE.
     */
    public void startCallPhase() {
        callPhase = true;
    }

    /** Whether the book is collecting orders for a call auction. */
    public boolean inCallPhase() {
        return callPhase;
    }

    /**
     * Ends the call phase and uncrosses the resting orders at one price chosen by {@link
     * CallAuction}'s rule (maximum volume, then minimum imbalance, then nearest the reference price,
     * then the lower price). Orders fill in price-time priority, so at the marginal price the earlier
     * order fills first; what is not filled keeps resting for continuous trading. Every trade prints at
     * the uniform price; self-trade prevention does not apply to the uncross. The reference price is
     * the one given to {@link #openDay} (0 before any day, which makes the lowest tied price win).
     * Returns the uniform price in ticks, or {@link #NO_PRICE} when nothing trades.
     */
    public long uncrossCallPhase() {
        callPhase = false;
        int bestLevel = uncrossLevel();
        if (bestLevel == NIL) {
            return NO_PRICE;
        }
        long priceTicks = minPriceTicks + bestLevel;
        long left = uncrossTonnes;
        while (left > 0) {
            int bid = linkAt(bestBid, BID_HEAD);
            int ask = linkAt(bestAsk, ASK_HEAD);
            long tonnes = Math.min(left, Math.min(remainingTonnes[bid], remainingTonnes[ask]));
            printTrade(orderIds[bid], orderIds[ask], ownerIds[bid], ownerIds[ask], priceTicks, tonnes);
            left -= tonnes;
            reduce(bid, tonnes);
            reduce(ask, tonnes);
        }
        return priceTicks;
    }

    /**
     * The price in ticks {@link #uncrossCallPhase} would uncross the resting orders at now (the
     * indicative price exchanges publish during a call phase), or {@link #NO_PRICE} when the book does
     * not cross. Changes nothing; in continuous trading the book never crosses, so it is {@code
     * NO_PRICE} there.
     */
    public long indicativeUncrossTicks() {
        int level = uncrossLevel();
        return level == NIL ? NO_PRICE : minPriceTicks + level;
    }

    /** The tonnes {@link #uncrossCallPhase} would trade now; 0 when the book does not cross. Changes nothing. */
    public long indicativeUncrossTonnes() {
        return uncrossLevel() == NIL ? 0 : uncrossTonnes;
    }

    /**
     * The level the uncross rule chooses (maximum volume, then minimum imbalance, then nearest the
     * reference price, then the lower price), with its volume left in {@link #uncrossTonnes}; {@code
     * NIL} when the book does not cross.
     */
    private int uncrossLevel() {
        uncrossTonnes = 0;
        if (bestBid < 0 || bestAsk >= levels || bestBid < bestAsk) {
            return NIL;
        }
        long bestVolume = 0;
        long bestImbalance = 0;
        long bestDistance = 0;
        int bestLevel = NIL;
        long reference = dayStats.referencePriceTicks();
        long demand = 0;
        long supplyAtOrBelow = 0;
        for (int level = bestAsk; level <= bestBid; level++) {
            supplyAtOrBelow += tonnesAt(level, ASK);
        }
        // Walk candidate prices from the highest crossing level down, keeping cumulative demand (bids at or
        // above) and supply (asks at or below) as running sums.
        for (int level = bestBid; level >= bestAsk; level--) {
            if (level < bestBid) {
                supplyAtOrBelow -= tonnesAt(level + 1, ASK);
            }
            demand += tonnesAt(level, BID);
            long volume = Math.min(demand, supplyAtOrBelow);
            long imbalance = Math.abs(demand - supplyAtOrBelow);
            long distance = Math.abs(minPriceTicks + level - reference);
            if (volume > bestVolume
                    || (volume == bestVolume
                            && volume > 0
                            && (imbalance < bestImbalance
                                    || (imbalance == bestImbalance && distance <= bestDistance)))) {
                bestVolume = volume;
                bestImbalance = imbalance;
                bestDistance = distance;
                bestLevel = level;
            }
        }
        uncrossTonnes = bestVolume;
        return bestLevel;
    }

    /** The highest resting bid in ticks, or {@link #NO_PRICE}. */
    public long bestBidTicks() {
        return bestBid < 0 ? NO_PRICE : minPriceTicks + bestBid;
    }

    /** The lowest resting offer in ticks, or {@link #NO_PRICE}. */
    public long bestAskTicks() {
        return bestAsk >= levels ? NO_PRICE : minPriceTicks + bestAsk;
    }

    /**
     * The highest resting bid once {@code tonnes} resting at {@code priceTicks} are left out, ticks, or
     * {@link #NO_PRICE}: what the owner of an order of those tonnes at that price sees of the others'
     * bids. It differs from {@link #bestBidTicks()} only when those tonnes are all the best level holds.
     */
    public long bestBidTicksWithout(long priceTicks, long tonnes) {
        if (bestBid < 0 || priceTicks != minPriceTicks + bestBid || tonnesAt(bestBid, BID) != tonnes) {
            return bestBidTicks();
        }
        int level = bidLevels.previous(bestBid - 1);
        return level < 0 ? NO_PRICE : minPriceTicks + level;
    }

    /** The lowest resting offer once {@code tonnes} resting at {@code priceTicks} are left out, ticks, or {@link #NO_PRICE}. */
    public long bestAskTicksWithout(long priceTicks, long tonnes) {
        if (bestAsk >= levels || priceTicks != minPriceTicks + bestAsk || tonnesAt(bestAsk, ASK) != tonnes) {
            return bestAskTicks();
        }
        int level = askLevels.next(bestAsk + 1);
        return level >= levels ? NO_PRICE : minPriceTicks + level;
    }

    /** Tonnes resting on {@code side} at {@code priceTicks}; 0 outside the ladder. */
    public long depthAt(Side side, long priceTicks) {
        if (priceTicks < minPriceTicks || priceTicks > maxPriceTicks) {
            return 0;
        }
        return tonnesAt((int) (priceTicks - minPriceTicks), side == Side.BUY ? BID : ASK);
    }

    /** The number of resting orders on both sides. */
    public int restingOrders() {
        return restingCount;
    }

    /** The remaining tonnes of live order {@code orderId}, or 0 when it is not resting. */
    public long quantityOf(long orderId) {
        int slot = slotById.get(orderId);
        return slot == LongIntHashMap.MISSING ? 0 : remainingTonnes[slot];
    }

    /** Whether order {@code orderId} is resting on the book. */
    public boolean isLive(long orderId) {
        return slotById.get(orderId) != LongIntHashMap.MISSING;
    }

    /** Visits the resting orders of {@code side} best price first, earliest first within a price. */
    public void forEachRestingOrder(Side side, RestingOrderVisitor visitor) {
        boolean buy = side == Side.BUY;
        int head = buy ? BID_HEAD : ASK_HEAD;
        int level = buy ? bestBid : bestAsk;
        while (level >= 0 && level < levels) {
            for (int slot = linkAt(level, head); slot != NIL; slot = next[slot]) {
                visitor.visit(orderIds[slot], ownerIds[slot], side, minPriceTicks + level, remainingTonnes[slot]);
            }
            level = buy ? bidLevels.previous(level - 1) : askLevels.next(level + 1);
        }
    }

    /**
     * Visits the price levels of {@code side} best price first: each level's price, resting tonnes
     * and number of orders (the depth ladder). Walks every resting order of the side; meant for
     * display, not for the matching loop.
     */
    public void forEachLevel(Side side, LevelVisitor visitor) {
        boolean buy = side == Side.BUY;
        int head = buy ? BID_HEAD : ASK_HEAD;
        int level = buy ? bestBid : bestAsk;
        while (level >= 0 && level < levels) {
            int orders = 0;
            for (int slot = linkAt(level, head); slot != NIL; slot = next[slot]) {
                orders++;
            }
            visitor.visit(minPriceTicks + level, tonnesAt(level, buy ? BID : ASK), orders);
            level = buy ? bidLevels.previous(level - 1) : askLevels.next(level + 1);
        }
    }

    /** The statistics of the current day, updated by every trade. */
    public DayStats dayStats() {
        return dayStats;
    }

    /** The band's upper edge in ticks, or {@link Long#MAX_VALUE} when the day has no band. */
    public long upperLimitTicks() {
        return upperLimitTicks;
    }

    /** The band's lower edge in ticks, or 0 when the day has no band. */
    public long lowerLimitTicks() {
        return lowerLimitTicks;
    }

    public long minPriceTicks() {
        return minPriceTicks;
    }

    public long maxPriceTicks() {
        return maxPriceTicks;
    }

    private Result checkPrice(long priceTicks) {
        if (bandActive && (priceTicks < lowerLimitTicks || priceTicks > upperLimitTicks)) {
            return Result.REJECTED_OUT_OF_BAND;
        }
        if (priceTicks < minPriceTicks || priceTicks > maxPriceTicks) {
            return Result.REJECTED_OUTSIDE_LADDER;
        }
        return null;
    }

    private Result execute(long orderId, int ownerId, boolean buy, OrderType type, int limit, long quantityTonnes) {
        if (type == OrderType.FOK && !fillable(buy, ownerId, limit, quantityTonnes)) {
            return reject(orderId, Result.REJECTED_FOK_UNFILLABLE);
        }
        long left = quantityTonnes;
        selfTradeStopped = false;
        if (!callPhase) {
            left = buy ? matchBuy(orderId, ownerId, limit, left) : matchSell(orderId, ownerId, limit, left);
        }
        if (left == 0) {
            return Result.FILLED;
        }
        if (selfTradeStopped || type != OrderType.LIMIT) {
            listener.onCancel(orderId, left);
            return Result.CANCELLED_REMAINDER;
        }
        int slot = allocate();
        orderIds[slot] = orderId;
        remainingTonnes[slot] = left;
        ownerIds[slot] = ownerId;
        link(slot, buy, limit);
        slotById.put(orderId, slot);
        return left == quantityTonnes ? Result.RESTING : Result.PARTIALLY_FILLED_RESTING;
    }

    private long matchBuy(long orderId, int ownerId, int limit, long left) {
        while (left > 0 && bestAsk <= limit) {
            int level = bestAsk;
            long priceTicks = minPriceTicks + level;
            int slot = linkAt(level, ASK_HEAD);
            while (slot != NIL && left > 0) {
                if (selfTradePrevention && ownerIds[slot] == ownerId) {
                    selfTradeStopped = true;
                    return left;
                }
                long tonnes = Math.min(left, remainingTonnes[slot]);
                printTrade(orderId, orderIds[slot], ownerId, ownerIds[slot], priceTicks, tonnes);
                left -= tonnes;
                int following = next[slot];
                reduce(slot, tonnes);
                slot = following;
            }
        }
        return left;
    }

    private long matchSell(long orderId, int ownerId, int limit, long left) {
        while (left > 0 && bestBid >= limit) {
            int level = bestBid;
            long priceTicks = minPriceTicks + level;
            int slot = linkAt(level, BID_HEAD);
            while (slot != NIL && left > 0) {
                if (selfTradePrevention && ownerIds[slot] == ownerId) {
                    selfTradeStopped = true;
                    return left;
                }
                long tonnes = Math.min(left, remainingTonnes[slot]);
                printTrade(orderIds[slot], orderId, ownerIds[slot], ownerId, priceTicks, tonnes);
                left -= tonnes;
                int following = next[slot];
                reduce(slot, tonnes);
                slot = following;
            }
        }
        return left;
    }

    /** Whether an order could fill {@code tonnes} in full now, stopping where self-trade prevention would. */
    private boolean fillable(boolean buy, int ownerId, int limit, long tonnes) {
        long found = 0;
        int level = buy ? bestAsk : bestBid;
        while (buy ? level <= limit : level >= limit && level >= 0) {
            if (selfTradePrevention) {
                for (int slot = linkAt(level, buy ? ASK_HEAD : BID_HEAD); slot != NIL; slot = next[slot]) {
                    if (ownerIds[slot] == ownerId) {
                        return false;
                    }
                    found += remainingTonnes[slot];
                    if (found >= tonnes) {
                        return true;
                    }
                }
            } else {
                found += tonnePages[level >>> PAGE_SHIFT][tonneIndex(level, buy ? ASK : BID)];
                if (found >= tonnes) {
                    return true;
                }
            }
            level = buy ? askLevels.next(level + 1) : bidLevels.previous(level - 1);
        }
        return false;
    }

    private void printTrade(
            long buyOrderId, long sellOrderId, int buyOwnerId, int sellOwnerId, long priceTicks, long tonnes) {
        dayStats.recordTrade(priceTicks, tonnes);
        listener.onTrade(buyOrderId, sellOrderId, buyOwnerId, sellOwnerId, priceTicks, tonnes);
    }

    /** Takes {@code tonnes} off a resting order, removing it from the book when nothing is left. */
    private void reduce(int slot, long tonnes) {
        long left = remainingTonnes[slot] - tonnes;
        if (left == 0) {
            unlink(slot);
            release(slot);
        } else {
            remainingTonnes[slot] = left;
            int level = levelOf[slot];
            tonnePages[level >>> PAGE_SHIFT][tonneIndex(level, buys[slot] ? BID : ASK)] -= tonnes;
        }
    }

    private void link(int slot, boolean buy, int level) {
        int page = level >>> PAGE_SHIFT;
        int[] links = linkPages[page];
        if (links == null) {
            links = addPage(page);
        }
        buys[slot] = buy;
        levelOf[slot] = level;
        next[slot] = NIL;
        int head = linkIndex(level, buy ? BID_HEAD : ASK_HEAD);
        int tail = head + (BID_TAIL - BID_HEAD);
        int last = links[tail];
        prev[slot] = last;
        if (last == NIL) {
            links[head] = slot;
            if (buy) {
                bidLevels.add(level);
                if (level > bestBid) {
                    bestBid = level;
                }
            } else {
                askLevels.add(level);
                if (level < bestAsk) {
                    bestAsk = level;
                }
            }
        } else {
            next[last] = slot;
        }
        links[tail] = slot;
        tonnePages[page][tonneIndex(level, buy ? BID : ASK)] += remainingTonnes[slot];
        restingCount++;
    }

    private void unlink(int slot) {
        int level = levelOf[slot];
        int page = level >>> PAGE_SHIFT;
        boolean buy = buys[slot];
        int[] links = linkPages[page];
        int head = linkIndex(level, buy ? BID_HEAD : ASK_HEAD);
        int before = prev[slot];
        int after = next[slot];
        tonnePages[page][tonneIndex(level, buy ? BID : ASK)] -= remainingTonnes[slot];
        if (before == NIL) {
            links[head] = after;
        } else {
            next[before] = after;
        }
        if (after == NIL) {
            links[head + (BID_TAIL - BID_HEAD)] = before;
        } else {
            prev[after] = before;
        }
        if (links[head] == NIL) {
            if (buy) {
                bidLevels.remove(level);
                if (level == bestBid) {
                    bestBid = bidLevels.previous(level - 1);
                }
            } else {
                askLevels.remove(level);
                if (level == bestAsk) {
                    bestAsk = askLevels.next(level + 1);
                }
            }
        }
        restingCount--;
    }

    private int allocate() {
        if (freeHead == NIL) {
            grow();
        }
        int slot = freeHead;
        freeHead = next[slot];
        return slot;
    }

    private void release(int slot) {
        slotById.remove(orderIds[slot]);
        free(slot);
    }

    /** Returns {@code slot} to the free list; its id is already out of the index. */
    private void free(int slot) {
        next[slot] = freeHead;
        freeHead = slot;
    }

    /** Doubles the order pool; amortised, and never reached in steady state once the pool is large enough. */
    private void grow() {
        int old = orderIds.length;
        int capacity = Math.multiplyExact(old, 2);
        orderIds = Arrays.copyOf(orderIds, capacity);
        remainingTonnes = Arrays.copyOf(remainingTonnes, capacity);
        ownerIds = Arrays.copyOf(ownerIds, capacity);
        levelOf = Arrays.copyOf(levelOf, capacity);
        buys = Arrays.copyOf(buys, capacity);
        prev = Arrays.copyOf(prev, capacity);
        next = Arrays.copyOf(next, capacity);
        chainFree(old, capacity);
        freeHead = old;
    }

    /**
     * Puts page {@code page} into the ladder, from the spare pool, making one only when every page made
     * so far is in use (never once the pool holds a day's worth); returns its link array.
     */
    private int[] addPage(int page) {
        if (pagesInUse == pagesMade) {
            makePage();
        }
        int n = pagesInUse++;
        usedPages[n] = page;
        linkPages[page] = linkPool[n];
        tonnePages[page] = tonnePool[n];
        return linkPool[n];
    }

    private void makePage() {
        if (pagesMade == usedPages.length) {
            int capacity = Math.multiplyExact(pagesMade, 2);
            usedPages = Arrays.copyOf(usedPages, capacity);
            linkPool = Arrays.copyOf(linkPool, capacity);
            tonnePool = Arrays.copyOf(tonnePool, capacity);
        }
        linkPool[pagesMade] = filled(4 * PAGE_LEVELS);
        tonnePool[pagesMade] = new long[2 * PAGE_LEVELS];
        pagesMade++;
    }

    /** Takes every page out of the ladder, back to the spare pool; only for an empty book, whose levels are all clear. */
    private void releasePages() {
        for (int i = 0; i < pagesInUse; i++) {
            int page = usedPages[i];
            linkPages[page] = null;
            tonnePages[page] = null;
        }
        pagesInUse = 0;
    }

    /** Entry {@code field} ({@link #BID_HEAD} ... {@link #ASK_TAIL}) of {@code level}, whose page must be in the ladder. */
    private int linkAt(int level, int field) {
        return linkPages[level >>> PAGE_SHIFT][linkIndex(level, field)];
    }

    /** The tonnes resting at {@code level} on {@code side} ({@link #BID} or {@link #ASK}); 0 in a page not in the ladder. */
    private long tonnesAt(int level, int side) {
        long[] page = tonnePages[level >>> PAGE_SHIFT];
        return page == null ? 0 : page[tonneIndex(level, side)];
    }

    private static int linkIndex(int level, int field) {
        return ((level & PAGE_MASK) << 2) + field;
    }

    private static int tonneIndex(int level, int side) {
        return ((level & PAGE_MASK) << 1) + side;
    }

    private void chainFree(int from, int to) {
        for (int slot = from; slot < to; slot++) {
            next[slot] = slot + 1 < to ? slot + 1 : NIL;
        }
    }

    /**
     * Cancels every resting order at once, in the order cancelling them one by one took: the bids best
     * price first, earliest first within a price, then the offers; each reported through {@code
     * onCancel} and its slot freed in that order. Each level is cleared as a whole once its orders are
     * reported, not order by order, and the search for the next best price runs once a level.
     */
    private void cancelAll() {
        for (int level = bestBid; level >= 0; level = bidLevels.previous(level - 1)) {
            cancelLevel(level, true);
            bidLevels.remove(level);
        }
        bestBid = NIL;
        for (int level = bestAsk; level < levels; level = askLevels.next(level + 1)) {
            cancelLevel(level, false);
            askLevels.remove(level);
        }
        bestAsk = levels;
        releasePages();
    }

    /** Cancels the orders resting at {@code level} on one side, earliest first, and clears the level's side. */
    private void cancelLevel(int level, boolean buy) {
        int[] links = linkPages[level >>> PAGE_SHIFT];
        int head = linkIndex(level, buy ? BID_HEAD : ASK_HEAD);
        int slot = links[head];
        links[head] = NIL;
        links[head + (BID_TAIL - BID_HEAD)] = NIL;
        tonnePages[level >>> PAGE_SHIFT][tonneIndex(level, buy ? BID : ASK)] = 0;
        while (slot != NIL) {
            int after = next[slot];
            long orderId = orderIds[slot];
            long tonnes = remainingTonnes[slot];
            slotById.remove(orderId);
            free(slot);
            restingCount--;
            listener.onCancel(orderId, tonnes);
            slot = after;
        }
    }

    private void clearBand() {
        bandActive = false;
        lowerLimitTicks = 0;
        upperLimitTicks = Long.MAX_VALUE;
        marketBuyLimit = levels - 1;
        marketSellLimit = 0;
    }

    private Result reject(long orderId, Result reason) {
        listener.onReject(orderId, reason);
        return reason;
    }

    private static int[] filled(int length) {
        int[] array = new int[length];
        Arrays.fill(array, NIL);
        return array;
    }
}

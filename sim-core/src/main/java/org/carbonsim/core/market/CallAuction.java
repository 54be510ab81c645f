package org.carbonsim.core.market;

import java.util.Arrays;

/**
 * A uniform-price call auction, standalone: collect bids and asks, then {@link #uncross} them at one
 * price and report each order's fill. Serves a government's primary allowance auction (government
 * supply as asks, enterprises' bids, a reserve price) as well as any opening or closing call that is
 * run outside an {@link OrderBook}.
 *
 * <p>The clearing price maximises executed volume; among those prices, it minimises the imbalance
 * |demand - supply|; then it is the one nearest the reference price; then the lower one. Every tick
 * is a candidate, so the price may lie strictly between order prices. At the clearing price orders
 * fill in price-time priority: better prices first, and at the marginal price the earlier order
 * (the order added first) fills first; there is no pro-rata split.
 *
 * <p>With a reserve price, bids below the reserve take no part and the clearing price is never below
 * the reserve: if the unconstrained uncross price would be lower, the sale happens at the reserve to
 * the bids at or above it (or not at all when none cross). Prices are whole ticks in {@code [1,
 * Integer.MAX_VALUE]}; quantities are tonnes above zero. Not thread-safe.
 */
public final class CallAuction {
    private long[] bidIds = new long[16];
    private int[] bidOwners = new int[16];
    private long[] bidPrices = new long[16];
    private long[] bidTonnes = new long[16];
    private int bidCount;
    private long[] askIds = new long[16];
    private int[] askOwners = new int[16];
    private long[] askPrices = new long[16];
    private long[] askTonnes = new long[16];
    private int askCount;

    private long[] bidOrder = new long[0];
    private long[] askOrder = new long[0];
    private long[] candidates = new long[0];

    /** Adds a bid to buy {@code quantityTonnes} at {@code priceTicks} or less. */
    public void addBid(long orderId, int ownerId, long priceTicks, long quantityTonnes) {
        check(priceTicks, quantityTonnes);
        if (bidCount == bidIds.length) {
            int capacity = Math.multiplyExact(bidCount, 2);
            bidIds = Arrays.copyOf(bidIds, capacity);
            bidOwners = Arrays.copyOf(bidOwners, capacity);
            bidPrices = Arrays.copyOf(bidPrices, capacity);
            bidTonnes = Arrays.copyOf(bidTonnes, capacity);
        }
        bidIds[bidCount] = orderId;
        bidOwners[bidCount] = ownerId;
        bidPrices[bidCount] = priceTicks;
        bidTonnes[bidCount] = quantityTonnes;
        bidCount++;
    }

    /** Adds an ask to sell {@code quantityTonnes} at {@code priceTicks} or more. */
    public void addAsk(long orderId, int ownerId, long priceTicks, long quantityTonnes) {
        check(priceTicks, quantityTonnes);
        if (askCount == askIds.length) {
            int capacity = Math.multiplyExact(askCount, 2);
            askIds = Arrays.copyOf(askIds, capacity);
            askOwners = Arrays.copyOf(askOwners, capacity);
            askPrices = Arrays.copyOf(askPrices, capacity);
            askTonnes = Arrays.copyOf(askTonnes, capacity);
        }
        askIds[askCount] = orderId;
        askOwners[askCount] = ownerId;
        askPrices[askCount] = priceTicks;
        askTonnes[askCount] = quantityTonnes;
        askCount++;
    }

    public int bidCount() {
        return bidCount;
    }

    public int askCount() {
        return askCount;
    }

    /** Forgets all orders so the auction can be run again. */
    public void clear() {
        bidCount = 0;
        askCount = 0;
    }

    /**
     * Uncrosses the collected orders around {@code referencePriceTicks} with a reserve of {@code
     * reservePriceTicks} (0 for none), reports each order's fill to {@code listener} (bids in priority
     * order, then asks) and returns the outcome. The orders stay collected; call {@link #clear} to
     * start over.
     */
    public AuctionOutcome uncross(long referencePriceTicks, long reservePriceTicks, AuctionListener listener) {
        if (referencePriceTicks < 0 || reservePriceTicks < 0) {
            throw new IllegalArgumentException("reference and reserve prices must be >= 0 ticks, got "
                    + referencePriceTicks + " and " + reservePriceTicks);
        }
        int bids = sortBids(reservePriceTicks);
        int asks = sortAsks();
        if (bids == 0 || asks == 0) {
            return AuctionOutcome.NO_TRADE;
        }
        long floor = Math.max(1, reservePriceTicks);
        int count = collectCandidates(bids, asks, referencePriceTicks, floor);

        long demand = 0;
        for (int i = 0; i < bids; i++) {
            demand += bidTonnes[index(bidOrder[i])];
        }
        long supply = 0;
        int nextAsk = 0;
        int lowestBid = bids - 1;
        long bestVolume = 0;
        long bestImbalance = 0;
        long bestDistance = 0;
        long bestPrice = OrderBook.NO_PRICE;
        for (int c = 0; c < count; c++) {
            long price = candidates[c];
            while (nextAsk < asks && askPrices[index(askOrder[nextAsk])] <= price) {
                supply += askTonnes[index(askOrder[nextAsk])];
                nextAsk++;
            }
            while (lowestBid >= 0 && bidPrices[index(bidOrder[lowestBid])] < price) {
                demand -= bidTonnes[index(bidOrder[lowestBid])];
                lowestBid--;
            }
            long volume = Math.min(demand, supply);
            long imbalance = demand - supply;
            long distance = Math.abs(price - referencePriceTicks);
            if (volume > bestVolume
                    || (volume == bestVolume
                            && volume > 0
                            && (Math.abs(imbalance) < Math.abs(bestImbalance)
                                    || (Math.abs(imbalance) == Math.abs(bestImbalance) && distance < bestDistance)))) {
                bestVolume = volume;
                bestImbalance = imbalance;
                bestDistance = distance;
                bestPrice = price;
            }
        }
        if (bestVolume == 0) {
            return AuctionOutcome.NO_TRADE;
        }
        allocate(bidOrder, bids, bidIds, bidOwners, bidPrices, bidTonnes, Side.BUY, bestPrice, bestVolume, listener);
        allocate(askOrder, asks, askIds, askOwners, askPrices, askTonnes, Side.SELL, bestPrice, bestVolume, listener);
        return new AuctionOutcome(bestPrice, bestVolume, bestImbalance);
    }

    private static void allocate(
            long[] order,
            int count,
            long[] ids,
            int[] owners,
            long[] prices,
            long[] tonnes,
            Side side,
            long priceTicks,
            long volumeTonnes,
            AuctionListener listener) {
        long left = volumeTonnes;
        for (int i = 0; i < count && left > 0; i++) {
            int o = index(order[i]);
            long fill = Math.min(left, tonnes[o]);
            left -= fill;
            listener.onFill(ids[o], owners[o], side, priceTicks, fill);
        }
        if (left != 0
                || (side == Side.BUY ? prices[index(order[0])] < priceTicks : prices[index(order[0])] > priceTicks)) {
            throw new IllegalStateException("uncross allocated inconsistently at " + priceTicks + " ticks");
        }
    }

    /** Sorts eligible bids by price descending then arrival; returns how many are at or above the reserve. */
    private int sortBids(long reservePriceTicks) {
        if (bidOrder.length < bidCount) {
            bidOrder = new long[bidCount];
        }
        int n = 0;
        for (int i = 0; i < bidCount; i++) {
            if (bidPrices[i] >= reservePriceTicks) {
                bidOrder[n++] = ((Integer.MAX_VALUE - bidPrices[i]) << 32) | i;
            }
        }
        Arrays.sort(bidOrder, 0, n);
        return n;
    }

    private int sortAsks() {
        if (askOrder.length < askCount) {
            askOrder = new long[askCount];
        }
        for (int i = 0; i < askCount; i++) {
            askOrder[i] = (askPrices[i] << 32) | i;
        }
        Arrays.sort(askOrder, 0, askCount);
        return askCount;
    }

    /**
     * Every price where volume or imbalance can change, and its neighbours one tick either side, plus
     * the reference: enough to find the best tick exactly. Sorted ascending, deduplicated, none below
     * {@code floor}.
     */
    private int collectCandidates(int bids, int asks, long referencePriceTicks, long floor) {
        int needed = 3 * (bids + asks) + 2;
        if (candidates.length < needed) {
            candidates = new long[needed];
        }
        int n = 0;
        candidates[n++] = floor;
        candidates[n++] = referencePriceTicks;
        for (int i = 0; i < bids; i++) {
            long price = bidPrices[index(bidOrder[i])];
            candidates[n++] = price - 1;
            candidates[n++] = price;
            candidates[n++] = price + 1;
        }
        for (int i = 0; i < asks; i++) {
            long price = askPrices[index(askOrder[i])];
            candidates[n++] = price - 1;
            candidates[n++] = price;
            candidates[n++] = price + 1;
        }
        Arrays.sort(candidates, 0, n);
        int kept = 0;
        for (int i = 0; i < n; i++) {
            long price = candidates[i];
            if (price >= floor && (kept == 0 || candidates[kept - 1] != price)) {
                candidates[kept++] = price;
            }
        }
        return kept;
    }

    private static int index(long sortKey) {
        return (int) (sortKey & 0xFFFF_FFFFL);
    }

    private static void check(long priceTicks, long quantityTonnes) {
        if (priceTicks < 1 || priceTicks > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(
                    "priceTicks must be in [1, " + Integer.MAX_VALUE + "], got " + priceTicks);
        }
        if (quantityTonnes <= 0) {
            throw new IllegalArgumentException("quantityTonnes must be > 0 t, got " + quantityTonnes);
        }
    }
}

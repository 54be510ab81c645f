package org.carbonsim.core.market;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Objects;

/**
 * A uniform-price call auction, standalone: collect bids and asks, then {@link #uncross} them at one
 * price and report each order's fill. Serves a government's primary allowance auction (government
 * supply as asks, enterprises' bids, a reserve price) as well as any opening or closing call that is
 * run outside an {@link OrderBook}.
 *
 * <p>The clearing price maximises executed volume; among those prices, it minimises the imbalance
 * |demand - supply|; then it is the one nearest the reference price, then the lower one, in an
 * {@link AuctionStyle#EXCHANGE_CALL}, or the highest one, the price of the lowest bid that fills, in
 * a {@link AuctionStyle#PRIMARY} auction. Every tick
 * is a candidate, so the price may lie strictly between order prices. At the clearing price orders
 * fill in price-time priority: better prices first, and at the marginal price the earlier order
 * (the order added first) fills first, or, in a primary auction, the marginal orders share what is
 * left in proportion to their quantities.
 *
 * <p>With a reserve price, bids below the reserve take no part and the clearing price is never below
 * the reserve: if the unconstrained uncross price would be lower, the sale happens at the reserve to
 * the bids at or above it (or not at all when none cross). Prices are whole ticks in {@code [1,
 * Integer.MAX_VALUE]}; quantities are tonnes above zero. Not thread-safe.
 */
public final class CallAuction {
    /** The highest price an order may have, ticks. */
    public static final long MAX_PRICE_TICKS = Integer.MAX_VALUE;

    private final Orders bids = new Orders(Side.BUY);
    private final Orders asks = new Orders(Side.SELL);
    private final AuctionStyle style;
    private long[] candidates = new long[0];
    private long[] bidNeighbourhoods = new long[0];
    private long[] askNeighbourhoods = new long[0];

    /** An exchange's call auction ({@link AuctionStyle#EXCHANGE_CALL}). */
    public CallAuction() {
        this(AuctionStyle.EXCHANGE_CALL);
    }

    /** An auction of {@code style}. */
    public CallAuction(AuctionStyle style) {
        this.style = Objects.requireNonNull(style, "style");
    }

    /** Adds a bid to buy {@code quantityTonnes} at {@code priceTicks} or less. */
    public void addBid(long orderId, int ownerId, long priceTicks, long quantityTonnes) {
        bids.add(orderId, ownerId, priceTicks, quantityTonnes);
    }

    /** Adds an ask to sell {@code quantityTonnes} at {@code priceTicks} or more. */
    public void addAsk(long orderId, int ownerId, long priceTicks, long quantityTonnes) {
        asks.add(orderId, ownerId, priceTicks, quantityTonnes);
    }

    public int bidCount() {
        return bids.count;
    }

    public int askCount() {
        return asks.count;
    }

    /** Forgets all orders so the auction can be run again. */
    public void clear() {
        bids.count = 0;
        asks.count = 0;
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
        int bidsEligible = bids.sort(reservePriceTicks);
        int asksEligible = asks.sort(0);
        if (bidsEligible == 0 || asksEligible == 0) {
            return AuctionOutcome.NO_TRADE;
        }
        long floor = Math.max(1, reservePriceTicks);
        int count = collectCandidates(bidsEligible, asksEligible, referencePriceTicks, floor);

        long demand = 0;
        for (int i = 0; i < bidsEligible; i++) {
            demand += bids.tonnesAt(i);
        }
        long supply = 0;
        int nextAsk = 0;
        int lowestBid = bidsEligible - 1;
        long bestVolume = 0;
        long bestImbalance = 0;
        long bestDistance = 0;
        long bestPrice = OrderBook.NO_PRICE;
        for (int c = 0; c < count; c++) {
            long price = candidates[c];
            while (nextAsk < asksEligible && asks.priceAt(nextAsk) <= price) {
                supply += asks.tonnesAt(nextAsk);
                nextAsk++;
            }
            while (lowestBid >= 0 && bids.priceAt(lowestBid) < price) {
                demand -= bids.tonnesAt(lowestBid);
                lowestBid--;
            }
            long volume = Math.min(demand, supply);
            long imbalance = demand - supply;
            // a primary auction takes the highest of the tied prices: the nearer the better, counted from the top
            long distance =
                    style == AuctionStyle.PRIMARY ? MAX_PRICE_TICKS - price : Math.abs(price - referencePriceTicks);
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
        bids.allocate(bidsEligible, bestPrice, bestVolume, style, listener);
        asks.allocate(asksEligible, bestPrice, bestVolume, style, listener);
        return new AuctionOutcome(bestPrice, bestVolume, bestImbalance);
    }

    /**
     * Every price where volume or imbalance can change, and its neighbours one tick either side, plus
     * the reference: enough to find the best tick exactly. Sorted ascending, deduplicated, none below
     * {@code floor}. Each side's orders are already in price order, so each side's neighbourhoods come
     * out ascending and the two are merged, without sorting them again.
     */
    private int collectCandidates(int bidsEligible, int asksEligible, long referencePriceTicks, long floor) {
        int needed = 3 * (bidsEligible + asksEligible) + 2;
        if (candidates.length < needed) {
            candidates = new long[needed];
        }
        if (bidNeighbourhoods.length < 3 * bidsEligible) {
            bidNeighbourhoods = new long[3 * bidsEligible];
        }
        if (askNeighbourhoods.length < 3 * asksEligible) {
            askNeighbourhoods = new long[3 * asksEligible];
        }
        // bids are in priority order, price descending: read from the lowest
        int bidCount = neighbourhoods(bids, bidsEligible, true, bidNeighbourhoods);
        int askCount = neighbourhoods(asks, asksEligible, false, askNeighbourhoods);
        long[] fixed = {Math.min(floor, referencePriceTicks), Math.max(floor, referencePriceTicks)};
        int i = 0;
        int j = 0;
        int k = 0;
        int kept = 0;
        while (i < bidCount || j < askCount || k < fixed.length) {
            long price = Long.MAX_VALUE;
            if (i < bidCount) {
                price = bidNeighbourhoods[i];
            }
            if (j < askCount && askNeighbourhoods[j] < price) {
                price = askNeighbourhoods[j];
            }
            if (k < fixed.length && fixed[k] < price) {
                price = fixed[k];
            }
            if (i < bidCount && bidNeighbourhoods[i] == price) {
                i++;
            } else if (j < askCount && askNeighbourhoods[j] == price) {
                j++;
            } else {
                k++;
            }
            if (price >= floor && (kept == 0 || candidates[kept - 1] != price)) {
                candidates[kept++] = price;
            }
        }
        return kept;
    }

    /**
     * The prices one tick below, at and above each of the first {@code eligible} orders of {@code
     * orders} in priority order, read from the last if {@code fromLast} (so that prices ascend), into
     * {@code into}, ascending and without repeats; returns how many. A price at or below the last one
     * written is already there: the orders' prices only rise, and each wrote its neighbours either side.
     * An order at the price of the one before, as most are in a primary auction where the enterprises
     * bid at the same levels, writes nothing.
     */
    private static int neighbourhoods(Orders orders, int eligible, boolean fromLast, long[] into) {
        int n = 0;
        long last = Long.MIN_VALUE;
        for (int i = 0; i < eligible; i++) {
            long price = orders.priceAt(fromLast ? eligible - 1 - i : i);
            if (price + 1 > last) {
                for (long near = Math.max(price - 1, last + 1); near <= price + 1; near++) {
                    into[n++] = near;
                }
                last = price + 1;
            }
        }
        return n;
    }

    /** One side's orders as parallel arrays in arrival order, and their priority order once sorted. */
    private static final class Orders {
        private final Side side;
        private long[] ids = new long[16];
        private int[] owners = new int[16];
        private long[] prices = new long[16];
        private long[] tonnes = new long[16];
        private long[] priority = new long[0];
        private final PriorityKeys sorter = new PriorityKeys();
        private int count;

        Orders(Side side) {
            this.side = side;
        }

        void add(long orderId, int ownerId, long priceTicks, long quantityTonnes) {
            check(priceTicks, quantityTonnes);
            if (count == ids.length) {
                int capacity = Math.multiplyExact(count, 2);
                ids = Arrays.copyOf(ids, capacity);
                owners = Arrays.copyOf(owners, capacity);
                prices = Arrays.copyOf(prices, capacity);
                tonnes = Arrays.copyOf(tonnes, capacity);
            }
            ids[count] = orderId;
            owners[count] = ownerId;
            prices[count] = priceTicks;
            tonnes[count] = quantityTonnes;
            count++;
        }

        /**
         * Sorts the orders priced at or above {@code minPriceTicks} into priority order (bids by price
         * descending, asks ascending, then arrival) and returns how many there are.
         */
        int sort(long minPriceTicks) {
            if (priority.length < count) {
                priority = new long[count];
            }
            int n = 0;
            for (int i = 0; i < count; i++) {
                if (prices[i] >= minPriceTicks) {
                    long key = side == Side.BUY ? Integer.MAX_VALUE - prices[i] : prices[i];
                    priority[n++] = (key << 32) | i;
                }
            }
            sorter.sort(priority, n);
            return n;
        }

        long priceAt(int rank) {
            return prices[index(priority[rank])];
        }

        long tonnesAt(int rank) {
            return tonnes[index(priority[rank])];
        }

        /**
         * Fills {@code volumeTonnes} at {@code priceTicks} in priority order, the orders of the price
         * level that cannot all fill sharing what is left as {@code style} says, reporting each fill
         * in priority order.
         */
        void allocate(int eligible, long priceTicks, long volumeTonnes, AuctionStyle style, AuctionListener listener) {
            long left = volumeTonnes;
            int rank = 0;
            while (rank < eligible && left > 0) {
                int levelEnd = rank;
                long levelTonnes = 0;
                while (levelEnd < eligible && priceAt(levelEnd) == priceAt(rank)) {
                    levelTonnes += tonnesAt(levelEnd);
                    levelEnd++;
                }
                if (style == AuctionStyle.PRIMARY && levelTonnes > left) {
                    shareProRata(rank, levelEnd, levelTonnes, left, priceTicks, listener);
                    left = 0;
                    break;
                }
                for (; rank < levelEnd && left > 0; rank++) {
                    int o = index(priority[rank]);
                    long fill = Math.min(left, tonnes[o]);
                    left -= fill;
                    listener.onFill(ids[o], owners[o], side, priceTicks, fill);
                }
            }
            long best = priceAt(0);
            if (left != 0 || (side == Side.BUY ? best < priceTicks : best > priceTicks)) {
                throw new IllegalStateException("uncross allocated inconsistently at " + priceTicks + " ticks");
            }
        }

        /**
         * Shares {@code leftTonnes}, fewer than the {@code levelTonnes} the orders of ranks {@code
         * [from, to)} ask for, in proportion to their quantities, rounded down; what the rounding
         * leaves goes a tonne at a time to the orders in priority order.
         */
        private void shareProRata(
                int from, int to, long levelTonnes, long leftTonnes, long priceTicks, AuctionListener listener) {
            long[] fills = new long[to - from];
            long given = 0;
            for (int rank = from; rank < to; rank++) {
                fills[rank - from] = multiplyDivide(tonnesAt(rank), leftTonnes, levelTonnes);
                given += fills[rank - from];
            }
            for (int rank = from; given < leftTonnes; rank++) {
                if (fills[rank - from] < tonnesAt(rank)) {
                    fills[rank - from]++;
                    given++;
                }
            }
            for (int rank = from; rank < to; rank++) {
                if (fills[rank - from] > 0) {
                    int o = index(priority[rank]);
                    listener.onFill(ids[o], owners[o], side, priceTicks, fills[rank - from]);
                }
            }
        }
    }

    /** {@code floor(a × b / c)} for non-negative {@code a}, {@code b} and positive {@code c}, without overflow. */
    static long multiplyDivide(long a, long b, long c) {
        long high = Math.multiplyHigh(a, b);
        long low = a * b;
        if (high == 0 && low >= 0) {
            return low / c;
        }
        return BigInteger.valueOf(a)
                .multiply(BigInteger.valueOf(b))
                .divide(BigInteger.valueOf(c))
                .longValueExact();
    }

    private static int index(long sortKey) {
        return (int) (sortKey & 0xFFFF_FFFFL);
    }

    private static void check(long priceTicks, long quantityTonnes) {
        if (priceTicks < 1 || priceTicks > MAX_PRICE_TICKS) {
            throw new IllegalArgumentException("priceTicks must be in [1, " + MAX_PRICE_TICKS + "], got " + priceTicks);
        }
        if (quantityTonnes <= 0) {
            throw new IllegalArgumentException("quantityTonnes must be > 0 t, got " + quantityTonnes);
        }
    }
}

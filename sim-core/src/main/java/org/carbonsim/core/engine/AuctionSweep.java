package org.carbonsim.core.engine;

import java.util.Arrays;
import org.carbonsim.core.agents.AuctionDemandWalk;
import org.carbonsim.core.market.CallAuction;

/**
 * The bids of a primary auction that can fill, found without reading the ones that cannot: every
 * covered enterprise's demand curve ({@link AuctionDemandWalk}) is walked down level by level, all
 * enterprises together from the highest price, the trader groups' single bids among them, until the
 * bids at or above a level meet the lot. Those bids and the trader groups' go to the {@link
 * CallAuction}, in the order in which they would have gone had every level of every curve been read
 * (each enterprise's levels in turn, then the trader groups).
 *
 * <p>Why the rest cannot change the auction. The government sells the lot at the reserve price and
 * every bid is at or above the reserve, so at any price {@code p} from the reserve the auction would
 * sell {@code min(D(p), lot)}, where {@code D(p)} is the tonnes bid at {@code p} or above. Where the
 * sweep stops, at a price {@code P} with {@code D(P) >= lot}, the most it can sell is the lot, at
 * every price up to the highest {@code p*} with {@code D(p*) >= lot}, which is at or above {@code P}.
 * Among those the primary auction takes the least imbalance {@code D(p) - lot}, which {@code D}
 * falling with the price makes {@code p*} (then the highest price, {@code p*} again). The bids below
 * {@code P} change {@code D} only below {@code P}, where the imbalance is at least {@code p*}'s, and
 * fill nothing at {@code p*}; the bids kept are in the same order among themselves, so those at
 * {@code p*} share what is left as they would have. Where the bids never meet the lot the sweep reads
 * every level. {@code AuctionSweepTest} runs both on random curves and compares every fill.
 *
 * <p>The cash an enterprise holds caps its bids as it did when every level was read: each level at
 * most what the cash left after the levels above buys. Reused auction after auction; not thread-safe.
 */
final class AuctionSweep {
    private AuctionDemandWalk[] walks = new AuctionDemandWalk[0];
    private int[] owners = new int[0];
    private long[] cashFen = new long[0];
    /** Each enterprise's first and last kept bid, -1 for none; a kept bid's {@link #nextBid} is its next. */
    private int[] firstBid = new int[0];

    private int[] lastBid = new int[0];
    private int enterprises;

    private long[] traderPricesTicks = new long[0];
    private long[] traderTonnes = new long[0];
    private int[] traderOwners = new int[0];
    private int traders;

    private long[] bidPricesTicks = new long[16];
    private long[] bidTonnes = new long[16];
    private int[] nextBid = new int[16];
    private int bids;

    /** The enterprises whose walks have a level left, by the price of that level, highest on top. */
    private int[] heap = new int[0];

    private long firstTraderOrderId;

    /** Forgets the enterprises and trader groups of the last auction. */
    void clear() {
        enterprises = 0;
        traders = 0;
        bids = 0;
    }

    /**
     * The walk of the next enterprise, {@code ownerId}, holding {@code cashFen} (at least 0), for the
     * caller to start: enterprises are kept, and their bids handed on, in the order they are added.
     */
    AuctionDemandWalk enterprise(int ownerId, long cashFen) {
        if (cashFen < 0) {
            throw new IllegalArgumentException("cash must be >= 0 fen, got " + cashFen);
        }
        if (enterprises == walks.length) {
            int capacity = Math.max(16, 2 * enterprises);
            walks = Arrays.copyOf(walks, capacity);
            owners = Arrays.copyOf(owners, capacity);
            this.cashFen = Arrays.copyOf(this.cashFen, capacity);
            firstBid = Arrays.copyOf(firstBid, capacity);
            lastBid = Arrays.copyOf(lastBid, capacity);
            heap = Arrays.copyOf(heap, capacity);
        }
        if (walks[enterprises] == null) {
            walks[enterprises] = new AuctionDemandWalk();
        }
        owners[enterprises] = ownerId;
        this.cashFen[enterprises] = cashFen;
        firstBid[enterprises] = -1;
        lastBid[enterprises] = -1;
        return walks[enterprises++];
    }

    /** A trader group's bid, at or above the reserve and above 0 t, handed on after the enterprises'. */
    void trader(int ownerId, long priceTicks, long tonnes) {
        if (traders == traderOwners.length) {
            int capacity = Math.max(16, 2 * traders);
            traderOwners = Arrays.copyOf(traderOwners, capacity);
            traderPricesTicks = Arrays.copyOf(traderPricesTicks, capacity);
            traderTonnes = Arrays.copyOf(traderTonnes, capacity);
        }
        traderOwners[traders] = ownerId;
        traderPricesTicks[traders] = priceTicks;
        traderTonnes[traders] = tonnes;
        traders++;
    }

    /**
     * Walks the enterprises' curves down until the bids at or above a level meet {@code lotTonnes},
     * then adds the bids read, and every trader group's, to {@code auction} with order ids from 1;
     * returns the next free order id.
     */
    long addBids(CallAuction auction, long lotTonnes, long tickFen) {
        sweep(lotTonnes, tickFen);
        long orderId = 1;
        for (int e = 0; e < enterprises; e++) {
            for (int b = firstBid[e]; b >= 0; b = nextBid[b]) {
                auction.addBid(orderId++, owners[e], bidPricesTicks[b], bidTonnes[b]);
            }
        }
        firstTraderOrderId = orderId;
        for (int t = 0; t < traders; t++) {
            auction.addBid(orderId++, traderOwners[t], traderPricesTicks[t], traderTonnes[t]);
        }
        return orderId;
    }

    /** The order id of the first trader group's bid of the last {@link #addBids}: the enterprises' are below it. */
    long firstTraderOrderId() {
        return firstTraderOrderId;
    }

    private void sweep(long lotTonnes, long tickFen) {
        int size = 0;
        for (int e = 0; e < enterprises; e++) {
            if (walks[e].hasLevel()) {
                heap[size++] = e;
            }
        }
        for (int i = size / 2 - 1; i >= 0; i--) {
            siftDown(i, size);
        }
        long[] traderOrder = tradersByPriceDescending();
        int nextTrader = 0;
        long demandTonnes = 0;
        while (size > 0 || nextTrader < traders) {
            long levelTicks = Math.max(
                    size > 0 ? walks[heap[0]].priceTicks() : Long.MIN_VALUE,
                    nextTrader < traders ? traderPricesTicks[traderIndex(traderOrder[nextTrader])] : Long.MIN_VALUE);
            while (size > 0 && walks[heap[0]].priceTicks() == levelTicks) {
                int e = heap[0];
                demandTonnes = Math.addExact(demandTonnes, take(e, levelTicks, tickFen));
                if (!walks[e].hasLevel()) {
                    heap[0] = heap[--size];
                }
                siftDown(0, size);
            }
            while (nextTrader < traders && traderPricesTicks[traderIndex(traderOrder[nextTrader])] == levelTicks) {
                demandTonnes = Math.addExact(demandTonnes, traderTonnes[traderIndex(traderOrder[nextTrader])]);
                nextTrader++;
            }
            if (demandTonnes >= lotTonnes) {
                return;
            }
        }
    }

    /** Reads enterprise {@code e}'s level at {@code priceTicks}, keeps its bid as its cash allows and returns its tonnes. */
    private long take(int e, long priceTicks, long tickFen) {
        long wanted = walks[e].takeLevel();
        if (wanted <= 0) {
            return 0;
        }
        long tonnes = Math.min(wanted, cashFen[e] / (priceTicks * tickFen));
        if (tonnes <= 0) {
            return 0;
        }
        cashFen[e] -= tonnes * priceTicks * tickFen;
        if (bids == bidTonnes.length) {
            int capacity = 2 * bids;
            bidPricesTicks = Arrays.copyOf(bidPricesTicks, capacity);
            bidTonnes = Arrays.copyOf(bidTonnes, capacity);
            nextBid = Arrays.copyOf(nextBid, capacity);
        }
        bidPricesTicks[bids] = priceTicks;
        bidTonnes[bids] = tonnes;
        nextBid[bids] = -1;
        if (lastBid[e] < 0) {
            firstBid[e] = bids;
        } else {
            nextBid[lastBid[e]] = bids;
        }
        lastBid[e] = bids;
        bids++;
        return tonnes;
    }

    /** The trader groups' bids as keys, highest price first: the price's complement above, the index below. */
    private long[] tradersByPriceDescending() {
        long[] keys = new long[traders];
        for (int t = 0; t < traders; t++) {
            keys[t] = ((CallAuction.MAX_PRICE_TICKS - traderPricesTicks[t]) << 32) | t;
        }
        Arrays.sort(keys);
        return keys;
    }

    private static int traderIndex(long key) {
        return (int) (key & 0xFFFF_FFFFL);
    }

    /** Restores the heap below {@code i}, of {@code size} entries, after its entry's price fell. */
    private void siftDown(int i, int size) {
        if (size == 0) {
            return;
        }
        int e = heap[i];
        long price = walks[e].priceTicks();
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && walks[heap[child + 1]].priceTicks() > walks[heap[child]].priceTicks()) {
                child++;
            }
            if (walks[heap[child]].priceTicks() <= price) {
                break;
            }
            heap[i] = heap[child];
            i = child;
        }
        heap[i] = e;
    }
}

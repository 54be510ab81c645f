package org.carbonsim.core.agents;

import java.util.ArrayList;
import java.util.List;

/**
 * A covered enterprise's bids in a primary auction, highest price first, as two arrays of prices and
 * tonnes ({@link ComplianceTrader#auctionBids(Position, ComplianceTraderParams, long, long, long,
 * double, AuctionBids)}): every level of its demand curve, read with an {@link AuctionDemandWalk}. One
 * buffer serves many enterprises in turn without a record and a list for each. It holds one bid a
 * price level, at most as many as an enterprise's auction bids have levels. Not thread-safe.
 */
public final class AuctionBids {
    private final long[] pricesTicks = new long[ComplianceTrader.AUCTION_LEVELS];
    private final long[] tonnes = new long[ComplianceTrader.AUCTION_LEVELS];
    private final AuctionDemandWalk walk = new AuctionDemandWalk();
    private int count;

    /** How many bids it holds. */
    public int count() {
        return count;
    }

    /** The limit price of bid {@code i}, ticks. */
    public long priceTicks(int i) {
        checkIndex(i);
        return pricesTicks[i];
    }

    /** The tonnes of bid {@code i}, t. */
    public long tonnes(int i) {
        checkIndex(i);
        return tonnes[i];
    }

    /** The bids as records, highest price first. */
    public List<AuctionBid> toList() {
        List<AuctionBid> bids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            bids.add(new AuctionBid(pricesTicks[i], tonnes[i]));
        }
        return bids;
    }

    /** A walk of its own, for a demand curve to be started on and {@link #read}. */
    AuctionDemandWalk walk() {
        return walk;
    }

    /**
     * Empties it, then takes a bid at every level of {@code walk}, started, that adds tonnes, down to
     * the walk's end: the whole demand curve.
     */
    public void read(AuctionDemandWalk walk) {
        count = 0;
        while (walk.hasLevel()) {
            long priceTicks = walk.priceTicks();
            long added = walk.takeLevel();
            if (added > 0) {
                pricesTicks[count] = priceTicks;
                tonnes[count] = added;
                count++;
            }
        }
    }

    private void checkIndex(int i) {
        if (i < 0 || i >= count) {
            throw new IndexOutOfBoundsException("bid " + i + " of " + count);
        }
    }
}

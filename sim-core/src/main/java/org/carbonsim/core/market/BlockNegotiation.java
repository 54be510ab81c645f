package org.carbonsim.core.market;

import java.util.List;

/**
 * The day's block agreement trades (the national market's 大宗协议), negotiated pair by pair off the
 * book. Each party is a buyer or a seller, by what it would do at the reference price (the book's
 * price, moved into the block band), or, doing nothing there, by whether it would buy at least
 * the minimum at the band's bottom or sell it at its top. Its limit is the highest price at which a
 * buyer still takes at least the minimum, the lowest at which a seller still gives it, found by
 * bisection over the band's ticks. The keenest buyer (highest limit) meets the keenest seller (lowest
 * limit), ties to the party listed first, while the buyer's limit reaches the seller's; they agree on
 * the reference price where both accept it and otherwise on the nearer limit, and trade what both
 * would at that price, at least the minimum. Each party makes one agreement a session: after its
 * trade it leaves, the larger side keeping what the smaller could not take for another day.
 * Deterministic; draws no random number.
 */
public final class BlockNegotiation {
    private static final int NONE = -1;

    private BlockNegotiation() {}

    /** The top of a block band of {@code limitBasisPoints} around {@code referenceTicks}, rounded inward as the daily band's. */
    public static long upperLimitTicks(long referenceTicks, int limitBasisPoints) {
        return BandMath.upperLimitTicks(referenceTicks, limitBasisPoints);
    }

    /** The bottom of a block band of {@code limitBasisPoints} around {@code referenceTicks}, rounded inward as the daily band's. */
    public static long lowerLimitTicks(long referenceTicks, int limitBasisPoints) {
        return BandMath.lowerLimitTicks(referenceTicks, limitBasisPoints);
    }

    /**
     * Negotiates the block trades among {@code parties} at prices in {@code [lowTicks, highTicks]},
     * each of at least {@code minTonnes}, agreeing on {@code referenceTicks} (moved into the band) where
     * both sides accept it, and hands each to {@code trades}. Returns the number of trades.
     */
    public static int negotiate(
            List<? extends BlockParty> parties,
            long lowTicks,
            long highTicks,
            long referenceTicks,
            long minTonnes,
            BlockTrade trades) {
        if (lowTicks < 1 || highTicks < lowTicks || minTonnes < 1) {
            throw new IllegalArgumentException("need 1 <= lowTicks <= highTicks and minTonnes >= 1, got [" + lowTicks
                    + ", " + highTicks + "] and " + minTonnes + " t");
        }
        long reference = Math.max(lowTicks, Math.min(highTicks, referenceTicks));
        int n = parties.size();
        boolean[] buys = new boolean[n];
        long[] limits = new long[n];
        boolean[] active = new boolean[n];
        int buyers = 0;
        int sellers = 0;
        for (int i = 0; i < n; i++) {
            BlockParty party = parties.get(i);
            long atReference = party.tonnesAt(reference);
            // whether it trades the minimum anywhere in the band: at the bottom a buyer takes the most,
            // at the top a seller gives the most
            boolean buysMinimumAtBottom = atReference >= 0 && party.tonnesAt(lowTicks) >= minTonnes;
            buys[i] = atReference > 0 || buysMinimumAtBottom;
            active[i] = buys[i] ? buysMinimumAtBottom : -party.tonnesAt(highTicks) >= minTonnes;
            if (active[i] && buys[i]) {
                buyers++;
            } else if (active[i]) {
                sellers++;
            }
        }
        if (buyers == 0 || sellers == 0) {
            // no pair: the limits need not be found
            return 0;
        }
        for (int i = 0; i < n; i++) {
            if (active[i]) {
                active[i] = limit(parties.get(i), buys[i], lowTicks, highTicks, minTonnes, limits, i);
            }
        }
        int count = 0;
        while (true) {
            int buyer = NONE;
            int seller = NONE;
            for (int i = 0; i < n; i++) {
                if (!active[i]) {
                    continue;
                }
                if (buys[i] && (buyer == NONE || limits[i] > limits[buyer])) {
                    buyer = i;
                } else if (!buys[i] && (seller == NONE || limits[i] < limits[seller])) {
                    seller = i;
                }
            }
            if (buyer == NONE || seller == NONE || limits[buyer] < limits[seller]) {
                return count;
            }
            long price = Math.max(limits[seller], Math.min(limits[buyer], reference));
            long bought = parties.get(buyer).tonnesAt(price);
            long sold = -parties.get(seller).tonnesAt(price);
            long quantity = Math.min(bought, sold);
            if (quantity >= minTonnes) {
                trades.trade(buyer, seller, price, quantity);
                count++;
                // each makes one agreement a session: what it wants at one price, in one deal
                active[buyer] = false;
                active[seller] = false;
                continue;
            }
            if (bought < minTonnes) {
                active[buyer] = limit(parties.get(buyer), true, lowTicks, highTicks, minTonnes, limits, buyer);
            }
            if (sold < minTonnes) {
                active[seller] = limit(parties.get(seller), false, lowTicks, highTicks, minTonnes, limits, seller);
            }
            if (quantity < minTonnes && bought >= minTonnes && sold >= minTonnes) {
                // cannot happen with answers that move with the price as a party's should; end rather
                // than loop
                return count;
            }
        }
    }

    /**
     * Sets {@code limits[at]} to {@code party}'s limit on its side in {@code [low, high]}: a buyer's
     * highest price still buying at least {@code minTonnes}, a seller's lowest still selling it.
     * Returns false when it trades the minimum at no price in the band.
     */
    private static boolean limit(
            BlockParty party, boolean buys, long low, long high, long minTonnes, long[] limits, int at) {
        if (buys) {
            if (party.tonnesAt(low) < minTonnes) {
                return false;
            }
            long lo = low;
            long hi = high;
            while (lo < hi) {
                long mid = lo + (hi - lo + 1) / 2;
                if (party.tonnesAt(mid) >= minTonnes) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            limits[at] = lo;
        } else {
            if (-party.tonnesAt(high) < minTonnes) {
                return false;
            }
            long lo = low;
            long hi = high;
            while (lo < hi) {
                long mid = lo + (hi - lo) / 2;
                if (-party.tonnesAt(mid) >= minTonnes) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            limits[at] = lo;
        }
        return true;
    }
}

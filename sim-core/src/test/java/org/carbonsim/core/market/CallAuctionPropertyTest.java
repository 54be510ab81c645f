package org.carbonsim.core.market;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The call auction's clearing price and volume against a reference that tries every tick from the
 * floor to one above the dearest order and applies the rule as the class documents it: most volume,
 * then least imbalance, then nearest the reference (the lower of two in an exchange's call) or the
 * highest (in a primary auction). Random books of 1–60 orders a side, prices clustered so that ties
 * and neighbouring ticks are common.
 */
class CallAuctionPropertyTest {
    private static final int BOOKS = 2_000;

    @ParameterizedTest
    @EnumSource(AuctionStyle.class)
    void theClearingPriceIsTheBestTickOfEveryTickTried(AuctionStyle style) {
        for (long seed = 1; seed <= BOOKS; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            int bidCount = 1 + random.nextInt(60);
            int askCount = 1 + random.nextInt(60);
            long centre = 2 + random.nextInt(200);
            int spread = 1 + random.nextInt(20);
            long[] bidPrices = new long[bidCount];
            long[] bidTonnes = new long[bidCount];
            long[] askPrices = new long[askCount];
            long[] askTonnes = new long[askCount];
            CallAuction auction = new CallAuction(style);
            for (int i = 0; i < bidCount; i++) {
                bidPrices[i] = Math.max(1, centre - spread + random.nextInt(2 * spread + 1));
                bidTonnes[i] = 1 + random.nextInt(1_000);
                auction.addBid(i, i, bidPrices[i], bidTonnes[i]);
            }
            for (int i = 0; i < askCount; i++) {
                askPrices[i] = Math.max(1, centre - spread + random.nextInt(2 * spread + 1));
                askTonnes[i] = 1 + random.nextInt(1_000);
                auction.addAsk(bidCount + i, bidCount + i, askPrices[i], askTonnes[i]);
            }
            long reference = Math.max(0, centre - 2 * spread + random.nextInt(4 * spread + 1));
            long reserve = random.nextBoolean() ? 0 : Math.max(0, centre - spread + random.nextInt(2 * spread + 1));
            AuctionOutcome expected = reference(style, bidPrices, bidTonnes, askPrices, askTonnes, reference, reserve);
            AuctionOutcome outcome = auction.uncross(reference, reserve, (id, owner, side, price, filled) -> {});
            assertEquals(
                    expected,
                    outcome,
                    "seed=" + seed + " " + style + ": " + bidCount + " bids and " + askCount + " asks around " + centre
                            + " ticks, reference " + reference + ", reserve " + reserve);
        }
    }

    private static AuctionOutcome reference(
            AuctionStyle style,
            long[] bidPrices,
            long[] bidTonnes,
            long[] askPrices,
            long[] askTonnes,
            long reference,
            long reserve) {
        long floor = Math.max(1, reserve);
        long top = 0;
        for (long p : bidPrices) {
            top = Math.max(top, p);
        }
        for (long p : askPrices) {
            top = Math.max(top, p);
        }
        top = Math.max(top + 1, reference);
        int ticks = (int) (top - floor + 1);
        if (ticks <= 0) {
            return AuctionOutcome.NO_TRADE;
        }
        long[] volumes = new long[ticks];
        long[] imbalances = new long[ticks];
        for (int t = 0; t < ticks; t++) {
            long price = floor + t;
            long demand = 0;
            for (int i = 0; i < bidPrices.length; i++) {
                if (bidPrices[i] >= price && bidPrices[i] >= reserve) {
                    demand += bidTonnes[i];
                }
            }
            long supply = 0;
            for (int i = 0; i < askPrices.length; i++) {
                if (askPrices[i] <= price) {
                    supply += askTonnes[i];
                }
            }
            volumes[t] = Math.min(demand, supply);
            imbalances[t] = demand - supply;
        }
        // narrow the ticks rule by rule: the most volume, then the least imbalance, then the price
        long bestVolume = Arrays.stream(volumes).max().orElse(0);
        if (bestVolume == 0) {
            return AuctionOutcome.NO_TRADE;
        }
        long leastImbalance = Long.MAX_VALUE;
        for (int t = 0; t < ticks; t++) {
            if (volumes[t] == bestVolume) {
                leastImbalance = Math.min(leastImbalance, Math.abs(imbalances[t]));
            }
        }
        List<Long> tied = new ArrayList<>();
        for (int t = 0; t < ticks; t++) {
            if (volumes[t] == bestVolume && Math.abs(imbalances[t]) == leastImbalance) {
                tied.add(floor + t);
            }
        }
        long bestPrice = style == AuctionStyle.PRIMARY
                ? tied.get(tied.size() - 1)
                : tied.stream()
                        .min(Comparator.comparingLong((Long p) -> Math.abs(p - reference))
                                .thenComparingLong(p -> p))
                        .orElseThrow();
        return new AuctionOutcome(bestPrice, bestVolume, imbalances[(int) (bestPrice - floor)]);
    }
}

package org.carbonsim.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.carbonsim.core.agents.AuctionBid;
import org.carbonsim.core.agents.AuctionBids;
import org.carbonsim.core.agents.AuctionDemandWalk;
import org.carbonsim.core.agents.ComplianceTrader;
import org.carbonsim.core.agents.MarginalCost;
import org.carbonsim.core.compliance.OffsetProgram;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A primary auction's demand curve is built in one pass down its price levels ({@link
 * AuctionDemandWalk}), searching again only where the price falls to the cost of the level
 * above's answer. It must bid exactly what a search at every level bids, as the curve was built
 * before: on every kind of curve, with flat and sloped offset programmes, a bank value and target,
 * borrowing room, buffers, ticks and reserve prices.
 */
class AuctionDemandCurveTest {
    /** The per-level search: at each level, the largest shortfall worth less than the price, from the lowest to the level above's answer. */
    private static List<AuctionBid> searchedAtEachLevel(
            MarginalCost cost,
            long shortfall,
            long lowest,
            long buffer,
            long expectedTicks,
            double markup,
            long tickFen,
            long reserveTicks) {
        List<AuctionBid> bids = new ArrayList<>();
        long most = shortfall - lowest - buffer;
        if (most <= 0) {
            return bids;
        }
        long shortfallCostFen = cost.costFenPerTonne(shortfall);
        long lowestCostFen = cost.costFenPerTonne(lowest);
        long priceTicks = ComplianceTrader.auctionBidTicks(shortfallCostFen, expectedTicks, tickFen, markup);
        long bid = 0;
        long above = shortfall;
        for (int level = 0; level < 100 && priceTicks >= Math.max(1, reserveTicks); level++) {
            long priceFen = priceTicks * tickFen;
            long buysDownTo = shortfallCostFen < priceFen
                    ? shortfall
                    : lowestCostFen >= priceFen ? lowest : cost.largestShortfallAtMost(priceFen - 1, lowest, above);
            above = buysDownTo;
            long wanted = Math.max(0, shortfall - buysDownTo - buffer);
            if (wanted > bid) {
                bids.add(new AuctionBid(priceTicks, wanted - bid));
                bid = wanted;
            }
            if (bid >= most) {
                break;
            }
            priceTicks = Math.min(priceTicks - 1, priceTicks * 98 / 100);
        }
        return bids;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void theOnePassCurveBidsWhatASearchAtEachLevelBids(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        AuctionBids bids = new AuctionBids();
        AuctionDemandWalk walk = new AuctionDemandWalk();
        int cases = 1_000;
        int withManyBids = 0;
        for (int i = 0; i < cases; i++) {
            long bau = 1 + random.nextLong(random.nextBoolean() ? 5_000 : 5_000_000);
            long beyond = 100 + random.nextLong(40_000);
            MarginalCost cost = randomCost(random, bau, beyond);
            long lowest = -cost.forgoableTonnes();
            long shortfall = lowest + random.nextLong(2 * bau) - bau / 10;
            long buffer = random.nextBoolean() ? 0 : random.nextLong(bau / 20 + 1);
            long tickFen = new long[] {1, 1, 5, 10, 100}[random.nextInt(5)];
            long expectedTicks = 1 + random.nextLong((beyond + beyond / 4) / tickFen + 1);
            double markup = random.nextInt(4) == 0 ? 0 : 0.5 * random.nextDouble();
            long reserveTicks = random.nextBoolean() ? 0 : random.nextLong(expectedTicks + 1);
            List<AuctionBid> expected =
                    searchedAtEachLevel(cost, shortfall, lowest, buffer, expectedTicks, markup, tickFen, reserveTicks);
            walk.start(cost, shortfall, lowest, buffer, expectedTicks, markup, tickFen, reserveTicks);
            bids.read(walk);
            assertEquals(
                    expected,
                    bids.toList(),
                    "seed=" + seed + " case " + i + ": " + cost + ", shortfall " + shortfall + " t, lowest " + lowest
                            + " t, buffer " + buffer + " t, expected " + expectedTicks + " ticks of " + tickFen
                            + " fen, markup " + markup + ", reserve " + reserveTicks + " ticks");
            if (expected.size() >= 5) {
                withManyBids++;
            }
        }
        assertTrue(
                withManyBids >= cases / 4,
                "seed=" + seed + ": only " + withManyBids + " of " + cases + " curves have 5 bids or more");
    }

    /**
     * A cost of any kind ({@link CurveCostTest#costOfKind}), with or without committed steps and a bank
     * value and target; a linear or after-verification cost; with flat or sloped offset programmes
     * ({@link OffsetCostTest#randomPrograms}) on top, or borrowing room ({@link PlannedCoverCost}).
     */
    static MarginalCost randomCost(SplittableRandom random, long bau, long beyond) {
        long maxCost = 1 + random.nextLong(beyond);
        double maxShare = 0.05 + 0.9 * random.nextDouble();
        double planned = maxShare * random.nextDouble();
        boolean committed = random.nextBoolean();
        double committedShare = committed ? planned * random.nextDouble() : 0;
        long bank = random.nextBoolean() ? random.nextLong(beyond) : 0;
        long bankTarget = random.nextBoolean() ? 0 : random.nextLong(bau / 4 + 1);
        MarginalCost cost = CurveCostTest.costOfKind(
                random.nextInt(7), random, maxCost, maxShare, bau, committedShare, planned, beyond, bank, bankTarget);
        return switch (random.nextInt(4)) {
            case 0 -> {
                OffsetProgram[] programs = OffsetCostTest.randomPrograms(random, bau + 10, random.nextBoolean());
                long allocation = bau / 2 + random.nextLong(bau + 1);
                OffsetPlan plan =
                        OffsetPlan.of(OffsetCostTest.rule(programs), 2024, Map.of("A", allocation), Map.of("A", bau));
                yield OffsetCost.of(cost, plan, "A");
            }
            case 1 -> new PlannedCoverCost(cost, 1 + random.nextLong(bau / 5 + 1));
            default -> cost;
        };
    }
}

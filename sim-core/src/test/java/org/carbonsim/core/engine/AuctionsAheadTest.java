package org.carbonsim.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A covered buyer leaves to the primary auctions still to come before the deadline the share of its
 * purchases they are expected to meet ({@code MarketView.auctionCoverShare}), and buys only the rest on
 * the exchange.
 */
class AuctionsAheadTest {
    /**
     * B is short 44,615 t; the auctions on days 0, 10, 20 and 30 offer 15,000 t each to covered firms
     * only, and S, long 84,615 t, sells on the exchange. After day 0's lot B is short 29,615 t with
     * 45,000 t ahead, after day 10's 14,615 t with 30,000 t ahead: the auctions ahead always meet all of
     * it, so B buys nothing on the exchange and everything in the auctions. It bids as if it held what
     * the later auctions bring: on day 0 the 45,000 t after it meet all of its 44,615 t, so it bids
     * nothing; on day 10 the 30,000 t after it meet 30,000 t of it, so it bids for the 14,615 t left;
     * on days 20 and 30, 15,000 t each.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void aBuyerWhoseNeedTheAuctionsAheadMeetBuysNothingOnTheExchange(long seed) {
        RunResult result = new Simulation(TestScenarios.sellerAndAuctionBuyer("0, 10, 20, 30", 0.2), seed, true).run();
        assertEquals(List.of(), result.trades(), "seed=" + seed + " exchange trades");
        assertEquals(
                List.of(0L, 14_615L, 15_000L, 15_000L),
                result.auctions().stream().map(AuctionRecord::soldTonnes).collect(Collectors.toList()),
                "seed=" + seed + " tonnes sold in the four auctions");
        assertEquals(1.0, result.years().get(0).complianceRate(), 0, "seed=" + seed + " compliance");
    }

    /**
     * The same need and volume in one auction on day 30: none is ahead after it, and before it the
     * 60,000 t ahead meet all of B's 44,615 t, so B still buys nothing on the exchange before day 30 and
     * its whole shortfall in that auction.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void aBuyerWaitsForALateAuctionThatMeetsItsNeed(long seed) {
        RunResult result = new Simulation(TestScenarios.sellerAndAuctionBuyer("30", 0.2), seed, true).run();
        assertEquals(List.of(), result.trades(), "seed=" + seed + " exchange trades");
        assertEquals(1, result.auctions().size(), "seed=" + seed + " one auction");
        assertEquals(44_615, result.auctions().get(0).soldTonnes(), "seed=" + seed + " B's whole shortfall");
    }

    /**
     * With 10% of the cap (30,000 t) auctioned on day 30 alone, the free pool of 270,000 t covers both
     * firms' 2023 emissions, so B gets its 60,000 t and is short 40,000 t: before day 30 the auction
     * ahead meets 30,000 / 40,000 of its purchases, so it buys on the exchange no more than the 10,000 t
     * the auction cannot meet (it would work most of its shortfall by then otherwise: 5% of its gap a
     * day), the auction's 30,000 t, and after it what it still lacks.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void aBuyerBuysOnTheExchangeOnlyWhatTheAuctionsAheadCannotMeet(long seed) {
        RunResult result = new Simulation(TestScenarios.sellerAndAuctionBuyer("30", 0.1), seed, true).run();
        EnterpriseResult b = result.enterprises().stream()
                .filter(e -> e.enterpriseId().equals("B"))
                .findFirst()
                .orElseThrow();
        assertEquals(60_000, b.allocation(), "seed=" + seed + " B's allocation");
        long boughtBefore = result.trades().stream()
                .filter(t -> t.buyer().equals("B") && t.day() < 30)
                .mapToLong(TradeRecord::quantityTonnes)
                .sum();
        assertTrue(
                boughtBefore > 0 && boughtBefore <= 10_000,
                "seed=" + seed + " bought on the exchange before the auction: " + boughtBefore + " t");
        assertEquals(30_000, result.auctions().get(0).soldTonnes(), "seed=" + seed + " the auction sells out");
        assertEquals(40_000, b.bought(), "seed=" + seed + " B buys its whole shortfall");
        assertEquals(0, b.shortfall(), "seed=" + seed + " B complies");
    }
}

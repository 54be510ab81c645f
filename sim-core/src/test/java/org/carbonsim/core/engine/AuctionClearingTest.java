package org.carbonsim.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.carbonsim.core.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Covered enterprises bid in primary auctions what an allowance is worth given the market, not the
 * penalty: every auction that sells clears at no more than the last close plus the bidders' 2%
 * concession, where bids at the short firm's marginal cost (the penalty-equivalent price, four times
 * the price) cleared far above it.
 */
class AuctionClearingTest {
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void auctionsClearWithinTheConcessionOfTheLastClose(long seed) {
        Scenario scenario = TestScenarios.twoFirms(
                2,
                0.05,
                "",
                "",
                "\"auctions\": {\"days\": [0, 10, 20], \"reservePrice\": 1, \"coveredOnly\": true}",
                "",
                "\"auctionShare\": 0.1");
        RunResult result = Simulation.run(scenario, seed);
        List<DayResult> days = result.days();
        int sold = 0;
        for (AuctionRecord auction : result.auctions()) {
            if (auction.soldTonnes() == 0) {
                continue;
            }
            sold++;
            long previousCloseFen = 4_000;
            for (DayResult day : days) {
                if (day.year() < auction.year() || (day.year() == auction.year() && day.day() < auction.day())) {
                    previousCloseFen = day.closeFen();
                }
            }
            long capFen = (long) Math.floor(previousCloseFen * 1.02) + 1;
            assertTrue(
                    auction.clearingPriceFen() <= capFen,
                    "seed=" + seed + " auction " + auction + " clears above " + capFen + " fen, the last close "
                            + previousCloseFen + " plus 2%");
        }
        assertTrue(sold > 0, "seed=" + seed + " no auction sold anything: " + result.auctions());
    }

    /**
     * A reserve price of CNY 30 million at a 0.01 tick is 3 × 10^9 ticks, above the highest price an
     * auction order may have: no bid reaches it, so every auction sells nothing and the run goes on.
     */
    @Test
    void aReserveAboveTheHighestOrderPriceSellsNothing() {
        Scenario scenario = TestScenarios.twoFirms(
                1,
                0,
                "",
                "",
                "\"auctions\": {\"days\": [0, 10, 20], \"reservePrice\": 30000000}",
                "",
                "\"auctionShare\": 0.1");
        RunResult result = Simulation.run(scenario, 1);
        assertEquals(3, result.auctions().size(), "auctions: " + result.auctions());
        for (AuctionRecord auction : result.auctions()) {
            assertTrue(auction.offeredTonnes() > 0, "offered: " + auction);
            assertEquals(0, auction.soldTonnes(), "sold: " + auction);
            assertEquals(0, auction.clearingPriceFen(), "price: " + auction);
        }
    }
}

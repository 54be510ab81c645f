package org.carbonsim.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code allocation.shareChanges} in a run: a scheme that auctions in its first year only (Hubei held
 * its one primary auction in 2014) offers nothing from the year the auction share drops to 0, and
 * the cap it no longer auctions goes to the free pool.
 */
class ShareChangesRunTest {
    @Test
    void anAuctionShareDroppedTo0EndsThePrimaryAuctionsFromThatYear() {
        RunResult result = Simulation.run(
                TestScenarios.twoFirms(
                        2,
                        0,
                        "",
                        "",
                        "\"auctions\": {\"days\": [0], \"reservePrice\": 1}",
                        "",
                        "\"auctionShare\": 0.1, \"shareChanges\": [{\"fromYear\": 2025, \"auctionShare\": 0}]"),
                3);
        // 2024: cap 160,000 t less the reserve's 10% and the auction's 10%, 128,000 t free; the auction
        // offers 16,000 t on day 0. 2025: no auction; 144,000 t free.
        List<AuctionRecord> auctions = result.auctions();
        assertEquals(1, auctions.size(), auctions.toString());
        assertEquals(2024, auctions.get(0).year());
        assertEquals(16_000, auctions.get(0).offeredTonnes());
        long allocated2024 = 0;
        long allocated2025 = 0;
        for (EnterpriseResult row : result.enterprises()) {
            if (row.year() == 2024) {
                allocated2024 += row.allocation();
            } else {
                allocated2025 += row.allocation();
            }
        }
        assertEquals(128_000, allocated2024);
        assertEquals(144_000, allocated2025);
    }
}

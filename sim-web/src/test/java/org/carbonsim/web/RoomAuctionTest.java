package org.carbonsim.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.carbonsim.core.engine.AuctionRecord;
import org.carbonsim.core.engine.EnterpriseResult;
import org.carbonsim.core.engine.RunResult;
import org.junit.jupiter.api.Test;

/**
 * What a played firm's desk buys in a primary auction counts in the player's net purchases and realised
 * cost, as the reference counts the same tonnes at its price. On classroom-auction firm A buys its
 * 40,000 t at the auction's CNY 14.99 and abates the least-cost 15,000 t: its cost is the reference's
 * within the auction's rounding. (The final page once left the auction's CNY 599,600 out and showed A
 * CNY 600,000 below the reference.)
 */
class RoomAuctionTest {
    @Test
    void auctionPurchasesCountInThePlayersCost() {
        Room room = TestRooms.room("classroom-auction", 20240107, 1);
        Player player = (Player) room.join(room.roomCode(), "Ann", "A");
        RunResult result = room.runWithoutPausing();

        AuctionRecord auction = result.auctions().get(0);
        EnterpriseResult firm = result.enterprises().stream()
                .filter(e -> e.enterpriseId().equals("A"))
                .findFirst()
                .orElseThrow();
        assertTrue(
                result.trades().stream()
                        .noneMatch(t -> t.buyer().equals("A") || t.seller().equals("A")),
                "A trades only at the auction: nobody places its orders");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows =
                (List<Map<String, Object>>) room.finalView().get("players");
        Map<String, Object> row = rows.get(0);
        assertEquals(player.id(), row.get("player"));
        BigDecimal paid = BigDecimal.valueOf(firm.bought() * auction.clearingPriceFen(), 2);
        assertEquals(
                paid.toPlainString(),
                row.get("netPurchases"),
                "A's net purchases: " + firm.bought() + " t at the auction's " + auction.clearingPriceFen() + " fen");
        BigDecimal abatementCost = new BigDecimal((String) row.get("abatementCost"));
        assertEquals(abatementCost.add(paid).toPlainString(), row.get("realisedCost"), "realised cost: " + row);
        BigDecimal above = new BigDecimal((String) row.get("costAboveReference")).abs();
        assertTrue(
                above.compareTo(BigDecimal.valueOf(1_000)) < 0,
                "A abating " + firm.abatement() + " t and buying at the auction is within CNY 1,000 of the"
                        + " reference: " + row);
    }
}

package org.carbonsim.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A student playing a cash-limited firm (hubei-carbon-finance's ceramics firms hold a limited cash)
 * cannot bid beyond its cash: such a bid once rested, and a seller meeting it got the engine's error
 * ("trade ... not settled by the registry") while the buyer's page showed negative cash.
 */
class RoomCashLimitTest {
    @Test
    void aBidBeyondTheCashOfACashLimitedFirmIsRefused() throws Exception {
        Room room = TestRooms.room("hubei-carbon-finance", 20140101, 2);
        Player ann = (Player) room.join(room.roomCode(), "Ann", "HB-CER-010");
        Player ben = (Player) room.join(room.roomCode(), "Ben", "HB-POW-001");
        assertTrue(room.start().ok());
        try {
            assertTrue(room.submit(new Room.Command.Control("pause", null)).ok());
            Map<String, Object> before = TestRooms.awaitPosition(room, ann);
            TestRooms.awaitPosition(room, ben);
            String high = (String) room.marketView().get("bandHigh");
            Reply bid = room.submit(new Room.Command.Order(ann, "buy", "limit", high, "50000"));
            assertFalse(bid.ok(), "50,000 t at " + high + " is beyond Ann's cash " + before.get("cash"));
            assertTrue(bid.message().startsWith("quantity: your firm's cash is limited"), bid.message());
            Reply market = room.submit(new Room.Command.Order(ann, "buy", "market", "", "50000"));
            assertFalse(market.ok(), "a market order is bounded at the top of the band: " + market.message());

            // what the cash pays for rests and trades in full
            Reply small = room.submit(new Room.Command.Order(ann, "buy", "limit", high, "100"));
            assertTrue(small.ok(), small.message());
            Reply ask = room.submit(new Room.Command.Order(ben, "sell", "limit", high, "50000"));
            assertTrue(ask.ok(), ask.message());
            assertTrue(room.submit(new Room.Command.Control("pause", null)).ok());
            Map<String, Object> after = room.playerView(ann.id());
            assertEquals(
                    (Long) before.get("allowances") + 100, after.get("allowances"), "Ann bought her 100 t: " + after);
            assertTrue(Double.parseDouble((String) after.get("cash")) >= 0, "Ann's cash: " + after.get("cash"));
        } finally {
            TestRooms.end(room);
        }
    }
}

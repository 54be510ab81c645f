package org.carbonsim.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The abatement a player's page offers is what the engine will carry out this year: on
 * classroom-ten-firms, CEM-3's technology steps take a year to come into effect, so in 2024 its page
 * offers no abatement and refuses any, while CEM-1's linear curve offers its 15%. (The page once
 * offered CEM-3 the whole 16% of its steps and took a 16% choice that the engine then ignored,
 * leaving the student short by the tonnes they thought abated.)
 */
class RoomAbatementTest {
    @Test
    void aPlayerIsOfferedOnlyTheAbatementItsFirmCanCarryOutThisYear() throws Exception {
        Room room = TestRooms.room("classroom-ten-firms", 20240202, 2);
        Player stepped = (Player) room.join(room.roomCode(), "Ann", "CEM-3");
        Player linear = (Player) room.join(room.roomCode(), "Ben", "CEM-1");
        assertTrue(room.start().ok());
        try {
            Map<String, Object> ann = TestRooms.awaitPosition(room, stepped);
            assertEquals(0.0, (Double) ann.get("committedShare"), 1e-12, "nothing committed in the first year");
            assertEquals(0.0, (Double) ann.get("maxShare"), 1e-12, "CEM-3 can abate nothing in 2024: " + ann);
            @SuppressWarnings("unchecked")
            List<List<Object>> mac = (List<List<Object>>) ann.get("mac");
            assertTrue(
                    mac.stream().allMatch(p -> ((Double) p.get(0)) == 0.0),
                    "the curve shown reaches no further than 0%: " + mac);
            Reply refused = room.submit(new Room.Command.Abate(stepped, "5"));
            assertFalse(refused.ok(), "CEM-3 cannot abate 5% in 2024: " + refused.message());
            assertTrue(refused.message().contains("between 0.0% and 0.0%"), refused.message());

            Map<String, Object> ben = TestRooms.awaitPosition(room, linear);
            assertEquals(0.15, (Double) ben.get("maxShare"), 1e-12, "CEM-1's linear curve: " + ben);
            @SuppressWarnings("unchecked")
            List<List<Object>> benMac = (List<List<Object>>) ben.get("mac");
            for (List<Object> point : benMac) {
                double share = (Double) point.get(0);
                assertEquals(
                        Math.round(share * 1e6) / 1e6,
                        share,
                        0.0,
                        "a share shown to a millionth, without the sum's float noise: " + benMac);
            }
            assertEquals(0.03, (Double) benMac.get(8).get(0), 0.0, "the ninth of 41 points is 8/40 of 15%: " + benMac);
            Reply done = room.submit(new Room.Command.Abate(linear, "15"));
            assertTrue(done.ok(), done.message());

            // the answer names the share as typed, not rounded to a tenth of a percent (17.96 once read 18.0)
            Reply exact = room.submit(new Room.Command.Abate(linear, "13.96"));
            assertEquals("abatement set to 13.96%", exact.message());
            // 0.7 / 100 is 0.006999999999999999 in doubles: the page reads the share as typed
            assertTrue(room.submit(new Room.Command.Abate(linear, "0.7")).ok());
            Object shown = null;
            for (int i = 0; i < 600 && !Double.valueOf(0.007).equals(shown); i++) {
                Thread.sleep(100);
                shown = room.playerView(linear.id()).get("share");
            }
            assertEquals(0.007, (Double) shown, 0.0, "0.7% typed is the share 0.007 in the player's JSON");
        } finally {
            TestRooms.end(room);
        }
    }

    /**
     * The bounds a refusal shows are accepted as typed: the highest rounded down and the lowest up (a
     * highest share of 0.1796 once read 18.0%, which the room then refused), float noise aside.
     */
    @Test
    void theBoundsShownAreBoundsThatCanBeTyped() {
        assertEquals("between 3.0% and 17.9%", Room.percentRange(0.0296, 0.1796));
        assertEquals("between 6.0% and 15.0%", Room.percentRange(0.060000000000000005, 0.15000000000000002));
        assertEquals("between 0.0% and 0.0%", Room.percentRange(0, 0));
    }
}

package org.carbonsim.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A session whose engine stopped tells every later command why, where it once answered "the session is
 * over: the deadline has passed", as if the year had run to its end; and every page, which once went on
 * showing the market trading.
 */
class RoomFailureTest {
    @Test
    void aCommandAfterAFailureIsToldTheFailure() {
        Room room = TestRooms.room("classroom-two-firms", 1, 2);
        Player ann = (Player) room.join(room.roomCode(), "Ann", "A");

        room.fail("the session stopped: java.lang.IllegalStateException: a broken engine");
        Reply reply = room.submit(new Room.Command.Order(ann, "buy", "limit", "40", "1"));

        assertEquals(Room.Status.FAILED, room.status());
        assertEquals(new Reply(false, "the session stopped: java.lang.IllegalStateException: a broken engine"), reply);
        // the pages show it, where they went on showing the last view (trading, its countdown running)
        assertEquals("failed", room.marketView().get("status"), "the market's status: " + room.marketView());
        assertEquals(
                "the session stopped: java.lang.IllegalStateException: a broken engine",
                room.marketView().get("failure"));
    }
}

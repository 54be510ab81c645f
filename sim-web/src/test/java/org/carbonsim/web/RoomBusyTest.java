package org.carbonsim.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A command the engine does not take in time is answered "busy; try again" and is then withdrawn: it
 * once stayed in the queue and was carried out at the engine's next pause, so that a student who
 * tried again, as told, placed the order twice.
 */
class RoomBusyTest {
    @Test
    void aCommandAnsweredBusyIsNeverCarriedOutLater() throws Exception {
        Room room = TestRooms.room("classroom-ten-firms", 20240202, 2);
        Player ann = (Player) room.join(room.roomCode(), "Ann", "CEM-1");
        assertTrue(room.start().ok());
        try {
            assertTrue(room.submit(new Room.Command.Control("pause", null)).ok());
            TestRooms.awaitPosition(room, ann);
            // the engine runs 200 days without a pause, then pauses again (the class is paused)
            assertTrue(room.submit(new Room.Command.Control("advance", "200")).ok());
            room.replyTimeout(Duration.ofMillis(1));
            Reply abate = room.submit(new Room.Command.Abate(ann, "7.3"));
            room.replyTimeout(Duration.ofSeconds(600));
            // in order after the abatement: once these are answered, the abatement was carried out or
            // dropped, and the view the first of them published is the latest
            assertTrue(room.submit(new Room.Command.Control("pause", null)).ok());
            assertTrue(room.submit(new Room.Command.Control("pause", null)).ok());
            Map<String, Object> view = room.playerView(ann.id());
            boolean carriedOut = ((Double) view.get("share")) == 0.073;
            assertEquals(
                    abate.ok(),
                    carriedOut,
                    "the answer '" + abate.message() + "' says what happened; Ann's share is " + view.get("share"));
        } finally {
            TestRooms.end(room);
        }
    }
}

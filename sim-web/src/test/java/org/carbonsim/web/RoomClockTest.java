package org.carbonsim.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.carbonsim.core.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * The class's clock as the teacher sets it: on classroom-two-firms (four rounds a day) with days of an
 * hour, a round lasts 900 s at speed 1. The teacher's speed once took effect only from the next
 * round, so setting 100 left the class waiting out the 900 s of the round under way; and any
 * command restarted the page's countdown at a whole round.
 */
class RoomClockTest {
    private static Room hourLongDays() {
        return new Room(
                ScenarioLoader.load(Path.of("../scenarios/classroom-two-firms.json")),
                20240101,
                Room.Mode.CLASS,
                2,
                3600,
                (result, players) -> Path.of("session"));
    }

    private static Map<String, Object> market(Room room) {
        return room.marketView();
    }

    @Test
    void aFasterSpeedShortensTheRoundUnderWay() throws Exception {
        Room room = hourLongDays();
        room.join(room.roomCode(), "Ann", "A");
        assertTrue(room.start().ok());
        try {
            for (int i = 0; i < 600 && !"running".equals(market(room).get("status")); i++) {
                Thread.sleep(100);
            }
            assertEquals(0, market(room).get("round"), "the first round of the first day: " + market(room));
            assertTrue(room.submit(new Room.Command.Control("speed", "100")).ok());
            // 9 s at speed 100; the 900 s of speed 1 would outlast this wait many times over
            for (int i = 0; i < 1200 && Integer.valueOf(0).equals(market(room).get("round")); i++) {
                Thread.sleep(100);
            }
            assertEquals(1, market(room).get("round"), "the second round has begun: " + market(room));
        } finally {
            TestRooms.end(room);
        }
    }

    /** A command in the middle of a round leaves the day's countdown running, not restarted at a whole round. */
    @Test
    void aCommandLeavesTheCountdownRunning() throws Exception {
        Room room = hourLongDays();
        Player ann = (Player) room.join(room.roomCode(), "Ann", "A");
        assertTrue(room.start().ok());
        try {
            for (int i = 0; i < 600 && !"running".equals(market(room).get("status")); i++) {
                Thread.sleep(100);
            }
            long atStart = ((Number) market(room).get("msLeftInDay")).longValue();
            Thread.sleep(1_000);
            assertTrue(room.submit(new Room.Command.Abate(ann, "10")).ok());
            // answered in order: once this is, the view the abatement published is the latest
            assertTrue(room.submit(new Room.Command.Control("resume", null)).ok());
            long after = ((Number) market(room).get("msLeftInDay")).longValue();
            assertTrue(after < atStart, "the countdown went on from " + atStart + " ms: " + after + " ms");
        } finally {
            TestRooms.end(room);
        }
    }
}

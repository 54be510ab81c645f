package org.carbonsim.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.carbonsim.core.engine.DayResult;
import org.carbonsim.core.engine.TradeRecord;
import org.junit.jupiter.api.Test;

/**
 * A session stopped before its last day (the teacher's Ctrl-C): {@link Room#stop} hands over what it
 * had, consistent with itself, and ends the session so that no command is left waiting. A stopped
 * session once saved nothing at all.
 */
class RoomStopTest {
    private static final long SEED = 20240101;

    @Test
    void aStoppedSessionHandsOverTheDaysClosedTheTradesAndThePositions() throws Exception {
        Room room = TestRooms.room("classroom-ten-firms", SEED, 10);
        Player ann = (Player) room.join(room.roomCode(), "Ann", "");
        assertTrue(room.start().ok());
        TestRooms.awaitPosition(room, ann);
        assertTrue(room.submit(new Room.Command.Control("advance", "3")).ok());
        for (int i = 0; i < 600 && !Long.valueOf(3).equals(room.marketView().get("dayOfRun")); i++) {
            Thread.sleep(100);
        }
        assertTrue(room.submit(new Room.Command.Abate(ann, "10")).ok(), "seed " + SEED);

        StoppedSession stopped = room.stop(Duration.ofSeconds(60));

        assertNotNull(stopped, "the engine paused and handed over the session; seed " + SEED);
        assertEquals(StoppedSession.Cause.STOPPED, stopped.cause());
        assertNull(stopped.error(), "no error stopped it");
        assertEquals(4, stopped.dayOfRun(), "stopped on the fourth day, where the class waited: " + stopped.where());
        assertEquals(3, stopped.days().size(), "the three days closed before it: " + stopped.where());
        assertEquals(2024, stopped.year());
        assertEquals(4, stopped.dayOfYear());
        assertEquals(
                (long) room.scenario().calendar().years()
                        * room.scenario().calendar().tradingDaysPerYear(),
                stopped.daysInRun());
        Set<String> closed = new HashSet<>();
        long closedVolume = 0;
        for (DayResult d : stopped.days()) {
            closed.add(d.year() + "/" + d.day());
            closedVolume += d.volumeTonnes();
        }
        long tradedOnClosedDays = 0;
        for (TradeRecord t : stopped.trades()) {
            if (closed.contains(t.year() + "/" + t.day())) {
                tradedOnClosedDays += t.quantityTonnes();
            }
        }
        assertEquals(closedVolume, tradedOnClosedDays, "the trades add up to the days' volume; seed " + SEED);
        assertTrue(closedVolume > 0, "the nine agents traded in three days; seed " + SEED);
        assertEquals(1, stopped.positions().size());
        PlayerPosition position = stopped.positions().get(0);
        assertEquals(ann, position.player());
        assertTrue(position.covered());
        assertEquals(0.1, position.abatementShare(), 1e-9, "the share Ann set");
        assertEquals(room.playerView(ann.id()).get("allowances"), position.allowancesTonnes());
        assertTrue(stopped.settled().isEmpty(), "no year settled in four days");

        assertEquals(Room.Status.FAILED, room.status());
        assertTrue(room.failure().contains("stopped on day 4 of"), room.failure());
        Reply refused = room.submit(new Room.Command.Abate(ann, "20"));
        assertFalse(refused.ok(), "a stopped session takes no command");
        assertNull(room.stop(Duration.ofSeconds(1)), "stopped once: nothing more to hand over");
    }

    @Test
    void aSessionNotRunningHasNothingToStop() throws Exception {
        Room room = TestRooms.room("classroom-two-firms", SEED, 2);
        assertNull(room.stop(Duration.ofSeconds(1)), "in the lobby nothing has traded");
        assertEquals(Room.Status.LOBBY, room.status());
        room.runWithoutPausing();
        assertNull(room.stop(Duration.ofSeconds(1)), "a finished session was saved whole");
    }
}

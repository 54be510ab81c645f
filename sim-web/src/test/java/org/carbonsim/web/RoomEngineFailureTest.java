package org.carbonsim.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.carbonsim.core.engine.DayResult;
import org.carbonsim.core.engine.Progress;
import org.carbonsim.core.engine.RunResult;
import org.carbonsim.core.engine.TradeRecord;
import org.junit.jupiter.api.Test;

/**
 * An error inside the engine during a lesson (a defect in a step, the heap full) saves what the class
 * had, as a stop does, marked as an error with the error's message; the lesson ends on every page and
 * for every command, saying why and where the files are. Such an error once saved nothing. The error
 * is made by the {@link Progress} the room tells of each trading day, on the engine's thread.
 */
class RoomEngineFailureTest {
    private static final long SEED = 20240101;

    /** An archive that keeps what it is handed. */
    private static final class Kept implements SessionArchive {
        final List<StoppedSession> stopped = new CopyOnWriteArrayList<>();
        final List<StoppedSession> checkpoints = new CopyOnWriteArrayList<>();

        @Override
        public Path save(RunResult result, List<Player> players) {
            return Path.of("finished");
        }

        @Override
        public Path saveStopped(StoppedSession had) {
            stopped.add(had);
            return Path.of("class-folder");
        }

        @Override
        public void checkpoint(StoppedSession had) {
            checkpoints.add(had);
        }
    }

    /**
     * A room on classroom-ten-firms whose engine throws {@code error} (an unchecked exception or an
     * error) after trading day {@code day}.
     */
    private static Room failingAfter(Kept kept, long day, Throwable error) {
        return TestRooms.room("classroom-ten-firms", SEED, 10, kept, (done, total) -> {
            if (done == day) {
                if (error instanceof Error e) {
                    throw e;
                }
                throw (RuntimeException) error;
            }
        });
    }

    private static void awaitEnd(Room room) throws InterruptedException {
        for (int i = 0; i < 600 && room.status() == Room.Status.RUNNING; i++) {
            Thread.sleep(100);
        }
        assertEquals(Room.Status.FAILED, room.status(), "the engine failed; seed " + SEED);
    }

    @Test
    void anErrorInTheEngineSavesWhatTheClassHadAndEndsTheLesson() throws Exception {
        Kept kept = new Kept();
        Room room = failingAfter(kept, 3, new IllegalStateException("a broken step"));
        Player ann = (Player) room.join(room.roomCode(), "Ann", "");
        assertTrue(room.start().ok());
        TestRooms.awaitPosition(room, ann);
        assertTrue(room.submit(new Room.Command.Abate(ann, "10")).ok(), "seed " + SEED);
        assertTrue(room.submit(new Room.Command.Control("advance", "5")).ok());

        awaitEnd(room);

        assertEquals(1, kept.stopped.size(), "saved once: " + kept.stopped);
        StoppedSession had = kept.stopped.get(0);
        assertEquals(StoppedSession.Cause.ERROR, had.cause());
        assertEquals("IllegalStateException: a broken step", had.error());
        assertTrue(had.errorTrace().contains("at org.carbonsim."), "the stack trace kept for --debug");
        assertEquals(3, had.days().size(), "the three days closed before the error: " + had.where());
        assertTrue(had.where().startsWith("stopped by an error on day 3 of "), had.where());
        assertTrue(had.where().endsWith(", 3 days closed"), "the days the class kept: " + had.where());
        Set<String> closed = new HashSet<>();
        long closedVolume = 0;
        for (DayResult d : had.days()) {
            closed.add(d.year() + "/" + d.day());
            closedVolume += d.volumeTonnes();
        }
        long traded = had.trades().stream()
                .filter(t -> closed.contains(t.year() + "/" + t.day()))
                .mapToLong(TradeRecord::quantityTonnes)
                .sum();
        assertTrue(closedVolume > 0, "the agents traded in three days; seed " + SEED);
        assertEquals(closedVolume, traded, "the trades add up to the days' volume; seed " + SEED);
        assertEquals(1, had.positions().size());
        assertTrue(had.positions().get(0).covered());
        assertEquals(0.1, had.positions().get(0).abatementShare(), 1e-9, "the share Ann set");

        String failure = room.failure();
        assertTrue(failure.startsWith("the lesson ended: carbonsim stopped by an error on day 3 of "), failure);
        assertTrue(failure.contains(": IllegalStateException: a broken step; "), failure);
        assertTrue(failure.contains("saved in class-folder"), failure);
        assertFalse(failure.contains("at org."), "no stack trace on the pages: " + failure);
        assertInstanceOf(IllegalStateException.class, room.engineFailure());
        assertEquals(Path.of("class-folder"), room.folder());
        // every page shows that the lesson ended, and why
        assertEquals("failed", room.marketView().get("status"));
        assertEquals(failure, room.marketView().get("failure"));
        assertEquals(new Reply(false, failure), room.submit(new Room.Command.Abate(ann, "20")));

        // the checkpoints before it: one at each day's close, what a stop there would have saved
        assertEquals(2, kept.checkpoints.size(), "after days 1 and 2: " + kept.checkpoints);
        for (int i = 0; i < 2; i++) {
            StoppedSession checkpoint = kept.checkpoints.get(i);
            assertEquals(StoppedSession.Cause.CHECKPOINT, checkpoint.cause());
            assertEquals(i + 1, checkpoint.days().size(), checkpoint.where());
            assertEquals(i + 2, checkpoint.dayOfRun(), checkpoint.where());
            assertEquals(1, checkpoint.round(), checkpoint.where());
        }
        assertEquals(
                "saved after day 2 of " + had.daysInRun() + " (2024, day 2) closed, while the class went on",
                kept.checkpoints.get(1).where());
    }

    /** The heap filling up in a step is an error like any other: the class's files are saved. */
    @Test
    void aFullHeapSavesWhatTheClassHadAsWell() throws Exception {
        Kept kept = new Kept();
        Room room = failingAfter(kept, 2, new OutOfMemoryError("Java heap space"));
        Player ann = (Player) room.join(room.roomCode(), "Ann", "");
        assertTrue(room.start().ok());
        TestRooms.awaitPosition(room, ann);
        assertTrue(room.submit(new Room.Command.Control("advance", "5")).ok());

        awaitEnd(room);

        assertEquals(1, kept.stopped.size(), "saved once, where the engine's thread once died silently");
        assertEquals("OutOfMemoryError: Java heap space", kept.stopped.get(0).error());
        assertEquals(2, kept.stopped.get(0).days().size());
        assertNotNull(room.engineFailure());
        assertTrue(room.failure().contains("OutOfMemoryError: Java heap space"), room.failure());
    }

    /** The error's message is one line on the console, the pages and in stopped.json, however it was written. */
    @Test
    void anErrorIsOneLine() {
        assertEquals(
                "IllegalStateException: the book is crossed at 40.00",
                Room.errorMessage(new IllegalStateException("the book is crossed\n  at 40.00\n")));
        assertEquals("NullPointerException", Room.errorMessage(new NullPointerException()));
    }
}

package org.carbonsim.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.carbonsim.core.engine.Progress;
import org.carbonsim.core.scenario.ScenarioLoader;

/** Rooms on the bundled scenarios for the tests: a class whose days last 600 seconds, saved nowhere. */
final class TestRooms {
    private TestRooms() {}

    /** A class on bundled scenario {@code name} with {@code seed} and {@code seats} seats. */
    static Room room(String name, long seed, int seats) {
        return room(name, seed, seats, (result, players) -> Path.of("session"), Progress.NONE);
    }

    /**
     * As {@link #room(String, long, int)}, saving with {@code archive} and telling {@code progress} of each
     * trading day on the engine's thread (where a test makes the engine fail).
     */
    static Room room(String name, long seed, int seats, SessionArchive archive, Progress progress) {
        return new Room(
                ScenarioLoader.load(Path.of("../scenarios/" + name + ".json")),
                seed,
                Room.Mode.CLASS,
                seats,
                600,
                archive,
                progress);
    }

    /** The view of {@code player} once the engine shows its firm's position, or fails after about a minute. */
    static Map<String, Object> awaitPosition(Room room, Player player) throws InterruptedException {
        for (int i = 0; i < 600 && !room.playerView(player.id()).containsKey("allowances"); i++) {
            Thread.sleep(100);
        }
        Map<String, Object> view = room.playerView(player.id());
        assertTrue(view.containsKey("allowances"), "the engine shows " + player.enterpriseId() + ": " + view);
        return view;
    }

    /** Runs {@code room} to its end and checks it finished, waiting about a minute at most. */
    static void end(Room room) throws InterruptedException {
        room.submit(new Room.Command.Control("end", null));
        for (int i = 0; i < 600 && room.status() == Room.Status.RUNNING; i++) {
            Thread.sleep(100);
        }
        assertEquals(Room.Status.FINISHED, room.status(), room.failure());
    }
}

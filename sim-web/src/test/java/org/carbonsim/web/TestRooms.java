package org.carbonsim.web;

import java.nio.file.Path;
import org.carbonsim.core.scenario.ScenarioLoader;

/** Rooms on the bundled scenarios for the tests: a class whose days last 600 seconds, saved nowhere. */
final class TestRooms {
    private TestRooms() {}

    /** A class on bundled scenario {@code name} with {@code seed} and {@code seats} seats. */
    static Room room(String name, long seed, int seats) {
        return new Room(
                ScenarioLoader.load(Path.of("../scenarios/" + name + ".json")),
                seed,
                Room.Mode.CLASS,
                seats,
                600,
                (result, players) -> Path.of("session"));
    }
}

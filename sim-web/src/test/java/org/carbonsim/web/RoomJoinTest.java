package org.carbonsim.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.junit.jupiter.api.Test;

/**
 * Names as students type them: a name is counted in characters, an emoji as one (21 emoji were once
 * refused as more than 40 characters); control characters and text-direction controls, which turn
 * the names after them around on the teacher's page, are refused; anything else, HTML and Chinese
 * included, is kept as typed (the pages show it as text).
 */
class RoomJoinTest {
    private static String refusal(Object joined) {
        return assertInstanceOf(Reply.class, joined, "refused: " + joined).message();
    }

    @Test
    void namesAreCountedInCharactersAndKeptAsTyped() {
        Room room = TestRooms.room("classroom-ten-firms", 1, 3);
        String emoji = "\uD83D\uDE00";
        String forty = emoji.repeat(40);
        assertEquals(
                forty,
                assertInstanceOf(Player.class, room.join(room.roomCode(), forty, ""))
                        .name());
        assertEquals("name: 1 to 40 characters, got 41", refusal(room.join(room.roomCode(), emoji.repeat(41), "")));
        String html = "<img src=x onerror=alert(1)>张三";
        assertEquals(
                html,
                assertInstanceOf(Player.class, room.join(room.roomCode(), html, ""))
                        .name());
        assertEquals(
                "name: no control characters or text-direction controls",
                refusal(room.join(room.roomCode(), "Ben\u202Eevil", "")));
        assertEquals(
                "name: no control characters or text-direction controls",
                refusal(room.join(room.roomCode(), "Ben\u0007", "")));
        assertEquals(2, room.players().size());
    }
}

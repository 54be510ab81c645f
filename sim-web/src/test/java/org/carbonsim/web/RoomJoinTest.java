package org.carbonsim.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.junit.jupiter.api.Test;

/**
 * Names as students type them: a second join under a name already in the room (a double-clicked
 * "Join", or a student joining again from the join page) is refused, not seated on a second
 * enterprise; a name is counted in characters, an emoji as one; control characters are refused;
 * anything else, HTML and Chinese included, is kept as typed (the pages show it as text).
 */
class RoomJoinTest {
    private static String refusal(Object joined) {
        return assertInstanceOf(Reply.class, joined, "refused: " + joined).message();
    }

    @Test
    void aNameAlreadyInTheRoomIsRefusedAndTheSeatStaysFree() {
        Room room = TestRooms.room("classroom-ten-firms", 1, 3);
        Player ann = assertInstanceOf(Player.class, room.join(room.roomCode(), "Ann", ""));
        String twice = refusal(room.join(room.roomCode(), " ann ", ""));
        assertEquals(
                "name: 'ann' is already in the room (p1); if that is not you, add an initial to tell the two"
                        + " apart",
                twice);
        assertEquals(1, room.players().size(), "the second join seated nobody");
        assertEquals(ann, room.players().get(0));
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

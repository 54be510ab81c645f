package org.carbonsim.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The answer to an order whose remainder is cancelled says how much traded: a market order on an
 * empty book, or an order meeting only the student's own (self-trade prevention), was once answered
 * "traded what it could; the rest is cancelled" when nothing had traded.
 */
class RoomOrderReplyTest {
    @Test
    void anOrderWhoseRemainderIsCancelledSaysHowMuchTraded() throws Exception {
        Room room = TestRooms.room("classroom-two-firms", 20240101, 2);
        Player ann = (Player) room.join(room.roomCode(), "Ann", "A");
        Player ben = (Player) room.join(room.roomCode(), "Ben", "B");
        assertTrue(room.start().ok());
        try {
            assertTrue(room.submit(new Room.Command.Control("pause", null)).ok());
            TestRooms.awaitPosition(room, ann);
            // the two firms are students' and nobody has placed an order: the book is empty
            Reply empty = room.submit(new Room.Command.Order(ann, "buy", "market", "", "10"));
            assertTrue(empty.message().contains("traded nothing and is cancelled: no offer"), empty.message());

            assertTrue(room.submit(new Room.Command.Order(ann, "sell", "limit", "41", "10"))
                    .ok());
            Reply own = room.submit(new Room.Command.Order(ann, "buy", "limit", "41", "5"));
            assertTrue(own.message().contains("traded nothing"), "meets only Ann's own offer: " + own.message());

            Reply some = room.submit(new Room.Command.Order(ben, "buy", "market", "", "25"));
            assertTrue(some.message().endsWith("traded 10 t; the other 15 t are cancelled"), some.message());
        } finally {
            TestRooms.end(room);
        }
    }
}

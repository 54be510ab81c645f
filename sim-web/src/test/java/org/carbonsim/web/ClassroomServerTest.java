package org.carbonsim.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.carbonsim.core.engine.RunResult;
import org.carbonsim.core.scenario.ScenarioLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The classroom at the HTTP level, two students on classroom-two-firms: crossing orders trade on the
 * one book and show on both players' views; every kind of bad input (a price off the tick or outside
 * the band, a quantity below one tonne or above what is held, a forged player, a foreign order, an
 * order before the start or after the deadline, a malformed request) is refused with a message, leaves
 * the players' positions as they were, and the server goes on answering.
 */
class ClassroomServerTest {
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final AtomicReference<RunResult> saved = new AtomicReference<>();
    private Room room;
    private ClassroomServer server;

    @BeforeEach
    void open() {
        room = new Room(
                ScenarioLoader.load(Path.of("../scenarios/classroom-two-firms.json")),
                20240101,
                Room.Mode.CLASS,
                2,
                600,
                (result, players) -> {
                    saved.set(result);
                    return Path.of("session");
                });
        server = ClassroomServer.start(room, "127.0.0.1", 0);
    }

    @AfterEach
    void close() {
        server.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(uri(path))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    private HttpResponse<String> post(String path, String... keyValues) throws Exception {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            fields.put(keyValues[i], keyValues[i + 1]);
        }
        String form = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(
                HttpRequest.newBuilder(uri(path))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> order(String token, String side, String type, String price, String quantity)
            throws Exception {
        return post("/api/order", "token", token, "side", side, "type", type, "price", price, "quantity", quantity);
    }

    private static JsonObject json(HttpResponse<String> response) {
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }

    /** Asserts {@code response} is a refusal with {@code status} whose message contains {@code words}. */
    private static void refused(HttpResponse<String> response, int status, String words) {
        assertEquals(status, response.statusCode(), response.body());
        JsonObject body = json(response);
        assertEquals(false, body.get("ok").getAsBoolean(), response.body());
        assertTrue(body.get("message").getAsString().contains(words), words + " in " + response.body());
    }

    private JsonObject me(String token) throws Exception {
        HttpResponse<String> response = get("/api/state?token=" + token);
        assertEquals(200, response.statusCode(), response.body());
        return json(response).getAsJsonObject("me");
    }

    /** The player's allowances once they are {@code expected}, or as they are after about five seconds. */
    private long awaitAllowances(String token, long expected) throws Exception {
        return (long) awaitNumber(token, "allowances", expected);
    }

    /**
     * The player's {@code field} once it is {@code expected}, or as it is after about five seconds: the
     * page's state is published by the engine's thread, a moment after a command's answer.
     */
    private double awaitNumber(String token, String field, double expected) throws Exception {
        double value = me(token).get(field).getAsDouble();
        for (int i = 0; i < 100 && value != expected; i++) {
            Thread.sleep(50);
            value = me(token).get(field).getAsDouble();
        }
        return value;
    }

    /**
     * The player's {@code list} ("trades" or "orders") once it has {@code count} entries, or as it is
     * after about five seconds: the page's state is published by the engine's thread, a moment after
     * a command's answer.
     */
    private JsonArray await(String token, String list, int count) throws Exception {
        JsonArray entries = me(token).getAsJsonArray(list);
        for (int i = 0; i < 100 && entries.size() != count; i++) {
            Thread.sleep(50);
            entries = me(token).getAsJsonArray(list);
        }
        return entries;
    }

    /** What must not change when a command is refused: holdings, cash, resting orders and trades. */
    private String position(String token) throws Exception {
        JsonObject me = me(token);
        return me.get("allowances") + " " + me.get("cash") + " " + me.get("orders") + " " + me.get("trades");
    }

    private String join(String name, String enterprise) throws Exception {
        HttpResponse<String> response =
                post("/api/join", "code", room.roomCode(), "name", name, "enterprise", enterprise);
        assertEquals(200, response.statusCode(), response.body());
        return json(response).get("token").getAsString();
    }

    private void waitFor(Room.Status status) throws InterruptedException {
        for (int i = 0; i < 600 && room.status() != status; i++) {
            Thread.sleep(100);
        }
        assertEquals(status, room.status(), room.failure());
    }

    @Test
    void crossingOrdersTradeOnTheOneBookAndBadInputChangesNothing() throws Exception {
        assertTrue(get("/").body().contains("Join the room"));
        assertEquals(200, get("/classroom.js").statusCode(), "scripts come from the jar");
        refused(post("/api/join", "code", "WRONG", "name", "Ann", "enterprise", "A"), 400, "room code");
        String ann = join("Ann", "A");
        refused(
                post("/api/join", "code", room.roomCode(), "name", "Ben", "enterprise", "A"),
                400,
                "taken by another player");
        String ben = join("Ben", "B");
        refused(post("/api/join", "code", room.roomCode(), "name", "Cy", "enterprise", ""), 400, "full");
        refused(
                post("/api/order", "token", ann, "side", "sell", "type", "limit", "price", "40", "quantity", "1"),
                400,
                "not started");
        refused(post("/api/control", "token", ann, "action", "start"), 403, "only the teacher");
        startAndShow(ann);
        String before = position(ann);
        long held = me(ann).get("allowances").getAsLong();
        assertTrue(held > 1_000, "A holds its pre-allocation: " + held);
        String[][] bad = {
            {"40.005", "10", "off the tick"},
            {"40", "-5", "must be above 0"},
            {"40", "0", "must be above 0"},
            {"40", "ten", "whole number"},
            {"100.00", "10", "outside today's band"},
            {"40", "" + (held + 1), "you hold"},
            {"40", "99999999999", "at most"},
        };
        for (String[] order : bad) {
            refused(order(ann, "sell", "limit", order[0], order[1]), 400, order[2]);
            assertEquals(before, position(ann), "refused " + String.join(" ", order) + " changed nothing");
        }
        refused(post("/api/order", "token", ann, "side", "hold"), 400, "side");
        refused(post("/api/order"), 403, "unknown player");
        refused(
                post("/api/order", "token", "forged", "side", "buy", "type", "limit", "price", "40", "quantity", "1"),
                403,
                "unknown player");
        refused(post("/api/abate", "token", ann, "percent", "95"), 400, "between");
        // echoed as typed, not written out to a billion digits
        refused(post("/api/abate", "token", ann, "percent", "1e999999999"), 400, "got 1e999999999%");
        refused(post("/api/control", "key", room.teacherKey(), "action", "explode"), 400, "unknown control");
        refused(post("/api/control", "key", room.teacherKey(), "action", "speed", "value", "0"), 400, "speed");
        // a field left out is echoed as empty, not as 'null'; a long one clipped
        refused(post("/api/abate", "token", ann), 400, "a percentage, not ''");
        refused(post("/api/cancel", "token", ann), 400, "no order ''");
        refused(post("/api/control", "key", room.teacherKey(), "action", "speed"), 400, "a number, not ''");
        refused(post("/api/control", "key", room.teacherKey(), "action", "advance"), 400, "a number of days, not ''");
        HttpResponse<String> longSpeed =
                post("/api/control", "key", room.teacherKey(), "action", "speed", "value", "9".repeat(100_000));
        refused(longSpeed, 400, "0.1 to 100");
        assertTrue(
                longSpeed.body().length() < 200,
                "the value is clipped: " + longSpeed.body().length());
        assertEquals(403, get("/api/state?token=forged").statusCode());
        assertEquals(403, get("/api/state?teacher=forged").statusCode());
        assertEquals(before, position(ann));

        // a resting offer only its owner can cancel
        HttpResponse<String> rest =
                post("/api/order", "token", ann, "side", "sell", "type", "limit", "price", "43.00", "quantity", "10");
        assertEquals(200, rest.statusCode(), rest.body());
        JsonArray orders = await(ann, "orders", 1);
        assertEquals(1, orders.size(), "the resting offer on Ann's page");
        String orderId = orders.get(0).getAsJsonObject().get("id").getAsString();
        refused(post("/api/cancel", "token", ben, "orderId", orderId), 400, "no resting order");
        refused(post("/api/cancel", "token", ann, "orderId", "x"), 400, "no order");
        assertEquals(200, post("/api/cancel", "token", ann, "orderId", orderId).statusCode());
        assertEquals(0, await(ann, "orders", 0).size(), "the cancelled offer leaves Ann's page");

        // crossing orders: Ann offers 1,000 t at 40.00, Ben bids for them
        HttpResponse<String> offer =
                post("/api/order", "token", ann, "side", "sell", "type", "limit", "price", "40.00", "quantity", "1000");
        assertEquals(200, offer.statusCode(), offer.body());
        HttpResponse<String> bid =
                post("/api/order", "token", ben, "side", "buy", "type", "limit", "price", "40.00", "quantity", "1000");
        assertEquals(200, bid.statusCode(), bid.body());
        assertTrue(json(bid).get("message").getAsString().contains("traded in full"), bid.body());
        // the page's state is published by the engine's thread: it may show the trade a moment after
        // the order's answer
        assertEquals(held - 1_000, awaitAllowances(ann, held - 1_000), "Ann's page shows the sale");
        for (String token : new String[] {ann, ben}) {
            JsonArray trades = await(token, "trades", 1);
            assertEquals(1, trades.size(), "the trade on each player's page");
            JsonObject trade = trades.get(0).getAsJsonObject();
            assertEquals("p2", trade.get("buyerPlayer").getAsString());
            assertEquals("p1", trade.get("sellerPlayer").getAsString());
            assertEquals("40.00", trade.get("price").getAsString());
        }
        assertEquals(
                1,
                json(get("/api/state?teacher=" + room.teacherKey()))
                        .getAsJsonObject("market")
                        .getAsJsonArray("trades")
                        .size());

        // abatement within the curve
        assertEquals(200, post("/api/abate", "token", ann, "percent", "25").statusCode());
        assertEquals(0.25, awaitNumber(ann, "share", 0.25), 1e-9, "Ann's page shows her abatement");

        // to the deadline: the session ends, is saved and later orders are refused
        assertEquals(
                200,
                post("/api/control", "key", room.teacherKey(), "action", "end").statusCode());
        waitFor(Room.Status.FINISHED);
        assertNotNull(saved.get());
        assertEquals(
                1,
                saved.get().trades().stream()
                        .filter(t -> t.buyer().equals("B") && t.seller().equals("A") && t.quantityTonnes() == 1_000)
                        .count());
        String after = position(ann);
        refused(
                post("/api/order", "token", ann, "side", "buy", "type", "market", "price", "", "quantity", "1"),
                400,
                "deadline has passed");
        assertEquals(after, position(ann));
        assertNotNull(json(get("/api/state?token=" + ann)).get("final"));
        assertTrue(get("/").body().contains("Join the room"), "the server still answers");
    }

    /**
     * A request the server cannot read is refused in words, without the server's class names (a broken
     * multipart body was once answered "refused: ServletException org.eclipse.jetty.http...").
     */
    @Test
    void anUnreadableRequestIsRefusedWithoutTheServersClassNames() throws Exception {
        HttpResponse<String> broken = http.send(
                HttpRequest.newBuilder(uri("/api/join"))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "multipart/form-data; boundary=x")
                        .POST(HttpRequest.BodyPublishers.ofString("--x\r\nbroken"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        refused(broken, 400, "refused: the request could not be read");
        assertTrue(
                !broken.body().contains("Exception") && !broken.body().contains("org."),
                "no class names: " + broken.body());
        assertTrue(get("/").body().contains("Join the room"), "the server still answers");
    }

    /** {@code digits} in full-width digits, as a Chinese input method in full-width mode types them. */
    private static String fullWidth(String digits) {
        StringBuilder typed = new StringBuilder();
        for (char c : digits.toCharArray()) {
            typed.append(c == '.' ? '\uFF0E' : Character.isDigit(c) ? (char) ('\uFF10' + (c - '0')) : c);
        }
        return typed.toString();
    }

    /**
     * Every numeric field reads full-width digits and point as ASCII ones (the price and quantity once
     * read ４０ but refused ４０．５, the speed refused ２ while the days to advance read ３), and refuses
     * other digits, naming the field.
     */
    @Test
    void everyNumericFieldReadsFullWidthDigits() throws Exception {
        String ann = join("Ann", "A");
        join("Ben", "B");
        String key = room.teacherKey();
        assertEquals(200, post("/api/control", "key", key, "action", "start").statusCode());
        assertEquals(200, post("/api/control", "key", key, "action", "pause").statusCode());
        for (int i = 0; i < 300 && !me(ann).has("allowances"); i++) {
            Thread.sleep(100);
        }
        HttpResponse<String> rest = order(ann, "sell", "limit", fullWidth("40.50"), fullWidth("10"));
        assertEquals(200, rest.statusCode(), rest.body());
        JsonObject order = await(ann, "orders", 1).get(0).getAsJsonObject();
        assertEquals("40.50", order.get("price").getAsString(), order.toString());
        assertEquals(10, order.get("quantity").getAsLong(), order.toString());
        HttpResponse<String> cancel = post(
                "/api/cancel",
                "token",
                ann,
                "orderId",
                fullWidth(order.get("id").getAsString()));
        assertEquals(200, cancel.statusCode(), cancel.body());
        assertEquals(
                200,
                post("/api/abate", "token", ann, "percent", fullWidth("25.5")).statusCode());
        assertEquals(0.255, awaitNumber(ann, "share", 0.255), 0.0, "Ann's page shows her abatement");
        HttpResponse<String> speed = post("/api/control", "key", key, "action", "speed", "value", fullWidth("2"));
        assertEquals(200, speed.statusCode(), speed.body());
        HttpResponse<String> advance = post("/api/control", "key", key, "action", "advance", "value", fullWidth("1"));
        assertEquals(200, advance.statusCode(), advance.body());

        String arabicIndic = "\u0661\u0660";
        String[][] fields = {
            {
                "/api/order",
                "quantity",
                "token",
                ann,
                "side",
                "buy",
                "type",
                "limit",
                "price",
                "40",
                "quantity",
                arabicIndic
            },
            {"/api/order", "price", "token", ann, "side", "buy", "type", "limit", "price", arabicIndic, "quantity", "1"
            },
            {"/api/abate", "abatement", "token", ann, "percent", arabicIndic},
            {"/api/cancel", "cancel", "token", ann, "orderId", arabicIndic},
            {"/api/control", "speed", "key", key, "action", "speed", "value", arabicIndic},
            {"/api/control", "advance", "key", key, "action", "advance", "value", arabicIndic},
            // Java's own suffixes are no decimals a teacher types
            {"/api/control", "speed", "key", key, "action", "speed", "value", "2d"},
        };
        for (String[] field : fields) {
            String[] form = java.util.Arrays.copyOfRange(field, 2, field.length);
            refused(post(field[0], form), 400, field[1] + ": ");
        }
        assertEquals(0, me(ann).getAsJsonArray("orders").size(), "no refused order rests");
        assertEquals(0.255, me(ann).get("share").getAsDouble(), 0.0, "the refused abatement changed nothing");
    }

    @Test
    void eventsArePushedToKnownPagesAndRefusedToForgedOnes() throws Exception {
        String ann = join("Ann", "A");
        HttpResponse<InputStream> forged = events("token=forged");
        String refusal = firstEvent(forged.body());
        assertTrue(refusal.startsWith("event: refused") && refusal.contains("unknown player"), refusal);
        // a teacher's page of an earlier room (the command run again) was told to join as a player
        HttpResponse<InputStream> staleTeacher = events("teacher=an-earlier-key");
        String teacherRefusal = firstEvent(staleTeacher.body());
        assertTrue(
                teacherRefusal.startsWith("event: refused") && teacherRefusal.contains("not the teacher's key"),
                teacherRefusal);
        HttpResponse<InputStream> events = events("token=" + ann);
        String first = firstEvent(events.body());
        assertTrue(first.startsWith("event: state"), first);
        assertTrue(first.contains("\"enterprise\":\"A\""), first);
        events.body().close();
    }

    /**
     * A lesson that ended (here: failed) is the last thing every page is sent before the server closes
     * its streams, so that the pages go on showing that it ended, and why, once the process is gone.
     */
    @Test
    void thePagesAreToldTheLessonEndedBeforeTheServerCloses() throws Exception {
        String ann = join("Ann", "A");
        startAndShow(ann);
        BufferedReader page =
                new BufferedReader(new InputStreamReader(events("token=" + ann).body(), StandardCharsets.UTF_8));
        assertTrue(firstEvent(page).startsWith("event: state"));

        room.fail("the lesson ended: carbonsim stopped by an error on day 1 of 240");
        server.close();

        String last = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            String previous = "";
            for (String event = firstEvent(page); !event.isEmpty(); event = firstEvent(page)) {
                previous = event;
            }
            return previous;
        });
        assertTrue(last.startsWith("event: state"), last);
        JsonObject market = JsonParser.parseString(
                        last.substring(last.indexOf("data:") + 5).strip())
                .getAsJsonObject()
                .getAsJsonObject("market");
        assertEquals("failed", market.get("status").getAsString(), last);
        assertEquals(
                "the lesson ended: carbonsim stopped by an error on day 1 of 240",
                market.get("failure").getAsString());
    }

    /**
     * A player's page is sent each of its trades once: every event carries the trades after those the
     * stream has had ({@code tradesFrom} says from which), so that an event does not grow with the
     * session, where each once carried the player's whole list (and the teacher's every player's); a
     * page that reloads opens a new stream and gets them all, and {@code /api/state} has them all.
     */
    @Test
    void aPlayersPageIsSentEachTradeOnceAndAReloadGetsThemAll() throws Exception {
        String ann = join("Ann", "A");
        String ben = join("Ben", "B");
        startAndShow(ann);
        HttpResponse<InputStream> stream = events("token=" + ann);
        BufferedReader page = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8));
        JsonObject first = nextMe(page, me -> me.has("allowances"));
        assertEquals(0, first.get("tradesFrom").getAsInt(), first.toString());
        assertEquals(0, first.getAsJsonArray("trades").size(), first.toString());

        cross(ann, ben, "1000");
        JsonObject afterFirst = nextMe(page, me -> me.getAsJsonArray("trades").size() > 0);
        assertEquals(0, afterFirst.get("tradesFrom").getAsInt(), afterFirst.toString());
        assertEquals(1, afterFirst.getAsJsonArray("trades").size(), afterFirst.toString());

        cross(ann, ben, "500");
        JsonObject afterSecond = nextMe(page, me -> me.getAsJsonArray("trades").size() > 0);
        assertEquals(1, afterSecond.get("tradesFrom").getAsInt(), "only the second trade: " + afterSecond);
        assertEquals(1, afterSecond.getAsJsonArray("trades").size(), afterSecond.toString());
        assertEquals(
                500,
                afterSecond
                        .getAsJsonArray("trades")
                        .get(0)
                        .getAsJsonObject()
                        .get("quantity")
                        .getAsLong());

        assertEquals(200, post("/api/abate", "token", ann, "percent", "25").statusCode());
        JsonObject later = nextMe(page, me -> me.get("share").getAsDouble() == 0.25);
        assertEquals(2, later.get("tradesFrom").getAsInt(), later.toString());
        assertEquals(0, later.getAsJsonArray("trades").size(), "no trade sent twice: " + later);
        stream.body().close();

        HttpResponse<InputStream> reloaded = events("token=" + ann);
        JsonObject again =
                nextMe(new BufferedReader(new InputStreamReader(reloaded.body(), StandardCharsets.UTF_8)), me -> true);
        assertEquals(0, again.get("tradesFrom").getAsInt(), again.toString());
        assertEquals(2, again.getAsJsonArray("trades").size(), "a reloaded page gets every trade: " + again);
        reloaded.body().close();
        assertEquals(2, me(ann).getAsJsonArray("trades").size(), "the state has them all");
        JsonObject teacher =
                json(get("/api/state?teacher=" + room.teacherKey())).getAsJsonObject("teacher");
        for (var player : teacher.getAsJsonArray("players")) {
            assertFalse(player.getAsJsonObject().has("trades"), "the teacher's page shows no player's trades");
        }
    }

    /** The teacher starts the session; the engine pauses before day 1's first round and shows {@code token} its firm. */
    private void startAndShow(String token) throws Exception {
        assertEquals(
                200,
                post("/api/control", "key", room.teacherKey(), "action", "start")
                        .statusCode());
        for (int i = 0; i < 300 && !me(token).has("allowances"); i++) {
            Thread.sleep(100);
        }
    }

    /** Ann offers {@code tonnes} at 40.00 and Ben takes them. */
    private void cross(String ann, String ben, String tonnes) throws Exception {
        HttpResponse<String> offer =
                post("/api/order", "token", ann, "side", "sell", "type", "limit", "price", "40.00", "quantity", tonnes);
        assertEquals(200, offer.statusCode(), offer.body());
        HttpResponse<String> bid =
                post("/api/order", "token", ben, "side", "buy", "type", "limit", "price", "40.00", "quantity", tonnes);
        assertTrue(json(bid).get("message").getAsString().contains("traded in full"), bid.body());
    }

    /** The player's part of the next state event on {@code page} that {@code wanted} accepts, within a minute. */
    private static JsonObject nextMe(BufferedReader page, java.util.function.Predicate<JsonObject> wanted) {
        return org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            while (true) {
                String event = firstEvent(page);
                assertTrue(event.startsWith("event: state"), event);
                String data = event.substring(event.indexOf("data:") + 5).strip();
                JsonObject me = JsonParser.parseString(data).getAsJsonObject().getAsJsonObject("me");
                if (wanted.test(me)) {
                    return me;
                }
            }
        });
    }

    /** The server-sent events of {@code query}'s page, as a browser asks for them. */
    private HttpResponse<InputStream> events(String query) throws Exception {
        return http.send(
                HttpRequest.newBuilder(uri("/events?" + query))
                        .header("Accept", "text/event-stream")
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofInputStream());
    }

    /** The first server-sent event of a stream, its lines joined. */
    private static String firstEvent(InputStream stream) throws Exception {
        return firstEvent(new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8)));
    }

    /** The next server-sent event of {@code reader}, its lines joined. */
    private static String firstEvent(BufferedReader reader) throws Exception {
        StringBuilder event = new StringBuilder();
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isEmpty() && event.length() > 0) {
                break;
            }
            if (!line.isEmpty()) {
                event.append(line).append('\n');
            }
        }
        return event.toString();
    }
}

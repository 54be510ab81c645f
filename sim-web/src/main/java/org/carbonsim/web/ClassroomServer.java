package org.carbonsim.web;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import io.javalin.http.staticfiles.Location;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The room's web server (Javalin on Jetty): the pages, scripts and styles from the jar, the commands
 * as form posts under {@code /api/}, and the views pushed to each page as server-sent events on
 * {@code /events} (a player's trades each once per stream, {@link #view(Watcher)}). A player's page proves who it is by the token it got when it joined, the teacher's
 * page by the teacher's key; anything else is refused with 403. Every refusal is JSON {@code {"ok":
 * false, "message": ...}} that the page shows; no request, however malformed, stops the server.
 */
public final class ClassroomServer implements AutoCloseable {
    static final String STATIC = "/org/carbonsim/web/static";

    private final Room room;
    private final Gson gson =
            new GsonBuilder().serializeNulls().disableHtmlEscaping().create();
    private final List<Watcher> watchers = new CopyOnWriteArrayList<>();
    private final Object publishLock = new Object();
    private boolean dirty;
    private volatile boolean closed;
    private final Javalin app;

    /**
     * A page listening to the room: a player's (with its player) or the teacher's (player null), and how
     * many of the player's trades it has been sent: each event carries only the trades after those, so
     * that an event does not grow with the session (a page that reloads opens a new stream and gets them
     * all again).
     */
    private static final class Watcher {
        private final SseClient client;
        private final Player player;
        private int tradesSent;

        Watcher(SseClient client, Player player) {
            this.client = client;
            this.player = player;
        }

        SseClient client() {
            return client;
        }

        Player player() {
            return player;
        }
    }

    private ClassroomServer(Room room, String host, int port) {
        this.room = Objects.requireNonNull(room, "room");
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.staticFiles.add(STATIC, Location.CLASSPATH);
            config.routes.get("/api/room", this::roomInfo);
            config.routes.post("/api/join", this::join);
            config.routes.get("/api/state", this::state);
            config.routes.post("/api/order", ctx -> playerCommand(ctx, "order"));
            config.routes.post("/api/cancel", ctx -> playerCommand(ctx, "cancel"));
            config.routes.post("/api/abate", ctx -> playerCommand(ctx, "abate"));
            config.routes.post("/api/control", this::control);
            config.routes.sse("/events", this::events);
            config.routes.exception(Exception.class, (e, ctx) -> answer(ctx, 400, unreadable(e)));
        });
        app.start(host, port);
        room.subscribe(r -> requestPublish());
        Thread publisher = new Thread(this::publishLoop, "classroom-publisher");
        publisher.setDaemon(true);
        publisher.start();
    }

    /** Serves {@code room} on {@code host}:{@code port} (0: any free port). */
    public static ClassroomServer start(Room room, String host, int port) {
        return new ClassroomServer(room, host, port);
    }

    /** The port the server listens on. */
    public int port() {
        return app.port();
    }

    /**
     * Sends every page the room's latest view (a lesson that ended says so, and the page keeps showing
     * it once the server is gone), then closes the streams and stops the server.
     */
    @Override
    public void close() {
        closed = true;
        synchronized (publishLock) {
            publishLock.notifyAll();
        }
        for (Watcher w : watchers) {
            send(w);
            w.client().close();
        }
        app.stop();
    }

    private void roomInfo(Context ctx) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("scenario", room.scenario().name());
        info.put("mode", room.mode().name().toLowerCase(java.util.Locale.ROOT));
        info.put("status", room.status().name().toLowerCase(java.util.Locale.ROOT));
        info.put("free", room.freeEnterprises());
        ctx.contentType("application/json").result(gson.toJson(info));
    }

    private void join(Context ctx) {
        Object joined = room.join(ctx.formParam("code"), ctx.formParam("name"), ctx.formParam("enterprise"));
        if (joined instanceof Reply) {
            answer(ctx, 400, (Reply) joined);
            return;
        }
        Player player = (Player) joined;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ok", true);
        body.put("message", "joined as " + player.id() + ", playing " + player.enterpriseId());
        body.put("player", player.id());
        body.put("token", player.token());
        ctx.contentType("application/json").result(gson.toJson(body));
    }

    private void state(Context ctx) {
        String teacher = ctx.queryParam("teacher");
        if (teacher != null) {
            if (!room.isTeacher(teacher)) {
                answer(ctx, 403, Reply.refused("not the teacher's key"));
                return;
            }
            ctx.contentType("application/json").result(view((Player) null));
            return;
        }
        Player player = room.player(ctx.queryParam("token"));
        if (player == null) {
            answer(ctx, 403, Reply.refused("unknown player: join the room first"));
            return;
        }
        ctx.contentType("application/json").result(view(player));
    }

    private void playerCommand(Context ctx, String kind) {
        Player player = room.player(ctx.formParam("token"));
        if (player == null) {
            answer(ctx, 403, Reply.refused("unknown player: this page's player is not in the room; join again"));
            return;
        }
        Room.Command command;
        switch (kind) {
            case "order":
                command = new Room.Command.Order(
                        player,
                        ctx.formParam("side"),
                        ctx.formParam("type"),
                        ctx.formParam("price"),
                        ctx.formParam("quantity"));
                break;
            case "cancel":
                command = new Room.Command.Cancel(player, ctx.formParam("orderId"));
                break;
            default:
                command = new Room.Command.Abate(player, ctx.formParam("percent"));
                break;
        }
        Reply reply = room.submit(command);
        answer(ctx, reply.ok() ? 200 : 400, reply);
    }

    private void control(Context ctx) {
        boolean teacher = room.isTeacher(ctx.formParam("key"));
        Player player = room.player(ctx.formParam("token"));
        if (!teacher && (player == null || room.mode() != Room.Mode.PLAY)) {
            answer(ctx, 403, Reply.refused("only the teacher controls the class"));
            return;
        }
        String action = ctx.formParam("action");
        Reply reply = "start".equals(action)
                ? room.start()
                : room.submit(new Room.Command.Control(action, ctx.formParam("value")));
        answer(ctx, reply.ok() ? 200 : 400, reply);
    }

    private void events(SseClient client) {
        Context ctx = client.ctx();
        String teacher = ctx.queryParam("teacher");
        Player player = room.player(ctx.queryParam("token"));
        client.keepAlive();
        if (teacher != null ? !room.isTeacher(teacher) : player == null) {
            // a teacher's page left open from an earlier room is told so, not to join as a player
            client.sendEvent(
                    "refused",
                    gson.toJson(Reply.refused(
                            teacher != null
                                    ? "not the teacher's key of this room: open the teacher's address carbonsim"
                                            + " printed when it opened the room"
                                    : "unknown player: this page's player is not in the room; join again")));
            client.close();
            return;
        }
        Watcher watcher = new Watcher(client, teacher != null ? null : player);
        watchers.add(watcher);
        client.onClose(() -> watchers.remove(watcher));
        send(watcher);
    }

    private void requestPublish() {
        synchronized (publishLock) {
            dirty = true;
            publishLock.notifyAll();
        }
    }

    /** Sends the latest views to every page, at most one round of sends at a time; skipped views merge. */
    private void publishLoop() {
        while (!closed) {
            synchronized (publishLock) {
                while (!dirty && !closed) {
                    try {
                        publishLock.wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                dirty = false;
            }
            for (Watcher w : watchers) {
                send(w);
            }
        }
    }

    private void send(Watcher watcher) {
        try {
            synchronized (watcher) {
                if (!watcher.client().terminated()) {
                    watcher.client().sendEvent("state", view(watcher));
                }
            }
        } catch (RuntimeException e) {
            watchers.remove(watcher);
        }
    }

    /** The JSON a page gets: the market and its player, or the market and the class for the teacher. */
    private String view(Player player) {
        return gson.toJson(body(player == null ? null : room.playerView(player.id())));
    }

    /**
     * The event a watching page gets next: as {@link #view(Player)}, but a player's {@code trades} only
     * those after the ones the page was sent, from index {@code tradesFrom} of the player's list; called
     * under the watcher's lock.
     */
    private String view(Watcher watcher) {
        if (watcher.player() == null) {
            return view((Player) null);
        }
        Map<String, Object> me =
                new LinkedHashMap<>(room.playerView(watcher.player().id()));
        if (me.get("trades") instanceof List<?> trades) {
            int from = watcher.tradesSent <= trades.size() ? watcher.tradesSent : 0;
            me.put("trades", trades.subList(from, trades.size()));
            me.put("tradesFrom", from);
            watcher.tradesSent = trades.size();
        }
        return gson.toJson(body(me));
    }

    private Map<String, Object> body(Map<String, Object> me) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("market", room.marketView());
        if (me == null) {
            body.put("teacher", room.teacherView());
        } else {
            body.put("me", me);
        }
        body.put("final", room.finalView());
        return body;
    }

    /**
     * The refusal of a request the server could not read (a broken form, a body of another kind): what
     * went wrong in the words of its innermost cause, without the server's class names.
     */
    static Reply unreadable(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String why = cause.getMessage() == null ? "" : " (" + TicketParser.clip(cause.getMessage()) + ")";
        return Reply.refused("refused: the request could not be read" + why + "; reload the page and try again");
    }

    private void answer(Context ctx, int status, Reply reply) {
        ctx.status(status).contentType("application/json").result(gson.toJson(reply));
    }
}

package org.carbonsim.web;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.carbonsim.core.coverage.CoverageOnTrend;
import org.carbonsim.core.engine.DayResult;
import org.carbonsim.core.engine.EnterpriseResult;
import org.carbonsim.core.engine.ExternalTraders;
import org.carbonsim.core.engine.FirmState;
import org.carbonsim.core.engine.Progress;
import org.carbonsim.core.engine.RunResult;
import org.carbonsim.core.engine.Simulation;
import org.carbonsim.core.engine.TradeRecord;
import org.carbonsim.core.engine.TradingFloor;
import org.carbonsim.core.engine.YearResult;
import org.carbonsim.core.equilibrium.EquilibriumResult;
import org.carbonsim.core.equilibrium.IntertemporalResult;
import org.carbonsim.core.market.OrderType;
import org.carbonsim.core.market.Result;
import org.carbonsim.core.market.Side;
import org.carbonsim.core.model.AbatementCurve;
import org.carbonsim.core.model.Enterprise;
import org.carbonsim.core.scenario.Scenario;

/**
 * One classroom session: the players, the clock and the {@link Simulation} of {@code carbonsim run}
 * running on a thread of its own, with the players' enterprises played from the pages ({@link
 * ExternalTraders}). The engine pauses before each round of continuous trading; while it waits, the
 * commands the pages sent (orders, cancels, abatement, the teacher's controls) are carried out one at
 * a time on the engine's thread, on the book the agents trade on, so the book never sees two threads.
 *
 * <p>The clock: in a class ({@link Mode#CLASS}) a trading day lasts {@code daySeconds} divided by the
 * speed, spread evenly over its rounds; the teacher starts, pauses, sets the speed and advances days.
 * Alone ({@link Mode#PLAY}) the day waits before its last round until the player presses "next day".
 * After every change the room publishes a fresh view of the market, of each player and of the class
 * to the pages ({@link #subscribe}). Commands are answered with a {@link Reply}; a refused command
 * changes nothing, and no command, however malformed, stops the engine.
 *
 * <p>Before the first round of each day the room hands its {@link SessionArchive} what the class has
 * after the day before's close ({@link SessionArchive#checkpoint}), against a process killed outright.
 * An error on the engine's thread (a defect, the heap full) ends the session: what the class had is
 * saved as a stopped session marked with the error ({@link StoppedSession.Cause#ERROR}) and every page
 * and command is told that the lesson ended ({@link #engineFailure}).
 */
public final class Room implements ExternalTraders {
    /** How the clock runs. */
    public enum Mode {
        /** A class: timed days, the teacher's controls. */
        CLASS,
        /** One player at their own pace: each day waits for "next day". */
        PLAY
    }

    /** Where the session is. */
    public enum Status {
        LOBBY,
        RUNNING,
        FINISHED,
        FAILED
    }

    /** Orders above this many times the firm's expected emissions are refused (and above 10^9 t always). */
    private static final long MAX_ORDER_MULTIPLE = 10;

    private static final BigDecimal MIN_SPEED = new BigDecimal("0.1");
    private static final BigDecimal MAX_SPEED = BigDecimal.valueOf(100);

    /** The longest name, in characters (an emoji or a Chinese character is one). */
    private static final int MAX_NAME_CHARACTERS = 40;

    private static final int LADDER_LEVELS = 10;
    private static final int RECENT_TRADES = 30;
    private static final long REPLY_TIMEOUT_SECONDS = 20;
    private volatile long replyTimeoutMillis = TimeUnit.SECONDS.toMillis(REPLY_TIMEOUT_SECONDS);

    private final Scenario scenario;
    private final Map<String, String> playable;
    private final long seed;
    private final Mode mode;
    private final int maxPlayers;
    private final double daySeconds;
    private final SessionArchive archive;
    private final Progress progress;
    private final String roomCode;
    private final String teacherKey;
    private final SecureRandom secrets = new SecureRandom();

    private final List<Player> players = new CopyOnWriteArrayList<>();
    private final LinkedBlockingQueue<Task> queue = new LinkedBlockingQueue<>();
    private final List<Consumer<Room>> listeners = new CopyOnWriteArrayList<>();

    private volatile Status status = Status.LOBBY;
    private volatile String failure;
    private volatile Throwable engineFailure;
    private volatile Path folder;
    private volatile Map<String, Object> marketView;
    private volatile Map<String, Map<String, Object>> playerViews = Map.of();
    private volatile Map<String, Object> finalView;

    // engine-thread state
    private Set<String> played = Set.of();
    private boolean paused;
    private double speed = 1;
    private long advanceToDay;
    private long roundStartedMillis;
    private final List<Map<String, Object>> bars = new ArrayList<>();
    private final List<Map<String, Object>> recentTrades = new ArrayList<>();
    private final Map<String, Double> chosenShare = new HashMap<>();
    /** The enterprise whose order is being placed, and the tonnes it has traded so far, or null. */
    private String submitting;

    private long tradedBySubmitting;
    private final Map<String, Long> netPurchaseFen = new HashMap<>();
    private final Map<String, List<Map<String, Object>>> tradesOf = new HashMap<>();
    private final Map<String, List<Map<String, Object>>> playerYears = new HashMap<>();
    private int year;
    private int yearIndex = -1;
    private int yearsSettled;
    private final Map<String, List<PlayedYear>> settled = new LinkedHashMap<>();
    /** By player: cost above the least-cost path over the run, present value in the first year, fen. */
    private final Map<String, Long> pathTotalFen = new HashMap<>();
    /** What a stopped session saves: every trade, every day closed and the settled years' enterprise rows. */
    private final List<TradeRecord> tradeLog = new ArrayList<>();

    private final List<DayResult> dayLog = new ArrayList<>();
    private final List<EnterpriseResult> settledRows = new ArrayList<>();
    /** Asked for by {@link #stop}: what the session had, taken by the engine at its next pause; or null. */
    private volatile CompletableFuture<StoppedSession> stopping;

    /** The floor of the engine's last pause and its day of the run, for what an error leaves; or null. */
    private TradingFloor lastFloor;

    private long lastToday;
    /** The days closed at the last checkpoint, and the players' positions it took. */
    private int checkpointedDays;

    private List<PlayerPosition> checkpointedPositions = List.of();

    /**
     * @param maxPlayers seats for students (each plays one enterprise)
     * @param daySeconds seconds a trading day lasts at speed 1 in a class
     * @param archive saves the finished session
     */
    public Room(Scenario scenario, long seed, Mode mode, int maxPlayers, double daySeconds, SessionArchive archive) {
        this(scenario, seed, mode, maxPlayers, daySeconds, archive, Progress.NONE);
    }

    /**
     * As the other constructor, with {@code progress} told of each trading day on the engine's thread,
     * as {@link Simulation} tells it; what it throws ends the session as an error in the engine would.
     */
    public Room(
            Scenario scenario,
            long seed,
            Mode mode,
            int maxPlayers,
            double daySeconds,
            SessionArchive archive,
            Progress progress) {
        this.progress = Objects.requireNonNull(progress, "progress");
        this.scenario = Objects.requireNonNull(scenario, "scenario");
        this.playable = playable(scenario);
        this.seed = seed;
        this.mode = Objects.requireNonNull(mode, "mode");
        if (maxPlayers < 1 || maxPlayers > playable.size()) {
            throw new IllegalArgumentException("players must be 1 to " + playable.size()
                    + " (the enterprises the scheme covers), got " + maxPlayers);
        }
        if (!(daySeconds > 0) || daySeconds > 3600) {
            throw new IllegalArgumentException("day seconds must be above 0 and at most 3600, got " + daySeconds);
        }
        this.maxPlayers = maxPlayers;
        this.daySeconds = daySeconds;
        this.archive = Objects.requireNonNull(archive, "archive");
        this.roomCode = code(6);
        this.teacherKey = HexFormat.of().formatHex(secret(12));
        this.marketView = lobbyView();
    }

    public String roomCode() {
        return roomCode;
    }

    public String teacherKey() {
        return teacherKey;
    }

    public Mode mode() {
        return mode;
    }

    public Status status() {
        return status;
    }

    /** The output folder once the session is saved, or null. */
    public Path folder() {
        return folder;
    }

    /** Why the session failed, or null. */
    public String failure() {
        return failure;
    }

    /**
     * The error that ended the session in the engine (a defect, the heap full), or null: the session
     * was saved as far as it got ({@link StoppedSession.Cause#ERROR}) and {@link #failure} says where.
     */
    public Throwable engineFailure() {
        return engineFailure;
    }

    public List<Player> players() {
        return List.copyOf(players);
    }

    public Scenario scenario() {
        return scenario;
    }

    /** Asks {@code listener} to be told after every change of the views. */
    public void subscribe(Consumer<Room> listener) {
        listeners.add(listener);
    }

    public void unsubscribe(Consumer<Room> listener) {
        listeners.remove(listener);
    }

    /** The market as every page sees it. */
    public Map<String, Object> marketView() {
        return marketView;
    }

    /** What the page of {@code playerId} shows of its enterprise, or an empty map. */
    public Map<String, Object> playerView(String playerId) {
        return playerViews.getOrDefault(playerId, Map.of());
    }

    /**
     * The class: every player's position (without the player's trades, which the teacher's page does not
     * show and which would grow every update with the session) and, at the end, the reference and the
     * costs.
     */
    public Map<String, Object> teacherView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("roomCode", roomCode);
        List<Map<String, Object>> positions = new ArrayList<>();
        for (Map<String, Object> player : playerViews.values()) {
            Map<String, Object> position = new LinkedHashMap<>(player);
            position.remove("trades");
            positions.add(position);
        }
        view.put("players", positions);
        view.put("seats", maxPlayers);
        view.put("final", finalView);
        return view;
    }

    /** The final results, or null before the end. */
    public Map<String, Object> finalView() {
        return finalView;
    }

    /**
     * The enterprises a student can play, id to name: those the scheme covers in some year of {@code
     * scenario} with every year taken on trend, as its trial allocation takes them (an enterprise never
     * covered has nothing to trade), the ones covered from the first year first, each year's in the
     * scenario's order.
     */
    public static Map<String, String> playable(Scenario scenario) {
        Map<String, String> names = new HashMap<>();
        scenario.enterprises().forEach(e -> names.put(e.id(), e.name()));
        Map<String, String> playable = new LinkedHashMap<>();
        CoverageOnTrend.firstYearCovered(
                        scenario.coverage(),
                        scenario.sectors(),
                        scenario.enterprises(),
                        scenario.calendar().startYear(),
                        scenario.calendar().years())
                .keySet()
                .forEach(id -> playable.put(id, names.get(id)));
        return playable;
    }

    /** The enterprises a student may still take, id to name, in the order of {@link #playable}. */
    public Map<String, String> freeEnterprises() {
        Set<String> taken = players.stream().map(Player::enterpriseId).collect(Collectors.toSet());
        Map<String, String> free = new LinkedHashMap<>(playable);
        free.keySet().removeAll(taken);
        return free;
    }

    /** The player holding {@code token}, or null. */
    public Player player(String token) {
        if (token == null) {
            return null;
        }
        for (Player p : players) {
            if (p.token().equals(token)) {
                return p;
            }
        }
        return null;
    }

    /**
     * Seats a student on {@code enterpriseId} (or the first free enterprise when blank) when {@code code}
     * is the room's code; only before the start.
     */
    public synchronized Object join(String code, String name, String enterpriseId) {
        if (code == null || !roomCode.equalsIgnoreCase(code.trim())) {
            return Reply.refused("room code: not this room's code");
        }
        if (status != Status.LOBBY) {
            return Reply.refused("the session has started: no more players can join");
        }
        if (players.size() >= maxPlayers) {
            return Reply.refused("the room is full (" + maxPlayers + " players)");
        }
        String clean = name == null ? "" : name.strip();
        int characters = clean.codePointCount(0, clean.length());
        if (characters == 0 || characters > MAX_NAME_CHARACTERS) {
            return Reply.refused("name: 1 to " + MAX_NAME_CHARACTERS + " characters, got " + characters);
        }
        if (clean.codePoints().anyMatch(Room::hiddenControl)) {
            return Reply.refused("name: no control characters or text-direction controls");
        }
        for (Player p : players) {
            if (p.name().equalsIgnoreCase(clean)) {
                return Reply.refused("name: '" + clean + "' is already in the room (" + p.id()
                        + "); if that is not you, add an initial to tell the two apart");
            }
        }
        Map<String, String> free = freeEnterprises();
        String id = enterpriseId == null || enterpriseId.isBlank()
                ? free.keySet().iterator().next()
                : enterpriseId.strip();
        if (!free.containsKey(id)) {
            boolean exists = scenario.enterprises().stream().anyMatch(e -> e.id().equals(id));
            return Reply.refused("enterprise: '" + id + "' "
                    + (!exists
                            ? "is not an enterprise of this scenario"
                            : !playable.containsKey(id)
                                    ? "is never covered by the scheme in this scenario, so it has nothing to trade"
                                    : "is taken by another player"));
        }
        Player player =
                new Player("p" + (players.size() + 1), clean, id, HexFormat.of().formatHex(secret(16)));
        players.add(player);
        marketView = lobbyView();
        playerViews = lobbyPlayers();
        publish();
        return player;
    }

    /**
     * Whether {@code c} is a control character or a text-direction control (which would turn the
     * names after it around on the teacher's page); joiners and variation selectors of emoji are not.
     */
    private static boolean hiddenControl(int c) {
        return Character.getType(c) == Character.CONTROL
                || c == 0x200E
                || c == 0x200F
                || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069);
    }

    /** Whether {@code key} is the teacher's. */
    public boolean isTeacher(String key) {
        return key != null && teacherKey.equals(key);
    }

    /** Starts the session: the engine runs on a thread of its own from here. */
    public synchronized Reply start() {
        if (status != Status.LOBBY) {
            return Reply.refused("the session has already started");
        }
        played = players.stream().map(Player::enterpriseId).collect(Collectors.toUnmodifiableSet());
        status = Status.RUNNING;
        Thread engine = new Thread(this::runEngine, "classroom-engine");
        engine.setDaemon(true);
        engine.start();
        return Reply.done("started");
    }

    /**
     * Runs the session to its end on this thread, without pausing, and saves it; with nobody seated it
     * is the run of {@code carbonsim run} with the same seed. Null when {@link #stop} stopped it.
     */
    public RunResult runWithoutPausing() {
        synchronized (this) {
            played = players.stream().map(Player::enterpriseId).collect(Collectors.toUnmodifiableSet());
            status = Status.RUNNING;
        }
        advanceToDay = Long.MAX_VALUE;
        try {
            return runSimulation();
        } catch (Halted e) {
            return null;
        }
    }

    private void runEngine() {
        try {
            runSimulation();
        } catch (Halted e) {
            // ended by halt, which handed the session over
        } catch (RuntimeException | Error e) {
            if (status == Status.RUNNING) {
                failed(e);
            } else {
                fail("the session stopped: " + errorMessage(e));
            }
        }
    }

    /**
     * Ends the session after {@code error} in the engine: saves what the class had ({@link
     * StoppedSession.Cause#ERROR}) with the room's archive, then tells every page and command that the
     * lesson ended, why, and where its files are.
     */
    private void failed(Throwable error) {
        String message = errorMessage(error);
        String where = "stopped by an error before the first trading day";
        String saved = "nothing had traded, so nothing was saved";
        if (lastFloor != null) {
            StoppedSession had;
            try {
                had = session(lastFloor, lastToday, StoppedSession.Cause.ERROR, message, stackTrace(error));
            } catch (RuntimeException | Error unreadable) {
                // the floor is in no state to read: the positions of the last day's close stand in for it
                had = session(
                        lastFloor,
                        lastToday,
                        checkpointedPositions,
                        StoppedSession.Cause.ERROR,
                        message,
                        stackTrace(error));
            }
            where = had.where();
            try {
                Path saving = archive.saveStopped(had);
                folder = saving;
                saved = saving == null
                        ? "nothing was saved"
                        : "what the class had is saved in " + saving + " (stopped.json says where it stopped)";
            } catch (Exception | Error e) {
                saved = "what the class had could not be saved: " + errorMessage(e);
            }
        }
        engineFailure = error;
        fail("the lesson ended: carbonsim " + where + ": " + message + "; " + saved);
    }

    /**
     * An error in one line, without a stack trace: {@code IllegalStateException: the book is crossed}
     * (a message of several lines joined into one).
     */
    static String errorMessage(Throwable error) {
        String message =
                error.getMessage() == null ? "" : error.getMessage().strip().replaceAll("\\s+", " ");
        return error.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
    }

    private static String stackTrace(Throwable error) {
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        return trace.toString();
    }

    /**
     * Stops a running session at the engine's next pause between two rounds and returns what it had,
     * waiting at most {@code wait} for the engine; null when the session is not running (not started,
     * already over) or the engine did not pause in time. The session then ends as failed, saying where
     * it stopped, and every command still waiting is refused. What the process's shutdown calls, before
     * {@link #saveStopped}.
     */
    public StoppedSession stop(Duration wait) throws InterruptedException {
        CompletableFuture<StoppedSession> request;
        synchronized (this) {
            if (status != Status.RUNNING) {
                return null;
            }
            if (stopping == null) {
                stopping = new CompletableFuture<>();
                // wakes the engine where it waits for a command or its clock
                queue.add(new Task(null, new CompletableFuture<>()));
            }
            request = stopping;
        }
        try {
            return request.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return null;
        }
    }

    /**
     * Saves {@code stopped} with the room's archive ({@link SessionArchive#saveStopped}); the room's
     * {@link #folder} is then where it went (null when the archive keeps nothing).
     */
    public Path saveStopped(StoppedSession stopped) throws Exception {
        folder = archive.saveStopped(Objects.requireNonNull(stopped, "stopped"));
        return folder;
    }

    /** Thrown on the engine's thread once it has handed over what a stopped session had: the run ends there. */
    private static final class Halted extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Halted(String where) {
            super(where, null, false, false);
        }
    }

    /** Hands {@link #stop} what the session has at this pause, then ends the run. */
    private void halt(TradingFloor floor, long today) {
        StoppedSession stopped = session(floor, today, StoppedSession.Cause.STOPPED, null, null);
        // the session is over before stop() returns: a command after it is refused, saying why
        fail("the classroom was " + stopped.where(), stopped);
        throw new Halted(stopped.where());
    }

    /**
     * What the session has on {@code floor} on {@code today}, the day of the run under way, taken for
     * {@code cause}; {@code error} and its {@code errorTrace} when the engine failed.
     */
    private StoppedSession session(
            TradingFloor floor, long today, StoppedSession.Cause cause, String error, String errorTrace) {
        List<PlayerPosition> positions = new ArrayList<>();
        for (Player p : players) {
            positions.add(position(p, floor));
        }
        return session(floor, today, positions, cause, error, errorTrace);
    }

    /** As {@link #session(TradingFloor, long, StoppedSession.Cause, String, String)} with the players' {@code positions}. */
    private StoppedSession session(
            TradingFloor floor,
            long today,
            List<PlayerPosition> positions,
            StoppedSession.Cause cause,
            String error,
            String errorTrace) {
        return new StoppedSession(
                scenario.name(),
                seed,
                today + 1,
                (long) scenario.calendar().years() * floor.tradingDays(),
                floor.year(),
                floor.day() + 1,
                floor.round() + 1,
                floor.roundsPerDay(),
                dayLog,
                tradeLog,
                settledRows,
                positions,
                cause,
                error,
                errorTrace);
    }

    /** Ends the session as failed for {@code why}, which every waiting and later command is told. */
    void fail(String why) {
        fail(why, null);
    }

    /** As {@link #fail(String)}, handing {@code handedOver} to a {@link #stop} waiting (null: nothing to save). */
    private void fail(String why, StoppedSession handedOver) {
        synchronized (this) {
            failure = why;
            status = Status.FAILED;
            if (stopping != null) {
                stopping.complete(handedOver);
            }
        }
        // the pages say so, where they went on showing the last view, trading, with its countdown
        Map<String, Object> market = new LinkedHashMap<>(marketView);
        market.put("status", status.name().toLowerCase(Locale.ROOT));
        market.put("paused", false);
        market.put("msLeftInDay", null);
        market.put("failure", why);
        marketView = market;
        drain(why);
        publish();
    }

    private RunResult runSimulation() {
        RunResult result = new Simulation(scenario, seed, true, progress, this).run();
        try {
            folder = archive.save(result, players());
        } catch (Exception e) {
            failure = "saving the session: " + (e.getMessage() == null ? e.toString() : e.getMessage());
        }
        synchronized (this) {
            status = Status.FINISHED;
            if (stopping != null) {
                // saved whole: a stop asked for meanwhile has nothing more to save
                stopping.complete(null);
            }
        }
        finalView = buildFinal(result);
        marketView = endView();
        drain("the session is over: the deadline has passed");
        publish();
        return result;
    }

    /** Answers every waiting command: nothing runs them any more. */
    private void drain(String why) {
        Task task;
        while ((task = queue.poll()) != null) {
            task.reply.complete(Reply.refused(why));
        }
    }

    /**
     * Carries out {@code command} on the engine's thread at its next pause and waits for the answer;
     * refused at once when the session is not running.
     */
    public Reply submit(Command command) {
        CompletableFuture<Reply> reply = new CompletableFuture<>();
        Task task = new Task(command, reply);
        synchronized (this) {
            if (status == Status.LOBBY) {
                return Reply.refused("the session has not started yet");
            }
            if (status == Status.FAILED) {
                return Reply.refused(failure);
            }
            if (status != Status.RUNNING) {
                return Reply.refused("the session is over: the deadline has passed");
            }
            queue.add(task);
        }
        try {
            return reply.get(replyTimeoutMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return withdraw(task);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return withdraw(task);
        } catch (ExecutionException e) {
            return Reply.refused("refused: " + e.getCause().getMessage());
        }
    }

    /**
     * The answer to a command that waited too long: withdrawn from the queue when the engine has not
     * taken it, so that "try again" does not place a second order once the first runs; else the
     * engine's answer, which comes as soon as it has carried the command out.
     */
    private Reply withdraw(Task task) {
        if (queue.remove(task)) {
            return Reply.refused("the market is busy: nothing was done; try again");
        }
        try {
            return task.reply.get(REPLY_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // answered below
        }
        return Reply.refused("the market did not answer: check your orders before you try again");
    }

    /** How long {@link #submit} waits for the engine before it withdraws the command; for the tests. */
    void replyTimeout(Duration timeout) {
        replyTimeoutMillis = timeout.toMillis();
    }

    private record Task(Command command, CompletableFuture<Reply> reply) {}

    /** A command from a page. */
    public sealed interface Command {
        /** An order from a player's ticket, as typed. */
        record Order(Player player, String side, String type, String price, String quantity) implements Command {}

        /** Cancels one of the player's resting orders. */
        record Cancel(Player player, String orderId) implements Command {}

        /** The share of business-as-usual emissions the player's enterprise abates this year, in percent. */
        record Abate(Player player, String percent) implements Command {}

        /** The teacher's (or the lone player's) controls. */
        record Control(String action, String value) implements Command {}
    }

    // ---- the engine's side ----

    @Override
    public boolean plays(String enterpriseId) {
        return played.contains(enterpriseId);
    }

    @Override
    public double abatementShare(String enterpriseId, double agentShare) {
        return chosenShare.getOrDefault(enterpriseId, agentShare);
    }

    @Override
    public void traded(TradeRecord trade) {
        tradeLog.add(trade);
        if (trade.buyer().equals(submitting) || trade.seller().equals(submitting)) {
            tradedBySubmitting += trade.quantityTonnes();
        }
        long notional = Math.multiplyExact(trade.priceFen(), trade.quantityTonnes());
        long fee = scenario.market().in(trade.year()).feeFen(notional);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("year", trade.year());
        row.put("day", trade.day());
        row.put("buyer", trade.buyer());
        row.put("seller", trade.seller());
        row.put("buyerPlayer", playerIdOf(trade.buyer()));
        row.put("sellerPlayer", playerIdOf(trade.seller()));
        row.put("price", yuan(trade.priceFen()));
        row.put("quantity", trade.quantityTonnes());
        recentTrades.add(row);
        if (recentTrades.size() > RECENT_TRADES) {
            recentTrades.remove(0);
        }
        if (played.contains(trade.buyer())) {
            netPurchaseFen.merge(trade.buyer(), notional + fee, Long::sum);
            tradesOf.computeIfAbsent(trade.buyer(), k -> new ArrayList<>()).add(row);
        }
        if (played.contains(trade.seller())) {
            netPurchaseFen.merge(trade.seller(), -(notional - fee), Long::sum);
            tradesOf.computeIfAbsent(trade.seller(), k -> new ArrayList<>()).add(row);
        }
    }

    @Override
    public void auctionFilled(int year, int day, String enterpriseId, long tonnes, long priceFen) {
        // what the firm's desk bought for the player is a purchase like any on the exchange
        if (played.contains(enterpriseId)) {
            netPurchaseFen.merge(enterpriseId, Math.multiplyExact(tonnes, priceFen), Long::sum);
        }
    }

    @Override
    public void dayClosed(DayResult day) {
        dayLog.add(day);
        Map<String, Object> bar = new LinkedHashMap<>();
        bar.put("year", day.year());
        bar.put("day", day.day());
        bar.put("close", yuan(day.closeFen()));
        bar.put("volume", day.volumeTonnes());
        bars.add(bar);
    }

    @Override
    public void yearSettled(
            YearResult result,
            List<EnterpriseResult> enterprises,
            EquilibriumResult reference,
            Map<String, Long> abatementCostFen,
            Map<String, Long> offsetCostFen) {
        int yearOfRun = yearsSettled++;
        settledRows.addAll(enterprises);
        for (EnterpriseResult e : enterprises) {
            Player player = playerOf(e.enterpriseId());
            if (player == null || !e.covered()) {
                continue;
            }
            long abatementCost = abatementCostFen.getOrDefault(e.enterpriseId(), 0L);
            long purchases = netPurchaseFen.getOrDefault(e.enterpriseId(), 0L);
            long offsetCost = offsetCostFen.getOrDefault(e.enterpriseId(), 0L);
            long realised = abatementCost + purchases + offsetCost + e.penalty();
            PlayedYear settledYear = new PlayedYear(yearOfRun, e.enterpriseId(), realised, e.allocation());
            PlayedYear.FirmReference oneYear = settledYear.against(reference);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("year", result.year());
            row.put("player", player.id());
            row.put("name", player.name());
            row.put("enterprise", e.enterpriseId());
            row.put("allocation", e.allocation());
            row.put("emissions", e.emissions());
            row.put("abatement", e.abatement());
            row.put("bought", e.bought());
            row.put("sold", e.sold());
            row.put("offsets", e.offsets());
            row.put("shortfall", e.shortfall());
            row.put("penalty", yuan(e.penalty()));
            row.put("abatementCost", yuan(abatementCost));
            row.put("netPurchases", yuan(purchases));
            row.put("offsetCost", yuan(offsetCost));
            row.put("realisedCost", yuan(realised));
            row.put("referenceAbatement", oneYear.abatementTonnes());
            row.put("referenceCost", yuan(oneYear.costFen()));
            row.put("costAboveReference", yuan(realised - oneYear.costFen()));
            playerYears.computeIfAbsent(player.id(), k -> new ArrayList<>()).add(row);
            settled.computeIfAbsent(player.id(), k -> new ArrayList<>()).add(settledYear);
            netPurchaseFen.remove(e.enterpriseId());
        }
    }

    /**
     * Adds to each player's years the banking-aware least-cost path's reference beside the year's own,
     * and sums what each player's cost was above the path over the run in present value, yuan of the
     * first year at the scheme's discount rate: under banking the path's price rises at that rate while
     * the bank is positive, so who holds the bank leaves a firm's present value unchanged, and a firm
     * that abates and banks along the path reads about 0 in total, whatever each year shows.
     */
    @Override
    public void pathSolved(IntertemporalResult path) {
        double discountRate = scenario.compliance().discountRate();
        settled.forEach((id, years) -> {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int i = 0; i < years.size(); i++) {
                PlayedYear settledYear = years.get(i);
                PlayedYear.FirmReference onPath =
                        settledYear.against(path.years().get(settledYear.yearOfRun()));
                // a new row, so that no page being written sees a row change
                Map<String, Object> row =
                        new LinkedHashMap<>(playerYears.get(id).get(i));
                row.put("pathReferenceAbatement", onPath.abatementTonnes());
                row.put("pathReferenceCost", yuan(onPath.costFen()));
                row.put("costAbovePathReference", yuan(settledYear.realisedFen() - onPath.costFen()));
                rows.add(row);
            }
            playerYears.put(id, rows);
            pathTotalFen.put(id, PlayedYear.presentValueAboveFen(years, path, discountRate));
        });
    }

    @Override
    public void beforeRound(TradingFloor floor) {
        if (floor.year() != year || yearIndex < 0) {
            year = floor.year();
            yearIndex++;
        }
        long today = (long) yearIndex * floor.tradingDays() + floor.day();
        lastFloor = floor;
        lastToday = today;
        if (stopping != null) {
            halt(floor, today);
        }
        if (floor.round() == 0 && dayLog.size() > checkpointedDays) {
            checkpoint(floor, today);
        }
        long waitMillis = waitMillis(floor, today);
        roundStartedMillis = System.currentTimeMillis();
        boolean watched = !listeners.isEmpty();
        if (waitMillis != 0 || watched && floor.round() == 0) {
            refresh(floor, today, waitMillis, waitMillis);
        }
        long until = waitMillis < 0 ? Long.MAX_VALUE : roundStartedMillis + waitMillis;
        while (true) {
            long left = until == Long.MAX_VALUE ? Long.MAX_VALUE : until - System.currentTimeMillis();
            if (left <= 0) {
                return;
            }
            Task task;
            try {
                task = queue.poll(Math.min(left, 60_000), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (task == null) {
                continue;
            }
            if (stopping != null) {
                if (task.command != null) {
                    queue.add(task); // refused with the rest when the session ends
                }
                halt(floor, today);
            }
            double speedBefore = speed;
            Reply reply;
            try {
                reply = carryOut(task.command, floor, today);
            } catch (RuntimeException e) {
                reply = Reply.refused("refused: " + e.getMessage());
            }
            task.reply.complete(reply);
            long again = waitMillis(floor, today);
            if (again == 0) {
                refresh(floor, today, 0, 0);
                return;
            }
            long now = System.currentTimeMillis();
            if (again < 0) {
                until = Long.MAX_VALUE;
            } else if (until == Long.MAX_VALUE) {
                until = now + again;
            } else if (speed != speedBefore) {
                // the rest of this round at the new speed, where it once ran out at the old one
                until = now + Math.round((until - now) * speedBefore / speed);
            }
            refresh(floor, today, until == Long.MAX_VALUE ? -1 : until - now, again);
        }
    }

    /**
     * Hands the archive what the class has before the first round of a day, after the close of the day
     * before (and the settlement of its year): what a stop now would save.
     */
    private void checkpoint(TradingFloor floor, long today) {
        StoppedSession had = session(floor, today, StoppedSession.Cause.CHECKPOINT, null, null);
        checkpointedDays = dayLog.size();
        checkpointedPositions = had.positions();
        archive.checkpoint(had);
    }

    /** How long this round waits: 0 not at all, -1 until a command releases it. */
    private long waitMillis(TradingFloor floor, long today) {
        if (today < advanceToDay) {
            return 0;
        }
        if (mode == Mode.PLAY) {
            return floor.round() == floor.roundsPerDay() - 1 ? -1 : 0;
        }
        if (paused) {
            return -1;
        }
        return Math.max(1, Math.round(daySeconds * 1000 / floor.roundsPerDay() / speed));
    }

    private Reply carryOut(Command command, TradingFloor floor, long today) {
        if (command instanceof Command.Control) {
            return control((Command.Control) command, today);
        }
        Player player;
        if (command instanceof Command.Order) {
            player = ((Command.Order) command).player();
        } else if (command instanceof Command.Cancel) {
            player = ((Command.Cancel) command).player();
        } else {
            player = ((Command.Abate) command).player();
        }
        String id = player.enterpriseId();
        if (coveredFirm(floor, id) == null) {
            return Reply.refused(id + " is not covered this year: it has nothing to trade");
        }
        if (command instanceof Command.Abate) {
            return abate((Command.Abate) command, floor);
        }
        if (floor.day() > floor.deadlineDay()) {
            return Reply.refused("the compliance deadline (day " + (floor.deadlineDay() + 1)
                    + ") has passed: orders after the deadline are refused");
        }
        if (command instanceof Command.Cancel) {
            long orderId;
            try {
                orderId = Long.parseLong(TypedNumber.ascii("cancel", ((Command.Cancel) command).orderId()));
            } catch (TicketParser.BadTicket e) {
                return Reply.refused(e.getMessage());
            } catch (NumberFormatException e) {
                return Reply.refused(
                        "cancel: no order '" + TicketParser.clip(((Command.Cancel) command).orderId()) + "'");
            }
            Result result = floor.cancel(id, orderId);
            return result == Result.CANCELLED
                    ? Reply.done("order " + orderId + " cancelled")
                    : Reply.refused("cancel: no resting order " + orderId + " of yours");
        }
        return order((Command.Order) command, floor);
    }

    private Reply order(Command.Order ticket, TradingFloor floor) {
        String id = ticket.player().enterpriseId();
        FirmState firm = floor.firm(id);
        long max = Math.min(1_000_000_000L, Math.max(1000, MAX_ORDER_MULTIPLE * firm.bauForecastTonnes()));
        TicketParser.Order order;
        try {
            order = TicketParser.parse(
                    ticket.side(), ticket.type(), ticket.price(), ticket.quantity(), floor.tickFen(), max);
        } catch (TicketParser.BadTicket e) {
            return Reply.refused(e.getMessage());
        }
        if (order.type() == OrderType.LIMIT
                && (order.priceTicks() < floor.lowerLimitTicks() || order.priceTicks() > floor.upperLimitTicks())) {
            return Reply.refused("price: outside today's band " + yuan(floor.lowerLimitTicks() * floor.tickFen())
                    + " to " + yuan(floor.upperLimitTicks() * floor.tickFen()) + " CNY/t");
        }
        if (order.side() == Side.SELL) {
            long offered = restingTonnes(floor, id, Side.SELL);
            if (order.quantityTonnes() > firm.allowancesTonnes() - offered) {
                return Reply.refused("quantity: you hold " + firm.allowancesTonnes() + " t, of which " + offered
                        + " t are already offered; you cannot sell " + order.quantityTonnes() + " t");
            }
        }
        if (order.side() == Side.BUY && firm.cashLimited()) {
            Reply unpaid = beyondCash(order, firm, floor);
            if (unpaid != null) {
                return unpaid;
            }
        }
        submitting = id;
        tradedBySubmitting = 0;
        Result result;
        try {
            result = floor.submit(id, order.side(), order.type(), order.priceTicks(), order.quantityTonnes());
        } finally {
            submitting = null;
        }
        long orderId = floor.lastOrderId();
        switch (result) {
            case RESTING:
                return Reply.done("order " + orderId + " rests on the book");
            case PARTIALLY_FILLED_RESTING:
                return Reply.done("order " + orderId + " traded in part; the rest rests on the book");
            case FILLED:
                return Reply.done("order " + orderId + " traded in full");
            case CANCELLED_REMAINDER:
                if (tradedBySubmitting == 0) {
                    // a market order meeting no order, or any order meeting only the firm's own
                    return Reply.done("order " + orderId + " traded nothing and is cancelled: no "
                            + (order.side() == Side.BUY ? "offer" : "bid")
                            + " of another firm met it (your own orders never trade with each other)");
                }
                return Reply.done("order " + orderId + " traded " + tradedBySubmitting + " t; the other "
                        + (order.quantityTonnes() - tradedBySubmitting) + " t are cancelled");
            default:
                return Reply.refused(
                        "the exchange refused the order: " + result.name().toLowerCase(Locale.ROOT));
        }
    }

    /**
     * The refusal of a bid that the cash of a cash-limited firm (a finance block's cash firm) might not
     * pay for, with its resting bids, at its limit or, for a market order, at the top of today's band,
     * fees included; or null. The registry settles no trade its buyer cannot pay, and such a trade
     * once stopped with the engine's error and left the firm's position at negative cash.
     */
    private Reply beyondCash(TicketParser.Order order, FirmState firm, TradingFloor floor) {
        int owner = floor.ownerId(firm.enterpriseId());
        long[] committedFen = new long[1];
        floor.forEachRestingOrder(Side.BUY, (orderId, ownerId, s, priceTicks, tonnes) -> {
            if (ownerId == owner) {
                committedFen[0] += withFee(floor, Math.multiplyExact(priceTicks * floor.tickFen(), tonnes));
            }
        });
        long priceTicks = order.type() == OrderType.MARKET ? floor.upperLimitTicks() : order.priceTicks();
        long costFen = withFee(floor, Math.multiplyExact(priceTicks * floor.tickFen(), order.quantityTonnes()));
        if (Math.addExact(costFen, committedFen[0]) <= firm.cashFen()) {
            return null;
        }
        return Reply.refused("quantity: your firm's cash is limited to the CNY " + yuan(firm.cashFen())
                + " it holds" + (committedFen[0] > 0 ? ", CNY " + yuan(committedFen[0]) + " of it bid already" : "")
                + "; " + order.quantityTonnes() + " t at CNY " + yuan(priceTicks * floor.tickFen())
                + " cost CNY " + yuan(costFen) + " with the fee");
    }

    private long withFee(TradingFloor floor, long notionalFen) {
        return Math.addExact(notionalFen, scenario.market().in(floor.year()).feeFen(notionalFen));
    }

    private Reply abate(Command.Abate command, TradingFloor floor) {
        String id = command.player().enterpriseId();
        FirmState firm = floor.firm(id);
        if (firm.verified()) {
            return Reply.refused("abatement: this year's emissions are verified; the abatement is decided");
        }
        BigDecimal percent;
        try {
            percent = new BigDecimal(TypedNumber.ascii("abatement", command.percent()));
        } catch (TicketParser.BadTicket e) {
            return Reply.refused(e.getMessage());
        } catch (NumberFormatException e) {
            return Reply.refused("abatement: a percentage, not '" + TicketParser.clip(command.percent()) + "'");
        }
        double share = percent.doubleValue() / 100;
        double max = firm.committedShare() + firm.curve().maxShare();
        if (share < firm.committedShare() - 1e-9 || share > Math.min(1, max) + 1e-9) {
            return Reply.refused("abatement: " + percentRange(firm.committedShare(), Math.min(1, max))
                    // as typed: 1e999999999 written out in full would fill the heap
                    + " of business-as-usual emissions, got "
                    + TicketParser.clip(command.percent().strip()) + "%");
        }
        chosenShare.put(id, share);
        return Reply.done("abatement set to " + percent.stripTrailingZeros().toPlainString() + "%");
    }

    /**
     * The shares a student may type, in percent to a tenth: the lowest rounded up and the highest down,
     * so that both bounds as shown are accepted (a highest share of 0.1796 once read "18.0%", which was
     * then refused).
     */
    static String percentRange(double lowestShare, double highestShare) {
        return "between " + percent(lowestShare, RoundingMode.CEILING) + "% and "
                + percent(highestShare, RoundingMode.FLOOR) + "%";
    }

    private static String percent(double share, RoundingMode rounding) {
        // to a billionth first, so that a share's float noise (15.000000000000002) does not round
        return BigDecimal.valueOf(100 * share)
                .setScale(9, RoundingMode.HALF_UP)
                .setScale(1, rounding)
                .toPlainString();
    }

    private Reply control(Command.Control control, long today) {
        String action = control.action() == null ? "" : control.action();
        switch (action) {
            case "pause":
                paused = true;
                return Reply.done("paused");
            case "resume":
                paused = false;
                return Reply.done("running");
            case "next-day":
                advanceToDay = Math.max(advanceToDay, today + 1);
                return Reply.done("to the next day");
            case "advance": {
                long days;
                try {
                    days = Long.parseLong(TypedNumber.ascii("advance", control.value()));
                } catch (TicketParser.BadTicket e) {
                    return Reply.refused(e.getMessage());
                } catch (NumberFormatException e) {
                    return Reply.refused("advance: a number of days, not '" + TicketParser.clip(control.value()) + "'");
                }
                if (days < 1 || days > 100_000) {
                    return Reply.refused("advance: 1 to 100000 days, got " + days);
                }
                advanceToDay = Math.max(advanceToDay, today + days);
                return Reply.done("advancing " + days + " day(s)");
            }
            case "end":
                advanceToDay = Long.MAX_VALUE;
                return Reply.done("running to the end");
            case "speed": {
                BigDecimal s;
                try {
                    // read as the other fields are: a decimal, not Java's 2d, 0x1p1 or NaN
                    s = new BigDecimal(TypedNumber.ascii("speed", control.value()));
                } catch (TicketParser.BadTicket e) {
                    return Reply.refused(e.getMessage());
                } catch (NumberFormatException e) {
                    return Reply.refused("speed: a number, not '" + TicketParser.clip(control.value()) + "'");
                }
                if (s.compareTo(MIN_SPEED) < 0 || s.compareTo(MAX_SPEED) > 0) {
                    return Reply.refused("speed: 0.1 to 100, got " + TicketParser.clip(control.value()));
                }
                speed = s.doubleValue();
                return Reply.done("speed " + speed);
            }
            default:
                return Reply.refused("unknown control '" + action + "'");
        }
    }

    /** The firm's state when it is covered this year, or null. */
    private static FirmState coveredFirm(TradingFloor floor, String enterpriseId) {
        if (floor.ownerId(enterpriseId) < 0) {
            return null;
        }
        try {
            return floor.firm(enterpriseId);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static long restingTonnes(TradingFloor floor, String enterpriseId, Side side) {
        int owner = floor.ownerId(enterpriseId);
        long[] tonnes = new long[1];
        floor.forEachRestingOrder(side, (orderId, ownerId, s, priceTicks, quantity) -> {
            if (ownerId == owner) {
                tonnes[0] += quantity;
            }
        });
        return tonnes[0];
    }

    // ---- views ----

    /**
     * Publishes fresh views: {@code leftMillis} of this round are left and each later round of the day
     * lasts {@code roundMillis} (neither counted when not above 0).
     */
    private void refresh(TradingFloor floor, long today, long leftMillis, long roundMillis) {
        Map<String, Object> market = new LinkedHashMap<>();
        market.put("status", status.name().toLowerCase(Locale.ROOT));
        market.put("mode", mode.name().toLowerCase(Locale.ROOT));
        market.put("scenario", scenario.name());
        market.put("year", floor.year());
        market.put("day", floor.day());
        market.put("dayOfRun", today);
        market.put("round", floor.round());
        market.put("roundsPerDay", floor.roundsPerDay());
        market.put("tradingDays", floor.tradingDays());
        market.put("deadlineDay", floor.deadlineDay());
        market.put("daysToDeadline", floor.deadlineDay() - floor.day());
        market.put("verificationDay", floor.verificationDay());
        market.put("paused", mode == Mode.CLASS && paused);
        market.put("speed", speed);
        // what is left of this round, where a command once restarted the countdown at a whole round
        market.put(
                "msLeftInDay",
                mode == Mode.PLAY || paused
                        ? null
                        : Math.max(0, leftMillis)
                                + Math.max(0, roundMillis) * (floor.roundsPerDay() - floor.round() - 1));
        market.put("tick", yuan(floor.tickFen()));
        market.put("lastClose", yuan(floor.lastCloseTicks() * floor.tickFen()));
        market.put("bandLow", yuan(floor.lowerLimitTicks() * floor.tickFen()));
        market.put("bandHigh", yuan(floor.upperLimitTicks() * floor.tickFen()));
        market.put("bids", ladder(floor, Side.BUY));
        market.put("asks", ladder(floor, Side.SELL));
        market.put("bars", List.copyOf(bars));
        market.put("trades", List.copyOf(recentTrades));
        marketView = market;
        Map<String, Map<String, Object>> views = new LinkedHashMap<>();
        for (Player p : players) {
            views.put(p.id(), playerView(p, floor));
        }
        playerViews = views;
        publish();
    }

    private List<List<Object>> ladder(TradingFloor floor, Side side) {
        TreeMap<Long, Long> levels = new TreeMap<>();
        floor.forEachRestingOrder(
                side, (id, owner, s, priceTicks, tonnes) -> levels.merge(priceTicks, tonnes, Long::sum));
        List<List<Object>> rows = new ArrayList<>();
        Iterable<Map.Entry<Long, Long>> order =
                side == Side.BUY ? levels.descendingMap().entrySet() : levels.entrySet();
        for (Map.Entry<Long, Long> level : order) {
            if (rows.size() == LADDER_LEVELS) {
                break;
            }
            rows.add(List.of(yuan(level.getKey() * floor.tickFen()), level.getValue()));
        }
        return rows;
    }

    /** Where {@code p}'s enterprise stands on {@code floor}, with the abatement share its player set. */
    private PlayerPosition position(Player p, TradingFloor floor) {
        String id = p.enterpriseId();
        FirmState firm = coveredFirm(floor, id);
        if (firm == null) {
            return PlayerPosition.uncovered(p);
        }
        double share = chosenShare.getOrDefault(id, firm.plannedShare());
        long need = firm.verified()
                ? firm.expectedNeedTonnes()
                : firm.expectedNeedTonnes() + Math.round((firm.plannedShare() - share) * firm.bauForecastTonnes());
        return new PlayerPosition(
                p, true, firm.allowancesTonnes(), need, firm.cashFen(), netPurchaseFen.getOrDefault(id, 0L), share);
    }

    private Map<String, Object> playerView(Player p, TradingFloor floor) {
        Map<String, Object> view = playerHeader(p);
        String id = p.enterpriseId();
        PlayerPosition position = position(p, floor);
        if (!position.covered()) {
            view.put("covered", false);
            view.put("years", playerYears.getOrDefault(p.id(), List.of()));
            return view;
        }
        FirmState firm = floor.firm(id);
        double share = position.abatementShare();
        view.put("covered", true);
        view.put("allowances", position.allowancesTonnes());
        view.put("cash", yuan(position.cashFen()));
        view.put("expectedNeed", position.expectedNeedTonnes());
        view.put("shortfall", position.shortfallTonnes());
        view.put("bau", firm.bauForecastTonnes());
        view.put("share", shareForView(share));
        view.put("committedShare", shareForView(firm.committedShare()));
        view.put(
                "maxShare",
                shareForView(Math.min(1, firm.committedShare() + firm.curve().maxShare())));
        view.put("verified", firm.verified());
        view.put("mac", curve(firm));
        long purchases = position.netPurchasesFen();
        long abatementCost = Math.round(
                firm.curve().costFenPerBauTonne(Math.max(0, share - firm.committedShare())) * firm.bauForecastTonnes());
        view.put("netPurchases", yuan(purchases));
        view.put("expectedCost", yuan(abatementCost + purchases));
        int owner = floor.ownerId(id);
        List<Map<String, Object>> orders = new ArrayList<>();
        for (Side side : Side.values()) {
            floor.forEachRestingOrder(side, (orderId, ownerId, s, priceTicks, tonnes) -> {
                if (ownerId == owner) {
                    Map<String, Object> o = new LinkedHashMap<>();
                    o.put("id", orderId);
                    o.put("side", s.name().toLowerCase(Locale.ROOT));
                    o.put("price", yuan(priceTicks * floor.tickFen()));
                    o.put("quantity", tonnes);
                    orders.add(o);
                }
            });
        }
        view.put("orders", orders);
        view.put("trades", List.copyOf(tradesOf.getOrDefault(id, List.of())));
        view.put("years", playerYears.getOrDefault(p.id(), List.of()));
        return view;
    }

    /**
     * A share of business as usual as the page shows it: to a millionth, so that the sum of two shares
     * reads 0.03 and not 0.030000000000000006 in the player's JSON, and 0.7% typed reads 0.007 and not
     * 0.006999999999999999.
     */
    static double shareForView(double share) {
        return Math.round(share * 1e6) / 1e6;
    }

    /** The MAC curve as points (share of BAU, CNY per tonne), from the committed share to the maximum. */
    private static List<List<Object>> curve(FirmState firm) {
        AbatementCurve curve = firm.curve();
        List<List<Object>> points = new ArrayList<>();
        int steps = 40;
        for (int i = 0; i <= steps; i++) {
            double extra = curve.maxShare() * i / steps;
            double mac = curve.marginalCostFen(Math.min(curve.maxShare(), extra));
            points.add(List.of(shareForView(firm.committedShare() + extra), yuan(Math.round(mac))));
        }
        return points;
    }

    private Map<String, Object> playerHeader(Player p) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", p.id());
        view.put("name", p.name());
        view.put("enterprise", p.enterpriseId());
        view.put(
                "enterpriseName",
                scenario.enterprises().stream()
                        .filter(e -> e.id().equals(p.enterpriseId()))
                        .map(Enterprise::name)
                        .findFirst()
                        .orElse(p.enterpriseId()));
        return view;
    }

    private Map<String, Map<String, Object>> lobbyPlayers() {
        Map<String, Map<String, Object>> views = new LinkedHashMap<>();
        for (Player p : players) {
            views.put(p.id(), playerHeader(p));
        }
        return views;
    }

    private Map<String, Object> lobbyView() {
        Map<String, Object> market = new LinkedHashMap<>();
        market.put("status", "lobby");
        market.put("mode", mode.name().toLowerCase(Locale.ROOT));
        market.put("scenario", scenario.name());
        market.put("tradingDays", scenario.calendar().tradingDaysPerYear());
        market.put("lastClose", yuan(scenario.market().initialPriceFen()));
        market.put("bids", List.of());
        market.put("asks", List.of());
        market.put("bars", List.of());
        market.put("trades", List.of());
        market.put("players", players.size());
        market.put("seats", maxPlayers);
        return market;
    }

    private Map<String, Object> endView() {
        Map<String, Object> market = new LinkedHashMap<>(marketView);
        market.put("status", status.name().toLowerCase(Locale.ROOT));
        market.put("bids", List.of());
        market.put("asks", List.of());
        market.put("bars", List.copyOf(bars));
        market.put("trades", List.copyOf(recentTrades));
        market.put("msLeftInDay", null);
        market.put("daysToDeadline", null);
        market.put("failure", failure);
        Map<String, Map<String, Object>> views = new LinkedHashMap<>();
        for (Player p : players) {
            Map<String, Object> view = new LinkedHashMap<>(playerViews.getOrDefault(p.id(), playerHeader(p)));
            view.put("orders", List.of());
            view.put("years", playerYears.getOrDefault(p.id(), List.of()));
            view.put("costAbovePathReferencePresentValue", pathTotal(p));
            views.put(p.id(), view);
        }
        playerViews = views;
        return market;
    }

    private Map<String, Object> buildFinal(RunResult result) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("folder", folder == null ? null : folder.toString());
        List<Map<String, Object>> years = new ArrayList<>();
        for (YearResult y : result.years()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("year", y.year());
            row.put("referencePrice", yuan(y.equilibriumPrice()));
            row.put("leastCost", yuan(y.leastCostAbatementCost()));
            row.put("realisedCost", yuan(y.realisedCost()));
            row.put("vwap", yuan(y.vwapFen()));
            row.put("volume", y.volume());
            row.put(
                    "efficiency",
                    y.efficiency().isPresent() ? rate(y.efficiency().getAsDouble()) : null);
            row.put(
                    "costEffectiveness",
                    y.costEffectiveness().isPresent()
                            ? rate(y.costEffectiveness().getAsDouble())
                            : null);
            years.add(row);
        }
        view.put("years", years);
        view.put(
                "efficiency",
                result.totals().efficiency().isPresent()
                        ? rate(result.totals().efficiency().getAsDouble())
                        : null);
        view.put(
                "costEffectiveness",
                result.totals().costEffectiveness().isPresent()
                        ? rate(result.totals().costEffectiveness().getAsDouble())
                        : null);
        List<Map<String, Object>> rows = new ArrayList<>();
        List<Map<String, Object>> totals = new ArrayList<>();
        for (Player p : players) {
            rows.addAll(playerYears.getOrDefault(p.id(), List.of()));
            Map<String, Object> total = playerHeader(p);
            total.put("costAbovePathReferencePresentValue", pathTotal(p));
            totals.add(total);
        }
        view.put("players", rows);
        view.put("discountRate", rate(scenario.compliance().discountRate()));
        view.put("playerTotals", totals);
        return view;
    }

    /**
     * What {@code p}'s costs were above the least-cost path over the run, present value in the first
     * year's yuan, or null when the firm was never covered (or the run has not ended).
     */
    private String pathTotal(Player p) {
        Long fen = pathTotalFen.get(p.id());
        return fen == null ? null : yuan(fen);
    }

    private void publish() {
        for (Consumer<Room> listener : listeners) {
            try {
                listener.accept(this);
            } catch (RuntimeException e) {
                listeners.remove(listener);
            }
        }
    }

    private Player playerOf(String enterpriseId) {
        for (Player p : players) {
            if (p.enterpriseId().equals(enterpriseId)) {
                return p;
            }
        }
        return null;
    }

    private String playerIdOf(String account) {
        Player p = playerOf(account);
        return p == null ? null : p.id();
    }

    private byte[] secret(int bytes) {
        byte[] b = new byte[bytes];
        secrets.nextBytes(b);
        return b;
    }

    /** A room code of {@code length} letters and digits that cannot be misread (no 0/O, 1/I). */
    private String code(int length) {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < length; i++) {
            code.append(alphabet.charAt(secrets.nextInt(alphabet.length())));
        }
        return code.toString();
    }

    /** Fen as yuan with two decimals. */
    static String yuan(long fen) {
        return BigDecimal.valueOf(fen, 2).toPlainString();
    }

    /** A rate with four decimals, rounded half up, as the output folder writes it. */
    private static String rate(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).toPlainString();
    }
}

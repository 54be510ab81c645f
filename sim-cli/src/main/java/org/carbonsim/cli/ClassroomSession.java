package org.carbonsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.carbonsim.cli.files.ChartFiles;
import org.carbonsim.cli.files.EventFiles;
import org.carbonsim.cli.files.Provenance;
import org.carbonsim.cli.files.RunFiles;
import org.carbonsim.cli.files.StoppedSessionFiles;
import org.carbonsim.cli.format.OutputFolder;
import org.carbonsim.cli.text.Lang;
import org.carbonsim.core.engine.RunResult;
import org.carbonsim.core.scenario.Scenario;
import org.carbonsim.web.ClassroomServer;
import org.carbonsim.web.Player;
import org.carbonsim.web.Room;
import org.carbonsim.web.StoppedSession;

/**
 * What {@code carbonsim classroom} and {@code carbonsim play} share: the room on the scenario, its
 * server, the addresses printed for the class, and the finished session saved as an output folder
 * with the writers of {@code carbonsim run} (trades.csv names the players), so that {@code carbonsim
 * chart} and the report work on it as on any run.
 */
final class ClassroomSession {
    /** How long a stopped process waits for the engine to pause, or for a finishing session's save. */
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);

    private ClassroomSession() {}

    /**
     * Writes the folder of a session stopped before its last day ({@link StoppedSessionFiles}) with its
     * {@code run.json}, which names the command, so that the next room refuses the folder without
     * {@code --force} as it refuses a finished session's. Written whole or not at all, as every output
     * folder ({@link OutputFolder#write}).
     */
    static OutputFolder.Written writeStopped(
            StoppedSession stopped,
            Scenario scenario,
            OutputFolder.Checked checked,
            Provenance provenance,
            boolean stackTrace)
            throws IOException {
        return OutputFolder.write(
                checked,
                "carbonsim classroom output, stopped early",
                into -> writeStoppedFiles(stopped, scenario, provenance, stackTrace, into));
    }

    /** The files of {@link #writeStopped}, written into {@code into}. */
    static void writeStoppedFiles(
            StoppedSession stopped, Scenario scenario, Provenance provenance, boolean stackTrace, Path into)
            throws IOException {
        StoppedSessionFiles.write(stopped, scenario, into, stackTrace);
        provenance.write(into, stopped.seed(), null);
    }

    /**
     * What the process's orderly stop (Ctrl-C, {@code kill}) does for a session still running: stops it
     * at the engine's next pause, waiting at most {@code wait}, and saves what it had, saying where on
     * {@code out}; a session that is over or never started is left as it is (one finishing waits for
     * its save to end).
     */
    static void saveOnStop(Room room, PrintWriter out, Duration wait) {
        try {
            StoppedSession stopped = room.stop(wait);
            if (stopped == null) {
                return;
            }
            Path folder = room.saveStopped(stopped);
            out.printf(
                    Locale.ROOT,
                    "carbonsim: the classroom was %s; the days so far are saved in %s (%s says where it stopped)%n",
                    stopped.where(),
                    folder,
                    StoppedSessionFiles.STOPPED);
        } catch (UserInputException e) {
            out.println("carbonsim: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            out.println("carbonsim: the stopped classroom could not be saved: " + e.getMessage());
        }
        out.flush();
    }

    /**
     * Writes a session's folder: the files of {@code run --trades}, trades.csv with the players' ids;
     * returns it with the files of the user's kept in it.
     */
    static OutputFolder.Written write(
            RunResult result,
            List<Player> players,
            Scenario scenario,
            OutputFolder.Checked checked,
            Provenance provenance,
            long seed,
            Lang lang,
            PrintWriter err,
            boolean charts)
            throws IOException {
        Map<String, String> playerOf = new LinkedHashMap<>();
        for (Player p : players) {
            playerOf.put(p.enterpriseId(), p.id());
        }
        return OutputFolder.write(checked, "carbonsim classroom output", into -> {
            RunFiles.write(result, scenario, into, true, playerOf);
            EventFiles.write(result, into);
            provenance.write(into, seed, null);
            if (charts) {
                ChartFiles.writeOrWarn(into, err, lang);
            }
        });
    }

    /**
     * Opens {@code room} on {@code host}:{@code port}, prints where to join and serves until the
     * process is stopped; after the session ends it prints where it was saved and goes on serving the
     * final pages. When an error in the engine ends the session (which saves what the class had), it
     * says so on {@code err}, with the stack trace when {@code debug}, sends every page the view saying
     * that the lesson ended, stops serving and returns {@link ExitCodes#FAILURE}.
     */
    static int serve(
            Room room,
            OutputFolder.Checked checked,
            String host,
            int port,
            PrintWriter out,
            PrintWriter err,
            boolean quiet,
            boolean debug)
            throws InterruptedException {
        ClassroomServer server;
        try {
            server = ClassroomServer.start(room, host, port);
        } catch (RuntimeException e) {
            throw new UserInputException("--port " + port + ": cannot listen there (" + rootMessage(e)
                    + "); choose another port, or 0 for any free one");
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "classroom-shutdown"));
        checked.releaseOnStopAfter(() -> saveOnStop(room, out, STOP_WAIT));
        String address = "http://" + displayHost(host) + ":" + server.port() + "/";
        out.printf(
                Locale.ROOT,
                "carbonsim %s: %s%n",
                room.mode() == Room.Mode.PLAY ? "play" : "classroom",
                room.scenario().name());
        out.printf(Locale.ROOT, "join:       %s?code=%s%n", address, room.roomCode());
        out.printf(Locale.ROOT, "room code:  %s%n", room.roomCode());
        out.printf(Locale.ROOT, "teacher:    %steacher.html?key=%s%n", address, room.teacherKey());
        out.println("Stop with Ctrl-C; the session is saved when its last day ends, or as far as it got when stopped;"
                + " the days so far are saved at each day's close.");
        out.flush();
        Object done = new Object();
        room.subscribe(r -> {
            if (r.status() == Room.Status.FINISHED || r.status() == Room.Status.FAILED) {
                synchronized (done) {
                    done.notifyAll();
                }
            }
        });
        synchronized (done) {
            while (room.status() != Room.Status.FINISHED && room.status() != Room.Status.FAILED) {
                done.wait(1000);
            }
        }
        Throwable error = room.engineFailure();
        if (error != null) {
            out.flush();
            err.println("carbonsim: " + room.failure());
            if (debug) {
                error.printStackTrace(err);
            } else {
                err.println("With --debug, carbonsim prints the stack trace of such an error and writes it into "
                        + StoppedSessionFiles.STOPPED + ".");
            }
            err.flush();
            server.close();
            return ExitCodes.FAILURE;
        }
        if (room.failure() != null) {
            out.println(room.failure());
        } else if (!quiet) {
            out.printf(Locale.ROOT, "session saved in %s; the pages show the results until Ctrl-C%n", room.folder());
        }
        out.flush();
        new CountDownLatch(1).await();
        return ExitCodes.OK;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /** The host students type: this machine's first local-network IPv4 address when serving on all. */
    static String displayHost(String host) {
        if (!"0.0.0.0".equals(host)) {
            return host;
        }
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!nic.isUp() || nic.isLoopback()) {
                    continue;
                }
                for (InetAddress a : Collections.list(nic.getInetAddresses())) {
                    if (a instanceof Inet4Address && a.isSiteLocalAddress()) {
                        return a.getHostAddress();
                    }
                }
            }
        } catch (SocketException e) {
            return "localhost";
        }
        return "localhost";
    }
}

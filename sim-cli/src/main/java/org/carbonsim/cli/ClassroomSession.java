package org.carbonsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
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
import org.carbonsim.cli.format.OutputFolder;
import org.carbonsim.cli.text.Lang;
import org.carbonsim.core.engine.RunResult;
import org.carbonsim.core.scenario.Scenario;
import org.carbonsim.web.ClassroomServer;
import org.carbonsim.web.Player;
import org.carbonsim.web.Room;
import org.carbonsim.web.SessionArchive;

/**
 * What {@code carbonsim classroom} and {@code carbonsim play} share: the room on the scenario, its
 * server, the addresses printed for the class, and the finished session saved as an output folder
 * with the writers of {@code carbonsim run} (trades.csv names the players), so that {@code carbonsim
 * chart} and the report work on it as on any run.
 */
final class ClassroomSession {
    private ClassroomSession() {}

    /**
     * The archive that writes a finished session into the {@code checked} folder as {@code run --trades}
     * would, and names on {@code err} the files of the user's it kept there, unless {@code quiet}.
     */
    static SessionArchive archive(
            Scenario scenario,
            OutputFolder.Checked checked,
            Provenance provenance,
            long seed,
            Lang lang,
            PrintWriter err,
            boolean quiet) {
        return (result, players) -> {
            write(result, players, scenario, checked, provenance, seed, lang, err, true)
                    .reportKept(err, quiet);
            return checked.dir();
        };
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
     * final pages.
     */
    static int serve(Room room, String host, int port, PrintWriter out, boolean quiet) throws InterruptedException {
        ClassroomServer server;
        try {
            server = ClassroomServer.start(room, host, port);
        } catch (RuntimeException e) {
            throw new UserInputException("--port " + port + ": cannot listen there (" + rootMessage(e)
                    + "); choose another port, or 0 for any free one");
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "classroom-shutdown"));
        String address = "http://" + displayHost(host) + ":" + server.port() + "/";
        out.printf(
                Locale.ROOT,
                "carbonsim %s: %s%n",
                room.mode() == Room.Mode.PLAY ? "play" : "classroom",
                room.scenario().name());
        out.printf(Locale.ROOT, "join:       %s?code=%s%n", address, room.roomCode());
        out.printf(Locale.ROOT, "room code:  %s%n", room.roomCode());
        out.printf(Locale.ROOT, "teacher:    %steacher.html?key=%s%n", address, room.teacherKey());
        out.println("Stop with Ctrl-C; the session is saved when its last day ends.");
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

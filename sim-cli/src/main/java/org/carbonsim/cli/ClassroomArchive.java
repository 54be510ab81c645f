package org.carbonsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.carbonsim.cli.files.Provenance;
import org.carbonsim.cli.format.OutputFolder;
import org.carbonsim.cli.text.Lang;
import org.carbonsim.core.engine.RunResult;
import org.carbonsim.core.scenario.Scenario;
import org.carbonsim.web.Player;
import org.carbonsim.web.SessionArchive;
import org.carbonsim.web.StoppedSession;

/**
 * Where {@code carbonsim classroom} keeps a class: its output folder, written whole each time ({@link
 * OutputFolder}). A finished session is written as {@code run --trades} would ({@link
 * ClassroomSession#write}), a stopped one, or one whose engine failed, as what it had ({@link
 * ClassroomSession#writeStopped}), and at each day's close the class so far, in place of the day
 * before's (the same files as a stop, {@code stopped.json} saying it is a checkpoint), under the
 * folder's lock, which it keeps from the room's opening to the final save.
 *
 * <p>A checkpoint is written on a thread of its own, so that the engine's day close only takes a
 * snapshot (the lists of days and trades copied): writing a lesson's trades takes tens of milliseconds
 * (about 70 ms for 144,000 trades), which would add up over days the teacher advances at once. A
 * checkpoint still being written when the next day closes is followed by the latest one only. The
 * final save and a stopped one end the checkpoints: they wait for the one being written and replace
 * it. A checkpoint that cannot be written is reported once on the console and ends the checkpoints;
 * the class goes on.
 */
final class ClassroomArchive implements SessionArchive {
    /** What the marker of a folder written at a day's close says it is. */
    static final String CHECKPOINT = "carbonsim classroom output, saved at a day's close while the class went on";

    private final Scenario scenario;
    private final Provenance provenance;
    private final long seed;
    private final Lang lang;
    private final PrintWriter err;
    private final boolean quiet;
    private final boolean debug;
    private final Path dir;

    /** Held while the folder is written, by the checkpoints' thread or the final save. */
    private final Object writing = new Object();

    /** The folder as the last write left it, its lock held; guarded by {@link #writing}. */
    private OutputFolder.Checked current;

    // guarded by this
    private StoppedSession pending;
    private boolean ended;
    private Thread writer;

    /**
     * Keeps the class in the {@code checked} folder; names on {@code err} the files of the user's kept
     * there, unless {@code quiet}; writes the engine's stack trace into {@code stopped.json} when {@code
     * debug}.
     */
    ClassroomArchive(
            Scenario scenario,
            OutputFolder.Checked checked,
            Provenance provenance,
            long seed,
            Lang lang,
            PrintWriter err,
            boolean quiet,
            boolean debug) {
        this.scenario = scenario;
        this.current = checked;
        this.dir = checked.dir();
        this.provenance = provenance;
        this.seed = seed;
        this.lang = lang;
        this.err = err;
        this.quiet = quiet;
        this.debug = debug;
    }

    @Override
    public Path save(RunResult result, List<Player> players) throws Exception {
        endCheckpoints();
        synchronized (writing) {
            ClassroomSession.write(result, players, scenario, current, provenance, seed, lang, err, true)
                    .reportKept(err, quiet);
        }
        return dir;
    }

    @Override
    public Path saveStopped(StoppedSession stopped) throws Exception {
        endCheckpoints();
        synchronized (writing) {
            ClassroomSession.writeStopped(stopped, scenario, current, provenance, debug)
                    .reportKept(err, quiet);
        }
        return dir;
    }

    @Override
    public synchronized void checkpoint(StoppedSession had) {
        if (ended) {
            return;
        }
        pending = had;
        if (writer == null) {
            writer = new Thread(this::writeCheckpoints, "classroom-checkpoint");
            writer.setDaemon(true);
            writer.start();
        }
        notifyAll();
    }

    /** Ends the checkpoints: drops the one waiting and waits for the one being written. */
    private void endCheckpoints() {
        synchronized (this) {
            ended = true;
            pending = null;
            notifyAll();
        }
    }

    /** The checkpoints' thread: writes the latest checkpoint handed over until they end. */
    private void writeCheckpoints() {
        while (true) {
            StoppedSession had;
            synchronized (this) {
                while (pending == null && !ended) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (ended) {
                    return;
                }
                had = pending;
                pending = null;
            }
            synchronized (writing) {
                if (!write(had)) {
                    return;
                }
            }
        }
    }

    /** Writes {@code had} unless the checkpoints ended meanwhile; false when it failed, which ends them. */
    private boolean write(StoppedSession had) {
        synchronized (this) {
            if (ended) {
                return false;
            }
        }
        try {
            current = OutputFolder.rewrite(
                    current,
                    CHECKPOINT,
                    into -> ClassroomSession.writeStoppedFiles(had, scenario, provenance, false, into));
            return true;
        } catch (IOException | RuntimeException e) {
            synchronized (this) {
                ended = true;
                pending = null;
            }
            err.println("carbonsim: the class so far could not be saved after day "
                    + had.days().size() + " ("
                    + e.getMessage() + "); the class goes on without saving at each day's close, and is saved"
                    + " at its end or when stopped");
            err.flush();
            return false;
        }
    }
}

package org.carbonsim.web;

import java.nio.file.Path;
import java.util.List;
import org.carbonsim.core.engine.RunResult;

/**
 * Saves a finished session as an output folder like {@code carbonsim run}'s, a session stopped
 * before its last day (or whose engine failed) as what it had, and, at each day's close, what the
 * class has so far; the command that opened the room supplies it with the project's writers.
 */
@FunctionalInterface
public interface SessionArchive {
    /** Writes {@code result}, the trades naming {@code players}; returns the folder written. */
    Path save(RunResult result, List<Player> players) throws Exception;

    /**
     * Writes what a session stopped before its last day had; returns the folder written, or null when
     * this archive keeps nothing of a stopped session (the default).
     */
    default Path saveStopped(StoppedSession stopped) throws Exception {
        return null;
    }

    /**
     * Writes what the class has at a day's close ({@link StoppedSession.Cause#CHECKPOINT}) where the
     * session's files go, in place of the previous checkpoint, so that a process killed outright loses
     * at most the day under way; the final save or a stopped one replaces it. Called on the engine's
     * thread between two days; what it cannot write it reports itself, for the class goes on. The
     * default keeps nothing.
     */
    default void checkpoint(StoppedSession had) {}
}

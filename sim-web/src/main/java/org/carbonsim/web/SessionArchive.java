package org.carbonsim.web;

import java.nio.file.Path;
import java.util.List;
import org.carbonsim.core.engine.RunResult;

/**
 * Saves a finished session as an output folder like {@code carbonsim run}'s, and a session stopped
 * before its last day as what it had; the command that opened the room supplies it with the
 * project's writers.
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
}

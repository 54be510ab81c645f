package org.carbonsim.cli.format;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A held lock is released by a shutdown hook when the process stops in an orderly way (SIGTERM,
 * Ctrl-C), so it leaves no lock file; the hook is there only while the lock is held. The hook's work is
 * run here directly, as the JVM runs it at its end; {@code KillMidWriteTest} stops a real run with
 * SIGTERM.
 */
class FolderLockTest {
    @TempDir
    Path dir;

    @Test
    void theShutdownHookReleasesAHeldLockAndLeavesNoLockFile() throws IOException {
        Path target = dir.resolve("out");
        FolderLock lock = FolderLock.acquire(target, target);
        Path file = FolderLock.lockFile(target);
        assertTrue(Files.exists(file));
        assertTrue(
                Runtime.getRuntime().removeShutdownHook(lock.shutdownHook()),
                "a hook is registered while the lock is held");

        lock.shutdownHook().run();
        assertFalse(Files.exists(file), "the hook deleted the lock file");
        FolderLock again = FolderLock.acquire(target, target);
        again.close();

        lock.close(); // the command's own close after the hook: nothing left to do, and it must not throw
        assertFalse(Files.exists(file));
    }

    @Test
    void closingTheLockRemovesItsShutdownHook() throws IOException {
        Path target = dir.resolve("out");
        FolderLock lock = FolderLock.acquire(target, target);
        lock.close();
        assertFalse(Files.exists(FolderLock.lockFile(target)));
        assertFalse(
                Runtime.getRuntime().removeShutdownHook(lock.shutdownHook()),
                "a released lock leaves no hook behind to keep it until the process ends");
    }

    /**
     * What a classroom saves when it is stopped is written under its lock and into the folders taking
     * the lock created: the hook once let the lock go (and removed {@code a/}, created for it and still
     * empty) while another hook was about to write the stopped classroom's folder there.
     */
    @Test
    void aHookRunAfterTheLockHoldsItWhileItRuns() throws IOException {
        Path target = dir.resolve("a").resolve("out");
        FolderLock lock = FolderLock.acquire(target, target);
        Path file = FolderLock.lockFile(target);
        boolean[] heldMeanwhile = new boolean[2];
        lock.releaseOnStopAfter(() -> {
            heldMeanwhile[0] = Files.exists(file);
            heldMeanwhile[1] = Files.isDirectory(dir.resolve("a"));
        });
        assertTrue(
                Runtime.getRuntime().removeShutdownHook(lock.shutdownHook()),
                "the hook that runs first and then releases is the one registered");

        lock.shutdownHook().run();
        assertTrue(heldMeanwhile[0], "the lock file was there while the first work ran");
        assertTrue(heldMeanwhile[1], "so was the folder taking the lock created");
        assertFalse(Files.exists(file), "then the hook let the lock go");
        lock.close();
    }
}

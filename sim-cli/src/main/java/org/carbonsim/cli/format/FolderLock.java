package org.carbonsim.cli.format;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.carbonsim.cli.UserInputException;

/**
 * The right to write one output folder, held by one command at a time: the operating system's
 * exclusive lock ({@link FileChannel#tryLock}) on the lock file {@code .NAME}{@value #SUFFIX} beside the
 * folder {@code NAME}. It is beside the folder, not in it, because a whole output folder is replaced by
 * renaming, which would carry a lock file inside along. Commands that write a whole folder ({@link
 * OutputFolder#check}, until the command has written it) and those that replace entries in one ({@link
 * OutputEntries#replace}, {@code carbonsim chart}) take the same lock, so no two of them interleave
 * their swaps: the second fails at once, having written nothing, with one line naming the folder.
 *
 * <p>The lock file is deleted when the lock is released, and the lock released only after: a command
 * that opened the file just before it was deleted and then gets the lock on the deleted file sees that
 * the path no longer names the file it opened, and tries again on the new one. A command stopped in
 * an orderly way ({@code kill}, SIGTERM, Ctrl-C) releases its locks from a shutdown hook registered
 * while each is held, so it leaves no lock file. A command killed outright ({@code kill -9}, a crash)
 * runs no hook: its lock goes with its process, and its lock file stays, harmless (hidden, a few bytes),
 * until the next command writing that folder, or a folder beside it ({@link #removeStaleBeside}),
 * deletes it. Either way the output folder is whole or as it was ({@link OutputFolder}). A process holds at
 * most one lock on a folder: a second channel on the lock file, once closed, would let the first lock
 * go. Folders that taking the lock had to create (the parent of a new output folder) are removed again
 * on release when they are still empty. Not thread-safe, except that {@link #close} may be called from
 * the shutdown hook while the command's thread still runs.
 */
public final class FolderLock implements AutoCloseable {
    /** The end of a lock file's name: {@code .NAME.carbonsim-lock} for the folder {@code NAME}. */
    static final String SUFFIX = ".carbonsim-lock";

    /**
     * The byte locked, far past the line the holder writes (its process id): on Windows a lock keeps
     * other handles from reading the bytes it covers, and that line should stay readable to a person.
     */
    private static final long LOCKED_BYTE = Long.MAX_VALUE - 1;

    /** Tries on a lock file deleted between its opening and its locking before giving up. */
    private static final int ATTEMPTS = 100;

    private final Path file;
    private final FileChannel channel;
    private final List<Path> created;
    private final boolean deletable;
    private volatile Thread shutdownHook;
    private boolean released;

    private FolderLock(Path file, FileChannel channel, List<Path> created, boolean deletable) {
        this.file = file;
        this.channel = channel;
        this.created = List.copyOf(created);
        this.deletable = deletable;
        this.shutdownHook = new Thread(this::release, "carbonsim-release-" + file.getFileName());
        try {
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // taken while the process stops: the command that took it closes it, or the lock goes with the process
        }
    }

    /** The hook that releases this lock when the process stops in an orderly way; for tests. */
    Thread shutdownHook() {
        return shutdownHook;
    }

    /**
     * Has the process's orderly stop ({@code kill}, Ctrl-C) run {@code first} before it lets this lock
     * go, in place of letting it go at once: what a command writes when it is stopped (a classroom's
     * days so far) is written under the lock, and into the folders taking the lock created, which the
     * release would otherwise remove as empty while {@code first} still writes. Ignored once the process
     * is stopping.
     */
    public synchronized void releaseOnStopAfter(Runnable first) {
        if (released) {
            return;
        }
        Thread replaced = shutdownHook;
        Thread hook = new Thread(
                () -> {
                    try {
                        first.run();
                    } finally {
                        release();
                    }
                },
                replaced.getName());
        try {
            Runtime.getRuntime().addShutdownHook(hook);
            Runtime.getRuntime().removeShutdownHook(replaced);
            shutdownHook = hook;
        } catch (IllegalStateException e) {
            // the process is stopping: the hook already registered lets the lock go
        }
    }

    /**
     * Locks the folder {@code target} (absolute, links resolved), shown as {@code dir} in messages;
     * creates the folder it is in when missing.
     *
     * @throws UserInputException if another command (in this process or another) holds the lock
     * @throws IOException if the lock file cannot be made (a read-only folder)
     */
    static FolderLock acquire(Path dir, Path target) throws IOException {
        Path parent = target.getParent() != null ? target.getParent() : target;
        List<Path> created = createMissing(parent);
        try {
            FolderLock lock = tryAcquire(lockFile(target), created);
            if (lock == null) {
                throw busy(dir);
            }
            return lock;
        } catch (IOException | RuntimeException e) {
            removeEmpty(created);
            throw e;
        }
    }

    /**
     * The lock of a command that writes entries inside the existing folder {@code target} (as {@code
     * chart} does, staging inside it too): the folder's lock beside it ({@link #acquire}), or, when the
     * folder it is in cannot take a file, a lock file inside it. A folder whose parent is read-only
     * cannot be replaced as a whole, so only commands writing inside it can compete for it, and they
     * all take that lock inside.
     *
     * @throws UserInputException if another command holds the lock
     * @throws IOException if neither lock file can be made
     */
    static FolderLock acquireInside(Path dir, Path target) throws IOException {
        try {
            return acquire(dir, target);
        } catch (AccessDeniedException e) {
            FolderLock lock = tryAcquire(target.resolve(SUFFIX), List.of());
            if (lock == null) {
                throw busy(dir);
            }
            return lock;
        }
    }

    /** The refusal when another command holds the lock of {@code dir}. */
    private static UserInputException busy(Path dir) {
        return new UserInputException("another carbonsim command is writing to " + dir
                + "; nothing was written: wait for it to finish, or choose another folder");
    }

    /** The lock file of the folder {@code target}. */
    static Path lockFile(Path target) {
        Path parent = target.getParent() != null ? target.getParent() : target;
        Path name = target.getFileName();
        return parent.resolve("." + (name != null ? name.toString() : "root") + SUFFIX);
    }

    /**
     * The lock on {@code file}, or {@code null} when another command holds it; {@code created} are the
     * folders to remove on release when empty.
     *
     * <p>The file is never opened a second time to check it: closing any channel on a file lets go every
     * lock the process holds on it (POSIX record locks), so the check compares what the path names
     * before the opening and after the locking, by file key (device and inode). When they differ, the
     * holder before deleted the file as it let go, and the lock is on a file no one else will open.
     */
    private static FolderLock tryAcquire(Path file, List<Path> created) throws IOException {
        byte[] token = ("carbonsim " + ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            BasicFileAttributes before = attributes(file);
            FileChannel channel = FileChannel.open(
                    file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
            boolean kept = false;
            try {
                FileLock lock;
                try {
                    lock = channel.tryLock(LOCKED_BYTE, 1, false);
                } catch (OverlappingFileLockException e) {
                    lock = null; // a command in this process holds it
                }
                if (lock == null) {
                    return null;
                }
                BasicFileAttributes after = attributes(file);
                if (before != null && after != null && Objects.equals(before.fileKey(), after.fileKey())) {
                    channel.truncate(0);
                    channel.write(ByteBuffer.wrap(token), 0);
                    kept = true;
                    // without file keys (some file systems) a deleted file cannot be told apart: keep it
                    return new FolderLock(file, channel, created, after.fileKey() != null);
                }
                // missing before the opening (created just now) or replaced meanwhile: look again
            } finally {
                if (!kept) {
                    channel.close();
                }
            }
        }
        return null;
    }

    /** The attributes of {@code file} itself, or {@code null} when it is missing. */
    private static BasicFileAttributes attributes(Path file) throws IOException {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /**
     * Deletes the other lock files beside this one that no command holds: those killed commands left.
     * A held one is left alone; this one is not opened, which would let its lock go.
     */
    void removeStaleBeside() throws IOException {
        List<Path> files;
        try (Stream<Path> entries = Files.list(file.getParent())) {
            files = entries.filter(p -> {
                        String n = p.getFileName().toString();
                        return n.startsWith(".") && n.endsWith(SUFFIX) && !p.equals(file);
                    })
                    .sorted()
                    .toList();
        }
        for (Path other : files) {
            if (!Files.isRegularFile(other, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try {
                FolderLock stale = tryAcquire(other, List.of());
                if (stale != null) {
                    stale.close();
                }
            } catch (IOException e) {
                // one that cannot be opened is left: it holds no lock, so it is in no one's way
            }
        }
    }

    /**
     * Deletes the lock file, then lets the lock go, then removes the folders {@link #acquire} created if
     * empty; and removes the shutdown hook, which would otherwise keep this object until the process ends.
     */
    @Override
    public void close() {
        if (release()) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException e) {
                // the process is stopping: its hooks run (this one finds the lock released) and cannot be removed
            }
        }
    }

    /**
     * What {@link #close} and the shutdown hook do, once, whichever comes first: true if this call
     * released the lock. Synchronized because the hook runs in its own thread while the command's may
     * be closing the lock too.
     */
    private synchronized boolean release() {
        if (released) {
            return false;
        }
        released = true;
        try {
            if (deletable) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // it stays, harmless: the next command writing beside it reuses or removes it
        }
        try {
            channel.close();
        } catch (IOException e) {
            // closing the channel lets the lock go whatever it reports; the process's end would too
        }
        removeEmpty(created);
        return true;
    }

    /** Creates {@code folder} and the folders above it that are missing; returns those created, deepest last. */
    private static List<Path> createMissing(Path folder) throws IOException {
        List<Path> missing = new ArrayList<>();
        for (Path p = folder; p != null && !Files.exists(p); p = p.getParent()) {
            missing.add(0, p);
        }
        Files.createDirectories(folder);
        return missing;
    }

    /** Removes the {@code created} folders that are still empty, deepest first. */
    private static void removeEmpty(List<Path> created) {
        for (int i = created.size() - 1; i >= 0; i--) {
            try {
                Files.deleteIfExists(created.get(i));
            } catch (IOException e) {
                return; // not empty: a command's output or lock file is in it now
            }
        }
    }
}

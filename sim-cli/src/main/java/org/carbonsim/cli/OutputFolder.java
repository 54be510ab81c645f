package org.carbonsim.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * An output folder written all at once: files go into a hidden sibling folder that is then renamed
 * into place, so the folder is either a command's complete output or absent. A folder holding the
 * marker file {@value #MARKER} is replaced; any other non-empty folder is refused unless
 * forced. The same conventions as {@code carbonsim run}.
 */
final class OutputFolder {
    /** The file that marks a folder as carbonsim output, safe to replace. */
    static final String MARKER = ".carbonsim-output";

    /** Writes a command's files into an existing empty folder. */
    @FunctionalInterface
    interface Contents {
        void writeInto(Path dir) throws IOException;
    }

    private OutputFolder() {}

    /**
     * Refuses {@code dir} unless it is absent (and can be created: no file in its path), empty, marked as
     * carbonsim output, or {@code force}.
     */
    static void check(Path dir, boolean force) throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new UserInputException(dir + ": exists and is not a folder");
        }
        for (Path above = dir.toAbsolutePath().normalize().getParent(); above != null; above = above.getParent()) {
            if (Files.exists(above)) {
                if (!Files.isDirectory(above)) {
                    throw new UserInputException(dir + ": cannot be created because " + above + " is a file");
                }
                break;
            }
        }
        if (Files.isDirectory(dir) && !force && !Files.exists(dir.resolve(MARKER)) && !isEmpty(dir)) {
            throw new UserInputException(dir + ": folder is not empty and is not a carbonsim output (no " + MARKER
                    + "); choose another --out or use --force to replace it");
        }
    }

    /** Writes {@code contents} and the marker (saying {@code what}) into {@code dir} atomically. */
    static void write(Path dir, String what, Contents contents) throws IOException {
        Path absolute = dir.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        String name = absolute.getFileName().toString();
        Path temp = freshSibling(parent, name, "tmp");
        try {
            contents.writeInto(temp);
            Files.write(temp.resolve(MARKER), List.of(what), StandardCharsets.UTF_8);
            Path old = null;
            if (Files.exists(absolute)) {
                old = freshSibling(parent, name, "old");
                Files.delete(old);
                move(absolute, old);
            }
            move(temp, absolute);
            if (old != null) {
                deleteRecursively(old);
            }
        } finally {
            if (Files.exists(temp)) {
                deleteRecursively(temp);
            }
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    /** An empty hidden sibling {@code .NAME.KIND-PID-N} with the usual permissions. */
    private static Path freshSibling(Path parent, String name, String kind) throws IOException {
        String prefix = "." + name + "." + kind + "-" + ProcessHandle.current().pid() + "-";
        for (int i = 0; ; i++) {
            try {
                return Files.createDirectory(parent.resolve(prefix + i));
            } catch (FileAlreadyExistsException e) {
                if (i == 1000) {
                    throw e;
                }
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
            Files.move(from, to);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}

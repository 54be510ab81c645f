package org.carbonsim.core.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an input file whole (a scenario, its enterprise register, an output folder's JSON files that
 * {@code carbonsim chart} reads) with a size cap, {@value #MAX_SHOWN}: far above any real scenario or
 * register, and far below what a wrong argument brings ({@code validate /dev/zero}, a disk image),
 * which would otherwise end in "out of memory". A file whose size is known and above the cap is refused
 * before any of it is read; a pipe or a device, whose size is not, is read until the cap and refused
 * there. A file that another file names (an enterprise register, an output folder's JSON) is read with
 * {@link #readRegularFile}, which refuses a pipe, a device or a folder before opening it: opening a pipe
 * no one writes to waits forever. Only the scenario a user names on the command line may be a pipe
 * ({@code carbonsim validate <(jq ...)}). Stateless.
 */
public final class InputFiles {
    /** The most bytes read from one input file. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    /** {@link #MAX_BYTES} as a person reads it. */
    public static final String MAX_SHOWN = "64 MiB";

    /** The size of the pieces a stream without a known size is read in. */
    private static final int CHUNK = 1 << 20;

    private InputFiles() {}

    /**
     * The bytes of {@code file}.
     *
     * @throws TooLarge if it holds more than {@link #MAX_BYTES}
     * @throws IOException if it cannot be read
     */
    public static byte[] readAll(Path file) throws IOException {
        return readAll(file, MAX_BYTES, MAX_SHOWN);
    }

    /**
     * The bytes of {@code file}, which must be a regular file (a symbolic link to one will do).
     *
     * @throws NotAFile if it is a pipe, a device, a socket or a folder; checked before it is opened
     * @throws TooLarge if it holds more than {@link #MAX_BYTES}
     * @throws IOException if it cannot be read
     */
    public static byte[] readRegularFile(Path file) throws IOException {
        if (!Files.readAttributes(file, BasicFileAttributes.class).isRegularFile()) {
            throw new NotAFile(file);
        }
        return readAll(file);
    }

    /** As {@link #readAll(Path)} with the cap {@code maxBytes}, shown as {@code maxShown}; for tests. */
    static byte[] readAll(Path file, long maxBytes, String maxShown) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        if (attributes.isRegularFile() && attributes.size() > maxBytes) {
            throw new TooLarge(file, maxShown);
        }
        // read in pieces, never more than one past the cap: a device's size says nothing, and a file may grow
        List<byte[]> pieces = new ArrayList<>();
        long total = 0;
        try (InputStream in = Files.newInputStream(file)) {
            while (true) {
                byte[] piece = in.readNBytes((int) Math.min(CHUNK, maxBytes + 1 - total));
                if (piece.length == 0) {
                    break;
                }
                pieces.add(piece);
                total += piece.length;
                if (total > maxBytes) {
                    throw new TooLarge(file, maxShown);
                }
            }
        }
        byte[] all = new byte[(int) total];
        int at = 0;
        for (byte[] piece : pieces) {
            System.arraycopy(piece, 0, all, at, piece.length);
            at += piece.length;
        }
        return all;
    }

    /**
     * An input file larger than the cap; {@link #getReason()} is the words that follow its name in a
     * message.
     */
    public static final class TooLarge extends FileSystemException {
        private static final long serialVersionUID = 1L;

        TooLarge(Path file, String maxShown) {
            super(
                    file.toString(),
                    null,
                    "is larger than " + maxShown + ", the most carbonsim reads from an input file");
        }
    }

    /**
     * An input file that is a pipe, a device, a socket or a folder where a regular file is expected;
     * {@link #getReason()} is the words that follow its name in a message.
     */
    public static final class NotAFile extends FileSystemException {
        private static final long serialVersionUID = 1L;

        NotAFile(Path file) {
            super(
                    file.toString(),
                    null,
                    Files.isDirectory(file) ? "is a folder, not a file" : "is a pipe or a device, not a regular file");
        }
    }
}

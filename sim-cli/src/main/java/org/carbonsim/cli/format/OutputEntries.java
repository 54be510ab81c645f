package org.carbonsim.cli.format;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.carbonsim.cli.UserInputException;

/**
 * Some entries of an existing folder (files or folders, such as a run's {@code charts/} and {@code
 * report.html}) replaced all at once, as {@link OutputFolder} replaces a whole folder: the new entries
 * are written into a hidden folder {@code .NAME.new-PID-N} inside it, and only when all are written are
 * the old ones moved into {@code .NAME.prev-PID-N} and the new ones moved into place, then the old ones
 * deleted. A failure while writing leaves the old entries as they were; one while swapping moves them
 * back. Either way the hidden folders are removed, so the folder holds the old entries or the new ones,
 * never a mix or a cut-off file. The kinds {@code new} and {@code prev} differ from an output folder's
 * {@code tmp} and {@code old}, so that {@link OutputFolder#removeStaleSiblings} never mistakes them for a
 * whole output folder.
 *
 * <p>A run killed while writing or swapping leaves its hidden folders behind; the next replacement of the
 * same entries in the folder finishes what it began (its {@code .NAME.prev-PID-N} exists only once every
 * new entry was written, so the swap is completed) or, when it had not written everything, removes its
 * {@code .NAME.new-PID-N}. The test hook of {@link OutputFolder#TEST_HOOK_PROPERTY} applies, with the
 * stages {@code written} (all new entries in the hidden folder), {@code swapping} (the old entries moved
 * aside and the first new one in place) and {@code swapped} (all new entries in place, the old ones not yet
 * deleted). Stateless.
 */
public final class OutputEntries {
    private OutputEntries() {}

    /**
     * Replaces the entries of {@code dir} that {@code contents} writes (into an empty folder standing for
     * {@code dir}) by what it writes there; the entries it does not write are left as they are. {@code
     * name} names the hidden folders. A new entry whose old one is of the other kind (a file where a
     * folder is written, or the reverse) is refused: that is something of the user's in the way. The
     * folder's {@link FolderLock} is held throughout, as a command writing the whole folder holds it.
     *
     * @throws UserInputException if another carbonsim command is writing {@code dir}; nothing is
     *     written then
     * @throws IOException if writing or swapping fails; {@code dir} then holds its old entries
     */
    public static void replace(Path dir, String name, OutputFolder.Contents contents) throws IOException {
        FolderLock lock = FolderLock.acquire(dir, OutputFolder.target(dir));
        try {
            replaceLocked(dir, name, contents);
        } finally {
            lock.close();
        }
    }

    private static void replaceLocked(Path dir, String name, OutputFolder.Contents contents) throws IOException {
        finishKilled(dir, name);
        Path staged = OutputFolder.freshSibling(dir, name, "new");
        try {
            contents.writeInto(staged);
            OutputFolder.testHook("written", staged);
            List<String> entries = entries(staged);
            for (String entry : entries) {
                Path old = dir.resolve(entry);
                if (Files.exists(old, LinkOption.NOFOLLOW_LINKS)
                        && Files.isDirectory(old) != Files.isDirectory(staged.resolve(entry))) {
                    throw new FileAlreadyExistsException(old.toString());
                }
            }
            Path aside = Files.createDirectory(pair(staged, "prev"));
            swap(dir, staged, aside, entries);
            OutputFolder.deleteQuietly(aside);
        } finally {
            if (Files.exists(staged, LinkOption.NOFOLLOW_LINKS)) {
                OutputFolder.deleteQuietly(staged);
            }
        }
    }

    /**
     * Moves the old {@code entries} of {@code dir} into {@code aside} and the new ones from {@code staged}
     * into place; on a failure moves the placed ones back into {@code staged} and the old ones back into
     * place, then rethrows, leaving {@code aside} empty.
     */
    private static void swap(Path dir, Path staged, Path aside, List<String> entries) throws IOException {
        List<String> movedAside = new ArrayList<>();
        List<String> placed = new ArrayList<>();
        try {
            for (String entry : entries) {
                if (Files.exists(dir.resolve(entry), LinkOption.NOFOLLOW_LINKS)) {
                    OutputFolder.move(dir.resolve(entry), aside.resolve(entry));
                    movedAside.add(entry);
                }
            }
            for (String entry : entries) {
                OutputFolder.move(staged.resolve(entry), dir.resolve(entry));
                placed.add(entry);
                if (placed.size() == 1) {
                    OutputFolder.testHook("swapping", dir);
                }
            }
            OutputFolder.testHook("swapped", aside);
        } catch (IOException | RuntimeException e) {
            try {
                for (String entry : placed) {
                    OutputFolder.move(dir.resolve(entry), staged.resolve(entry));
                }
                for (String entry : movedAside) {
                    OutputFolder.move(aside.resolve(entry), dir.resolve(entry));
                }
                OutputFolder.deleteQuietly(aside);
            } catch (IOException undo) {
                // the hidden folders stay: the next replacement, this process ended, completes the swap
                e.addSuppressed(undo);
            }
            throw e;
        }
    }

    /**
     * Completes or removes what a killed replacement of the entries of {@code dir} left behind: a stale
     * {@code .NAME.prev-PID-N} means that all its new entries were written, so those still in {@code
     * .NAME.new-PID-N} are moved into place (their old ones aside first) and both are deleted; a stale
     * {@code .NAME.new-PID-N} alone is deleted. Those of running processes are left alone.
     */
    static void finishKilled(Path dir, String name) throws IOException {
        Pattern hidden = Pattern.compile("\\." + Pattern.quote(name) + "\\.(new|prev)-(\\d+)-\\d+");
        List<Path> leftovers;
        try (Stream<Path> list = Files.list(dir)) {
            leftovers = list.filter(
                            p -> hidden.matcher(p.getFileName().toString()).matches())
                    .sorted()
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        for (String kind : List.of("prev", "new")) {
            for (Path leftover : leftovers) {
                Matcher m = hidden.matcher(leftover.getFileName().toString());
                if (!m.matches()
                        || !m.group(1).equals(kind)
                        || !Files.isDirectory(leftover, LinkOption.NOFOLLOW_LINKS)
                        || !OutputFolder.isStale(leftover, m.group(2))) {
                    continue;
                }
                if (kind.equals("prev")) {
                    Path staged = pair(leftover, "new");
                    if (Files.isDirectory(staged, LinkOption.NOFOLLOW_LINKS)) {
                        completeSwap(dir, staged, leftover);
                        OutputFolder.deleteQuietly(staged);
                    }
                }
                OutputFolder.deleteQuietly(leftover);
            }
        }
    }

    /** Moves the new entries left in {@code staged} into place, their old ones into {@code aside} first. */
    private static void completeSwap(Path dir, Path staged, Path aside) throws IOException {
        for (String entry : entries(staged)) {
            Path target = dir.resolve(entry);
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                if (Files.exists(aside.resolve(entry), LinkOption.NOFOLLOW_LINKS)) {
                    continue; // not the killed run's: its old entry is aside, so this one came later
                }
                OutputFolder.move(target, aside.resolve(entry));
            }
            OutputFolder.move(staged.resolve(entry), target);
        }
    }

    /** {@code .NAME.KIND-PID-N} for the hidden folder {@code .NAME.OTHER-PID-N}. */
    private static Path pair(Path hidden, String kind) {
        String n = hidden.getFileName().toString();
        int dash = n.indexOf('-', n.lastIndexOf('.'));
        return hidden.resolveSibling(n.substring(0, n.lastIndexOf('.') + 1) + kind + n.substring(dash));
    }

    /** The names of the entries directly in {@code folder}, in order. */
    private static List<String> entries(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}

package org.carbonsim.cli.format;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
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
 * <p>An entry that is a symbolic link to a folder (a {@code charts/} kept elsewhere) is never replaced:
 * the folder it leads to gets the new contents, its own entries moved aside and back on a failure in the
 * same swap. Across file systems those moves are copies, one file at a time.
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
     * folder's {@link FolderLock} is held throughout, as a command writing the whole folder holds it
     * (inside the folder when its parent is read-only, {@link FolderLock#acquireInside}).
     *
     * @throws UserInputException if another carbonsim command is writing {@code dir}; nothing is
     *     written then
     * @throws IOException if writing or swapping fails; {@code dir} then holds its old entries
     */
    public static void replace(Path dir, String name, OutputFolder.Contents contents) throws IOException {
        FolderLock lock = FolderLock.acquireInside(dir, OutputFolder.target(dir));
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
            swap(dir, aside, moves(dir, staged, aside, entries));
            OutputFolder.deleteQuietly(aside);
        } finally {
            if (Files.exists(staged, LinkOption.NOFOLLOW_LINKS)) {
                OutputFolder.deleteQuietly(staged);
            }
        }
    }

    /** One rename of a swap, and the rename back that undoes it. */
    private record Move(Path from, Path to) {}

    /** The renames of a swap: the old entries' aside, then the new ones' into place. */
    private record Moves(List<Move> old, List<Move> fresh) {}

    /**
     * The renames that replace the {@code entries} of {@code dir} by those in {@code staged}, the old
     * ones going into {@code aside}. An entry that is a symbolic link to a folder (a {@code charts/} kept
     * on another disk) is kept: the folder it leads to gets the new entry's contents instead of its own,
     * each of its entries moved aside into {@code aside/ENTRY} and replaced, so the link's folder too holds
     * the old contents or the new ones.
     *
     * @throws FileSystemException if such a link leads to {@code dir} or a folder holding it, whose
     *     entries cannot be moved aside into a folder inside them
     */
    private static Moves moves(Path dir, Path staged, Path aside, List<String> entries) throws IOException {
        List<Move> old = new ArrayList<>();
        List<Move> fresh = new ArrayList<>();
        for (String entry : entries) {
            Path place = dir.resolve(entry);
            Path next = staged.resolve(entry);
            if (isLinkedFolder(place, next)) {
                Path target = place.toRealPath();
                if (dir.toRealPath().startsWith(target)) {
                    throw new FileSystemException(
                            place.toString(), null, "is a symbolic link to " + target + ", which holds the folder");
                }
                Path held = Files.createDirectory(aside.resolve(entry));
                for (String child : entries(target)) {
                    old.add(new Move(target.resolve(child), held.resolve(child)));
                }
                for (String child : entries(next)) {
                    fresh.add(new Move(next.resolve(child), target.resolve(child)));
                }
            } else {
                if (Files.exists(place, LinkOption.NOFOLLOW_LINKS)) {
                    old.add(new Move(place, aside.resolve(entry)));
                }
                fresh.add(new Move(next, place));
            }
        }
        return new Moves(old, fresh);
    }

    /** Whether {@code place} is a symbolic link to a folder and its new entry {@code next} a folder too. */
    private static boolean isLinkedFolder(Path place, Path next) {
        return Files.isSymbolicLink(place)
                && Files.isDirectory(place)
                && Files.isDirectory(next, LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * Makes the renames of {@code moves}, the old entries' first (into {@code aside}); on a failure
     * renames the placed new ones back into the hidden folder they came from and the old ones back into
     * place, then rethrows, leaving {@code aside} empty. {@code dir} is named to the test hook.
     */
    private static void swap(Path dir, Path aside, Moves moves) throws IOException {
        List<Move> done = new ArrayList<>();
        try {
            for (Move m : moves.old()) {
                OutputFolder.move(m.from(), m.to());
                done.add(m);
            }
            int placed = 0;
            for (Move m : moves.fresh()) {
                OutputFolder.move(m.from(), m.to());
                done.add(m);
                if (++placed == 1) {
                    OutputFolder.testHook("swapping", dir);
                }
            }
            OutputFolder.testHook("swapped", aside);
        } catch (IOException | RuntimeException e) {
            try {
                // the placed new entries back first, then the old ones into the places they free
                for (int i = done.size() - 1; i >= 0; i--) {
                    OutputFolder.move(done.get(i).to(), done.get(i).from());
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

    /**
     * Moves the new entries left in {@code staged} into place, their old ones into {@code aside} first;
     * into the folder a symbolic link leads to, as {@link #moves} does.
     */
    private static void completeSwap(Path dir, Path staged, Path aside) throws IOException {
        for (String entry : entries(staged)) {
            Path target = dir.resolve(entry);
            if (isLinkedFolder(target, staged.resolve(entry))) {
                completeSwap(target.toRealPath(), staged.resolve(entry), Files.createDirectories(aside.resolve(entry)));
                continue;
            }
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

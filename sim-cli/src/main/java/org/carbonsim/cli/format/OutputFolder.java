package org.carbonsim.cli.format;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.carbonsim.cli.UserInputException;
import org.carbonsim.core.scenario.WindowsNames;

/**
 * An output folder written all at once: files go into a hidden sibling folder {@code .NAME.tmp-PID-N}
 * that is then renamed into place (the old folder is first renamed aside to {@code .NAME.old-PID-N}
 * and deleted afterwards), so the folder is either a command's complete output or the previous one.
 * A folder holding the marker file {@value #MARKER} is replaced; any other non-empty folder is refused,
 * whatever the options.
 *
 * <p>Nothing of the user's in a replaced folder is lost. The marker lists the files carbonsim wrote with
 * their SHA-256 ({@link OutputManifest}); every other file, link or empty folder in it (the user's notes,
 * an R script, a folder of figures, a file inside {@code charts/}) is carried into the new output at the
 * same path, as a second hard link made before the swap, so that a kill at any moment leaves it in the old
 * folder or the new one. Files carbonsim wrote and does not write again are not carried. Without {@code
 * --force}, a rerun is refused before the work when the folder holds a listed file that was edited since
 * or was written by an older carbonsim whose marker lists nothing (nothing in it is proven carbonsim's);
 * and when a file of the user's turns out, at the end, to have a name the new results write, the folder
 * is left as it is and the results go beside it ({@code NAME-2}). With {@code --force} the results
 * replace such files, and the user's other files are still carried. A symbolic link inside the folder
 * is never followed: it is carried as a link, and one standing where carbonsim wrote a folder (a {@code
 * charts/} linked to another disk) is refused before the work ({@link #refuseDisplacedFolders}).
 *
 * <p>A run killed while writing leaves its hidden siblings behind. The next command writing into the
 * same parent folder removes every such sibling whose process is no longer alive, or which is older than
 * {@link #STALE_AGE} (its process id may have been reused); a killed run's {@code .NAME.old-PID-N} is
 * renamed back to {@code NAME} first if the kill fell between the two renames and {@code NAME} is
 * missing.
 *
 * <p>A command holds the folder's {@link FolderLock} from {@link #check} until it has written it, so a
 * second carbonsim command writing the same folder meanwhile is refused at once, before it does any work.
 *
 * <p>A symbolic link given as the folder is followed: the link's target folder is replaced and the link
 * kept. A link to nothing, a folder that cannot be written and a full disk are {@link
 * UserInputException}s with a one-line message; the previous output is left as it was. The folder is
 * checked when a command starts ({@link #check}) and again when it writes: one that something else
 * wrote into meanwhile is kept, and results that cannot go where asked are written beside it or in the
 * system's temporary folder, the message saying where ({@link #write}). Stateless.
 */
public final class OutputFolder {
    /** The file that marks a folder as carbonsim output, safe to replace. */
    public static final String MARKER = ".carbonsim-output";

    /** Files a desktop's file browser writes into a folder it shows (macOS, Windows). */
    private static final Set<String> BROWSER_FILES = Set.of(".DS_Store", "Thumbs.db", "desktop.ini");

    /** Hidden siblings older than this are stale even when a process with their id is running. */
    static final Duration STALE_AGE = Duration.ofHours(24);

    /** The longest folder name, in bytes, that leaves room in 255 for the siblings' prefixes and suffixes. */
    static final int MAX_NAME_BYTES = 200;

    /**
     * System property for tests only: {@code halt:STAGE} makes the process print a line and wait (to be
     * killed) at that stage, {@code fail:STAGE} throws a "No space left on device" there and {@code
     * deny:STAGE} a "permission denied" (which a test running as root cannot provoke). The stages are
     * {@code written} (files in the temporary folder, no marker yet), {@code swapping} (the old folder
     * renamed aside, the new one not yet in place) and {@code swapped} (the new one in place, the old one
     * not yet deleted); {@link OutputEntries} has the same stages for the entries it replaces.
     */
    static final String TEST_HOOK_PROPERTY = "carbonsim.test.outputHook";

    /**
     * Why the working folder, the home folder and a folder holding an input are refused although a rerun
     * keeps the user's files: the start of the reason, which each refusal ends with its own.
     */
    private static final String REPLACED =
            "an output folder is replaced by a new one holding the results (only files carbonsim can prove are its"
                    + " own are replaced; yours are carried into it), but ";

    /** The end of the refusals that no option lifts. */
    private static final String EVEN_FORCED = ", so it is refused even with --force: choose another --out";

    /** {@code .NAME.KIND-PID-N}: group 1 the name, 2 the kind, 3 the process id. */
    private static final Pattern SIBLING = Pattern.compile("\\.(.+)\\.(tmp|old)-(\\d+)-\\d+");

    /** Writes a command's files into an existing empty folder. */
    @FunctionalInterface
    public interface Contents {
        void writeInto(Path dir) throws IOException;
    }

    private OutputFolder() {}

    /**
     * Refuses {@code dir} unless it is absent (and can be created: no file in its path, a writable
     * folder above it), empty or marked as carbonsim output; refuses the working folder, the home
     * folder and the folders above them even when marked. No option replaces a folder that holds
     * anything else: without a marker carbonsim cannot tell its files from the user's, and {@code --force}
     * given to replace a run of another scenario once deleted a user's home folder, when a folder was
     * replaced whole. A symbolic link is checked as its target.
     * Then locks it ({@link FolderLock}) until {@link #write} has written it; a command closes what this
     * returns to let the lock go on the way out when it fails before. A folder another carbonsim command
     * is writing is refused.
     */
    public static Checked check(Path dir) throws IOException {
        return check(dir, List.of());
    }

    /**
     * As {@link #check(Path)}, and refuses a folder that holds one of the command's {@code inputs} (as
     * the user gave them: a file, or a bundled scenario's name, which is no file and so never refused):
     * the input may be a file carbonsim wrote there (the copy of the scenario a run writes), which the
     * rerun replaces, and the run would no longer be repeatable from what it was given.
     */
    public static Checked check(Path dir, List<String> inputs) throws IOException {
        return check(dir, inputs, false);
    }

    /**
     * As {@link #check(Path, List)}, and refuses a marked folder that holds something a rerun would
     * replace without proof that it is carbonsim's ({@link #refuseUnproven}), unless {@code force}: a
     * file carbonsim wrote that was edited since, or any file of a folder an older carbonsim wrote.
     */
    public static Checked check(Path dir, List<String> inputs, boolean force) throws IOException {
        return check(dir, inputs, force, Writes.EVERYTHING);
    }

    /**
     * As {@link #check(Path, List, boolean)} for a command whose options say what it will write ({@code
     * writes}): a folder it writes that is a link or a file is refused before the work, and what it will
     * not write this time is left as it is, so that neither an edited file nor a link there is refused.
     */
    public static Checked check(Path dir, List<String> inputs, boolean force, Writes writes) throws IOException {
        Path target = target(dir);
        if (Files.exists(target) && !Files.isDirectory(target)) {
            // before the inputs: an --out naming the scenario file itself is a file, not a folder holding it
            throw new UserInputException(dir + ": exists and is not a folder; choose another --out");
        }
        Path real = real(target);
        refuseWorkingFolder(dir, real);
        refuseHomeFolder(dir, real);
        refuseInputs(dir, real, inputs);
        refuseLongName(dir, target);
        refuseWindowsName(dir, target);
        if (isReadOnly(target)) {
            throw new UserInputException(dir + ": the folder is read-only, so it is kept as it is and nothing was"
                    + " run, even with --force; make it writable (chmod u+w " + dir + ") to replace it, or choose"
                    + " another --out");
        }
        refuseMarkerNotAFile(dir, target, "nothing was run, even with --force: choose another --out");
        for (Path above = target.getParent(); above != null; above = above.getParent()) {
            if (Files.isSymbolicLink(above) && !Files.exists(above)) {
                throw new UserInputException(dir + ": cannot be created because " + above
                        + " is a symbolic link to nothing (" + Files.readSymbolicLink(above)
                        + " does not exist); create that folder or remove the link");
            }
            if (Files.exists(above)) {
                if (!Files.isDirectory(above)) {
                    throw new UserInputException(dir + ": cannot be created because " + above + " is a file");
                }
                if (!Files.isWritable(above)) {
                    throw new UserInputException(
                            dir + ": cannot be written because the folder " + above + " is read-only");
                }
                break;
            }
        }
        if (Files.isDirectory(target) && !Files.exists(target.resolve(MARKER)) && !isEmpty(target)) {
            throw new UserInputException(dir + ": folder is not empty and is not a carbonsim output (no " + MARKER
                    + "); carbonsim writes only into an empty folder or one of its own outputs, whose marker tells"
                    + " its files from yours, even with --force: choose another --out");
        }
        FolderLock lock;
        try {
            lock = FolderLock.acquire(dir, target);
        } catch (IOException e) {
            throw cannotWrite(dir + ": cannot lock the output folder", e, "nothing was run");
        }
        try {
            if (!force && Files.isDirectory(target) && Files.exists(target.resolve(MARKER))) {
                refuseUnproven(dir, target, writes);
            }
            return new Checked(dir, contents(target), lock, force);
        } catch (IOException | UncheckedIOException e) {
            lock.close();
            throw cannotWrite(dir + ": cannot read the output folder", e, "nothing was run");
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * What a command will write into its output folder, as far as its options tell before the work:
     * {@code folders}, the folders it writes (a link or a file standing where one belongs is refused before
     * the work, as it would be in the way of the results only at the end), and {@code skipped}, the files
     * and folders (by their paths inside it) an earlier output may hold that it will not write this time
     * ({@code charts} and {@code report.html} with {@code --no-charts}): a rerun keeps what is there as it
     * is, so an edited chart or a {@code charts/} made a link is no reason to refuse it.
     */
    public record Writes(List<String> folders, List<String> skipped) {
        /** A command that may write every file and folder of an earlier output, as its marker lists them. */
        public static final Writes EVERYTHING = new Writes(List.of(), List.of());

        public Writes {
            folders = List.copyOf(folders);
            skipped = List.copyOf(skipped);
        }

        /** Whether {@code path} (inside the folder, {@code /} between names) is or lies under a skipped one. */
        boolean skips(String path) {
            return skipped.stream().anyMatch(s -> path.equals(s) || path.startsWith(s + "/"));
        }
    }

    /**
     * An output folder as {@link #check} found it when the command started: {@code dir} as the user gave
     * it and {@code contents}, a listing of what it held ({@link #contents}), so that {@link #write} can
     * tell whether anything else wrote there while the command ran; and the {@code lock} on it, which
     * keeps every other carbonsim command from writing there until {@link #write} has written it or the
     * command, giving up, {@linkplain #close closes} this; and whether {@code --force} was given, which
     * lets the results replace files of the folder that are not proven carbonsim's.
     */
    public record Checked(Path dir, List<String> contents, FolderLock lock, boolean force) implements AutoCloseable {
        public Checked {
            contents = List.copyOf(contents);
        }

        public Checked(Path dir, List<String> contents, FolderLock lock) {
            this(dir, contents, lock, false);
        }

        /** Lets the folder's lock go. */
        @Override
        public void close() {
            lock.close();
        }

        /** Runs {@code first} when the process is stopped before it lets the lock go ({@link FolderLock#releaseOnStopAfter}). */
        public void releaseOnStopAfter(Runnable first) {
            lock.releaseOnStopAfter(first);
        }
    }

    /**
     * What {@code target} holds: each file and folder under it, its path relative to it, its size and
     * when it was last modified, in order; empty when it is absent or empty. The files a desktop's file
     * browser leaves in a folder the user looks at ({@link #BROWSER_FILES}) do not count, nor the
     * folders' own times, which such a file changes.
     */
    static List<String> contents(Path target) throws IOException {
        if (!Files.isDirectory(target)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(target)) {
            List<String> entries = new ArrayList<>();
            for (Path p : walk.sorted().toList()) {
                if (p.equals(target) || BROWSER_FILES.contains(p.getFileName().toString())) {
                    continue;
                }
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                entries.add(target.relativize(p)
                        + (a.isDirectory()
                                ? "/"
                                : " " + a.size() + " " + a.lastModifiedTime().toMillis()));
            }
            return entries;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Refuses, before any work, a rerun into the marked folder {@code target} that would replace files
     * carbonsim cannot prove are its own: files its marker lists that were changed since (an edited chart
     * or table, which a rerun writes again), or, in a folder of an older carbonsim whose marker lists
     * nothing ({@link OutputManifest#listed}), any file. Other files not listed are kept by the rerun
     * ({@link #write}), so they are no reason to refuse.
     */
    private static void refuseUnproven(Path dir, Path target, Writes writes) throws IOException {
        OutputManifest manifest;
        List<String> unproven;
        try {
            manifest = OutputManifest.read(target);
            if (manifest == null) {
                return;
            }
            Set<String> displaced = new TreeSet<>(manifest.listed() ? manifest.displacedFolders(target) : List.of());
            for (String folder : writes.folders()) {
                Path entry = target.resolve(folder);
                if (Files.exists(entry, LinkOption.NOFOLLOW_LINKS)
                        && !Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                    displaced.add(folder);
                }
            }
            refuseDisplacedFolders(
                    dir,
                    target,
                    displaced.stream().filter(p -> !writes.skips(p)).toList());
            unproven = (manifest.listed() ? manifest.changed(target) : manifest.kept(target))
                    .stream()
                            .filter(p -> !BROWSER_FILES.contains(
                                            Path.of(p).getFileName().toString())
                                    && !writes.skips(p))
                            .toList();
        } catch (IOException | UncheckedIOException e) {
            throw cannotWrite(dir + ": cannot read the output folder", e, "nothing was run");
        }
        if (unproven.isEmpty()) {
            return;
        }
        if (manifest.listed()) {
            String them = them(unproven);
            throw new UserInputException(dir + ": " + named(unproven) + (unproven.size() == 1 ? " was" : " were")
                    + " changed since carbonsim wrote " + them + ", and a rerun writes carbonsim's files again; move "
                    + them + " out of the folder, add --force to replace " + them + ", or choose another --out");
        }
        throw new UserInputException(dir + ": was written by an older carbonsim, which did not list the files it"
                + " wrote, so they cannot be told from files of yours (" + named(unproven) + "); add --force to"
                + " replace those the new results write (the others are kept), or choose another --out");
    }

    /**
     * Refuses, before any work, a rerun into {@code target} where a folder carbonsim wrote (its {@code
     * charts/}) is now a symbolic link or a file, {@code displaced}: the results are written inside the
     * output folder and swapped in whole, never through a link that may lead out of it, so the entry would
     * be replaced by the new folder, or, kept as the user's, leave no place for the results but {@code
     * NAME-2} at the end of the work. A link and the folder it leads to are the user's and are left as they
     * are.
     */
    private static void refuseDisplacedFolders(Path dir, Path target, List<String> displaced) throws IOException {
        if (displaced.isEmpty()) {
            return;
        }
        String first = displaced.get(0);
        Path entry = target.resolve(first);
        String also = displaced.size() > 1 ? " (also " + named(displaced.subList(1, displaced.size())) + ")" : "";
        if (!Files.isSymbolicLink(entry)) {
            throw new UserInputException(dir + ": " + first + " is a file where carbonsim wrote a folder, and a rerun"
                    + " writes that folder again; nothing was run and the file is left as it is: move it out of the"
                    + " folder, add --force to replace it, or choose another --out" + also);
        }
        throw new UserInputException(dir + ": " + first + " is a symbolic link (to " + Files.readSymbolicLink(entry)
                + ") where carbonsim wrote a folder, and a rerun writes that folder inside the output folder, never"
                + " through a link out of it; nothing was run and the link and the folder it leads to are left as"
                + " they are: remove the link (or move the folder back in its place), add --force to replace the"
                + " link by a folder of the new results (the folder it leads to is left as it is), or choose"
                + " another --out" + also);
    }

    /**
     * Whether {@code folder} is an existing folder that is read-only (no one may write it, {@code chmod
     * a-w}): a command refuses to write such an output folder, with or without {@code --force}. A rerun
     * replaces the folder whole through its parent, which the folder's own permission does not stop, so a
     * folder the user had made read-only to keep it as it was was replaced, and the new one writable. The
     * write bits are read as well as the process's access, so that the user's wish holds for root too, whom
     * the operating system lets write anywhere ({@code chart}, which writes inside the folder, drew into it
     * as root).
     */
    public static boolean isReadOnly(Path folder) throws IOException {
        return Files.isDirectory(folder) && readOnly(folder);
    }

    /** Whether the existing {@code path} may be written by no one, or not by this process. */
    static boolean readOnly(Path path) throws IOException {
        boolean readOnly = !Files.isWritable(path);
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path);
            readOnly |= !permissions.contains(PosixFilePermission.OWNER_WRITE)
                    && !permissions.contains(PosixFilePermission.GROUP_WRITE)
                    && !permissions.contains(PosixFilePermission.OTHERS_WRITE);
        } catch (UnsupportedOperationException e) {
            // no POSIX permissions (Windows): the access check above is all there is
        }
        return readOnly;
    }

    /**
     * Refuses, before any work, a folder whose marker {@value #MARKER} is a folder (or anything but a
     * file): it marked the folder as carbonsim's, but lists none of its files, so a rerun took every file
     * for the user's and, finding them in the way of the results, wrote them to {@code NAME-2} at the end of
     * the work. Nothing in such a folder can be told as carbonsim's, so no option replaces it.
     */
    private static void refuseMarkerNotAFile(Path dir, Path target, String consequence) {
        Path marker = target.resolve(MARKER);
        if (Files.exists(marker) && !Files.isRegularFile(marker)) {
            throw new UserInputException(dir + ": " + MARKER + " is "
                    + (Files.isDirectory(marker) ? "a folder" : "not a file")
                    + ", not the file in which carbonsim lists the files it wrote, so none of the folder's files can be"
                    + " told from yours; " + consequence);
        }
    }

    /**
     * Refuses, before anything is drawn, an output folder whose marker is not a file ({@link
     * #refuseMarkerNotAFile}): {@code chart} would replace its charts and report without knowing
     * whether they are carbonsim's.
     */
    public static void requireMarkerFileToRedraw(Path dir) throws IOException {
        refuseMarkerNotAFile(
                dir,
                target(dir),
                "nothing was drawn: run the command again into a new --out to have its charts drawn there");
    }

    /** "it" for one path, "them" for more, for a message. */
    private static String them(List<String> paths) {
        return paths.size() == 1 ? "it" : "them";
    }

    /** The first three of {@code paths} and how many more, for a message. */
    private static String named(List<String> paths) {
        String first = String.join(", ", paths.subList(0, Math.min(3, paths.size())));
        return paths.size() <= 3 ? first : first + " and " + (paths.size() - 3) + " more";
    }

    /**
     * Refuses a folder whose name leaves no room for the hidden sibling it is written through ({@code
     * .NAME.tmp-PID-N}) or for the folder the results would go to in the system's temporary folder
     * ({@code carbonsim-NAME-N}), on a file system whose names hold at most 255 bytes: such a folder
     * would be refused only at the end, after the work.
     */
    private static void refuseLongName(Path dir, Path target) {
        Path name = target.getFileName();
        int bytes = name == null ? 0 : name.toString().getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_NAME_BYTES) {
            throw new UserInputException(dir + ": the folder's name is " + bytes + " bytes long; at most "
                    + MAX_NAME_BYTES + " leave room for the temporary folders it is written through");
        }
    }

    /**
     * Refuses an output folder, or a missing folder above it that writing it would create, whose name no
     * folder can have on Windows ({@link WindowsNames}: {@code --out CON}, {@code --out aux.d/run}): it
     * could not be opened there when the output is copied or shared. A folder that exists above it is
     * the user's and is left alone.
     */
    private static void refuseWindowsName(Path dir, Path target) {
        for (Path p = target; p != null && p.getFileName() != null; p = p.getParent()) {
            if (p != target && Files.exists(p)) {
                return;
            }
            String name = p.getFileName().toString();
            String problem = WindowsNames.problem(name);
            if (problem != null) {
                throw new UserInputException(dir + ": \"" + name + "\" cannot be a folder's name on Windows: it "
                        + problem + "; choose another --out");
            }
        }
    }

    /**
     * Refuses a folder that is or holds the working folder, even when forced ({@code --out . --force}):
     * the user's files in it would be kept, but the folder itself is replaced by a new one, and the shell
     * standing in the old one would be left in a deleted folder.
     */
    private static void refuseWorkingFolder(Path dir, Path real) throws IOException {
        Path working = real(Path.of("").toAbsolutePath());
        if (working.startsWith(real)) {
            throw new UserInputException(dir + ": " + (working.equals(real) ? "is" : "holds") + " the working folder "
                    + working + "; " + REPLACED + "your shell and the programs standing in it would be left in the"
                    + " old folder, deleted" + EVEN_FORCED);
        }
    }

    /**
     * Refuses a folder that is or holds the user's home folder, even when forced: {@code --out ~ --force},
     * or {@code --out /root --force} run from elsewhere, replaced the home folder whole with a run's
     * files, and everything in it (the Maven repository, the shell's settings) was deleted, before a rerun
     * kept the user's files. It is still refused: the folder is replaced by a new one, and what other
     * programs write into it while that happens (a shell's history, an editor's file) goes into the old
     * one, which is deleted.
     */
    private static void refuseHomeFolder(Path dir, Path real) throws IOException {
        String home = System.getProperty("user.home", "");
        if (home.isBlank()) {
            return;
        }
        Path homeFolder;
        try {
            homeFolder = real(Path.of(home).toAbsolutePath().normalize());
        } catch (InvalidPathException e) {
            return;
        }
        if (homeFolder.startsWith(real)) {
            throw new UserInputException(dir + ": " + (homeFolder.equals(real) ? "is" : "holds") + " the home folder "
                    + homeFolder + "; " + REPLACED + "what other programs write in the home folder meanwhile would go"
                    + " into the old folder, deleted" + EVEN_FORCED);
        }
    }

    private static void refuseInputs(Path dir, Path real, List<String> inputs) throws IOException {
        for (String input : inputs) {
            Path file;
            try {
                file = Path.of(input);
            } catch (InvalidPathException e) {
                continue;
            }
            if (Files.isRegularFile(file) && file.toRealPath().startsWith(real)) {
                throw new UserInputException(dir + ": holds the input " + input + "; " + REPLACED
                        + "an input there may be one of carbonsim's own files (scenario.json, the copy of the"
                        + " scenario a run writes), which the new results replace" + EVEN_FORCED);
            }
        }
    }

    /** {@code path} with its links resolved, or as it is when it does not exist. */
    private static Path real(Path path) throws IOException {
        return Files.exists(path) ? path.toRealPath() : path;
    }

    /**
     * The folder that is written for {@code dir}: its absolute path, or the target of a symbolic link.
     *
     * @throws UserInputException if {@code dir} is a link to nothing
     */
    public static Path target(Path dir) throws IOException {
        Path absolute = dir.toAbsolutePath().normalize();
        if (Files.isSymbolicLink(absolute)) {
            if (!Files.exists(absolute)) {
                throw new UserInputException(dir + ": is a symbolic link to " + Files.readSymbolicLink(absolute)
                        + ", which does not exist; create that folder or remove the link");
            }
            return absolute.toRealPath();
        }
        return absolute;
    }

    /**
     * Writes {@code contents} and the marker (saying {@code what} and listing the files written) into the
     * {@code checked} folder atomically, with the files of the user's it held carried over ({@link
     * #carryOver}), after removing stale temporary siblings of killed runs from its parent. A command's
     * results are not lost at the end of a long run: when the folder holds something other than it held
     * at the check (the user put files in it, or something else that takes no lock wrote there), it
     * is left as it is and the results go to the first free sibling {@code NAME-2}, {@code NAME-3}, ...;
     * when the folder cannot be written, to a new folder in the system's temporary folder. Both are
     * reported as a {@link UserInputException} that says where the results are. The folder's lock is let
     * go at the end, written or not. Returns the folder and the files of the user's kept in it, for the
     * command to name ({@link Written#reportKept}).
     *
     * @throws UserInputException if the folder was changed meanwhile, holds a file of the user's that the
     *     results would replace (without {@code --force}) or cannot be written (the previous output is
     *     then unchanged)
     */
    public static Written write(Checked checked, String what, Contents contents) throws IOException {
        try (checked) {
            return new Written(checked.dir(), writeLocked(checked, what, contents));
        }
    }

    /**
     * Writes {@code contents} into the {@code checked} folder atomically, as {@link #write} does, but
     * keeps the folder's lock and returns the folder checked anew, for a command that writes the same
     * folder again later (a classroom's progress at each day's close, then its results). A folder that
     * holds something other than it held at the check is left as it is, and nothing is written
     * elsewhere: the command's later write says where its results go.
     *
     * @throws IOException if the folder was changed meanwhile or cannot be written (the previous
     *     output is then unchanged); the lock is kept either way
     */
    public static Checked rewrite(Checked checked, String what, Contents contents) throws IOException {
        Path dir = checked.dir();
        Path absolute = target(dir);
        List<String> now = contents(absolute);
        if (!now.isEmpty() && !now.equals(checked.contents())) {
            throw new UserInputException(dir + ": changed since carbonsim last wrote it (other files were written"
                    + " there), so it is left as it is");
        }
        List<String> kept = kept(absolute);
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        removeStaleSiblings(parent);
        try {
            replace(absolute, what, contents, kept, checked.force());
        } catch (KeptInTheWay e) {
            throw new UserInputException(dir + ": holds " + named(e.paths) + ", which carbonsim did not write and"
                    + " which this save would replace, so the folder is left as it is"
                    + (e.elsewhere != null ? "; this save is in " + e.elsewhere : ""));
        }
        return new Checked(dir, contents(absolute), checked.lock(), checked.force());
    }

    /**
     * An output folder {@link #write} has written: {@code dir} as the user gave it and {@code kept}, the
     * files of the user's it held that were carried into the new output (their paths inside it, an empty
     * folder ending in {@code /}), so that the command can say so: a user who finds carbonsim kept a file
     * they meant it to replace, or did not expect it to keep, knows which.
     */
    public record Written(Path dir, List<String> kept) {
        public Written {
            kept = List.copyOf(kept);
        }

        /**
         * The line saying which of the user's files were kept ({@code out/x: kept 2 files of yours:
         * notes.txt, analysis/fit.R}), the first three named; empty when none were.
         */
        public Optional<String> keptNotice() {
            if (kept.isEmpty()) {
                return Optional.empty();
            }
            boolean folders = kept.stream().anyMatch(p -> p.endsWith("/"));
            String noun = kept.size() == 1 ? (folders ? "folder" : "file") : (folders ? "files and folders" : "files");
            return Optional.of(dir + ": kept " + kept.size() + " " + noun + " of yours: " + named(kept));
        }

        /**
         * Prints {@link #keptNotice} on {@code err}, unless {@code quiet}: it is news, not a warning, and
         * {@code --quiet} prints nothing on success but warnings.
         */
        public void reportKept(PrintWriter err, boolean quiet) {
            if (!quiet) {
                keptNotice().ifPresent(line -> err.println("carbonsim: " + line));
            }
        }
    }

    private static List<String> writeLocked(Checked checked, String what, Contents contents) throws IOException {
        Path dir = checked.dir();
        Path absolute;
        List<String> now;
        try {
            absolute = target(dir);
            now = contents(absolute);
        } catch (UserInputException e) {
            throw new UserInputException(e.getMessage() + "; " + writeToTemporary(dir, what, contents), e);
        } catch (IOException | UncheckedIOException e) {
            throw cannotWrite(dir + ": cannot read the output folder", e, writeToTemporary(dir, what, contents));
        }
        boolean existed = Files.exists(absolute);
        if (!now.isEmpty() && !now.equals(checked.contents())) {
            Path elsewhere = writeElsewhere(absolute, what, contents, true);
            throw new UserInputException(dir + ": changed while the command ran (another command's output or"
                    + " other files were written there), so it is left as it is"
                    + (elsewhere != null ? "; the results are in " + elsewhere : "; the results could not be written"));
        }
        List<String> kept;
        try {
            kept = kept(absolute);
        } catch (IOException | UncheckedIOException e) {
            throw cannotWrite(dir + ": cannot read the output folder", e, writeToTemporary(dir, what, contents));
        }
        try {
            Path parent = absolute.getParent();
            Files.createDirectories(parent);
            removeStaleSiblings(parent);
            checked.lock().removeStaleBeside();
            return replace(absolute, what, contents, kept, checked.force());
        } catch (KeptInTheWay e) {
            String them = them(e.paths);
            throw new UserInputException(dir + ": holds " + named(e.paths) + ", which carbonsim did not write (or"
                    + " which " + (e.paths.size() == 1 ? "was" : "were")
                    + " changed since) and which the new results would"
                    + " replace, so the folder is left as it is"
                    + (e.elsewhere != null
                            ? "; the results are in " + e.elsewhere
                            : "; the results could not be written")
                    + "; move " + them + " out of the folder, or add --force to replace " + them);
        } catch (NotPlaced e) {
            throw cannotWrite(
                    dir + ": cannot write the output folder",
                    (Exception) e.getCause(),
                    (existed ? "the previous output is unchanged" : "nothing was written there")
                            + (e.elsewhere != null ? "; the results are in " + e.elsewhere : ""));
        } catch (IOException | UncheckedIOException e) {
            Path elsewhere = writeElsewhere(absolute, what, contents, false);
            throw cannotWrite(
                    dir + ": cannot write the output folder",
                    e,
                    (existed ? "the previous output is unchanged" : "nothing was written there")
                            + (elsewhere != null ? "; the results are in " + elsewhere : ""));
        }
    }

    /**
     * Writes the results for {@code dir}, whose folder cannot be found or read, into a new folder in the
     * system's temporary folder; returns the end of the message: what was written where.
     */
    private static String writeToTemporary(Path dir, String what, Contents contents) {
        Path elsewhere = writeElsewhere(dir.toAbsolutePath().normalize(), what, contents, false);
        return "nothing was written there" + (elsewhere != null ? "; the results are in " + elsewhere : "");
    }

    /**
     * Writes the results that could not go to {@code absolute}: into its first free sibling {@code
     * NAME-2}, {@code NAME-3}, ... when {@code beside}, else (or when that fails) into a new folder in
     * the system's temporary folder, which is removed again when it cannot be written. Returns where
     * they are, or {@code null} when neither could be written.
     */
    private static Path writeElsewhere(Path absolute, String what, Contents contents, boolean beside) {
        String name = absolute.getFileName().toString();
        if (beside) {
            try {
                return writeBeside(absolute.getParent(), name, what, contents);
            } catch (IOException | UncheckedIOException e) {
                // the temporary folder below is the last resort
            }
        }
        Path temporary = null;
        try {
            temporary = Files.createTempDirectory("carbonsim-" + name + "-");
            replace(temporary, what, contents, List.of(), false);
            return temporary;
        } catch (IOException | UncheckedIOException e) {
            if (temporary != null) {
                deleteQuietly(temporary);
            }
            return null;
        }
    }

    /**
     * Writes the results into a hidden sibling and renames it to the first of {@code NAME-2}, {@code
     * NAME-3}, ... that nothing holds. The rename never replaces what is there, so two commands that
     * end together beside the same folder each keep their results.
     */
    private static Path writeBeside(Path parent, String name, String what, Contents contents) throws IOException {
        return writeThrough(parent, name, what, contents, temp -> {}, temp -> placeBeside(parent, name, temp));
    }

    /** Renames {@code temp} to the first of {@code NAME-2}, {@code NAME-3}, ... that nothing holds. */
    private static Path placeBeside(Path parent, String name, Path temp) throws IOException {
        for (int n = 2; ; n++) {
            Path sibling = parent.resolve(name + "-" + n);
            try {
                Files.move(temp, sibling);
                return sibling;
            } catch (FileAlreadyExistsException e) {
                if (n == 1000) {
                    throw e;
                }
            }
        }
    }

    /**
     * What of the folder {@code absolute} a rerun keeps: each file, link or empty folder in it (its path
     * inside it) that its marker does not prove carbonsim's ({@link OutputManifest#kept}); everything in
     * a folder without a marker. Nothing when it is absent.
     */
    private static List<String> kept(Path absolute) throws IOException {
        if (!Files.isDirectory(absolute)) {
            return List.of();
        }
        OutputManifest manifest = OutputManifest.read(absolute);
        return (manifest != null ? manifest : new OutputManifest("", Map.of(), false)).kept(absolute);
    }

    /**
     * The user's files ({@code kept}) that the new results in {@code temp} write too, which would replace
     * them: the same path, or a file of the results where one of the folders above them belongs. A folder
     * of the user's where the results write a folder is not: the two are merged.
     */
    private static List<String> inTheWay(Path absolute, Path temp, List<String> kept) {
        List<String> inTheWay = new ArrayList<>();
        for (String path : kept) {
            Path at = temp.resolve(path);
            boolean collides = Files.exists(at, LinkOption.NOFOLLOW_LINKS)
                    && !(Files.isDirectory(at, LinkOption.NOFOLLOW_LINKS)
                            && Files.isDirectory(absolute.resolve(path), LinkOption.NOFOLLOW_LINKS));
            for (Path up = at.getParent(); !collides && !up.equals(temp); up = up.getParent()) {
                collides = Files.exists(up, LinkOption.NOFOLLOW_LINKS)
                        && !Files.isDirectory(up, LinkOption.NOFOLLOW_LINKS);
            }
            if (collides) {
                inTheWay.add(path);
            }
        }
        return inTheWay;
    }

    /**
     * Puts the user's {@code kept} files of {@code absolute} into the written results {@code temp} at the
     * same paths, unless one is in the way of the results ({@link #inTheWay}): then, unless {@code force},
     * nothing is carried and {@link KeptInTheWay} is thrown; with {@code force} that one is left out, to
     * be replaced. A file is carried as a second hard link to it, so that the old folder keeps it until the
     * new one is in place (a kill in between loses nothing, and a failure leaves the old folder whole) and
     * no space is taken; where the file system has no hard links, as a copy.
     */
    private static List<String> carryOver(Path absolute, Path temp, List<String> kept, boolean force)
            throws IOException {
        List<String> inTheWay = inTheWay(absolute, temp, kept);
        if (!inTheWay.isEmpty() && !force) {
            throw new KeptInTheWay(inTheWay);
        }
        List<String> carried = new ArrayList<>();
        for (String path : kept) {
            if (inTheWay.contains(path)) {
                continue;
            }
            Path from = absolute.resolve(path);
            Path to = temp.resolve(path);
            Files.createDirectories(to.getParent());
            if (Files.isDirectory(from, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectories(to);
            } else if (Files.isSymbolicLink(from)) {
                Files.createSymbolicLink(to, Files.readSymbolicLink(from));
            } else {
                try {
                    Files.createLink(to, from);
                } catch (UnsupportedOperationException | IOException e) {
                    Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
                }
            }
            carried.add(path);
        }
        return ofTheUsers(absolute, carried);
    }

    /**
     * The files of the user's among {@code paths} of {@code folder} as a command names them ({@link
     * Written#keptNotice}): an empty folder ending in {@code /}, without the files a desktop's file browser
     * leaves ({@link #BROWSER_FILES}), as {@link #carryOver} names those it carries.
     */
    public static List<String> ofTheUsers(Path folder, List<String> paths) {
        List<String> named = new ArrayList<>();
        for (String path : paths) {
            if (!BROWSER_FILES.contains(Path.of(path).getFileName().toString())) {
                named.add(Files.isDirectory(folder.resolve(path), LinkOption.NOFOLLOW_LINKS) ? path + "/" : path);
            }
        }
        return named;
    }

    /**
     * Files of the user's ({@code paths}) that the new results would replace, without {@code --force}:
     * the folder is left as it is and the results went to {@code elsewhere} ({@code null} when they
     * could be written nowhere).
     */
    private static final class KeptInTheWay extends IOException {
        private static final long serialVersionUID = 1L;

        private final transient List<String> paths;
        private transient Path elsewhere;

        KeptInTheWay(List<String> paths) {
            super("files of the user's are in the way: " + paths);
            this.paths = List.copyOf(paths);
        }
    }

    /**
     * Writes the folder {@code absolute} anew with {@code kept} carried over ({@link #carryOver}); returns
     * the files of the user's carried, without those the results replaced ({@code force}) and the files a
     * desktop's file browser leaves ({@link #BROWSER_FILES}).
     */
    private static List<String> replace(Path absolute, String what, Contents contents, List<String> kept, boolean force)
            throws IOException {
        Path parent = absolute.getParent();
        String name = absolute.getFileName().toString();
        List<String> carried = new ArrayList<>();
        writeThrough(
                parent, name, what, contents, temp -> carried.addAll(carryOver(absolute, temp, kept, force)), temp -> {
                    Path old = null;
                    try {
                        if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
                            Path aside = freshSibling(parent, name, "old");
                            Files.delete(aside);
                            move(absolute, aside);
                            old = aside;
                        }
                        testHook("swapping", absolute);
                        move(temp, absolute);
                    } catch (IOException e) {
                        if (old != null) {
                            move(old, absolute);
                        }
                        throw new NotPlaced(e, copyToTemporary(temp, name));
                    }
                    if (old != null) {
                        testHook("swapped", old);
                        deleteQuietly(old);
                    }
                    return absolute;
                });
        return List.copyOf(carried);
    }

    /**
     * The results were written in full but could not be put in place: {@code elsewhere} holds a copy in
     * the system's temporary folder ({@code null} when none could be made), so they are not written a
     * second time (charts drawn twice, a warning printed twice).
     */
    private static final class NotPlaced extends IOException {
        private static final long serialVersionUID = 1L;

        private final transient Path elsewhere;

        NotPlaced(IOException cause, Path elsewhere) {
            super(cause.getMessage(), cause);
            this.elsewhere = elsewhere;
        }
    }

    /**
     * Copies the written folder {@code written} into a new folder in the system's temporary folder;
     * returns it, or {@code null} (and nothing left behind) when it cannot be made.
     */
    private static Path copyToTemporary(Path written, String name) {
        Path temporary = null;
        try {
            temporary = Files.createTempDirectory("carbonsim-" + name + "-");
            copyTree(written, temporary);
            return temporary;
        } catch (IOException | UncheckedIOException e) {
            if (temporary != null) {
                deleteQuietly(temporary);
            }
            return null;
        }
    }

    /**
     * Copies the folder {@code from} and everything under it into {@code to}, created if absent; a
     * symbolic link under it is copied as a link.
     */
    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path file : walk.sorted().toList()) {
                Path copy = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy, LinkOption.NOFOLLOW_LINKS);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Puts a written temporary folder where it belongs; returns where that is. */
    @FunctionalInterface
    private interface Placement {
        Path place(Path temp) throws IOException;
    }

    /** Adds the files kept from the folder being replaced to the written results. */
    @FunctionalInterface
    private interface Carry {
        void into(Path temp) throws IOException;
    }

    /**
     * Writes {@code contents} into a fresh hidden sibling {@code .NAME.tmp-PID-N} of {@code parent}, lets
     * {@code carry} add the files kept from the folder it replaces, writes the marker (saying {@code what}
     * and listing the files {@code contents} wrote, {@link OutputManifest}, not the carried ones) and
     * hands it to {@code placement}; the sibling is removed when the writing fails or the placement leaves
     * it. Returns where the folder went. When {@code carry} finds files of the user's in the way of the
     * results ({@link KeptInTheWay}), the results go beside the folder ({@code NAME-2}, ...) or, failing
     * that, to the system's temporary folder.
     */
    private static Path writeThrough(
            Path parent, String name, String what, Contents contents, Carry carry, Placement placement)
            throws IOException {
        Path temp = freshSibling(parent, name, "tmp");
        try {
            contents.writeInto(temp);
            testHook("written", temp);
            OutputManifest manifest = OutputManifest.of(what, temp);
            try {
                carry.into(temp);
            } catch (KeptInTheWay e) {
                manifest.writeInto(temp);
                try {
                    e.elsewhere = placeBeside(parent, name, temp);
                } catch (IOException beside) {
                    e.elsewhere = copyToTemporary(temp, name);
                }
                throw e;
            }
            manifest.writeInto(temp);
            return placement.place(temp);
        } finally {
            if (Files.exists(temp)) {
                deleteQuietly(temp);
            }
        }
    }

    /**
     * Removes the hidden {@code .NAME.tmp-PID-N} and {@code .NAME.old-PID-N} folders in {@code parent}
     * whose process is gone or which are older than {@link #STALE_AGE}; puts a killed run's old folder
     * back when its {@code NAME} is missing.
     */
    static void removeStaleSiblings(Path parent) throws IOException {
        List<Path> siblings;
        try (Stream<Path> entries = Files.list(parent)) {
            siblings = entries.filter(
                            p -> SIBLING.matcher(p.getFileName().toString()).matches())
                    .sorted()
                    .toList();
        }
        for (Path sibling : siblings) {
            Matcher m = SIBLING.matcher(sibling.getFileName().toString());
            if (!m.matches() || !Files.isDirectory(sibling, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            if (!isStale(sibling, m.group(3))) {
                continue;
            }
            Path original = parent.resolve(m.group(1));
            if (m.group(2).equals("old") && !Files.exists(original, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    move(sibling, original);
                } catch (NoSuchFileException e) {
                    continue; // gone meanwhile: nothing left to put back
                }
            } else {
                deleteQuietly(sibling);
            }
        }
    }

    /**
     * Whether the hidden {@code sibling} written by process {@code pid} is a killed run's leftover: its
     * process is gone, or it is older than {@link #STALE_AGE} (the process id may have been reused). One
     * that is gone meanwhile (another command has just renamed it into place) is not.
     */
    static boolean isStale(Path sibling, String pid) throws IOException {
        boolean alive = ProcessHandle.of(Long.parseLong(pid))
                .map(ProcessHandle::isAlive)
                .orElse(false);
        try {
            return !alive
                    || Files.getLastModifiedTime(sibling, LinkOption.NOFOLLOW_LINKS)
                            .toInstant()
                            .isBefore(Instant.now().minus(STALE_AGE));
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    /** An empty hidden sibling {@code .NAME.KIND-PID-N} with the usual permissions. */
    static Path freshSibling(Path parent, String name, String kind) throws IOException {
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

    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
            Files.move(from, to);
        }
    }

    /**
     * Deletes {@code dir} and what it holds, without following links; what cannot be deleted is left for
     * the next run's {@link #removeStaleSiblings}, since the command's own output is already complete.
     */
    static void deleteQuietly(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException | UncheckedIOException e) {
            // a leftover is harmless: it is hidden, and removed as stale once this process has ended
        }
    }

    /**
     * The one-line message for an {@link IOException} (or one wrapped in an {@link UncheckedIOException})
     * met while writing: {@code "WHAT: REASON; OUTCOME"}. A full disk or a read-only folder is the
     * user's to fix, hence exit 2, not an internal failure.
     */
    public static UserInputException cannotWrite(String what, Exception e, String outcome) {
        IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
        return new UserInputException(what + ": " + reason(cause) + "; " + outcome, cause);
    }

    /** What went wrong, in one line: the operating system's reason and the file it concerned. */
    private static String reason(IOException e) {
        String text;
        if (e instanceof AccessDeniedException a) {
            text = "permission denied for " + a.getFile() + " (a read-only folder?)";
        } else if (e instanceof FileAlreadyExistsException f) {
            text = f.getFile() + " is in the way (a file, or a symbolic link to nothing)";
        } else if (e instanceof NoSuchFileException f) {
            text = "no such file or folder " + f.getFile();
        } else if (e instanceof NotDirectoryException f) {
            text = f.getFile() + " is not a folder";
        } else if (e instanceof FileSystemException f && f.getReason() != null) {
            text = f.getReason() + (f.getFile() != null ? " (" + f.getFile() + ")" : "");
        } else {
            text = String.valueOf(e.getMessage());
        }
        return text.replaceAll("\\s+", " ").strip();
    }

    static void testHook(String stage, Path dir) throws IOException {
        String hook = System.getProperty(TEST_HOOK_PROPERTY);
        if (hook == null) {
            return;
        }
        if (hook.equals("fail:" + stage)) {
            throw new IOException("No space left on device");
        }
        if (hook.equals("deny:" + stage)) {
            throw new AccessDeniedException(dir.toString());
        }
        if (hook.equals("halt:" + stage)) {
            System.err.println("carbonsim: test hook: halted at " + stage);
            System.err.flush();
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted at the test hook " + stage, e);
            }
        }
    }
}

package org.carbonsim.cli.format;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.carbonsim.cli.UserInputException;
import org.carbonsim.core.scenario.WindowsNames;

/**
 * Writes one output file (a CSV given with {@code --out}) through a temporary file in the same folder
 * that is then renamed into place, so the file is either complete or untouched. A symbolic link given
 * as the file is followed: the file it leads to is replaced, and the link stays. {@link #check} turns
 * the foreseeable problems (no such folder, a folder in the way) into {@link UserInputException}s
 * before any work is done, a pipe or a device ({@code /dev/null}) is refused rather than replaced by
 * a file, and a name no file can have on Windows ({@code CON}, {@code nul.csv}) is
 * refused as for an output folder. Stateless.
 */
public final class OutputFile {
    /** Longest first line read to tell whether a file is an earlier output of the command. */
    private static final int FIRST_LINE_CHARS = 4096;

    /** Writes the contents of the file. */
    @FunctionalInterface
    public interface Contents {
        void writeTo(Writer writer) throws IOException;
    }

    /** Writes the contents of the file, and says whether the command succeeded, so that the file is kept. */
    @FunctionalInterface
    public interface Outcome {
        boolean writeTo(Writer writer) throws IOException;
    }

    private OutputFile() {}

    /**
     * Checks that {@code file}, given with {@code option}, can be written: its folder exists, it is not
     * itself a folder, it is none of the {@code inputs} the command reads, which writing it would
     * replace, and it is not read-only (the user's wish to keep it, which the rename into place would not
     * stop, for root or anyone who may write its folder).
     *
     * @throws UserInputException naming the option and the path otherwise
     */
    public static void check(String option, Path file, Path... inputs) {
        List<String> names = new ArrayList<>();
        for (Path input : inputs) {
            names.add(input.toString());
        }
        check(option, file, names);
    }

    /** As {@link #check(String, Path, Path...)}, the inputs as the user gave them. */
    public static void check(String option, Path file, List<String> inputs) {
        Path target = file.toAbsolutePath();
        if (Files.isSymbolicLink(target) && !Files.exists(target)) {
            throw new UserInputException(option + " " + file + ": is a symbolic link to " + linkTarget(target)
                    + ", which does not exist; remove the link or give another file name");
        }
        if (Files.isDirectory(target)) {
            throw new UserInputException(option + " " + file + ": is a folder; give a file name");
        }
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            // the file is renamed into place: a device such as /dev/null would be replaced by it
            throw new UserInputException(option + " " + file + ": is a pipe or a device, not a file, which writing"
                    + " would replace; give a file name");
        }
        if (Files.isRegularFile(target) && readOnly(target)) {
            // as a read-only output folder is kept: the file is renamed into place, which its permission does not stop
            throw new UserInputException(option + " " + file + ": the file is read-only, so it is kept as it is and"
                    + " nothing was run, even with --force; make it writable (chmod u+w " + file + ") to replace it,"
                    + " or give another file name");
        }
        String name = target.getFileName() == null ? "" : target.getFileName().toString();
        String windows = WindowsNames.problem(name, "file");
        if (windows != null) {
            // as an output folder's name is refused (OutputFolder): the file could not be opened there
            throw new UserInputException(option + " " + file + ": \"" + name + "\" cannot be a file's name on Windows:"
                    + " it " + windows + "; choose another " + option);
        }
        if (Files.exists(target.getParent()) && !Files.isDirectory(target.getParent())) {
            throw new UserInputException(option + " " + file + ": " + target.getParent() + " is a file, not a folder");
        }
        if (!Files.isDirectory(target.getParent())) {
            throw new UserInputException(option + " " + file + ": folder " + target.getParent() + " does not exist");
        }
        for (String input : inputs) {
            if (sameFile(target, input)) {
                throw new UserInputException(option + " " + file + ": is the input " + input
                        + ", which writing it would replace; give another file name");
            }
        }
    }

    /**
     * Checks that writing {@code file}, given with {@code option}, loses nothing the user had: a file
     * already there is replaced only when it is empty or begins with {@code header}, the first line
     * this command writes (an earlier output of it, written again), or with {@code force}. A file
     * that is not there passes.
     *
     * @throws UserInputException naming the option, the path and how to go on otherwise
     */
    public static void checkReplaceable(String option, Path file, String header, boolean force) {
        checkReplaceable(
                option, file, Pattern.compile(Pattern.quote(header)), "a table", "is not '" + header + "'", force);
    }

    /**
     * As {@link #checkReplaceable(String, Path, String, boolean)}, for a command that writes files of
     * more than one kind ({@code replay}'s trades CSV, or its depth ladder with {@code --book}): a file
     * whose first line matches {@code firstLine} whole is an earlier output of the command, whichever
     * kind it wrote then (a first line longer than {@link #FIRST_LINE_CHARS} is none). {@code kind} names
     * what the command writes and {@code expected} says what its first line would be, for the message.
     */
    public static void checkReplaceable(
            String option, Path file, Pattern firstLine, String kind, String expected, boolean force) {
        Path target = file.toAbsolutePath();
        if (force || !Files.isRegularFile(target)) {
            return;
        }
        if (startsWithLine(target, firstLine)) {
            return;
        }
        throw new UserInputException(option + " " + file + ": the file exists and is not " + kind + " this command"
                + " writes (its first line " + expected + "); give another file name, or add --force to replace it");
    }

    /**
     * Whether {@code file} is empty or its first line (after a byte-order mark), of at most {@link
     * #FIRST_LINE_CHARS} characters, matches {@code firstLine}; false when it cannot be read as UTF-8.
     */
    private static boolean startsWithLine(Path file, Pattern firstLine) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            char[] start = new char[FIRST_LINE_CHARS + 2];
            int read = reader.read(start);
            if (read <= 0) {
                return true;
            }
            String text = new String(start, 0, read);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            int end = text.indexOf('\n');
            int cr = text.indexOf('\r');
            if (cr >= 0 && (end < 0 || cr < end)) {
                end = cr;
            }
            boolean wholeLine = end >= 0 || read < start.length;
            return wholeLine
                    && firstLine
                            .matcher(end >= 0 ? text.substring(0, end) : text)
                            .matches();
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    private static boolean readOnly(Path file) {
        try {
            return OutputFolder.readOnly(file);
        } catch (IOException e) {
            return false; // permissions that cannot be read: the writing itself says what is wrong
        }
    }

    private static String linkTarget(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            return "a path that cannot be read";
        }
    }

    private static boolean sameFile(Path target, String input) {
        try {
            Path file = Path.of(input);
            return Files.exists(target) && Files.exists(file) && Files.isSameFile(target, file);
        } catch (IOException | InvalidPathException e) {
            return false;
        }
    }

    /**
     * Writes {@code file} (UTF-8) from {@code contents} via a temporary file renamed into place.
     *
     * @throws UserInputException in one line if the file cannot be written (a read-only folder, a full
     *     disk); the file is then as it was
     */
    public static void write(Path file, Contents contents) throws IOException {
        writeIfDone(file, writer -> {
            contents.writeTo(writer);
            return true;
        });
    }

    /**
     * As {@link #write}, but the file is renamed into place only when {@code contents} returns true:
     * when it returns false (the command fails after writing, as a replay with malformed lines does),
     * or throws, the temporary file is removed and the file is as it was, so that no partial output is
     * left where a complete one is looked for.
     *
     * @return whether the file was written
     * @throws UserInputException in one line if the file cannot be written; the file is then as it was
     */
    public static boolean writeIfDone(Path file, Outcome contents) throws IOException {
        try {
            return replace(file, contents);
        } catch (IOException | UncheckedIOException e) {
            throw OutputFolder.cannotWrite(file + ": cannot write the file", e, "it is unchanged");
        }
    }

    private static boolean replace(Path file, Outcome contents) throws IOException {
        Path target = file.toAbsolutePath();
        if (Files.isSymbolicLink(target)) {
            // the file the link leads to is replaced and the link kept, as for an output folder
            target = target.toRealPath();
        }
        Path temp = freshTemporary(target);
        boolean done = false;
        try {
            boolean keep;
            try (BufferedWriter writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                keep = contents.writeTo(writer);
            }
            if (!keep) {
                return false;
            }
            keepPermissions(target, temp);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
            return true;
        } finally {
            if (!done) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /**
     * A new empty file {@code .NAME.PID-N.tmp} beside {@code target}, made with the permissions any new file
     * gets (the user's umask): a temporary file of the system's is readable by its owner alone, and the
     * output file renamed from it was too ({@code -rw-------}).
     */
    private static Path freshTemporary(Path target) throws IOException {
        String prefix =
                "." + target.getFileName() + "." + ProcessHandle.current().pid() + "-";
        for (int i = 0; ; i++) {
            try {
                return Files.createFile(target.resolveSibling(prefix + i + ".tmp"));
            } catch (FileAlreadyExistsException e) {
                if (i == 1000) {
                    throw e;
                }
            }
        }
    }

    /** Gives {@code temp} the permissions of the file {@code target} it replaces, as writing into it would. */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        if (!Files.isRegularFile(target)) {
            return;
        }
        try {
            Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
        } catch (UnsupportedOperationException e) {
            // no POSIX permissions (Windows): the new file has the folder's defaults
        }
    }
}

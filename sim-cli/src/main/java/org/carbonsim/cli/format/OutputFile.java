package org.carbonsim.cli.format;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.carbonsim.cli.UserInputException;

/**
 * Writes one output file (a CSV given with {@code --out}) through a temporary file in the same folder
 * that is then renamed into place, so the file is either complete or untouched. {@link #check} turns
 * the foreseeable problems (no such folder, a folder in the way) into {@link UserInputException}s
 * before any work is done. Stateless.
 */
public final class OutputFile {
    /** Writes the contents of the file. */
    @FunctionalInterface
    public interface Contents {
        void writeTo(Writer writer) throws IOException;
    }

    private OutputFile() {}

    /**
     * Checks that {@code file}, given with {@code option}, can be written: its folder exists, it is not
     * itself a folder, and it is none of the {@code inputs} the command reads, which writing it would
     * replace.
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
        if (Files.isDirectory(target)) {
            throw new UserInputException(option + " " + file + ": is a folder; give a file name");
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
        try {
            replace(file, contents);
        } catch (IOException | UncheckedIOException e) {
            throw OutputFolder.cannotWrite(file + ": cannot write the file", e, "it is unchanged");
        }
    }

    private static void replace(Path file, Contents contents) throws IOException {
        Path target = file.toAbsolutePath();
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
        boolean done = false;
        try {
            try (BufferedWriter writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                contents.writeTo(writer);
            }
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
        } finally {
            if (!done) {
                Files.deleteIfExists(temp);
            }
        }
    }
}

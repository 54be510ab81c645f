package org.carbonsim.core.scenario;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Why a file the loader names could not be read, in words that follow the file's name in a problem
 * ("is a folder, not a CSV file"), instead of the Java exception's class and text. Stateless.
 */
final class ReadFailure {
    private ReadFailure() {}

    /**
     * Why {@code file} could not be read, given the exception reading it threw; {@code expected} is
     * what the file should have been ("a scenario file").
     */
    static String describe(Path file, Exception e, String expected) {
        if (Files.isDirectory(file)) {
            return "is a folder, not " + expected;
        }
        if (e instanceof InputFiles.NotAFile) {
            return "is a pipe or a device, not " + expected;
        }
        if (e instanceof InputFiles.TooLarge t) {
            return t.getReason();
        }
        if (e instanceof AccessDeniedException) {
            return "cannot be read (permission denied)";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return "cannot be read (" + f.getReason() + ")";
        }
        return "cannot be read (" + e.getMessage() + ")";
    }
}

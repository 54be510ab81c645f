package org.carbonsim.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * Converts a file or folder given on the command line ({@code --out}, {@code --targets}, an order log)
 * and refuses an empty one, which Java reads as the working folder: {@code --out ""} would otherwise be
 * taken for the folder the user stands in, and one with a control character ({@link ControlCharacters}).
 * Stateless.
 */
final class PathOption implements CommandLine.ITypeConverter<Path> {
    @Override
    public Path convert(String value) {
        if (value.isBlank()) {
            throw new CommandLine.TypeConversionException("expected a file or folder name, got an empty one");
        }
        String control = ControlCharacters.problem(value);
        if (control != null) {
            throw new CommandLine.TypeConversionException("'" + ControlCharacters.printable(value) + "' " + control);
        }
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new CommandLine.TypeConversionException(
                    "not a valid file name (" + e.getReason() + "): '" + value + "'");
        }
    }
}

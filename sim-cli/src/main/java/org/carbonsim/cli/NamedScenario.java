package org.carbonsim.cli;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.carbonsim.core.scenario.InputFiles;
import org.carbonsim.core.scenario.ScenarioSource;

/**
 * The scenario a user named on the command line, as {@link ScenarioFiles#resolve} found it: a file on
 * disk, or a scenario bundled in carbonsim (its file name and bytes, read through the class loader).
 * A bundled scenario's problems are reported under the name the user gave, and the enterprise register
 * an edit names for it is looked for in the working folder: a bundled scenario has no folder of its
 * own. Immutable.
 */
public final class NamedScenario {
    private final String argument;
    /** The file, or null for a bundled scenario. */
    private final Path file;
    /** The bundled scenario's file name ("classroom-two-firms.json"), or null for a file. */
    private final String bundledFileName;
    /** The bundled scenario's bytes, or null for a file. */
    private final byte[] bundledBytes;

    private NamedScenario(String argument, Path file, String bundledFileName, byte[] bundledBytes) {
        this.argument = Objects.requireNonNull(argument, "argument");
        this.file = file;
        this.bundledFileName = bundledFileName;
        this.bundledBytes = bundledBytes;
    }

    /** The scenario in {@code file}, named {@code argument} on the command line. */
    static NamedScenario file(String argument, Path file) {
        return new NamedScenario(argument, Objects.requireNonNull(file, "file"), null, null);
    }

    /** The bundled scenario {@code fileName} with its {@code bytes}, named {@code argument}. */
    static NamedScenario bundled(String argument, String fileName, byte[] bytes) {
        return new NamedScenario(argument, null, Objects.requireNonNull(fileName, "fileName"), bytes.clone());
    }

    /** What the user named: a path or a bundled scenario's name, as given. */
    public String argument() {
        return argument;
    }

    /** The file on disk, or empty for a bundled scenario. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** Whether this is a scenario bundled in carbonsim rather than a file. */
    public boolean isBundled() {
        return file == null;
    }

    /**
     * Where the scenario was found, as {@code run.json} records it: a bundled scenario's name without
     * {@code .json}, or the file's absolute path.
     */
    public String location() {
        return file == null
                ? bundledFileName.replaceFirst("\\.json$", "")
                : file.toAbsolutePath().normalize().toString();
    }

    /**
     * The scenario's bytes now: a file is read again, so that a copy and a hash are of what the command
     * loads.
     *
     * @throws IOException if the file cannot be read
     */
    public byte[] bytes() throws IOException {
        return file == null ? bundledBytes.clone() : InputFiles.readAll(file);
    }

    /**
     * The scenario's text, its enterprise register to be read in {@code registerEncoding}.
     *
     * @throws org.carbonsim.core.scenario.ScenarioException if the file cannot be read
     */
    public ScenarioSource source(Charset registerEncoding) {
        return source(registerEncoding, Path.of("").toAbsolutePath());
    }

    /**
     * As {@link #source(Charset)}, a bundled scenario's register read relative to {@code workingFolder}
     * in place of this process's working folder: the folder of the command that named it, when another
     * process (a Spark executor, in a folder of its own) loads the scenario again.
     *
     * @throws org.carbonsim.core.scenario.ScenarioException if the file cannot be read
     */
    ScenarioSource source(Charset registerEncoding, Path workingFolder) {
        if (file != null) {
            return ScenarioSource.read(file, registerEncoding);
        }
        return ScenarioSource.of(bundledBytes, argument, workingFolder, registerEncoding);
    }
}

package org.carbonsim.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.carbonsim.core.scenario.Scenario;
import org.carbonsim.core.scenario.ScenarioEdit;
import org.carbonsim.core.scenario.ScenarioException;
import org.carbonsim.core.scenario.ScenarioSource;

/**
 * Finds and loads the scenario a user names: a file path, or else the name of a bundled scenario
 * ({@code classroom-two-firms}, with or without {@code .json}) from the classpath folder
 * {@value #RESOURCE_FOLDER}, read through the class loader as the index and the notes are (never
 * through a file system opened over the jar, which costs a short run tens of milliseconds). Commands
 * that take a scenario use this so that they all accept the same names and report problems the same
 * way.
 */
public final class ScenarioFiles {
    /** Classpath folder of the bundled scenarios. */
    static final String RESOURCE_FOLDER = "org/carbonsim/cli/scenarios/";

    private ScenarioFiles() {}

    /**
     * Loads {@code fileOrName}.
     *
     * @throws UserInputException with every problem, one per line, if it cannot be found or loaded
     */
    public static Scenario load(String fileOrName) {
        return load(fileOrName, StandardCharsets.UTF_8);
    }

    /**
     * Loads {@code fileOrName}, reading its enterprise register in {@code registerEncoding}.
     *
     * @throws UserInputException with every problem, one per line, if it cannot be found or loaded
     */
    public static Scenario load(String fileOrName, Charset registerEncoding) {
        try {
            return resolve(fileOrName).source(registerEncoding).load(List.of());
        } catch (ScenarioException e) {
            throw new UserInputException(e.getMessage(), e);
        }
    }

    /**
     * Loads {@code fileOrName} with {@code edits} applied to its JSON first.
     *
     * @throws ScenarioException listing every problem, for the caller to say which edit caused it
     */
    static Scenario load(String fileOrName, List<ScenarioEdit> edits, Charset registerEncoding) {
        return load(fileOrName, edits, registerEncoding, Path.of("").toAbsolutePath());
    }

    /**
     * As {@link #load(String, List, Charset)}, the register of a bundled scenario read relative to
     * {@code workingFolder} (see {@link NamedScenario#source(Charset, Path)}).
     *
     * @throws ScenarioException listing every problem, for the caller to say which edit caused it
     */
    static Scenario load(String fileOrName, List<ScenarioEdit> edits, Charset registerEncoding, Path workingFolder) {
        return resolve(fileOrName).source(registerEncoding, workingFolder).load(edits);
    }

    /**
     * Refuses a scenario {@code fileOrName} that can be read only once: a pipe (as {@code <(jq ...
     * scenario.json)} gives) or a device. A command that writes an output folder reads the scenario
     * again, to copy it there and record its SHA-256 in run.json, and a study again for each point,
     * and would find it empty the second time.
     *
     * @throws UserInputException saying to save the scenario to a file first
     */
    public static void requireRereadable(String fileOrName) {
        Optional<Path> file = resolve(fileOrName).file();
        if (file.isPresent()
                && Files.exists(file.get())
                && !Files.isRegularFile(file.get())
                && !Files.isDirectory(file.get())) {
            throw new UserInputException(fileOrName + ": is a pipe or a device, not a file; this command reads the"
                    + " scenario more than once (it copies it into the output folder), so save it to a file first");
        }
    }

    /**
     * What a command reads for the scenario the user named, as an output folder or file must not
     * replace: {@code fileOrName} as given, and the enterprise register it names, wherever that is
     * (a bundled scenario names none of its own).
     */
    public static List<String> inputs(String fileOrName) {
        return inputs(fileOrName, List.of());
    }

    /**
     * As {@link #inputs(String)}, and also the register each of {@code editSets} names when applied
     * to the file: a {@code --set enterpriseRegister=...} of {@code run} or {@code montecarlo}, or each
     * grid point of a {@code sweep} over it.
     */
    static List<String> inputs(String fileOrName, List<List<ScenarioEdit>> editSets) {
        Set<String> inputs = new LinkedHashSet<>(List.of(fileOrName));
        NamedScenario scenario = resolve(fileOrName);
        if (scenario.file().isPresent() && !Files.isRegularFile(scenario.file().get())) {
            return List.copyOf(inputs);
        }
        try {
            ScenarioSource source = scenario.source(StandardCharsets.UTF_8);
            source.referencedFiles().forEach(referenced -> inputs.add(referenced.toString()));
            for (List<ScenarioEdit> edits : editSets) {
                // only an edit of the register names another file: a sweep's other points are not parsed again
                if (edits.stream().anyMatch(edit -> edit.path().endsWith("enterpriseRegister"))) {
                    source.referencedFiles(edits).forEach(referenced -> inputs.add(referenced.toString()));
                }
            }
        } catch (ScenarioException e) {
            // unreadable: loading the scenario says why
        }
        return List.copyOf(inputs);
    }

    /**
     * The scenario to load for {@code fileOrName}: the file if it exists, else the bundled scenario of
     * that name, else, for something that looks like a path (it has a folder separator), the path as
     * given, whose loading then reports "file not found".
     *
     * @throws UserInputException for a plain name that is neither a file nor a bundled scenario,
     *     listing the bundled names, closest first
     */
    public static NamedScenario resolve(String fileOrName) {
        if (fileOrName.isBlank()) {
            throw new UserInputException("\"" + fileOrName
                    + "\": expected a scenario file or a bundled scenario's name," + " got an empty one");
        }
        String control = ControlCharacters.problem(fileOrName);
        if (control != null) {
            throw new UserInputException(ControlCharacters.printable(fileOrName) + ": " + control);
        }
        Path file;
        try {
            file = Path.of(fileOrName);
        } catch (InvalidPathException e) {
            throw new UserInputException(fileOrName + ": not a valid file name (" + e.getReason() + ")");
        }
        if (Files.exists(file) || fileOrName.contains("/") || fileOrName.contains("\\")) {
            return NamedScenario.file(fileOrName, file);
        }
        String name = fileOrName.endsWith(".json") ? fileOrName.substring(0, fileOrName.length() - 5) : fileOrName;
        String fileName = name + ".json";
        // only the scenarios the index lists: the folder also holds the schema and a targets table
        byte[] bundled = BundledScenarios.names().contains(name) ? bundled(fileName) : null;
        if (bundled == null) {
            throw new UserInputException(fileOrName + ": no such file, and no bundled scenario of that name;"
                    + " bundled scenarios: " + String.join(", ", BundledScenarios.closestFirst(fileOrName)));
        }
        return NamedScenario.bundled(fileOrName, fileName, bundled);
    }

    /**
     * The bytes of the bundled scenario {@code fileName} (a name without a folder), or {@code null}
     * when there is none.
     */
    static byte[] bundled(String fileName) {
        try (InputStream in = ScenarioFiles.class.getClassLoader().getResourceAsStream(RESOURCE_FOLDER + fileName)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled scenario " + fileName, e);
        }
    }
}

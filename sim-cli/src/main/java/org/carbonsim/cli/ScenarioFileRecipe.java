package org.carbonsim.cli;

import java.io.Serial;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.carbonsim.core.montecarlo.ScenarioRecipe;
import org.carbonsim.core.scenario.Scenario;
import org.carbonsim.core.scenario.ScenarioEdit;
import org.carbonsim.core.sensitivity.EditableScenario;

/**
 * A scenario described by what a user named on the command line: a file (kept as an absolute path)
 * or a bundled scenario's name, the encoding of its enterprise register, the edits made to its JSON
 * ({@code sweep --set}), the years kept ({@code --years}; 0 keeps them all) and the working folder of
 * the process that made it, against which a bundled scenario's register ({@code --set
 * enterpriseRegister=firms.csv}) is read. It loads the same scenario in any process that sees the same
 * files, such as a Spark executor reading a shared folder from a working folder of its own.
 * The process that made it keeps the scenario it already loaded. It loads again with more edits for
 * the points of a sensitivity study ({@link #load}).
 */
final class ScenarioFileRecipe implements ScenarioRecipe, EditableScenario {
    @Serial
    private static final long serialVersionUID = 1L;

    private final String fileOrName;
    private final String registerEncoding;
    private final List<String> editPaths;
    private final List<String> editValues;
    private final int years;
    private final String workingFolder;
    private transient volatile Scenario loaded;

    private ScenarioFileRecipe(
            String fileOrName,
            Charset registerEncoding,
            List<ScenarioEdit> edits,
            int years,
            Path workingFolder,
            Scenario loaded) {
        this.fileOrName = Objects.requireNonNull(fileOrName, "fileOrName");
        this.registerEncoding = registerEncoding.name();
        List<String> paths = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (ScenarioEdit edit : edits) {
            paths.add(edit.path());
            values.add(edit.value());
        }
        this.editPaths = List.copyOf(paths);
        this.editValues = List.copyOf(values);
        this.years = years;
        this.workingFolder = workingFolder.toAbsolutePath().toString();
        this.loaded = loaded;
    }

    /**
     * The recipe of {@code scenario}, already loaded from {@code fileOrName} with {@code edits} and
     * cut to {@code years} (null: all of them).
     */
    static ScenarioFileRecipe of(
            String fileOrName, Charset registerEncoding, List<ScenarioEdit> edits, Integer years, Scenario scenario) {
        return of(fileOrName, registerEncoding, edits, years, Path.of(""), scenario);
    }

    /** As {@link #of(String, Charset, List, Integer, Scenario)}, made in the working folder {@code workingFolder}. */
    static ScenarioFileRecipe of(
            String fileOrName,
            Charset registerEncoding,
            List<ScenarioEdit> edits,
            Integer years,
            Path workingFolder,
            Scenario scenario) {
        Path file = Path.of(fileOrName);
        String stable = Files.exists(file) ? file.toAbsolutePath().normalize().toString() : fileOrName;
        return new ScenarioFileRecipe(
                stable, registerEncoding, edits, years == null ? 0 : years, workingFolder, scenario);
    }

    /** The scenario with this recipe's edits and then {@code more} applied, cut to the same years. */
    @Override
    public Scenario load(List<ScenarioEdit> more) {
        if (more.isEmpty()) {
            return scenario();
        }
        List<ScenarioEdit> all = new ArrayList<>(edits());
        all.addAll(more);
        return new ScenarioFileRecipe(
                        fileOrName, Charset.forName(registerEncoding), all, years, Path.of(workingFolder), null)
                .scenario();
    }

    @Override
    public Scenario scenario() {
        Scenario s = loaded;
        if (s == null) {
            synchronized (this) {
                s = loaded;
                if (s == null) {
                    s = ScenarioFiles.load(
                            fileOrName, edits(), Charset.forName(registerEncoding), Path.of(workingFolder));
                    if (years > 0) {
                        s = s.withYears(years);
                    }
                    loaded = s;
                }
            }
        }
        return s;
    }

    private List<ScenarioEdit> edits() {
        List<ScenarioEdit> edits = new ArrayList<>();
        for (int i = 0; i < editPaths.size(); i++) {
            edits.add(new ScenarioEdit(editPaths.get(i), editValues.get(i)));
        }
        return edits;
    }
}

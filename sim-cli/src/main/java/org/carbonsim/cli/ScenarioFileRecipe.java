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
 * ({@code sweep --set}) and the years kept ({@code --years}; 0 keeps them all). It loads the same
 * scenario in any process that sees the same file, such as a Spark executor reading a shared folder.
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
    private transient volatile Scenario loaded;

    private ScenarioFileRecipe(
            String fileOrName, Charset registerEncoding, List<ScenarioEdit> edits, int years, Scenario loaded) {
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
        this.loaded = loaded;
    }

    /**
     * The recipe of {@code scenario}, already loaded from {@code fileOrName} with {@code edits} and
     * cut to {@code years} (null: all of them).
     */
    static ScenarioFileRecipe of(
            String fileOrName, Charset registerEncoding, List<ScenarioEdit> edits, Integer years, Scenario scenario) {
        Path file = Path.of(fileOrName);
        String stable = Files.exists(file) ? file.toAbsolutePath().normalize().toString() : fileOrName;
        return new ScenarioFileRecipe(stable, registerEncoding, edits, years == null ? 0 : years, scenario);
    }

    /** The scenario with this recipe's edits and then {@code more} applied, cut to the same years. */
    @Override
    public Scenario load(List<ScenarioEdit> more) {
        if (more.isEmpty()) {
            return scenario();
        }
        List<ScenarioEdit> all = new ArrayList<>(edits());
        all.addAll(more);
        return new ScenarioFileRecipe(fileOrName, Charset.forName(registerEncoding), all, years, null).scenario();
    }

    @Override
    public Scenario scenario() {
        Scenario s = loaded;
        if (s == null) {
            synchronized (this) {
                s = loaded;
                if (s == null) {
                    s = ScenarioFiles.load(fileOrName, edits(), Charset.forName(registerEncoding));
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

package org.carbonsim.core.scenario;

import com.google.gson.JsonElement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The text a scenario was loaded from, with the edits made to it before loading, kept so that it can
 * be loaded again with more edits. Studies vary any number in a scenario this way (the {@code
 * uncertainty} block, {@code sensitivity --param}), through the same {@link ScenarioEdit} paths and
 * the same loader checks as {@code sweep --set}, instead of rebuilding records by hand. Immutable.
 */
public final class ScenarioSource {
    private final byte[] utf8;
    private final String sourceName;
    private final Path baseDir;
    private final List<ScenarioEdit> edits;

    ScenarioSource(byte[] utf8, String sourceName, Path baseDir, List<ScenarioEdit> edits) {
        this.utf8 = utf8.clone();
        this.sourceName = Objects.requireNonNull(sourceName, "sourceName");
        this.baseDir = baseDir;
        this.edits = List.copyOf(edits);
    }

    /**
     * The scenario in {@code file}, as text, without loading it.
     *
     * @throws ScenarioException if the file cannot be read
     */
    public static ScenarioSource read(Path file) {
        String source = file.toString();
        try {
            return new ScenarioSource(
                    Files.readAllBytes(file), source, file.toAbsolutePath().getParent(), List.of());
        } catch (NoSuchFileException e) {
            throw new ScenarioException(source, List.of(new Problem(source, "file not found")));
        } catch (IOException | SecurityException e) {
            throw new ScenarioException(source, List.of(new Problem(source, "cannot read the file: " + e)));
        }
    }

    /** The name problems are reported under ("hubei-pilot.json"). */
    public String name() {
        return sourceName;
    }

    /**
     * Loads the scenario with this source's edits and then {@code more} applied, in order.
     *
     * @throws ScenarioException listing every problem
     */
    public Scenario load(List<ScenarioEdit> more) {
        List<ScenarioEdit> all = new ArrayList<>(edits);
        all.addAll(more);
        return ScenarioLoader.parse(utf8, sourceName, baseDir, all);
    }

    /** Whether {@code path} (as in {@link ScenarioEdit}) names a number in the edited text. */
    public boolean namesNumber(String path) {
        Problems problems = new Problems();
        JsonElement tree = StrictJson.parse(new String(utf8, StandardCharsets.UTF_8), sourceName, problems);
        if (tree == null) {
            return false;
        }
        for (ScenarioEdit edit : edits) {
            if (JsonPaths.set(tree, edit.path(), edit.value()) != null) {
                return false;
            }
        }
        return JsonPaths.namesNumber(tree, ScenarioEdit.normalise(path));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ScenarioSource s
                && Arrays.equals(utf8, s.utf8)
                && sourceName.equals(s.sourceName)
                && Objects.equals(baseDir, s.baseDir)
                && edits.equals(s.edits);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(utf8), sourceName, baseDir, edits);
    }

    @Override
    public String toString() {
        return "ScenarioSource[" + sourceName + ", " + edits.size() + " edit(s)]";
    }
}

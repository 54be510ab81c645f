package org.carbonsim.core.scenario;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A scenario file's JSON text with {@link ScenarioEdit}s applied, and the number a path names in it:
 * for tools that change a scenario's values and write the changed file back (a calibrated copy of a
 * scenario), with the same path syntax and typing rules as {@link ScenarioLoader#parse(byte[], String,
 * java.nio.file.Path, List)}. Stateless.
 */
public final class ScenarioJson {
    private ScenarioJson() {}

    /**
     * The scenario text {@code utf8} with {@code edits} applied in order, pretty-printed with two-space
     * indents; keys keep their order and numbers their digits.
     *
     * @throws ScenarioException if the text is not JSON or an edit names nothing settable
     */
    public static String edited(byte[] utf8, String sourceName, List<ScenarioEdit> edits) {
        Problems problems = new Problems();
        JsonElement tree = tree(utf8, sourceName, problems);
        if (tree != null) {
            for (ScenarioEdit edit : edits) {
                String problem = JsonPaths.set(tree, edit.path(), edit.value());
                if (problem != null) {
                    problems.add(edit.path(), problem);
                }
            }
        }
        if (!problems.isEmpty() || tree == null) {
            throw new ScenarioException(sourceName, problems.toList(sourceName));
        }
        return new GsonBuilder()
                        .setPrettyPrinting()
                        .disableHtmlEscaping()
                        .create()
                        .toJson(tree) + "\n";
    }

    /**
     * The number at {@code path} (normalised as in {@link ScenarioEdit}) in the scenario text {@code
     * utf8}, or empty when the text is not JSON or the path names no number.
     */
    public static Optional<BigDecimal> number(byte[] utf8, String path) {
        Problems problems = new Problems();
        JsonElement tree = tree(utf8, "scenario", problems);
        if (tree == null) {
            return Optional.empty();
        }
        String p = ScenarioEdit.normalise(path);
        if (!JsonPaths.namesNumber(tree, p)) {
            return Optional.empty();
        }
        return Optional.of(JsonPaths.resolve(tree, p).getAsBigDecimal());
    }

    private static JsonElement tree(byte[] utf8, String sourceName, Problems problems) {
        String text = Text.decode(utf8, sourceName, problems);
        return text == null ? null : StrictJson.parse(text, sourceName, problems);
    }
}

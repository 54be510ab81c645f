package org.carbonsim.core.scenario;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The text a scenario was loaded from, with the edits made to it before loading, kept so that it can
 * be loaded again with more edits. Studies vary any number in a scenario this way (the {@code
 * uncertainty} block, {@code sensitivity --param}), through the same {@link ScenarioEdit} paths and
 * the same loader checks as {@code sweep --set}, instead of rebuilding records by hand. The encoding
 * its enterprise register was read in is kept too, so that every reload reads the register as the
 * first load did ({@code --encoding GBK}). {@code calibrate} reads the numbers at its paths here and
 * writes its calibrated copy of the file with {@link #edited}: the one place a scenario's numeric
 * paths are read and set as text. Immutable.
 */
public final class ScenarioSource {
    private final byte[] utf8;
    private final String sourceName;
    private final Path baseDir;
    private final List<ScenarioEdit> edits;
    private final Charset registerEncoding;

    ScenarioSource(byte[] utf8, String sourceName, Path baseDir, List<ScenarioEdit> edits, Charset registerEncoding) {
        this.utf8 = utf8.clone();
        this.sourceName = Objects.requireNonNull(sourceName, "sourceName");
        this.baseDir = baseDir;
        this.edits = List.copyOf(edits);
        this.registerEncoding = Objects.requireNonNull(registerEncoding, "registerEncoding");
    }

    /**
     * The scenario in {@code file}, as text, without loading it.
     *
     * @throws ScenarioException if the file cannot be read
     */
    public static ScenarioSource read(Path file) {
        return read(file, StandardCharsets.UTF_8);
    }

    /**
     * The scenario in {@code file}, as text, without loading it; its enterprise register is to be read
     * in {@code registerEncoding} whenever it is loaded.
     *
     * @throws ScenarioException if the file cannot be read
     */
    public static ScenarioSource read(Path file, Charset registerEncoding) {
        String source = file.toString();
        try {
            return new ScenarioSource(
                    InputFiles.readAll(file), source, file.toAbsolutePath().getParent(), List.of(), registerEncoding);
        } catch (NoSuchFileException e) {
            throw new ScenarioException(source, List.of(new Problem(source, "file not found")));
        } catch (IOException | SecurityException e) {
            throw new ScenarioException(
                    source, List.of(new Problem(source, ReadFailure.describe(file, e, "a scenario file"))));
        }
    }

    /**
     * A scenario's text that is not read from a file of its own, such as one bundled in a jar: problems
     * are reported under {@code sourceName}, and the enterprise register it names is resolved against
     * {@code baseDir} (against the working folder when it is null) and read in {@code registerEncoding}.
     */
    public static ScenarioSource of(byte[] utf8, String sourceName, Path baseDir, Charset registerEncoding) {
        return new ScenarioSource(utf8, sourceName, baseDir, List.of(), registerEncoding);
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
        return ScenarioLoader.parse(utf8, sourceName, baseDir, all, registerEncoding);
    }

    /** The encoding the enterprise register is read in. */
    public Charset registerEncoding() {
        return registerEncoding;
    }

    /** Whether {@code path} (as in {@link ScenarioEdit}) names a number in the edited text. */
    public boolean namesNumber(String path) {
        return number(path).isPresent();
    }

    /**
     * The number at {@code path} (normalised as in {@link ScenarioEdit}) in the edited text, or empty
     * when the text is not JSON, an edit names nothing settable or the path names no number.
     */
    public Optional<BigDecimal> number(String path) {
        JsonElement tree = tree(new Problems());
        String p = ScenarioEdit.normalise(path);
        if (tree == null || !JsonPaths.namesNumber(tree, p)) {
            return Optional.empty();
        }
        return Optional.of(JsonPaths.resolve(tree, p).getAsBigDecimal());
    }

    /**
     * The text with this source's edits and then {@code more} applied in order, pretty-printed with
     * two-space indents; keys keep their order and numbers their digits. For tools that write a changed
     * scenario back (a calibrated copy).
     *
     * @throws ScenarioException if the text is not JSON or an edit names nothing settable
     */
    public String edited(List<ScenarioEdit> more) {
        Problems problems = new Problems();
        JsonElement tree = tree(problems);
        if (tree != null) {
            for (ScenarioEdit edit : more) {
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
     * The files this scenario reads besides itself, resolved as loading resolves them: its enterprise
     * register, when it names one. Empty when the text cannot be parsed or the name is no path
     * (loading it then says why).
     */
    public List<Path> referencedFiles() {
        return referencedFiles(List.of());
    }

    /**
     * As {@link #referencedFiles()}, with {@code more} edits applied after this source's: an edit of
     * {@code $.enterpriseRegister} names another register. Empty when an edit names nothing settable
     * (loading with it then says why).
     */
    public List<Path> referencedFiles(List<ScenarioEdit> more) {
        JsonElement tree = tree(new Problems());
        if (tree == null) {
            return List.of();
        }
        for (ScenarioEdit edit : more) {
            if (JsonPaths.set(tree, edit.path(), edit.value()) != null) {
                return List.of();
            }
        }
        if (!tree.isJsonObject()) {
            return List.of();
        }
        JsonElement register = tree.getAsJsonObject().get("enterpriseRegister");
        if (register == null
                || !register.isJsonPrimitive()
                || !register.getAsJsonPrimitive().isString()) {
            return List.of();
        }
        try {
            return List.of(EnterpriseRegister.resolve(baseDir, register.getAsString()));
        } catch (InvalidPathException e) {
            return List.of();
        }
    }

    /** The parsed text with this source's edits applied, or null with the problems added. */
    private JsonElement tree(Problems problems) {
        String text = Text.decode(utf8, sourceName, problems);
        JsonElement tree = text == null ? null : StrictJson.parse(text, sourceName, problems);
        if (tree == null) {
            return null;
        }
        for (ScenarioEdit edit : edits) {
            String problem = JsonPaths.set(tree, edit.path(), edit.value());
            if (problem != null) {
                problems.add(edit.path(), problem);
                return null;
            }
        }
        return tree;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ScenarioSource s
                && Arrays.equals(utf8, s.utf8)
                && sourceName.equals(s.sourceName)
                && Objects.equals(baseDir, s.baseDir)
                && edits.equals(s.edits)
                && registerEncoding.equals(s.registerEncoding);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(utf8), sourceName, baseDir, edits, registerEncoding);
    }

    @Override
    public String toString() {
        return "ScenarioSource[" + sourceName + ", " + edits.size() + " edit(s)]";
    }
}

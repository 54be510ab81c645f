package org.carbonsim.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.carbonsim.core.scenario.EditDistance;
import org.carbonsim.core.scenario.Scenario;

/**
 * The scenarios packaged with the command line, found through the index file {@value #INDEX} in the
 * same classpath folder (a jar cannot list a folder): their names, one-line summaries and years, and
 * the names closest to a mistyped one. Immutable.
 */
final class BundledScenarios {
    /** Classpath resource listing the bundled scenarios, one name a line; {@code #} starts a comment. */
    static final String INDEX = ScenarioFiles.RESOURCE_FOLDER + "index.txt";

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.?!])\\s+(?=[A-Z(\"])");
    private static final String QUESTION = "**Question.**";

    private BundledScenarios() {}

    /** The names in the index, in its order; read once, as the class path does not change. */
    static List<String> names() {
        return Index.NAMES;
    }

    /** The index, read when first asked for (a command that names a file never reads it). */
    private static final class Index {
        static final List<String> NAMES = read();
    }

    private static List<String> read() {
        InputStream in = BundledScenarios.class.getClassLoader().getResourceAsStream(INDEX);
        if (in == null) {
            throw new IllegalStateException("the bundled scenario index " + INDEX + " is missing from the build");
        }
        List<String> names = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(names);
    }

    /** Every bundled scenario, loaded, in the index's order. */
    static List<BundledScenario> list() {
        List<BundledScenario> list = new ArrayList<>();
        for (String name : names()) {
            Scenario scenario = ScenarioFiles.load(name);
            String description = scenario.description().isBlank() ? note(name) : scenario.description();
            list.add(new BundledScenario(
                    name,
                    firstSentence(description),
                    description.strip(),
                    scenario.calendar().startYear(),
                    scenario.calendar().endYear()));
        }
        return list;
    }

    /** The bundled names, those containing {@code wanted} first, then by edit distance, then by name. */
    static List<String> closestFirst(String wanted) {
        String key = wanted.toLowerCase(Locale.ROOT).replaceFirst("\\.json$", "");
        return names().stream()
                .sorted(Comparator.comparingInt((String name) -> name.contains(key) ? 0 : 1)
                        .thenComparingInt(name -> EditDistance.between(key, name))
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    /** The first sentence of {@code text} on one line. */
    static String firstSentence(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return SENTENCE_END.split(oneLine, 2)[0];
    }

    /** The question of the scenario's note {@code NAME.md}, or an empty string without a note. */
    private static String note(String name) {
        InputStream in = BundledScenarios.class
                .getClassLoader()
                .getResourceAsStream(ScenarioFiles.RESOURCE_FOLDER + name + ".md");
        if (in == null) {
            return "";
        }
        try (in) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int question = text.indexOf(QUESTION);
            if (question < 0) {
                return "";
            }
            String rest = text.substring(question + QUESTION.length());
            int paragraphEnd = rest.indexOf("\n\n");
            return (paragraphEnd < 0 ? rest : rest.substring(0, paragraphEnd)).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

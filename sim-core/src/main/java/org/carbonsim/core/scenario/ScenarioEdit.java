package org.carbonsim.core.scenario;

import java.util.Objects;

/**
 * A change to one value of a scenario file before it is loaded, for sweeps over policy parameters.
 * The path has the syntax of the {@code uncertainty} block's paths ({@code $.market.initialPrice},
 * {@code $.coverage.thresholds[0].emissionsTonnes}, {@code $.allocation.cap.byYear["2024"]}); a path
 * without the leading {@code $.} gets it. The value is text, read as the type of the value the file
 * has there (a number in ASCII digits, a string, or true/false); a key absent from an object the file
 * has is added. A value starting with {@code [} or {@code {} is JSON (a list or an object) and
 * replaces the whole value at the path. The edited file is then checked by the loader like any
 * other. Immutable.
 *
 * @param path JSON path of the value, starting with {@code $}
 * @param value the new value as text, or as JSON when it starts with {@code [} or {@code {}
 */
public record ScenarioEdit(String path, String value) {
    public ScenarioEdit {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(value, "value");
        path = normalise(path);
    }

    /**
     * {@code path} with a leading {@code $} ({@code market.limitPct} becomes {@code $.market.limitPct}),
     * in the one spelling of the value it names: a key that is a name after a dot, any other in quotes
     * and brackets, an index without leading zeros ({@code market["limitPct"]} is {@code
     * $.market.limitPct}, {@code sectors[01]} is {@code $.sectors[1]}). So two spellings of one value
     * compare equal, for the checks of a path given twice or drawn by the uncertainty block. A path that
     * is not one is returned with the {@code $} alone, for the loader to refuse as typed.
     */
    public static String normalise(String path) {
        String p = path.trim();
        String rooted = p.startsWith("$") ? p : p.startsWith("[") ? "$" + p : "$." + p;
        return JsonPaths.canonical(rooted);
    }

    /**
     * A hint for a path that is not one only because a key after a dot is not a name: {@code
     * "; a key that is not a name is written in quotes and brackets, as $.allocation.cap.byYear[\"2024\"]"}
     * for {@code $.allocation.cap.byYear.2024}; otherwise "".
     */
    public static String quotedKeyHint(String path) {
        return JsonPaths.quotedKeyHint(normalise(path));
    }
}

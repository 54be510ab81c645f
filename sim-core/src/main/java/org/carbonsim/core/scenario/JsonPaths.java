package org.carbonsim.core.scenario;

import com.google.gson.JsonElement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Resolves the simple JSON paths used in scenario files: {@code $.a.b[2].c} and {@code $.a["2024"]}. */
final class JsonPaths {
    private static final Pattern STEP =
            Pattern.compile("\\.([A-Za-z_$][A-Za-z0-9_$]*)|\\[(\\d{1,9})\\]|\\[\"([^\"\\\\]*)\"\\]");

    private JsonPaths() {}

    /** The element at {@code path}, or {@code null} if the path is malformed or names nothing. */
    static JsonElement resolve(JsonElement root, String path) {
        if (!path.startsWith("$")) {
            return null;
        }
        JsonElement current = root;
        Matcher m = STEP.matcher(path);
        int at = 1;
        while (at < path.length()) {
            if (!m.find(at) || m.start() != at) {
                return null;
            }
            if (m.group(2) != null) {
                int i = Integer.parseInt(m.group(2));
                if (!current.isJsonArray() || i >= current.getAsJsonArray().size()) {
                    return null;
                }
                current = current.getAsJsonArray().get(i);
            } else {
                String key = m.group(1) != null ? m.group(1) : m.group(3);
                if (!current.isJsonObject() || !current.getAsJsonObject().has(key)) {
                    return null;
                }
                current = current.getAsJsonObject().get(key);
            }
            at = m.end();
        }
        return current;
    }

    /** Whether {@code path} names a number in {@code root}. */
    static boolean namesNumber(JsonElement root, String path) {
        JsonElement e = resolve(root, path);
        return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber();
    }
}

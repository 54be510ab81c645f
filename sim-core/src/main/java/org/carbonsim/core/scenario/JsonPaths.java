package org.carbonsim.core.scenario;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves and sets the simple JSON paths used in scenario files: {@code $.a.b[2].c} and {@code
 * $.a["2024"]}.
 */
final class JsonPaths {
    private static final Pattern STEP =
            Pattern.compile("\\.([A-Za-z_$][A-Za-z0-9_$]*)|\\[(\\d{1,9})\\]|\\[\"([^\"\\\\]*)\"\\]");

    /** One step of a path: an object key, or an array index when {@code key} is null. */
    private record Step(String key, int index) {}

    private JsonPaths() {}

    /** The element at {@code path}, or {@code null} if the path is malformed or names nothing. */
    static JsonElement resolve(JsonElement root, String path) {
        List<Step> steps = steps(path);
        if (steps == null) {
            return null;
        }
        JsonElement current = root;
        for (Step step : steps) {
            current = child(current, step);
            if (current == null) {
                return null;
            }
        }
        return current;
    }

    /** Whether {@code path} names a number in {@code root}. */
    static boolean namesNumber(JsonElement root, String path) {
        JsonElement e = resolve(root, path);
        return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber();
    }

    /**
     * Sets the value at {@code path} from {@code text}, read as the type of the value already there
     * (a number, a string, or true/false); a key absent from an object is added, read as a number if
     * it is one, else as true/false, else as a string, and so are the objects on the way to it that
     * are absent (as {@code agents.compliance} for {@code agents.compliance.reviewsPerDay}), so that
     * an optional setting can be set on a file that leaves it out. The loader then checks the keys
     * added like any other: a misspelt one is reported at its path. Array elements are never added.
     *
     * @return null when set, otherwise what is wrong
     */
    static String set(JsonElement root, String path, String text) {
        List<Step> steps = steps(path);
        if (steps == null || steps.isEmpty()) {
            return "not a path such as $.market.initialPrice or $.coverage.thresholds[0].emissionsTonnes";
        }
        JsonElement parent = root;
        for (int i = 0; i < steps.size() - 1; i++) {
            JsonElement next = child(parent, steps.get(i));
            // an object is added on the way to a key only: one on the way to an index would be reported
            // as an object indexed like an array, when it is the array that the file lacks
            if (next == null && steps.get(i).key() != null && steps.get(i + 1).key() != null && parent.isJsonObject()) {
                next = new JsonObject();
                parent.getAsJsonObject().add(steps.get(i).key(), next);
            }
            if (next == null) {
                return absent(parent, steps, i);
            }
            parent = next;
        }
        Step last = steps.get(steps.size() - 1);
        JsonElement target = child(parent, last);
        if (target == null) {
            if (last.key() == null || !parent.isJsonObject()) {
                return absent(parent, steps, steps.size() - 1);
            }
            parent.getAsJsonObject().add(last.key(), inferred(text));
            return null;
        }
        if (!target.isJsonPrimitive()) {
            return "names " + (target.isJsonObject() ? "an object" : target.isJsonArray() ? "an array" : "null")
                    + "; only a number, a string or true/false can be set";
        }
        JsonPrimitive old = target.getAsJsonPrimitive();
        JsonPrimitive value;
        if (old.isNumber()) {
            BigDecimal number = number(text);
            if (number == null) {
                return "expected a number (the file has " + old.getAsString() + " here), got \"" + text + "\"";
            }
            value = new JsonPrimitive(number);
        } else if (old.isBoolean()) {
            if (!text.equals("true") && !text.equals("false")) {
                return "expected true or false (the file has " + old.getAsString() + " here), got \"" + text + "\"";
            }
            value = new JsonPrimitive(Boolean.parseBoolean(text));
        } else {
            value = new JsonPrimitive(text);
        }
        if (last.key() != null) {
            parent.getAsJsonObject().add(last.key(), value);
        } else {
            parent.getAsJsonArray().set(last.index(), value);
        }
        return null;
    }

    private static JsonPrimitive inferred(String text) {
        BigDecimal number = number(text);
        if (number != null) {
            return new JsonPrimitive(number);
        }
        if (text.equals("true") || text.equals("false")) {
            return new JsonPrimitive(Boolean.parseBoolean(text));
        }
        return new JsonPrimitive(text);
    }

    private static BigDecimal number(String text) {
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static JsonElement child(JsonElement current, Step step) {
        if (step.key() == null) {
            if (!current.isJsonArray()
                    || step.index() >= current.getAsJsonArray().size()) {
                return null;
            }
            return current.getAsJsonArray().get(step.index());
        }
        if (!current.isJsonObject()) {
            return null;
        }
        JsonObject object = current.getAsJsonObject();
        return object.has(step.key()) ? object.get(step.key()) : null;
    }

    /** The steps of {@code path}, or null if it is malformed. */
    private static List<Step> steps(String path) {
        if (!path.startsWith("$")) {
            return null;
        }
        List<Step> steps = new ArrayList<>();
        Matcher m = STEP.matcher(path);
        int at = 1;
        while (at < path.length()) {
            if (!m.find(at) || m.start() != at) {
                return null;
            }
            if (m.group(2) != null) {
                steps.add(new Step(null, Integer.parseInt(m.group(2))));
            } else {
                steps.add(new Step(m.group(1) != null ? m.group(1) : m.group(3), -1));
            }
            at = m.end();
        }
        return steps;
    }

    /**
     * Why step {@code i} of {@code steps} names nothing in {@code parent}, the value the steps before it
     * name: an index into an object (a shell drops the quotes of {@code byYear["2024"]} typed bare, and
     * {@code byYear[2024]} is left), a key of an array, or an element past an array's end.
     */
    private static String absent(JsonElement parent, List<Step> steps, int i) {
        Step step = steps.get(i);
        String at = describe(steps.subList(0, i));
        String reason;
        if (step.key() == null && parent.isJsonObject()) {
            reason = at + " is an object, whose keys are written in quotes, as " + at + "[\"" + step.index() + "\"]";
        } else if (step.key() != null && parent.isJsonArray()) {
            reason = at + " is an array, whose elements are numbered from 0, as " + at + "[0]";
        } else if (parent.isJsonArray()) {
            int size = parent.getAsJsonArray().size();
            reason = describe(steps.subList(0, i + 1)) + " is absent: " + at + " has " + size
                    + (size == 1 ? " element" : " elements");
        } else if (parent.isJsonPrimitive() || parent.isJsonNull()) {
            reason = at + " is " + (parent.isJsonNull() ? "null" : "a single value") + ", with nothing inside";
        } else if (i + 1 < steps.size() && steps.get(i + 1).key() == null) {
            reason = describe(steps.subList(0, i + 1)) + " is absent, and arrays are not added: write it into the file";
        } else {
            reason = describe(steps.subList(0, i + 1)) + " is absent";
        }
        return "names nothing in this file (" + reason + ")";
    }

    private static String describe(List<Step> steps) {
        StringBuilder path = new StringBuilder("$");
        for (Step s : steps) {
            if (s.key() == null) {
                path.append('[').append(s.index()).append(']');
            } else if (s.key().matches("[A-Za-z_$][A-Za-z0-9_$]*")) {
                path.append('.').append(s.key());
            } else {
                path.append("[\"").append(s.key()).append("\"]");
            }
        }
        return path.toString();
    }
}

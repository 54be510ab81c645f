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

    /** A key after a dot, up to the next dot or bracket, whether or not it is a name. */
    private static final Pattern DOTTED_KEY = Pattern.compile("\\.([^.\\[\\]\"]+)");

    /** The name {@link StrictJson} gives a JSON value of an edit, which starts the locations it reports. */
    private static final String JSON_SOURCE = "value";

    private static final Pattern JSON_LOCATION = Pattern.compile(JSON_SOURCE + ":(\\d+):(\\d+)");

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
     * an optional setting can be set on a file that leaves it out. A text starting with {@code [} or
     * {@code {} is read as JSON, as strictly as a scenario file, and replaces the whole value at the
     * path (a list or an object, or whatever the file has there), except where the file has a string:
     * no string of the format is ever a list or an object, so there the text is the string ({@code
     * [draft] rule A}). A number is read from ASCII digits
     * only: {@code １２} (full-width) is not 12. The loader then checks the keys added like any other:
     * a misspelt one, or a JSON value of the wrong shape, is reported at its path. Array elements are
     * never added.
     *
     * @return null when set, otherwise what is wrong
     */
    static String set(JsonElement root, String path, String text) {
        List<Step> steps = steps(path);
        if (steps == null || steps.isEmpty()) {
            return "not a path such as $.market.initialPrice or $.coverage.thresholds[0].emissionsTonnes"
                    + quotedKeyHint(path);
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
        if (target == null && (last.key() == null || !parent.isJsonObject())) {
            return absent(parent, steps, steps.size() - 1);
        }
        JsonElement value;
        boolean namesString = target != null
                && target.isJsonPrimitive()
                && target.getAsJsonPrimitive().isString();
        if (isJson(text) && !namesString) {
            Problems problems = new Problems();
            value = StrictJson.parse(text, JSON_SOURCE, problems);
            if (value == null || !problems.isEmpty()) {
                return malformed(problems.toList(JSON_SOURCE).get(0));
            }
        } else if (target == null) {
            if (readsAsNumberOnlyWithOtherDigits(text)) {
                return onlyAsciiDigits(text);
            }
            value = inferred(text);
        } else if (!target.isJsonPrimitive()) {
            String what = target.isJsonObject() ? "an object" : target.isJsonArray() ? "an array" : "null";
            return "names " + what + "; a number, a string or true/false cannot replace it"
                    + (target.isJsonNull()
                            ? ""
                            : ": write " + what + " in JSON, starting with " + (target.isJsonObject() ? "{" : "[")
                                    + ", to replace it whole");
        } else {
            value = primitive(target.getAsJsonPrimitive(), text);
            if (value == null) {
                return wrongType(target.getAsJsonPrimitive(), text);
            }
        }
        if (last.key() != null) {
            parent.getAsJsonObject().add(last.key(), value);
        } else {
            parent.getAsJsonArray().set(last.index(), value);
        }
        return null;
    }

    /** Whether an edit's {@code text} is JSON: it starts, but for white space, with {@code [} or {@code {}. */
    static boolean isJson(String text) {
        String t = text.strip();
        return t.startsWith("[") || t.startsWith("{");
    }

    /** {@code text} read as the type of {@code old}, or null if it does not read as one. */
    private static JsonPrimitive primitive(JsonPrimitive old, String text) {
        if (old.isNumber()) {
            BigDecimal number = number(text);
            return number == null ? null : new JsonPrimitive(number);
        }
        if (old.isBoolean()) {
            return text.equals("true") || text.equals("false") ? new JsonPrimitive(Boolean.parseBoolean(text)) : null;
        }
        return new JsonPrimitive(text);
    }

    /** Why {@code text} does not read as the type of {@code old}. */
    private static String wrongType(JsonPrimitive old, String text) {
        if (old.isNumber()) {
            return nonAsciiDigits(text)
                    ? onlyAsciiDigits(text)
                    : "expected a number (the file has " + old.getAsString() + " here), got \"" + text + "\"";
        }
        return "expected true or false (the file has " + old.getAsString() + " here), got \"" + text + "\"";
    }

    /**
     * A problem of a JSON value, as {@link StrictJson} reports it at {@code value:line:column} or at a
     * path inside the value, said as where in the value it is.
     */
    private static String malformed(Problem problem) {
        String what = problem.message().startsWith("malformed JSON: ")
                ? problem.message().substring("malformed JSON: ".length())
                : problem.message();
        String where;
        Matcher m = JSON_LOCATION.matcher(problem.location());
        if (m.matches()) {
            where = where(Integer.parseInt(m.group(1)), m.group(2));
        } else if (problem.line() > 0) {
            // a path inside the value found at its line and column (nesting too deep)
            where = where(problem.line(), String.valueOf(problem.column()));
        } else {
            where = "at " + problem.location() + " of the value";
        }
        return "malformed JSON value (a value starting with [ or { is read as JSON): " + what + " " + where;
    }

    /** Where in a JSON value line {@code line}, column {@code column} is, for a message. */
    private static String where(int line, String column) {
        return line == 1
                ? "at column " + column + " of the value"
                : "at line " + line + ", column " + column + " of the value";
    }

    /** Whether {@code text} holds a digit other than ASCII 0-9, such as a full-width one. */
    private static boolean nonAsciiDigits(String text) {
        return text.chars().anyMatch(c -> c > 127 && Character.isDigit(c));
    }

    /** Whether {@code text} reads as a number only because {@link BigDecimal} reads digits other than 0-9. */
    private static boolean readsAsNumberOnlyWithOtherDigits(String text) {
        if (!nonAsciiDigits(text)) {
            return false;
        }
        try {
            new BigDecimal(text.trim());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String onlyAsciiDigits(String text) {
        return "\"" + text + "\" has digits other than ASCII 0-9 (such as full-width ones); only ASCII digits are"
                + " read as a number";
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

    /** {@code text} as a number, or null; only ASCII, which {@link BigDecimal} alone does not require. */
    private static BigDecimal number(String text) {
        if (!text.chars().allMatch(c -> c < 128)) {
            return null;
        }
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

    /**
     * {@code path} in the one spelling of the value it names ({@code $["market"].limitPct} and {@code
     * $.market["limitPct"]} are {@code $.market.limitPct}), or {@code path} itself if it is malformed.
     */
    static String canonical(String path) {
        List<Step> steps = steps(path);
        return steps == null ? path : describe(steps);
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
     * For a path that is not one only because a key after a dot is not a name ({@code byYear.2024},
     * {@code a.b-c}), the same path with those keys in quotes and brackets, which is one, as a hint
     * starting with "; "; otherwise "".
     */
    static String quotedKeyHint(String path) {
        Matcher m = DOTTED_KEY.matcher(path);
        StringBuilder quoted = new StringBuilder();
        boolean changed = false;
        while (m.find()) {
            String key = m.group(1);
            boolean name = key.matches("[A-Za-z_$][A-Za-z0-9_$]*");
            changed |= !name;
            m.appendReplacement(quoted, Matcher.quoteReplacement(name ? "." + key : "[\"" + key + "\"]"));
        }
        m.appendTail(quoted);
        if (!changed || steps(quoted.toString()) == null) {
            return "";
        }
        return "; a key that is not a name is written in quotes and brackets, as " + quoted;
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

package org.carbonsim.core.scenario;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A JSON object being read at a known path: typed getters with defaults, range checks and units,
 * and a final check that rejects every key nobody asked for. Not thread-safe.
 */
final class Obj {
    private static final Pattern SIMPLE_KEY = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

    private final JsonObject json;
    private final String path;
    private final Problems problems;
    private boolean broken;
    private final Set<String> known = new LinkedHashSet<>();

    private Obj(JsonObject json, String path, Problems problems, boolean broken) {
        this.json = json;
        this.path = path;
        this.problems = problems;
        this.broken = broken;
    }

    /** The object at {@code path}; if {@code e} is not an object, reports it and reads as empty. */
    static Obj of(JsonElement e, String path, String what, Problems problems) {
        if (e != null && e.isJsonObject()) {
            return new Obj(e.getAsJsonObject(), path, problems, false);
        }
        problems.add(path, "expected an object" + Values.unit(what) + ", got " + Values.describe(e));
        return new Obj(new JsonObject(), path, problems, true);
    }

    String path() {
        return path;
    }

    /**
     * Whether the object could not be read (it was not an object, or its variant type was missing or unknown):
     * its problem is reported, and what is missing from it is not reported again.
     */
    boolean broken() {
        return broken;
    }

    Problems problems() {
        return problems;
    }

    /** The path of {@code key} inside this object. */
    String path(String key) {
        return child(path, key);
    }

    static String child(String path, String key) {
        return SIMPLE_KEY.matcher(key).matches()
                ? path + "." + key
                : path + "[" + Values.describe(new com.google.gson.JsonPrimitive(key)) + "]";
    }

    static String index(String path, int i) {
        return path + "[" + i + "]";
    }

    boolean has(String key) {
        known.add(key);
        return json.has(key);
    }

    /** The raw value, or {@code null} if absent. */
    JsonElement get(String key) {
        known.add(key);
        return json.get(key);
    }

    /** The raw value; if absent, reports the missing key and returns {@code null}. */
    JsonElement required(String key, String what) {
        JsonElement e = get(key);
        if (e == null && !broken) {
            problems.add(path, "missing required key \"" + key + "\"" + Values.unit(what));
        }
        return e;
    }

    String string(String key, String what, String fallback) {
        JsonElement e = get(key);
        return e == null ? fallback : Values.string(e, path(key), what, problems, fallback);
    }

    /** An optional display name ({@link Values#displayName}); {@code fallback} when absent. */
    String displayName(String key, String what, String fallback) {
        JsonElement e = get(key);
        return e == null ? fallback : Values.displayName(e, path(key), what, problems, fallback);
    }

    /** An optional identifier ({@link Values#id}); {@code fallback} when absent. */
    String id(String key, String what, String fallback) {
        JsonElement e = get(key);
        return e == null ? fallback : Values.id(e, path(key), what, problems, fallback);
    }

    String requiredId(String key, String what) {
        JsonElement e = required(key, what);
        return e == null ? "" : Values.id(e, path(key), what, problems, "");
    }

    /** A required identifier that is also usable as a folder's name ({@link Values#folderName}). */
    String requiredFolderName(String key, String what) {
        JsonElement e = required(key, what);
        return e == null ? "" : Values.folderName(e, path(key), what, problems, "");
    }

    long integer(String key, long fallback, long min, long max, String unit) {
        JsonElement e = get(key);
        return e == null ? fallback : Values.integer(e, path(key), min, max, unit, problems, fallback);
    }

    long requiredInteger(String key, long min, long max, String unit) {
        JsonElement e = required(key, unit);
        return e == null
                ? Math.max(min, Math.min(max, 0))
                : Values.integer(e, path(key), min, max, unit, problems, min);
    }

    int year(String key, int fallback) {
        return (int) integer(key, fallback, Calendar.FIRST_YEAR, Calendar.LAST_YEAR, "year");
    }

    int requiredYear(String key) {
        JsonElement e = required(key, "year");
        return e == null
                ? 2000
                : (int) Values.integer(e, path(key), Calendar.FIRST_YEAR, Calendar.LAST_YEAR, "year", problems, 2000);
    }

    double number(String key, double fallback, Values.Range range, String unit) {
        JsonElement e = get(key);
        return e == null ? fallback : Values.number(e, path(key), range, unit, problems, fallback);
    }

    double requiredNumber(String key, Values.Range range, String unit, double fallback) {
        JsonElement e = required(key, unit);
        return e == null ? fallback : Values.number(e, path(key), range, unit, problems, fallback);
    }

    long price(String key, long fallbackFen, long tickFen, boolean zeroAllowed, String unit) {
        JsonElement e = get(key);
        return e == null ? fallbackFen : Values.price(e, path(key), tickFen, zeroAllowed, unit, problems, fallbackFen);
    }

    long requiredPrice(String key, long tickFen, String unit) {
        JsonElement e = required(key, unit);
        return e == null ? tickFen : Values.price(e, path(key), tickFen, false, unit, problems, tickFen);
    }

    long money(String key, long fallbackFen, String unit) {
        JsonElement e = get(key);
        return e == null ? fallbackFen : Values.money(e, path(key), unit, problems, fallbackFen);
    }

    /** Money at {@code key} as fen; if absent, reports the missing key and returns 0. */
    long requiredMoney(String key, String unit) {
        JsonElement e = required(key, unit);
        return e == null ? 0 : Values.money(e, path(key), unit, problems, 0);
    }

    /**
     * A percentage with at most two decimals in {@code range}, as basis points; {@code fallback} if
     * absent or reported.
     */
    int percentBasisPoints(String key, int fallback, Values.Range range, String unit) {
        JsonElement e = get(key);
        if (e == null) {
            return fallback;
        }
        int before = problems.count();
        double pct = Values.number(e, path(key), range, unit, problems, 0);
        if (problems.count() > before) {
            return fallback;
        }
        java.math.BigDecimal bp = Values.decimal(e).movePointRight(2);
        if (bp.stripTrailingZeros().scale() > 0) {
            problems.add(
                    path(key),
                    "expected a percentage with at most 2 decimals (" + unit + "), got " + Values.describe(e));
            return fallback;
        }
        return (int) Math.round(pct * 100);
    }

    boolean bool(String key, boolean fallback) {
        JsonElement e = get(key);
        return e == null ? fallback : Values.bool(e, path(key), problems, fallback);
    }

    <E extends Enum<E>> E enumeration(String key, Class<E> type, E fallback) {
        JsonElement e = get(key);
        return e == null ? fallback : Values.enumeration(e, path(key), type, problems, fallback);
    }

    /**
     * The {@code type} key selecting a variant, one of {@code names}; {@code null} after reporting a
     * missing or unknown type.
     */
    String type(String what, List<String> names) {
        JsonElement e = required("type", "one of " + String.join(", ", names));
        if (e == null) {
            broken = true;
            return null;
        }
        if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isString() && names.contains(e.getAsString())) {
            return e.getAsString();
        }
        broken = true;
        String hint = "";
        if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isString()) {
            String suggestion = Values.suggestion(e.getAsString(), names);
            hint = suggestion == null ? "" : " (did you mean \"" + suggestion + "\"?)";
        }
        problems.add(
                path("type"),
                "expected one of " + String.join(", ", names) + Values.unit(what) + ", got " + Values.describe(e)
                        + hint);
        return null;
    }

    /** The object at {@code key}; an empty object (all defaults) if absent. */
    Obj object(String key, String what) {
        JsonElement e = get(key);
        if (e == null) {
            return new Obj(new JsonObject(), path(key), problems, false);
        }
        return of(e, path(key), what, problems);
    }

    /** The object at {@code key}, reporting it if absent. */
    Obj requiredObject(String key, String what) {
        JsonElement e = required(key, what);
        if (e == null) {
            return new Obj(new JsonObject(), path(key), problems, true);
        }
        return of(e, path(key), what, problems);
    }

    /** The elements of the array at {@code key}; empty if absent (or reported if not an array). */
    List<JsonElement> array(String key, String what) {
        JsonElement e = get(key);
        return e == null ? List.of() : array(e, path(key), what, problems);
    }

    static List<JsonElement> array(JsonElement e, String path, String what, Problems problems) {
        if (e.isJsonArray()) {
            JsonArray a = e.getAsJsonArray();
            List<JsonElement> out = new ArrayList<>(a.size());
            a.forEach(out::add);
            return out;
        }
        problems.add(path, "expected an array" + Values.unit(what) + ", got " + Values.describe(e));
        return List.of();
    }

    /** The keys actually present, in file order. */
    Set<String> keys() {
        return json.keySet();
    }

    /**
     * Reports every key present that no getter asked for, with a suggestion when one is close; not
     * for an object whose variant type was missing or unknown, since its keys cannot be judged.
     */
    void finish() {
        if (broken) {
            return;
        }
        for (String key : json.keySet()) {
            if (!known.contains(key)) {
                String suggestion = Values.suggestion(key, known);
                String hint = suggestion != null
                        ? " (did you mean \"" + suggestion + "\"?)"
                        : known.isEmpty() ? "" : " (allowed: " + String.join(", ", known) + ")";
                problems.add(path(key), "unknown key" + hint);
            }
        }
    }
}

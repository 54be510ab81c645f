package org.carbonsim.scenarios;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes {@code docs/scenario-keys.md}, the reference of every key a scenario file may hold, from the
 * JSON Schema {@code scenarios/scenario.schema.json}: one table per top-level section, and one per
 * variant where a key takes one of several shapes chosen by its {@code "type"} (an allocation method,
 * a cap, a trader group, an abatement curve, a distribution). Each row gives the key's JSON path, its
 * type with the values or the range the schema allows, whether it is required, and the schema's
 * description, which also says the default. The schema is the one source: an editor shows the same
 * descriptions as the reader of the page.
 */
final class ScenarioKeysReference {
    /** The pattern of a year key or value. */
    private static final String YEAR_PATTERN = "^[0-9]{4}$";
    /** The schema's simple patterns, and what the page says of each. */
    private static final Map<String, String> PATTERNS =
            Map.of("^[\\s\\S]{0,200}$", "at most 200 characters", YEAR_PATTERN, "a year, as four digits");

    private final JsonObject schema;
    private final JsonObject defs;
    private final StringBuilder page = new StringBuilder();
    private final List<String> undescribed = new ArrayList<>();
    private final Set<String> keys = new HashSet<>();

    private ScenarioKeysReference(JsonObject schema) {
        this.schema = schema;
        this.defs = schema.getAsJsonObject("$defs");
    }

    /** The page for {@code schema}. */
    static ScenarioKeysReference of(JsonObject schema) {
        ScenarioKeysReference reference = new ScenarioKeysReference(schema);
        reference.write();
        return reference;
    }

    /** The Markdown page. */
    String markdown() {
        return page.toString();
    }

    /** The JSON paths of keys (other than a variant's {@code type}) whose schema entry has no description. */
    List<String> undescribed() {
        return List.copyOf(undescribed);
    }

    /** Every key name the page lists, anywhere in the format. */
    Set<String> keyNames() {
        return Set.copyOf(keys);
    }

    private void write() {
        page.append("# Every key of a scenario file\n\n")
                .append("Generated from [scenario.schema.json](../scenarios/scenario.schema.json), the JSON Schema\n")
                .append(
                        "editors check scenarios against, by `ScenarioKeysReferenceTest` (scenarios module): edit the\n")
                .append("schema's descriptions, not this page, and write it again with\n")
                .append("`mvn -B -pl scenarios -am test -Dtest=ScenarioKeysReferenceTest")
                .append(" -Dsurefire.failIfNoSpecifiedTests=false -Dscenario.keys.update=true`.\n\n")
                .append("Each table lists a section's keys by JSON path (`[]` stands for any element of a list,\n")
                .append(
                        "`YEAR` for a year key such as `\"2024\"`), the type and the values or range the loader accepts,\n")
                .append(
                        "whether the key is required, and what it means, with its default. The units at the edge of the\n")
                .append("file (yuan, tonnes, fractions, `Pct` percentages), the limits on sizes, the rules that join\n")
                .append("several keys and the basis of each default are in [the scenario format]")
                .append("(../sim-core/src/main/java/org/carbonsim/core/scenario/README.md); the behaviour each key\n")
                .append("sets is in [the model](model.md). The numeric defaults stated for the keys of the main\n")
                .append(
                        "sections, an enterprise and a trader group are checked against the loader's by `StatedDefaultsTest`.\n");
        JsonObject properties = schema.getAsJsonObject("properties");
        Set<String> required = required(schema);
        List<Row> topLevel = new ArrayList<>();
        for (Map.Entry<String, JsonElement> entry : properties.entrySet()) {
            topLevel.add(row("", entry.getKey(), entry.getValue().getAsJsonObject(), required));
        }
        section("Top level", topLevel);
        for (Map.Entry<String, JsonElement> entry : properties.entrySet()) {
            JsonObject node = entry.getValue().getAsJsonObject();
            if (hasKeys(resolve(node))) {
                walk(entry.getKey(), node);
            }
        }
    }

    /**
     * The tables of the object (or list of objects, or object of objects, or variants) at {@code
     * path}: its own keys in one table, then a table for each nested object in the order they appear.
     */
    private void walk(String path, JsonObject raw) {
        JsonObject node = resolve(raw);
        if (node.has("items")) {
            walk(path + "[]", node.getAsJsonObject("items"));
            return;
        }
        if (node.has("oneOf")) {
            for (JsonElement variant : node.getAsJsonArray("oneOf")) {
                JsonObject shape = variant.getAsJsonObject();
                String label = variantLabel(shape);
                String heading = "`" + path + "`" + (label.isEmpty() ? "" : ", " + label);
                objectTables(path, heading, describe(shape, node), shape);
            }
            return;
        }
        if (node.has("properties")) {
            objectTables(path, "`" + path + "`", describe(raw, node), node);
            return;
        }
        if (node.has("additionalProperties") && node.get("additionalProperties").isJsonObject()) {
            walk(path + "." + mapKey(node), node.getAsJsonObject("additionalProperties"));
        }
    }

    private void objectTables(String path, String heading, String description, JsonObject node) {
        Set<String> required = required(node);
        List<Row> rows = new ArrayList<>();
        List<Map.Entry<String, JsonElement>> nested = new ArrayList<>();
        for (Map.Entry<String, JsonElement> entry :
                node.getAsJsonObject("properties").entrySet()) {
            JsonObject child = entry.getValue().getAsJsonObject();
            rows.add(row(path, entry.getKey(), child, required));
            if (hasKeys(resolve(child))) {
                nested.add(entry);
            }
        }
        page.append("\n## ").append(heading).append("\n\n");
        if (!description.isEmpty()) {
            page.append(capitalised(description)).append(".\n\n");
        }
        table(rows);
        for (Map.Entry<String, JsonElement> entry : nested) {
            walk(path + "." + entry.getKey(), entry.getValue().getAsJsonObject());
        }
    }

    private void section(String heading, List<Row> rows) {
        page.append("\n## ").append(heading).append("\n\n");
        table(rows);
    }

    private void table(List<Row> rows) {
        page.append("| key | type | required | meaning |\n|---|---|---|---|\n");
        for (Row row : rows) {
            page.append("| `")
                    .append(row.path())
                    .append("` | ")
                    .append(cell(row.type()))
                    .append(" | ")
                    .append(row.required() ? "yes" : "")
                    .append(" | ")
                    .append(cell(row.meaning()))
                    .append(" |\n");
        }
    }

    private Row row(String parent, String key, JsonObject raw, Set<String> required) {
        keys.add(key);
        String path = parent.isEmpty() ? key : parent + "." + key;
        JsonObject node = resolve(raw);
        String meaning = describe(raw, node);
        if (meaning.isEmpty() && !key.equals("type")) {
            undescribed.add(path);
        }
        return new Row(path, type(node), required.contains(key), meaning);
    }

    /** The description of a key: its own, else that of the definition it refers to. */
    private String describe(JsonObject raw, JsonObject resolved) {
        for (JsonObject node : List.of(raw, resolved)) {
            if (node.has("description")
                    && !node.get("description").getAsString().isEmpty()) {
                return node.get("description").getAsString();
            }
        }
        if (resolved.has("items") && resolved.get("items").isJsonObject()) {
            JsonObject items = resolved.getAsJsonObject("items");
            String each = describe(items, resolve(items));
            return each.isEmpty() ? "" : "a list, each " + each;
        }
        return "";
    }

    /** The type of {@code node} with the values or range it allows, as a reader would write it. */
    private String type(JsonObject node) {
        if (node.has("const")) {
            return "`" + node.get("const") + "`";
        }
        if (node.has("enum")) {
            return enumValues(node.getAsJsonArray("enum"));
        }
        if (node.has("oneOf")) {
            List<String> labels = new ArrayList<>();
            for (JsonElement variant : node.getAsJsonArray("oneOf")) {
                String label = variantLabel(variant.getAsJsonObject());
                labels.add(label.isEmpty() ? type(variant.getAsJsonObject()) : label);
            }
            return "one of: " + String.join("; ", labels);
        }
        String type = node.has("type") ? typeName(node.get("type")) : "any";
        if ("array".equals(type) && node.has("items")) {
            return "list" + elements(node);
        }
        if ("object".equals(type)) {
            if (node.has("properties") || node.has("oneOf")) {
                return "object (below)";
            }
            if (node.has("additionalProperties")
                    && node.get("additionalProperties").isJsonObject()) {
                JsonObject values = resolve(node.getAsJsonObject("additionalProperties"));
                return "object: " + mapKey(node) + " → " + (hasKeys(values) ? "object (below)" : type(values));
            }
            return "object";
        }
        return type + range(node) + pattern(node);
    }

    /** What a list holds, as " of at least 1 number, 0 ≤ x": its least length and its elements' type. */
    private String elements(JsonObject list) {
        String size =
                list.has("minItems") ? " of at least " + list.get("minItems").getAsString() : " of";
        JsonObject items = resolve(list.getAsJsonObject("items"));
        if (hasKeys(items)) {
            return size + " objects (below)";
        }
        if (items.has("type") && "array".equals(typeName(items.get("type"))) && items.has("items")) {
            return size + " lists" + elements(items);
        }
        return size + " " + type(items);
    }

    private static String range(JsonObject node) {
        String low = node.has("minimum")
                ? plain(node.get("minimum")) + " ≤ "
                : node.has("exclusiveMinimum") ? plain(node.get("exclusiveMinimum")) + " < " : "";
        String high = node.has("maximum")
                ? " ≤ " + plain(node.get("maximum"))
                : node.has("exclusiveMaximum") ? " < " + plain(node.get("exclusiveMaximum")) : "";
        return low.isEmpty() && high.isEmpty() ? "" : ", " + low + "x" + high;
    }

    private static String pattern(JsonObject node) {
        if (!node.has("pattern")) {
            return "";
        }
        String pattern = node.get("pattern").getAsString();
        return ", " + PATTERNS.getOrDefault(pattern, "of the form the meaning gives");
    }

    private static String plain(JsonElement number) {
        return new BigDecimal(number.getAsString()).toPlainString();
    }

    private static String enumValues(JsonArray values) {
        List<String> names = new ArrayList<>();
        values.forEach(value -> names.add("`" + value + "`"));
        return String.join(" \\| ", names);
    }

    private static String typeName(JsonElement type) {
        if (type.isJsonArray()) {
            List<String> names = new ArrayList<>();
            type.getAsJsonArray().forEach(t -> names.add(t.getAsString()));
            return String.join(" or ", names);
        }
        return type.getAsString();
    }

    /** How a variant of a {@code oneOf} is chosen: {@code "type": "x"}, or its description. */
    private static String variantLabel(JsonObject variant) {
        JsonObject properties = variant.getAsJsonObject("properties");
        if (properties != null
                && properties.has("type")
                && properties.getAsJsonObject("type").has("const")) {
            return "`\"type\": " + properties.getAsJsonObject("type").get("const") + "`";
        }
        return "";
    }

    private static String mapKey(JsonObject node) {
        JsonObject names = node.getAsJsonObject("propertyNames");
        if (names != null
                && names.has("pattern")
                && names.get("pattern").getAsString().equals(YEAR_PATTERN)) {
            return "YEAR";
        }
        return "KEY";
    }

    private JsonObject resolve(JsonObject node) {
        if (!node.has("$ref")) {
            return node;
        }
        String ref = node.get("$ref").getAsString();
        String prefix = "#/$defs/";
        if (!ref.startsWith(prefix) || !defs.has(ref.substring(prefix.length()))) {
            throw new IllegalStateException("unresolvable $ref " + ref);
        }
        return defs.getAsJsonObject(ref.substring(prefix.length()));
    }

    /** Whether {@code node} (resolved) holds keys of its own, directly, in its variants or through a list or map. */
    private boolean hasKeys(JsonObject node) {
        if (node.has("properties") || node.has("oneOf") && anyHasProperties(node.getAsJsonArray("oneOf"))) {
            return true;
        }
        if (node.has("items") && node.get("items").isJsonObject()) {
            return hasKeys(resolve(node.getAsJsonObject("items")));
        }
        return node.has("additionalProperties")
                && node.get("additionalProperties").isJsonObject()
                && hasKeys(resolve(node.getAsJsonObject("additionalProperties")));
    }

    private static boolean anyHasProperties(JsonArray variants) {
        for (JsonElement variant : variants) {
            if (variant.isJsonObject() && variant.getAsJsonObject().has("properties")) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> required(JsonObject node) {
        if (!node.has("required")) {
            return Set.of();
        }
        Set<String> names = new HashSet<>();
        node.getAsJsonArray("required").forEach(name -> names.add(name.getAsString()));
        return names;
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** A table cell: pipes escaped (an enum's separators already are), line breaks as spaces. */
    private static String cell(String text) {
        return text.lines()
                .map(line -> line.replaceAll("(?<!\\\\)\\|", "\\\\|"))
                .collect(Collectors.joining(" "));
    }

    private record Row(String path, String type, boolean required, String meaning) {}
}

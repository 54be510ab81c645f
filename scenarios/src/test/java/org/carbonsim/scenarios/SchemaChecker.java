package org.carbonsim.scenarios;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A small JSON Schema (draft 2020-12) checker for the keywords {@code scenario.schema.json} uses:
 * type, properties, required, additionalProperties, propertyNames, pattern, minLength, items,
 * minItems, enum, const, minimum, exclusiveMinimum, maximum, exclusiveMaximum, $ref to $defs, oneOf. Annotations
 * (description, default, title) are ignored; any other keyword is an error, so that the schema
 * cannot silently use something this checker does not check.
 */
final class SchemaChecker {
    private static final List<String> KNOWN = List.of(
            "$schema",
            "$id",
            "title",
            "description",
            "default",
            "$defs",
            "type",
            "properties",
            "required",
            "minProperties",
            "additionalProperties",
            "propertyNames",
            "pattern",
            "minLength",
            "items",
            "minItems",
            "enum",
            "const",
            "minimum",
            "exclusiveMinimum",
            "maximum",
            "exclusiveMaximum",
            "$ref",
            "oneOf");

    private final JsonObject root;

    SchemaChecker(JsonObject root) {
        this.root = root;
    }

    /** The violations of {@code value} against the root schema; empty if valid. */
    List<String> check(JsonElement value) {
        List<String> errors = new ArrayList<>();
        check(root, value, "$", errors);
        return errors;
    }

    private void check(JsonObject schema, JsonElement value, String path, List<String> errors) {
        for (String key : schema.keySet()) {
            if (!KNOWN.contains(key)) {
                throw new IllegalStateException("schema keyword not supported by the checker: " + key);
            }
        }
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").getAsString();
            String name = ref.substring("#/$defs/".length());
            check(root.getAsJsonObject("$defs").getAsJsonObject(name), value, path, errors);
        }
        if (schema.has("oneOf")) {
            int matches = 0;
            List<String> firstErrors = null;
            for (JsonElement option : schema.getAsJsonArray("oneOf")) {
                List<String> optionErrors = new ArrayList<>();
                check(option.getAsJsonObject(), value, path, optionErrors);
                if (optionErrors.isEmpty()) {
                    matches++;
                } else if (firstErrors == null) {
                    firstErrors = optionErrors;
                }
            }
            if (matches != 1) {
                errors.add(path + ": matches " + matches + " of the oneOf options");
            }
        }
        if (schema.has("const") && !schema.get("const").equals(normal(value))) {
            errors.add(path + ": expected " + schema.get("const"));
        }
        if (schema.has("enum") && !contains(schema.getAsJsonArray("enum"), normal(value))) {
            errors.add(path + ": not in " + schema.get("enum"));
        }
        if (schema.has("type") && !hasType(value, schema.get("type").getAsString())) {
            errors.add(path + ": expected type " + schema.get("type").getAsString());
            return;
        }
        if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber()) {
            BigDecimal x = value.getAsBigDecimal();
            bound(schema, "minimum", x, path, errors, c -> c >= 0);
            bound(schema, "exclusiveMinimum", x, path, errors, c -> c > 0);
            bound(schema, "maximum", x, path, errors, c -> c <= 0);
            bound(schema, "exclusiveMaximum", x, path, errors, c -> c < 0);
        }
        if (schema.has("pattern")
                && value.isJsonPrimitive()
                && value.getAsJsonPrimitive().isString()) {
            if (!Pattern.compile(schema.get("pattern").getAsString())
                    .matcher(value.getAsString())
                    .find()) {
                errors.add(path + ": does not match " + schema.get("pattern"));
            }
        }
        if (schema.has("minLength")
                && value.isJsonPrimitive()
                && value.getAsJsonPrimitive().isString()
                && value.getAsString().codePointCount(0, value.getAsString().length())
                        < schema.get("minLength").getAsInt()) {
            errors.add(path + ": shorter than " + schema.get("minLength") + " characters");
        }
        if (value.isJsonArray()) {
            JsonArray array = value.getAsJsonArray();
            if (schema.has("minItems") && array.size() < schema.get("minItems").getAsInt()) {
                errors.add(path + ": fewer than " + schema.get("minItems") + " items");
            }
            if (schema.has("items")) {
                for (int i = 0; i < array.size(); i++) {
                    check(schema.getAsJsonObject("items"), array.get(i), path + "[" + i + "]", errors);
                }
            }
        }
        if (value.isJsonObject()) {
            JsonObject object = value.getAsJsonObject();
            JsonObject properties = schema.has("properties") ? schema.getAsJsonObject("properties") : new JsonObject();
            if (schema.has("minProperties")
                    && object.size() < schema.get("minProperties").getAsInt()) {
                errors.add(path + ": fewer than " + schema.get("minProperties") + " properties");
            }
            if (schema.has("required")) {
                for (JsonElement name : schema.getAsJsonArray("required")) {
                    if (!object.has(name.getAsString())) {
                        errors.add(path + ": missing " + name.getAsString());
                    }
                }
            }
            for (Map.Entry<String, JsonElement> entry : object.entrySet()) {
                String childPath = path + "." + entry.getKey();
                if (schema.has("propertyNames")) {
                    check(
                            schema.getAsJsonObject("propertyNames"),
                            new JsonPrimitive(entry.getKey()),
                            childPath,
                            errors);
                }
                if (properties.has(entry.getKey())) {
                    check(properties.getAsJsonObject(entry.getKey()), entry.getValue(), childPath, errors);
                } else if (schema.has("additionalProperties")) {
                    JsonElement additional = schema.get("additionalProperties");
                    if (additional.isJsonPrimitive() && !additional.getAsBoolean()) {
                        errors.add(childPath + ": not allowed");
                    } else if (additional.isJsonObject()) {
                        check(additional.getAsJsonObject(), entry.getValue(), childPath, errors);
                    }
                }
            }
        }
    }

    private static JsonElement normal(JsonElement value) {
        if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber()) {
            return new JsonPrimitive(value.getAsBigDecimal().stripTrailingZeros());
        }
        return value;
    }

    private static boolean contains(JsonArray array, JsonElement value) {
        for (JsonElement e : array) {
            if (normal(e).equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static void bound(
            JsonObject schema,
            String keyword,
            BigDecimal x,
            String path,
            List<String> errors,
            java.util.function.IntPredicate ok) {
        if (schema.has(keyword) && !ok.test(x.compareTo(schema.get(keyword).getAsBigDecimal()))) {
            errors.add(path + ": " + keyword + " " + schema.get(keyword));
        }
    }

    private static boolean hasType(JsonElement value, String type) {
        switch (type) {
            case "object":
                return value.isJsonObject();
            case "array":
                return value.isJsonArray();
            case "string":
                return value.isJsonPrimitive() && value.getAsJsonPrimitive().isString();
            case "boolean":
                return value.isJsonPrimitive() && value.getAsJsonPrimitive().isBoolean();
            case "number":
                return value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber();
            case "integer":
                return value.isJsonPrimitive()
                        && value.getAsJsonPrimitive().isNumber()
                        && value.getAsBigDecimal().stripTrailingZeros().scale() <= 0;
            default:
                throw new IllegalStateException("unknown type " + type);
        }
    }
}

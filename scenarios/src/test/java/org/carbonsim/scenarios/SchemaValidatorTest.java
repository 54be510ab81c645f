package org.carbonsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bundled schema checked by a real JSON Schema 2020-12 validator (networknt), beside the small
 * {@link SchemaChecker}: the schema is itself valid under the 2020-12 meta-schema, and every bundled
 * scenario is valid under it. Nothing is fetched over the network: the meta-schema ships with the
 * validator, and a scenario's {@code $schema} is only a property to the validator.
 */
class SchemaValidatorTest {
    private static final SchemaRegistry REGISTRY =
            SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private static Schema scenarioSchema() throws IOException {
        return REGISTRY.getSchema(
                Files.readString(BundledScenariosTest.DIR.resolve("scenario.schema.json")), InputFormat.JSON);
    }

    private static List<String> messages(List<Error> errors) {
        return errors.stream().map(Error::toString).toList();
    }

    @Test
    void theSchemaIsValidUnderTheDraft202012MetaSchema() throws IOException {
        Schema meta = REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        String schema = Files.readString(BundledScenariosTest.DIR.resolve("scenario.schema.json"));
        assertEquals(List.of(), messages(meta.validate(schema, InputFormat.JSON)));
    }

    @ParameterizedTest
    @MethodSource("org.carbonsim.scenarios.BundledScenariosTest#scenarios")
    void everyBundledScenarioIsValid(Path file) throws IOException {
        assertEquals(
                List.of(),
                messages(scenarioSchema().validate(Files.readString(file), InputFormat.JSON)),
                file.toString());
    }

    /**
     * Every {@code default} the schema states has its property's type: an editor offers it as the
     * value, and {@code "0.1"} (a string) for a number is a value the loader refuses.
     */
    @Test
    void everyDefaultHasItsPropertysType() throws IOException {
        JsonElement schema =
                JsonParser.parseString(Files.readString(BundledScenariosTest.DIR.resolve("scenario.schema.json")));
        List<String> wrong = new ArrayList<>();
        defaults(schema, "#", wrong);
        assertEquals(List.of(), wrong);
    }

    private static void defaults(JsonElement node, String path, List<String> wrong) {
        if (node.isJsonArray()) {
            for (int i = 0; i < node.getAsJsonArray().size(); i++) {
                defaults(node.getAsJsonArray().get(i), path + "/" + i, wrong);
            }
            return;
        }
        if (!node.isJsonObject()) {
            return;
        }
        JsonObject object = node.getAsJsonObject();
        JsonElement type = object.get("type");
        JsonElement value = object.get("default");
        if (value != null && type != null && type.isJsonPrimitive() && !hasType(value, type.getAsString())) {
            wrong.add(path + ": default " + value + " is not of type " + type.getAsString());
        }
        for (Map.Entry<String, JsonElement> member : object.entrySet()) {
            defaults(member.getValue(), path + "/" + member.getKey(), wrong);
        }
    }

    private static boolean hasType(JsonElement value, String type) {
        boolean primitive = value.isJsonPrimitive();
        return switch (type) {
            case "number" -> primitive && value.getAsJsonPrimitive().isNumber();
            case "integer" -> primitive
                    && value.getAsJsonPrimitive().isNumber()
                    && value.getAsBigDecimal().stripTrailingZeros().scale() <= 0;
            case "string" -> primitive && value.getAsJsonPrimitive().isString();
            case "boolean" -> primitive && value.getAsJsonPrimitive().isBoolean();
            case "array" -> value.isJsonArray();
            case "object" -> value.isJsonObject();
            default -> true;
        };
    }

    /** The validator does reject: a scenario with a negative limit and an unknown key. */
    @Test
    void aBrokenScenarioIsInvalid() throws IOException {
        String json = Files.readString(BundledScenariosTest.DIR.resolve("classroom-two-firms.json"))
                .replaceFirst("\"limitPct\": *[0-9.]+", "\"limitPct\": -5")
                .replaceFirst("\\{", "{\"colour\": \"green\",");
        List<String> errors = messages(scenarioSchema().validate(json, InputFormat.JSON));
        assertFalse(errors.isEmpty());
        assertTrue(errors.stream().anyMatch(e -> e.contains("limitPct")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.contains("colour")), errors.toString());
    }
}

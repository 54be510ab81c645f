package org.carbonsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.carbonsim.core.scenario.Scenario;
import org.carbonsim.core.scenario.ScenarioLoader;
import org.carbonsim.core.scenario.TestScenarios;
import org.junit.jupiter.api.Test;

/**
 * The defaults the schema's descriptions state are the loader's: for every key of an object the
 * loader's base scenario holds whose description says "default N" for a number N, the base with the
 * key left out and the base with the key set to N load to equal scenarios. An editor's tooltip and
 * {@code docs/scenario-keys.md} show those descriptions, so a default changed in the code and not in
 * the schema would mislead whoever writes a scenario.
 */
class StatedDefaultsTest {
    /** "default 0.05", "default 242", "default 150000 (CNY...)": a number right after "default". */
    private static final Pattern STATED = Pattern.compile("\\bdefault (-?[0-9]+(?:\\.[0-9]+)?)(?![0-9.,])");

    /**
     * The objects checked: a JSON path of the base (dots, list indexes as numbers) and the schema
     * node that describes it. An object the base leaves out ({@code agents.compliance}) is added empty.
     */
    private static final Map<String, String> OBJECTS = Map.ofEntries(
            Map.entry("calendar", "/properties/calendar"),
            Map.entry("market", "/properties/market"),
            Map.entry("coverage", "/properties/coverage"),
            Map.entry("allocation", "/properties/allocation"),
            Map.entry("agents.compliance", "/properties/agents/properties/compliance"),
            Map.entry("policy.intervention", "/properties/policy/properties/intervention"),
            Map.entry("policy.auctions", "/properties/policy/properties/auctions"),
            Map.entry("compliance", "/properties/compliance"),
            Map.entry("compliance.offsets.0", "/properties/compliance/properties/offsets/items"),
            Map.entry("compliance.penalty", "/properties/compliance/properties/penalty/oneOf/0"),
            Map.entry("enterprises.0", "/$defs/enterprise"),
            Map.entry("agents.traders.0", "/$defs/trader/oneOf/2"));

    @Test
    void everyStatedNumericDefaultIsTheLoadersDefault() throws IOException {
        JsonObject schema = BundledScenariosTest.schemaJson();
        List<String> checked = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, String> object : OBJECTS.entrySet()) {
            JsonObject node = at(schema, object.getValue());
            for (Map.Entry<String, JsonElement> key :
                    node.getAsJsonObject("properties").entrySet()) {
                JsonObject property = key.getValue().getAsJsonObject();
                String description = property.has("description")
                        ? property.get("description").getAsString()
                        : "";
                Matcher stated = STATED.matcher(description);
                if (!stated.find()) {
                    continue;
                }
                String path = object.getKey() + "." + key.getKey();
                Scenario without =
                        ScenarioLoader.parse(edited(object.getKey(), key.getKey(), null), "base.json", Path.of("."));
                Scenario with = ScenarioLoader.parse(
                        edited(object.getKey(), key.getKey(), stated.group(1)), "base.json", Path.of("."));
                checked.add(path);
                if (!without.equals(with)) {
                    wrong.add(path + " (stated default " + stated.group(1) + ")");
                }
            }
        }
        assertEquals(List.of(), wrong, "keys whose stated default is not the loader's, of " + checked);
        assertTrue(checked.size() >= 40, "only " + checked.size() + " stated defaults checked: " + checked);
    }

    @Test
    void theCheckTellsADifferentValueFromTheDefault() {
        Scenario without = ScenarioLoader.parse(edited("market", "feePct", null), "base.json", Path.of("."));
        Scenario withDefault = ScenarioLoader.parse(edited("market", "feePct", "0"), "base.json", Path.of("."));
        Scenario withOther = ScenarioLoader.parse(edited("market", "feePct", "0.3"), "base.json", Path.of("."));
        assertEquals(without, withDefault, "feePct left out is feePct 0");
        assertNotEquals(without, withOther, "feePct 0.3 loads to another scenario");
    }

    /**
     * The base with {@code key} of the object at {@code objectPath} removed ({@code value} null) or
     * set. The base loses its uncertain inputs, since a scenario that has them keeps its own text to
     * draw them into, and gains an empty {@code agents.compliance} for its keys to be set in.
     */
    private static String edited(String objectPath, String key, String value) {
        String base = TestScenarios.edit(TestScenarios.edit("uncertainty", null), "agents.compliance", "{}");
        return TestScenarios.edit(base, objectPath + "." + key, value);
    }

    private static JsonObject at(JsonObject schema, String pointer) {
        JsonElement node = schema;
        for (String part : pointer.substring(1).split("/")) {
            node = node.isJsonArray()
                    ? node.getAsJsonArray().get(Integer.parseInt(part))
                    : node.getAsJsonObject().get(part);
        }
        return node.getAsJsonObject();
    }
}

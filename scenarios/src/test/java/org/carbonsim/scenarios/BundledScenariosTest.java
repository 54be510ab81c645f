package org.carbonsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.carbonsim.core.scenario.Scenario;
import org.carbonsim.core.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every bundled scenario loads, names the schema, has a note, and is valid under the schema. */
class BundledScenariosTest {
    static final Path DIR = Path.of(System.getProperty("scenarios.dir", "."));

    static Stream<Path> scenarios() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            List<Path> list = files.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .filter(p -> !p.getFileName().toString().equals("scenario.schema.json"))
                    .sorted()
                    .toList();
            assertTrue(list.size() >= 3, "bundled scenarios in " + DIR.toAbsolutePath() + ": " + list);
            return list.stream();
        }
    }

    /** The {@code $id} of {@code scenario.schema.json}. */
    static String schemaId() throws IOException {
        return JsonParser.parseString(Files.readString(DIR.resolve("scenario.schema.json")))
                .getAsJsonObject()
                .get("$id")
                .getAsString();
    }

    static SchemaChecker schema() throws IOException {
        return new SchemaChecker(schemaJson());
    }

    /** The bundled JSON Schema, {@code scenario.schema.json}, parsed. */
    static JsonObject schemaJson() throws IOException {
        return JsonParser.parseString(Files.readString(DIR.resolve("scenario.schema.json")))
                .getAsJsonObject();
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void loads(Path file) {
        Scenario scenario = ScenarioLoader.load(file);
        assertEquals(file.getFileName().toString(), scenario.name() + ".json");
        // a market without covered firms (classroom-gode-sunder) still needs traders
        assertFalse(
                scenario.enterprises().isEmpty() && scenario.agents().traders().isEmpty(),
                file + " has neither enterprises nor trader groups");
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void isValidUnderTheSchemaAndNamesIt(Path file) throws IOException {
        JsonObject json = JsonParser.parseString(Files.readString(file)).getAsJsonObject();
        // absolute, so that a scenario copied anywhere still names its schema: the schema's own $id
        assertEquals(schemaId(), json.get("$schema").getAsString());
        assertEquals(List.of(), schema().check(json));
    }

    /** The schema's minLength on an expected departure's reason is checked, not skipped. */
    @Test
    void anEmptyReasonForAnExpectedDepartureIsInvalid() throws IOException {
        JsonObject json = JsonParser.parseString(Files.readString(DIR.resolve("hubei-pilot.json")))
                .getAsJsonObject();
        json.add("expectedDepartures", JsonParser.parseString("[{\"check\": \"VWAP\", \"why\": \"\"}]"));
        assertEquals(List.of("$.expectedDepartures[0].why: shorter than 1 characters"), schema().check(json));
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void hasANote(Path file) {
        String name = file.getFileName().toString().replace(".json", ".md");
        assertTrue(Files.isRegularFile(DIR.resolve(name)), "missing note " + name);
    }
}

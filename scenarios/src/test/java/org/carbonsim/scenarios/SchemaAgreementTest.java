package org.carbonsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.carbonsim.core.scenario.BadInputs;
import org.carbonsim.core.scenario.ScenarioException;
import org.carbonsim.core.scenario.ScenarioLoader;
import org.carbonsim.core.scenario.TestScenarios;
import org.junit.jupiter.api.Test;

/** The schema and the loader agree on the loader's base scenario and on its table of bad inputs. */
class SchemaAgreementTest {
    @Test
    void schemaAcceptsTheLoaderTestBase() throws IOException {
        assertEquals(List.of(), BundledScenariosTest.schema().check(JsonParser.parseString(TestScenarios.BASE)));
    }

    @Test
    void whatTheSchemaRejectsTheLoaderRejects() throws IOException {
        SchemaChecker schema = BundledScenariosTest.schema();
        List<String> schemaRejected = new ArrayList<>();
        for (BadInputs.Case c : BadInputs.CASES) {
            String json = TestScenarios.edit(c.path(), c.json());
            assertThrows(
                    ScenarioException.class,
                    () -> ScenarioLoader.parse(json, "base.json", Path.of(".")),
                    c.path() + " = " + c.json());
            if (!schema.check(JsonParser.parseString(json)).isEmpty()) {
                schemaRejected.add(c.path() + " = " + c.json());
            }
        }
        // cross-field rules (ascending years, references, shares adding past the cap) are beyond a schema
        assertTrue(schemaRejected.size() >= 35, "schema rejects only " + schemaRejected.size() + ": " + schemaRejected);
    }
}

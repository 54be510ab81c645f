package org.carbonsim.core.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.NotSerializableException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.carbonsim.core.scenario.NumericPath;
import org.carbonsim.core.scenario.Scenario;
import org.carbonsim.core.scenario.ScenarioEdit;
import org.carbonsim.core.scenario.ScenarioLoader;
import org.carbonsim.core.scenario.ScenarioSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sensitivity task travels as its description and gives, once shipped, what it gives at home. */
class PlanReplicationTest {
    private static final String SCENARIO = "{\"schemaVersion\": 1, \"name\": \"one-firm\", \"seed\": 5,"
            + " \"calendar\": {\"startYear\": 2024, \"years\": 1, \"tradingDaysPerYear\": 10},"
            + " \"market\": {\"initialPrice\": 40.00, \"limitPct\": 10},"
            + " \"sectors\": [{\"id\": \"industry\", \"name\": \"Industry\", \"productUnit\": \"t\","
            + " \"allocation\": {\"type\": \"historicalEmissions\", \"baseYears\": [2023]}}],"
            + " \"enterprises\": [{\"id\": \"A\", \"name\": \"A\", \"sector\": \"industry\", \"baseOutput\": 100000,"
            + " \"emissionIntensity\": 1.0, \"abatement\": {\"type\": \"linear\", \"maxCost\": 40, \"maxShare\": 0.4},"
            + " \"history\": [{\"year\": 2023, \"output\": 100000, \"emissions\": 100000}]}],"
            + " \"coverage\": {\"thresholds\": [{\"fromYear\": 2024, \"emissionsTonnes\": 13000}]},"
            + " \"allocation\": {\"cap\": {\"type\": \"given\", \"byYear\": {\"2024\": 90000}}},"
            + " \"agents\": {\"defaultStrategy\": \"COMPLIANCE\"}}";

    /** The scenario's text itself: serializable, as a file-based description is. */
    private record Text(String json) implements EditableScenario {
        @Override
        public Scenario load(List<ScenarioEdit> edits) {
            return ScenarioLoader.parse(json.getBytes(StandardCharsets.UTF_8), "one-firm.json", null, edits);
        }
    }

    @TempDir
    Path dir;

    @Test
    void aShippedTaskGivesTheSameReplicationAsAtHome() throws IOException, ClassNotFoundException {
        Path file = dir.resolve("one-firm.json");
        Files.writeString(file, SCENARIO, StandardCharsets.UTF_8);
        ScenarioSource source = ScenarioSource.read(file);
        List<Factor> factors =
                List.of(new Factor("price", NumericPath.of(source, "market.initialPrice", 20, 60, "test"), 20, 60));
        SensitivityStudy.Settings settings = new SensitivityStudy.Settings(Method.MORRIS, 2, 3, 1, 7);
        PlanReplication home = new PlanReplication(new Text(SCENARIO), factors, settings);
        PlanReplication shipped = (PlanReplication) copy(home);
        for (int index : new int[] {0, 4, 3 * 2 * 2 - 1}) {
            PlanReplication.Outcome a = home.run(index);
            PlanReplication.Outcome b = shipped.run(index);
            assertEquals(a.run(), b.run(), "task " + index);
            assertEquals(Arrays.toString(a.outputs()), Arrays.toString(b.outputs()), "task " + index);
            assertEquals(index % 3, a.run().index(), "replication r of its point: task " + index);
        }
    }

    @Test
    void aScenarioTextInMemoryRefusesToBeShipped() throws IOException {
        Path file = dir.resolve("one-firm.json");
        Files.writeString(file, SCENARIO, StandardCharsets.UTF_8);
        EditableScenario inMemory = EditableScenario.of(ScenarioSource.read(file), UnaryOperator.identity());
        NotSerializableException e = assertThrows(NotSerializableException.class, () -> copy(inMemory));
        assertTrue(e.getMessage().contains("describe it by file instead"), e.getMessage());
    }

    private static Object copy(Object o) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(o);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }
}

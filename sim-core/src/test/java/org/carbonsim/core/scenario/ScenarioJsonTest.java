package org.carbonsim.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioJsonTest {
    private static final byte[] JSON = ("{\"name\": \"x\", \"market\": {\"initialPrice\": 40.00, \"limitPct\": 10},"
                    + " \"allocation\": {\"cap\": {\"byYear\": {\"2024\": 160000}}}}")
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void editedSetsTheValuesAndKeepsEverythingElse() {
        String edited = ScenarioJson.edited(
                JSON,
                "x.json",
                List.of(
                        new ScenarioEdit("market.initialPrice", "37.25"),
                        new ScenarioEdit("allocation.cap.byYear[\"2024\"]", "150000")));
        byte[] bytes = edited.getBytes(StandardCharsets.UTF_8);
        assertEquals(
                new BigDecimal("37.25"),
                ScenarioJson.number(bytes, "market.initialPrice").orElseThrow());
        assertEquals(
                new BigDecimal("150000"),
                ScenarioJson.number(bytes, "$.allocation.cap.byYear[\"2024\"]").orElseThrow());
        assertEquals(
                new BigDecimal("10"),
                ScenarioJson.number(bytes, "market.limitPct").orElseThrow());
        assertTrue(edited.indexOf("\"name\"") < edited.indexOf("\"market\""), "keys keep their order: " + edited);
    }

    @Test
    void numberIsEmptyWhereThePathNamesNoNumber() {
        assertTrue(ScenarioJson.number(JSON, "name").isEmpty(), "a string");
        assertTrue(ScenarioJson.number(JSON, "market").isEmpty(), "an object");
        assertTrue(ScenarioJson.number(JSON, "market.feePct").isEmpty(), "absent");
        assertTrue(
                ScenarioJson.number("{".getBytes(StandardCharsets.UTF_8), "market")
                        .isEmpty(),
                "not JSON");
    }

    @Test
    void anEditOfNothingIsAProblemAtItsPath() {
        ScenarioException e = assertThrows(
                ScenarioException.class,
                () -> ScenarioJson.edited(JSON, "x.json", List.of(new ScenarioEdit("nowhere.deep", "1"))));
        assertTrue(e.problems().get(0).toString().contains("$.nowhere.deep"), e.getMessage());
    }
}

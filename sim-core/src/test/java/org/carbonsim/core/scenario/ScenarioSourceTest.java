package org.carbonsim.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading and setting numbers at scenario paths in the text, as calibrate does. */
class ScenarioSourceTest {
    private static final byte[] JSON = ("{\"name\": \"x\", \"market\": {\"initialPrice\": 40.00, \"limitPct\": 10},"
                    + " \"allocation\": {\"cap\": {\"byYear\": {\"2024\": 160000}}}}")
            .getBytes(StandardCharsets.UTF_8);

    private static ScenarioSource source(byte[] utf8) {
        return new ScenarioSource(utf8, "x.json", null, List.of(), StandardCharsets.UTF_8);
    }

    @Test
    void editedSetsTheValuesAndKeepsEverythingElse() {
        String edited = source(JSON)
                .edited(List.of(
                        new ScenarioEdit("market.initialPrice", "37.25"),
                        new ScenarioEdit("allocation.cap.byYear[\"2024\"]", "150000")));
        ScenarioSource bytes = source(edited.getBytes(StandardCharsets.UTF_8));
        assertEquals(
                new BigDecimal("37.25"), bytes.number("market.initialPrice").orElseThrow());
        assertEquals(
                new BigDecimal("150000"),
                bytes.number("$.allocation.cap.byYear[\"2024\"]").orElseThrow());
        assertEquals(new BigDecimal("10"), bytes.number("market.limitPct").orElseThrow());
        assertTrue(edited.indexOf("\"name\"") < edited.indexOf("\"market\""), "keys keep their order: " + edited);
    }

    @Test
    void numberIsEmptyWhereThePathNamesNoNumber() {
        assertTrue(source(JSON).number("name").isEmpty(), "a string");
        assertTrue(source(JSON).number("market").isEmpty(), "an object");
        assertTrue(source(JSON).number("market.feePct").isEmpty(), "absent");
        assertTrue(source("{".getBytes(StandardCharsets.UTF_8)).number("market").isEmpty(), "not JSON");
    }

    @Test
    void numbersAreReadAfterTheSourcesOwnEdits() {
        ScenarioSource edited = new ScenarioSource(
                JSON, "x.json", null, List.of(new ScenarioEdit("market.limitPct", "15")), StandardCharsets.UTF_8);
        assertEquals(new BigDecimal("15"), edited.number("market.limitPct").orElseThrow());
        assertTrue(edited.namesNumber("$.market.initialPrice"));
        assertTrue(edited.edited(List.of()).contains("\"limitPct\": 15"), edited.edited(List.of()));
    }

    @Test
    void anEditOfNothingIsAProblemAtItsPath() {
        ScenarioException e = assertThrows(
                ScenarioException.class, () -> source(JSON).edited(List.of(new ScenarioEdit("sectors[9].id", "1"))));
        assertTrue(e.problems().get(0).toString().contains("$.sectors[9].id"), e.getMessage());
        e = assertThrows(ScenarioException.class, () -> source(JSON)
                .edited(List.of(new ScenarioEdit("market.limitPct.deep", "1"))));
        assertTrue(e.problems().get(0).toString().contains("$.market.limitPct.deep"), e.getMessage());
    }

    @Test
    void anEditOfAnAbsentSettingAddsItWithTheObjectsOnTheWay() {
        String text = source(JSON).edited(List.of(new ScenarioEdit("agents.compliance.reviewsPerDay", "1")));
        assertTrue(text.contains("\"reviewsPerDay\": 1"), text);
    }
}

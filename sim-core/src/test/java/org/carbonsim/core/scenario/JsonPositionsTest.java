package org.carbonsim.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.carbonsim.core.scenario.JsonPositions.Position;
import org.junit.jupiter.api.Test;

/** A problem's JSON path is found at the line and column an editor jumps to. */
class JsonPositionsTest {
    // columns counted by hand: on line 2 the key "market" opens at column 3 and "limitPct" at 14; on
    // line 4 the array's first element is at 14 and its second at 17
    private static final String TEXT = "{\n"
            + "  \"market\": {\"limitPct\": -5, \"tick\": 0.01},\n"
            + "  \"cap\": {\"byYear\": {\"2024\": 100, \"a\\\"b\": 1}},\n"
            + "  \"years\": [ 1, {\"x\": true} ]\n"
            + "}\n";

    @Test
    void membersAreFoundAtTheirKeysAndElementsAtTheirValues() {
        JsonPositions positions = JsonPositions.of(TEXT);
        assertEquals(new Position(1, 1), positions.find("$"));
        assertEquals(new Position(2, 3), positions.find("$.market"));
        assertEquals(new Position(2, 14), positions.find("$.market.limitPct"));
        assertEquals(new Position(2, 30), positions.find("$.market.tick"));
        assertEquals(new Position(3, 22), positions.find("$.cap.byYear[\"2024\"]"));
        assertEquals(new Position(4, 14), positions.find("$.years[0]"));
        assertEquals(new Position(4, 17), positions.find("$.years[1]"));
        assertEquals(new Position(4, 18), positions.find("$.years[1].x"));
    }

    /** An emoji (two UTF-16 units) is one column, as in an editor; it was counted as two. */
    @Test
    void columnsCountCharactersNotUtf16Units() {
        JsonPositions positions = JsonPositions.of("{\"\uD83D\uDE00\": 1, \"b\": [\"\uD83D\uDE00\", 2],\n \"c\": 3}");
        assertEquals(new Position(1, 10), positions.find("$.b"));
        assertEquals(new Position(1, 16), positions.find("$.b[0]"));
        assertEquals(new Position(1, 21), positions.find("$.b[1]"));
        assertEquals(new Position(2, 2), positions.find("$.c"));
    }

    /**
     * A file with carriage returns alone as line ends (an old Mac file) has its lines counted as an editor
     * shows them, and one with CR LF counts each pair once; both were counted as one long line 1.
     */
    @Test
    void aCarriageReturnAloneEndsALine() {
        JsonPositions mac = JsonPositions.of(TEXT.replace("\n", "\r"));
        JsonPositions windows = JsonPositions.of(TEXT.replace("\n", "\r\n"));
        for (JsonPositions positions : List.of(mac, windows)) {
            assertEquals(new Position(2, 14), positions.find("$.market.limitPct"));
            assertEquals(new Position(4, 17), positions.find("$.years[1]"));
        }
    }

    @Test
    void aKeyWithEscapesIsFoundByThePathTheLoaderWrites() {
        JsonPositions positions = JsonPositions.of(TEXT);
        String path = Obj.child("$.cap.byYear", "a\"b");
        assertEquals(new Position(3, 35), positions.find(path), path);
    }

    @Test
    void anAbsentKeyIsFoundAtTheNearestEnclosingOneTheTextHas() {
        JsonPositions positions = JsonPositions.of(TEXT);
        assertEquals(new Position(2, 3), positions.find("$.market.closingRule"));
        assertEquals(new Position(4, 3), positions.find("$.years[7].y"));
        assertNull(positions.find("not a path"));
    }

    @Test
    void aValueSetByAnEditHasNoPlaceInTheFile() {
        JsonPositions positions = JsonPositions.of(TEXT);
        Problem problem = new Problem("$.market.limitPct", "expected a number >= 0");
        List<ScenarioEdit> edit = List.of(new ScenarioEdit("market.limitPct", "-5"));
        assertEquals(0, positions.locate(problem, edit).line());
        assertEquals(
                new Problem("$.market.limitPct", "expected a number >= 0", 2, 14),
                positions.locate(problem, List.of()));
        Problem sibling = new Problem("$.market.limitPctX", "unknown key");
        assertEquals(2, positions.locate(sibling, edit).line(), "a key that only begins like the edited one");
    }

    @Test
    void theLoadersMessageNamesTheLineAndColumnOfEachPath() {
        String text = TestScenarios.BASE.replace("\"limitPct\": 10", "\"limitPct\": -10");
        assertTrue(!text.equals(TestScenarios.BASE), "the base scenario has a limitPct of 10");
        int line = 1
                + (int) text.substring(0, text.indexOf("\"limitPct\""))
                        .chars()
                        .filter(c -> c == '\n')
                        .count();
        int column = text.indexOf("\"limitPct\"") - text.lastIndexOf('\n', text.indexOf("\"limitPct\""));
        ScenarioException e = assertThrows(
                ScenarioException.class,
                () -> ScenarioLoader.parse(text.getBytes(StandardCharsets.UTF_8), "s.json", Path.of(".")));
        assertTrue(
                e.getMessage().startsWith("s.json:" + line + ":" + column + ": $.market.limitPct: "), e.getMessage());
    }

    @Test
    void anEditedValueIsReportedWithoutALine() {
        ScenarioException e = assertThrows(
                ScenarioException.class,
                () -> ScenarioLoader.parse(
                        TestScenarios.BASE.getBytes(StandardCharsets.UTF_8),
                        "s.json",
                        Path.of("."),
                        List.of(new ScenarioEdit("market.limitPct", "-10"))));
        assertTrue(e.getMessage().startsWith("s.json: $.market.limitPct: "), e.getMessage());
    }

    @Test
    void everyKeyOfEveryBundledScenarioIsFoundWhereItsTextStarts() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of("../scenarios"))) {
            files = list.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        assertTrue(files.size() > 10, "the bundled scenarios are beside sim-core: " + files);
        int checked = 0;
        for (Path file : files) {
            String text = Files.readString(file);
            List<String> lines = text.lines().toList();
            JsonPositions positions = JsonPositions.of(text);
            checked += checkMembers(JsonParser.parseString(text), "$", positions, lines, file);
        }
        assertTrue(checked > 1000, checked + " keys checked");
    }

    /** Checks that each key under {@code element} is found at its own quoted text; returns how many. */
    private static int checkMembers(
            JsonElement element, String path, JsonPositions positions, List<String> lines, Path file) {
        int checked = 0;
        if (element.isJsonObject()) {
            for (Map.Entry<String, JsonElement> member :
                    element.getAsJsonObject().entrySet()) {
                String child = Obj.child(path, member.getKey());
                Position p = positions.find(child);
                String line = lines.get(p.line() - 1);
                String quoted = new JsonPrimitive(member.getKey()).toString();
                assertTrue(line.startsWith(quoted, p.column() - 1), file + ": " + child + " at " + p + ": " + line);
                checked += 1 + checkMembers(member.getValue(), child, positions, lines, file);
            }
        } else if (element.isJsonArray()) {
            for (int i = 0; i < element.getAsJsonArray().size(); i++) {
                checked += checkMembers(element.getAsJsonArray().get(i), Obj.index(path, i), positions, lines, file);
            }
        }
        return checked;
    }
}

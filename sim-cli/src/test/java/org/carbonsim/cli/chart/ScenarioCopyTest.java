package org.carbonsim.cli.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The copy of the scenario in an output folder, with the {@code --set} edits run.json lists applied to
 * what the report takes from it: a sector's name set alone, or the sectors set whole as a JSON list or
 * one sector as a JSON object, name the sectors as the run had them.
 */
class ScenarioCopyTest {
    private static final String SCENARIO = "{\"description\": \"as read\", \"sectors\": ["
            + "{\"id\": \"power\", \"name\": \"Power\"}, {\"id\": \"steel\", \"name\": \"Steel\"}]}";

    @TempDir
    Path dir;

    private ScenarioCopy withEdits(String editsJson) throws IOException {
        Files.writeString(dir.resolve(ScenarioCopy.FILE), SCENARIO, StandardCharsets.UTF_8);
        Files.writeString(
                dir.resolve("run.json"), "{\"scenarios\": [{\"edits\": " + editsJson + "}]}", StandardCharsets.UTF_8);
        return ScenarioCopy.read(dir);
    }

    @Test
    void aSectorsNameSetAloneNamesIt() throws IOException {
        ScenarioCopy copy = withEdits("[{\"path\": \"$.sectors[1].name\", \"value\": \"钢铁 Steel\"}]");
        assertEquals(Map.of("power", "Power", "steel", "钢铁 Steel"), copy.sectorNames());
    }

    @Test
    void sectorsSetWholeAsJsonNameTheSectorsAsTheRunHadThem() throws IOException {
        ScenarioCopy list = withEdits("[{\"path\": \"$.sectors\", \"value\":"
                + " \"[{\\\"id\\\":\\\"cement\\\",\\\"name\\\":\\\"水泥 Cement\\\"}]\"}]");
        assertEquals(Map.of("cement", "水泥 Cement"), list.sectorNames());
        ScenarioCopy one = withEdits("[{\"path\": \"$.sectors[0]\", \"value\":"
                + " \"{\\\"id\\\":\\\"power\\\",\\\"name\\\":\\\"电力 Power\\\"}\"}, {\"path\": \"$.description\","
                + " \"value\": \"edited\"}]");
        assertEquals(Map.of("power", "电力 Power", "steel", "Steel"), one.sectorNames());
        assertEquals(Optional.of("edited"), one.description());
        assertEquals(
                List.of("$.sectors[0] = {\"id\":\"power\",\"name\":\"电力 Power\"}", "$.description = edited"),
                one.edits());
    }
}

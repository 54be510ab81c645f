package org.carbonsim.cli.chart;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the charts and the report take from the copy of the scenario in an output folder ({@code
 * scenario.json}, written with {@code run.json}): its description and its sectors' names, such as
 * {@code 化工 Chemicals} for {@code chemicals}. A folder without the copy (older ones, or one edited by
 * hand) shows sector ids and no description. Immutable.
 *
 * @param description the scenario's description, if the copy has one
 * @param sectorNames sector id to name, in the scenario's order
 */
public record ScenarioCopy(Optional<String> description, Map<String, String> sectorNames) {
    /** The copy's file name in a run or Monte Carlo folder. */
    public static final String FILE = "scenario.json";

    /** No copy: no description, sectors shown by id. */
    public static final ScenarioCopy NONE = new ScenarioCopy(Optional.empty(), Map.of());

    public ScenarioCopy {
        sectorNames = Collections.unmodifiableMap(new LinkedHashMap<>(sectorNames));
    }

    /**
     * The copy in {@code dir}, or {@link #NONE} when there is none. Only the two fields are read; the
     * copy was checked by the loader when the run started, so a malformed one is reported by path.
     */
    public static ScenarioCopy read(Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return NONE;
        }
        JsonObject scenario = JsonFiles.readObject(file);
        Optional<String> description = Optional.empty();
        JsonElement d = scenario.get("description");
        if (d != null && d.isJsonPrimitive() && !d.getAsString().isBlank()) {
            description = Optional.of(d.getAsString());
        }
        Map<String, String> names = new LinkedHashMap<>();
        JsonElement sectors = scenario.get("sectors");
        if (sectors != null && sectors.isJsonArray()) {
            for (JsonElement e : sectors.getAsJsonArray()) {
                if (e.isJsonObject()) {
                    JsonObject sector = e.getAsJsonObject();
                    JsonElement id = sector.get("id");
                    JsonElement name = sector.get("name");
                    if (id != null && id.isJsonPrimitive() && name != null && name.isJsonPrimitive()) {
                        names.put(id.getAsString(), name.getAsString());
                    }
                }
            }
        }
        return new ScenarioCopy(description, names);
    }

    /**
     * The name of the sector of {@code row}: the table's {@code sector_name} column where it has one,
     * else this copy's name for its {@code sector_id} (or, in older folders, {@code sector}), else the id.
     */
    public String sectorName(CsvTable table, CsvTable.Row row) {
        if (table.has("sector_name") && !row.text("sector_name").isEmpty()) {
            return row.text("sector_name");
        }
        return sectorName(row.text(table.has("sector_id") ? "sector_id" : "sector"));
    }

    /** The name of sector {@code id}, or the id when the copy does not name it. */
    public String sectorName(String id) {
        return sectorNames.getOrDefault(id, id);
    }
}

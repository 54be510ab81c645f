package org.carbonsim.cli.chart;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the charts and the report take from the copy of the scenario in an output folder ({@code
 * scenario.json}, written with {@code run.json}): its description and its sectors' names, such as
 * {@code 化工 Chemicals} for {@code chemicals}, and the edits {@code --set} made to it before the run
 * (listed in {@code run.json}; the copy is the file as read), so that a report says what ran. A folder
 * without the copy (older ones, or one edited by hand) shows sector ids and no description. Immutable.
 *
 * @param description the scenario's description, if the copy has one (as a {@code --set} left it)
 * @param sectorNames sector id to name, in the scenario's order (as a {@code --set} left them)
 * @param edits each {@code --set} edit as {@code PATH = VALUE}, in order; empty without any
 */
public record ScenarioCopy(Optional<String> description, Map<String, String> sectorNames, List<String> edits) {
    /** The copy's file name in a run or Monte Carlo folder. */
    public static final String FILE = "scenario.json";

    /** No copy: no description, sectors shown by id. */
    public static final ScenarioCopy NONE = new ScenarioCopy(Optional.empty(), Map.of(), List.of());

    /** The record of the run beside the copy, which lists the edits. */
    private static final String RUN_RECORD = "run.json";

    /** {@code $.sectors}, {@code $.sectors[i]} or {@code $.sectors[i].name}: what the sectors' names come from. */
    private static final Pattern SECTOR_PART = Pattern.compile("\\$\\.sectors(?:\\[(\\d+)](\\.name)?)?");

    public ScenarioCopy {
        sectorNames = Collections.unmodifiableMap(new LinkedHashMap<>(sectorNames));
        edits = List.copyOf(edits);
    }

    /** A copy without edits. */
    public ScenarioCopy(Optional<String> description, Map<String, String> sectorNames) {
        this(description, sectorNames, List.of());
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
        List<String[]> edits = edits(dir);
        for (String[] e : edits) {
            applyEdit(scenario, e[0], e[1]);
        }
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
        return new ScenarioCopy(
                description, names, edits.stream().map(e -> e[0] + " = " + e[1]).toList());
    }

    /** The edits {@code run.json} in {@code dir} lists for its scenario, as path and value; none without. */
    private static List<String[]> edits(Path dir) throws IOException {
        Path record = dir.resolve(RUN_RECORD);
        if (!Files.isRegularFile(record)) {
            return List.of();
        }
        JsonElement scenarios = JsonFiles.readObject(record).get("scenarios");
        if (scenarios == null
                || !scenarios.isJsonArray()
                || scenarios.getAsJsonArray().isEmpty()) {
            return List.of();
        }
        JsonElement first = scenarios.getAsJsonArray().get(0);
        JsonElement list = first.isJsonObject() ? first.getAsJsonObject().get("edits") : null;
        List<String[]> edits = new ArrayList<>();
        if (list != null && list.isJsonArray()) {
            for (JsonElement e : list.getAsJsonArray()) {
                if (e.isJsonObject()) {
                    JsonElement path = e.getAsJsonObject().get("path");
                    JsonElement value = e.getAsJsonObject().get("value");
                    if (path != null && path.isJsonPrimitive() && value != null && value.isJsonPrimitive()) {
                        edits.add(new String[] {path.getAsString(), value.getAsString()});
                    }
                }
            }
        }
        return edits;
    }

    /**
     * Applies an edit to the two fields read here, the description and the sectors' names; others are
     * listed only. A JSON list or object (a value starting with [ or {) replaces the whole value at its
     * path, as the loader applied it: {@code $.sectors} or one sector set whole brings its names.
     */
    private static void applyEdit(JsonObject scenario, String path, String value) {
        if (path.equals("$.description")) {
            scenario.addProperty("description", value);
            return;
        }
        Matcher m = SECTOR_PART.matcher(path);
        JsonElement sectors = scenario.get("sectors");
        if (!m.matches()) {
            return;
        }
        if (m.group(1) == null) {
            json(value).filter(JsonElement::isJsonArray).ifPresent(list -> scenario.add("sectors", list));
            return;
        }
        int index = Integer.parseInt(m.group(1));
        if (sectors == null
                || !sectors.isJsonArray()
                || index >= sectors.getAsJsonArray().size()) {
            return;
        }
        if (m.group(2) == null) {
            json(value).filter(JsonElement::isJsonObject).ifPresent(sector -> sectors.getAsJsonArray()
                    .set(index, sector));
        } else if (sectors.getAsJsonArray().get(index).isJsonObject()) {
            sectors.getAsJsonArray().get(index).getAsJsonObject().addProperty("name", value);
        }
    }

    /** {@code value} as JSON when it is a list or an object, as a --set of one is read; else empty. */
    private static Optional<JsonElement> json(String value) {
        String v = value.strip();
        if (!v.startsWith("[") && !v.startsWith("{")) {
            return Optional.empty();
        }
        try {
            return Optional.of(JsonParser.parseString(v));
        } catch (JsonParseException e) {
            return Optional.empty();
        }
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

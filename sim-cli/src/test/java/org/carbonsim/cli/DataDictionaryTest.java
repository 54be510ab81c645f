package org.carbonsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.carbonsim.core.scenario.Scenario;
import org.carbonsim.web.Room;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every CSV file the commands write has exactly the columns docs/data-dictionary.md lists for it, in
 * its order, and its cells have the documented types: runs {@code run} (and {@code run cbam-exposure}
 * for {@code cbam.csv}), {@code montecarlo} (with a
 * sampled input), {@code sweep}, {@code compare}, {@code sensitivity} (Sobol, and Morris, whose {@code
 * sensitivity.csv} has other columns), {@code allocate} and {@code replay} (and {@code run national-data-quality} for {@code mrv.csv},
 * {@code run eu-msr} for {@code reserve.csv}), then compares
 * each header with the dictionary's table both ways (no undocumented column, no documented column
 * missing) and checks that the dictionary documents no file the commands did not write.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DataDictionaryTest extends CommandLineTest {
    static final Path DICTIONARY = Path.of("..", "docs", "data-dictionary.md");

    /** {@code ### command: `file`}, or {@code ### command: `file` with `--option value`} for a variant. */
    private static final Pattern SECTION = Pattern.compile("^### ([a-z]+): `([^`]+)`( with `[^`]+`)?\\s*$");

    private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\| ([^|]*) \\|");
    private static final Pattern INTEGER = Pattern.compile("-?[0-9]+");
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    /** A documented column: its name and type. */
    private record Column(String name, String type) {}

    /** The CSV files written, by dictionary key ("command: file"). */
    private final Map<String, Path> written = new TreeMap<>();

    private final List<String> inputColumns = new ArrayList<>();
    private final List<String> axisColumns = new ArrayList<>();
    private final List<String> parameterColumns = new ArrayList<>();
    private final List<String> yearColumns = new ArrayList<>();

    /** The studies' JSON files, by name ("montecarlo.json", "sensitivity.json with `--method morris`"). */
    private final Map<String, Path> studyJson = new TreeMap<>();

    @BeforeAll
    void runEveryCommand(@TempDir Path dir) throws Exception {
        Path run = dir.resolve("run");
        folder(dir, "run hubei-pilot --years 1 --trades");
        Path cbam = dir.resolve("cbam");
        assertEquals(
                0,
                run("run", "cbam-exposure", "--years", "1", "--quiet", "--no-charts", "--out", cbam.toString()),
                err.toString());
        written.put("run: cbam.csv", cbam.resolve("cbam.csv"));

        Path mrv = dir.resolve("run-mrv");
        assertEquals(
                0,
                run("run", "national-data-quality", "--years", "1", "--quiet", "--no-charts", "--out", "" + mrv),
                err.toString());
        written.put("run: mrv.csv", mrv.resolve("mrv.csv"));
        // a scenario with a CCER pipeline also writes offsets.csv and offset-issuance.csv
        Path offsets = dir.resolve("run-offsets");
        assertEquals(
                0,
                run("run", "ccer-relaunch-2024", "--years", "1", "--quiet", "--no-charts", "--out", offsets.toString()),
                "run ccer-relaunch-2024: " + err);
        collect("run", offsets);
        Path finance = dir.resolve("run-finance");
        assertEquals(
                0,
                run("run", "hubei-carbon-finance", "--years", "1", "--quiet", "--no-charts", "--out", "" + finance),
                err.toString());
        written.put("run: daily.csv with `finance.forwards`", finance.resolve("daily.csv"));
        written.put("run: forwards.csv", finance.resolve("forwards.csv"));
        written.put("run: finance.csv", finance.resolve("finance.csv"));
        // the national market's block agreement trades add columns to daily.csv, annual.csv and trades.csv
        Path blocks = dir.resolve("run-blocks");
        assertEquals(
                0,
                run(
                        "run",
                        "national-ets-industry",
                        "--years",
                        "1",
                        "--trades",
                        "--quiet",
                        "--no-charts",
                        "--out",
                        blocks.toString()),
                err.toString());
        written.put("run: daily.csv with `market.blockTrades`", blocks.resolve("daily.csv"));
        written.put("run: annual.csv with `market.blockTrades`", blocks.resolve("annual.csv"));
        written.put("run: trades.csv with `market.blockTrades`", blocks.resolve("trades.csv"));
        Path reserve = dir.resolve("run-reserve");
        assertEquals(
                0,
                run("run", "eu-msr", "--years", "1", "--quiet", "--no-charts", "--out", "" + reserve),
                err.toString());
        written.put("run: reserve.csv", reserve.resolve("reserve.csv"));

        String json = new String(ScenarioFiles.resolve("classroom-ten-firms").bytes(), StandardCharsets.UTF_8);
        Path uncertain = dir.resolve("uncertain.json");
        Files.writeString(
                uncertain,
                json.substring(0, json.lastIndexOf('}'))
                        + ", \"uncertainty\": {\"parameters\": [{\"path\": \"$.market.initialPrice\","
                        + " \"distribution\": {\"type\": \"uniform\", \"low\": 40, \"high\": 60}}]}\n}\n",
                StandardCharsets.UTF_8);
        Path mc = folder(dir, "montecarlo " + uncertain + " --years 1 --runs 2");
        studyJson.put("montecarlo.json", mc.resolve("montecarlo.json"));
        inputColumns.addAll(readJson(mc.resolve("montecarlo.json"))
                .getAsJsonObject("inputColumns")
                .keySet());

        // a study of a market with block agreement trades adds the block volume to years.csv and bands.csv
        Path blockStudy = dir.resolve("montecarlo-blocks");
        assertEquals(
                0,
                run(
                        "montecarlo",
                        "national-ets-industry",
                        "--years",
                        "1",
                        "--runs",
                        "2",
                        "--quiet",
                        "--no-charts",
                        "--out",
                        blockStudy.toString()),
                err.toString());
        written.put("montecarlo: years.csv with `market.blockTrades`", blockStudy.resolve("years.csv"));
        written.put("montecarlo: bands.csv with `market.blockTrades`", blockStudy.resolve("bands.csv"));

        Path sweep = folder(
                dir, "sweep classroom-two-firms --runs 2 --set market.limitPct=5,10 --set market.initialPrice=40");
        studyJson.put("sweep.json", sweep.resolve("sweep.json"));
        for (JsonElement axis : readJson(sweep.resolve("sweep.json")).getAsJsonArray("axes")) {
            axisColumns.add(axis.getAsJsonObject().get("column").getAsString());
        }

        Path compare = folder(dir, "compare classroom-two-firms classroom-ten-firms --years 1 --runs 2");
        studyJson.put("compare.json", compare.resolve("compare.json"));

        // two replications per point, so that the means of whole tonnes in years.csv and sectors.csv can
        // have decimals, as their documented type must allow
        String sensitivity = "sensitivity classroom-ten-firms --samples 2 --runs 2"
                + " --param market.limitPct=5:15 --param market.initialPrice=30:60";
        Path sobol = folder(dir, sensitivity);
        studyJson.put("sensitivity.json", sobol.resolve("sensitivity.json"));
        for (JsonElement p : readJson(sobol.resolve("sensitivity.json")).getAsJsonArray("parameters")) {
            parameterColumns.add(p.getAsJsonObject().get("name").getAsString());
        }
        Scenario classroom = ScenarioFiles.load("classroom-ten-firms");
        for (int y = 0; y < classroom.calendar().years(); y++) {
            yearColumns.add("vwap_" + (classroom.calendar().startYear() + y) + "_cny_per_t");
        }
        Path morris = dir.resolve("morris");
        List<String> args = new ArrayList<>(List.of(sensitivity.split(" ")));
        args.addAll(List.of("--method", "morris", "--quiet", "--no-charts", "--out", morris.toString()));
        assertEquals(0, run(args.toArray(String[]::new)), "sensitivity --method morris: " + err);
        written.put("sensitivity: sensitivity.csv with `--method morris`", morris.resolve("sensitivity.csv"));
        studyJson.put("sensitivity.json with `--method morris`", morris.resolve("sensitivity.json"));
        written.put(
                "sensitivity: sensitivity-years.csv with `--method morris`", morris.resolve("sensitivity-years.csv"));

        Path allocation = dir.resolve("allocation.csv");
        assertEquals(0, run("allocate", "hubei-pilot", "--out", "" + allocation), err.toString());
        written.put("allocate: --out FILE.csv", allocation);

        Path trades = dir.resolve("trades.csv");
        Path orders = Path.of("..", "scenarios", "replay", "classroom-orders.csv");
        assertEquals(0, run("replay", "" + orders, "--out", "" + trades), err.toString());
        written.put("replay: --out TRADES.csv", trades);

        // a classroom session with one student seated on firm A, run without pauses
        Path session = dir.resolve("classroom");
        Room room = ClassroomFixture.room("classroom-two-firms", 2, 1, session, false, null);
        room.join(room.roomCode(), "Ann", "A");
        room.runWithoutPausing();
        written.put("classroom: trades.csv", session.resolve("trades.csv"));

        // a class stopped on its third day: players.csv
        Path stopped = dir.resolve("classroom-stopped");
        ClassroomSession.saveOnStop(
                ClassroomStopTest.roomOnItsThirdDay(stopped),
                new java.io.PrintWriter(new java.io.StringWriter()),
                java.time.Duration.ofSeconds(60));
        written.put("classroom: players.csv with `Ctrl-C`", stopped.resolve("players.csv"));
    }

    /**
     * Runs {@code command} (space-separated arguments) quietly, without charts, into a folder of
     * {@code dir} named after the command, and records its CSV files; returns the folder.
     */
    private Path folder(Path dir, String command) throws IOException {
        String name = command.substring(0, command.indexOf(' '));
        Path folder = dir.resolve(name);
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.addAll(List.of("--quiet", "--no-charts", "--out", folder.toString()));
        assertEquals(0, run(args.toArray(String[]::new)), command + ": " + err);
        collect(name, folder);
        return folder;
    }

    private void collect(String command, Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
                written.put(command + ": " + folder.relativize(file), file);
            }
        }
    }

    private static JsonObject readJson(Path file) throws IOException {
        return JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8))
                .getAsJsonObject();
    }

    /** The dictionary's tables, by key ("command: file"), each column in order. */
    static Map<String, List<Column>> dictionary() throws IOException {
        Map<String, List<Column>> sections = new LinkedHashMap<>();
        List<Column> current = null;
        for (String line : Files.readAllLines(DICTIONARY, StandardCharsets.UTF_8)) {
            Matcher section = SECTION.matcher(line);
            if (section.matches()) {
                current = new ArrayList<>();
                String variant = section.group(3) == null ? "" : section.group(3);
                sections.put(section.group(1) + ": " + section.group(2) + variant, current);
            } else if (line.startsWith("## ")) {
                current = null;
            } else if (current != null) {
                Matcher row = ROW.matcher(line);
                if (row.find()) {
                    current.add(new Column(row.group(1), row.group(2).strip()));
                }
            }
        }
        return sections;
    }

    /** The documented columns of {@code key}, with the placeholders for inputs and axes filled in. */
    private List<Column> expected(List<Column> documented) {
        List<Column> columns = new ArrayList<>();
        for (Column c : documented) {
            if (c.name().equals("{input}")) {
                inputColumns.forEach(name -> columns.add(new Column(name, "decimal")));
            } else if (c.name().equals("{axis}")) {
                axisColumns.forEach(name -> columns.add(new Column(name, "as given")));
            } else if (c.name().equals("{parameter}")) {
                parameterColumns.forEach(name -> columns.add(new Column(name, c.type())));
            } else if (c.name().equals("vwap_{year}_cny_per_t")) {
                yearColumns.forEach(name -> columns.add(new Column(name, c.type())));
            } else {
                columns.add(c);
            }
        }
        return columns;
    }

    /** The units of the "Metrics of the studies" table, by label: {@code (empty)} read as "". */
    static Map<String, String> metricUnits() throws IOException {
        Map<String, String> units = new LinkedHashMap<>();
        boolean inTable = false;
        Pattern row = Pattern.compile("^\\| `([A-Za-z]+)` \\| `[a-z_0-9]+` \\| ([^|]*) \\|");
        for (String line : Files.readAllLines(DICTIONARY, StandardCharsets.UTF_8)) {
            if (line.startsWith("## ")) {
                inTable = line.equals("## Metrics of the studies");
            } else if (inTable) {
                Matcher m = row.matcher(line);
                if (m.find()) {
                    String unit = m.group(2).strip();
                    units.put(m.group(1), unit.equals("(empty)") ? "" : unit.replace("`", ""));
                }
            }
        }
        return units;
    }

    /**
     * Every metric's statistics in the studies' JSON files name its unit as the CSV files and the
     * dictionary's metrics table do: montecarlo.json gave none while runs.csv said {@code
     * vwap_cny_per_t}, so a reader of the JSON alone could not tell CNY/t from CNY. Checked in
     * montecarlo.json's metrics, each point of sweep.json, each policy and paired difference of
     * compare.json, and each result of sensitivity.json (whose year VWAPs are in CNY/t).
     */
    @Test
    void everyStudyJsonNamesEachMetricsUnitAsTheDictionaryDoes() throws IOException {
        Map<String, String> units = metricUnits();
        assertEquals(16, units.size(), "the metrics table of " + DICTIONARY + ": " + units);
        List<String> problems = new ArrayList<>();
        JsonObject mc = readJson(studyJson.get("montecarlo.json")).getAsJsonObject("metrics");
        checkUnits("montecarlo.json metrics", mc, units, problems);
        for (JsonElement point : readJson(studyJson.get("sweep.json")).getAsJsonArray("points")) {
            checkUnits("sweep.json point", point.getAsJsonObject().getAsJsonObject("metrics"), units, problems);
        }
        JsonObject compare = readJson(studyJson.get("compare.json")).getAsJsonObject("metrics");
        assertEquals(units.keySet(), compare.keySet(), "compare.json metrics");
        for (Map.Entry<String, JsonElement> metric : compare.entrySet()) {
            JsonObject entry = metric.getValue().getAsJsonObject();
            for (String list : List.of("policies", "differences")) {
                for (JsonElement e : entry.getAsJsonArray(list)) {
                    if (!e.isJsonNull()) {
                        checkUnit("compare.json " + list, metric.getKey(), e.getAsJsonObject(), units, problems);
                    }
                }
            }
        }
        for (String file : List.of("sensitivity.json", "sensitivity.json with `--method morris`")) {
            for (JsonElement result : readJson(studyJson.get(file)).getAsJsonArray("results")) {
                JsonObject r = result.getAsJsonObject();
                String label = r.get("metric").getAsString();
                String want = units.getOrDefault(label, "cny_per_t");
                String got = r.has("unit") ? r.get("unit").getAsString() : "(no unit)";
                if (!want.equals(got)) {
                    problems.add(file + " " + label + ": unit " + got + ", the dictionary says '" + want + "'");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    private static void checkUnits(String where, JsonObject metrics, Map<String, String> units, List<String> problems) {
        assertEquals(units.keySet(), metrics.keySet(), where);
        for (Map.Entry<String, JsonElement> metric : metrics.entrySet()) {
            checkUnit(where, metric.getKey(), metric.getValue().getAsJsonObject(), units, problems);
        }
    }

    private static void checkUnit(
            String where, String label, JsonObject entry, Map<String, String> units, List<String> problems) {
        String got = entry.has("unit") ? entry.get("unit").getAsString() : "(no unit)";
        if (!units.get(label).equals(got)) {
            problems.add(where + " " + label + ": unit " + got + ", the dictionary says '" + units.get(label) + "'");
        }
        if (!entry.has("n") || !entry.has("mean")) {
            problems.add(where + " " + label + ": the statistics kept their keys: " + entry.keySet());
        }
    }

    @Test
    void theDictionaryDocumentsExactlyTheFilesTheCommandsWrite() throws IOException {
        Map<String, List<Column>> dictionary = dictionary();
        assertTrue(dictionary.size() >= 14, "sections parsed from " + DICTIONARY + ": " + dictionary.keySet());
        TreeSet<String> undocumented = new TreeSet<>(written.keySet());
        undocumented.removeAll(dictionary.keySet());
        TreeSet<String> notWritten = new TreeSet<>(dictionary.keySet());
        notWritten.removeAll(written.keySet());
        assertEquals(
                "undocumented files: [], documented files not written: []",
                "undocumented files: " + undocumented + ", documented files not written: " + notWritten);
    }

    @Test
    void everyHeaderHasExactlyTheDocumentedColumnsInOrder() throws IOException {
        Map<String, List<Column>> dictionary = dictionary();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Path> file : written.entrySet()) {
            List<Column> documented = dictionary.get(file.getKey());
            if (documented == null) {
                continue; // reported by the test above
            }
            List<String> want = expected(documented).stream().map(Column::name).toList();
            List<String> got = List.of(header(file.getValue()).split(",", -1));
            List<String> undocumented = new ArrayList<>(got);
            undocumented.removeAll(want);
            List<String> missing = new ArrayList<>(want);
            missing.removeAll(got);
            if (!undocumented.isEmpty() || !missing.isEmpty() || !want.equals(got)) {
                problems.add(file.getKey() + ": undocumented " + undocumented + ", documented but missing " + missing
                        + (undocumented.isEmpty() && missing.isEmpty() ? ", order differs: " + got : ""));
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyCellHasItsDocumentedTypeSoWholeNumbersAreWrittenAsIntegers() throws IOException {
        Map<String, List<Column>> dictionary = dictionary();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Path> file : written.entrySet()) {
            List<Column> documented = dictionary.get(file.getKey());
            if (documented == null) {
                continue;
            }
            List<Column> columns = expected(documented);
            List<String> lines = Files.readAllLines(file.getValue(), StandardCharsets.UTF_8);
            for (int i = 1; i < lines.size(); i++) {
                List<String> cells = cells(lines.get(i));
                if (cells.size() != columns.size()) {
                    problems.add(file.getKey() + ":" + (i + 1) + ": " + cells.size() + " cells");
                    continue;
                }
                for (int c = 0; c < columns.size(); c++) {
                    String cell = cells.get(c);
                    String type = columns.get(c).type();
                    boolean ok = cell.isEmpty()
                            || switch (type) {
                                case "integer" -> INTEGER.matcher(cell).matches();
                                case "decimal" -> DECIMAL.matcher(cell).matches();
                                case "boolean" -> cell.equals("true") || cell.equals("false");
                                default -> true;
                            };
                    if (!ok) {
                        problems.add(file.getKey() + ":" + (i + 1) + ": "
                                + columns.get(c).name() + " is " + type + ", found \"" + cell + "\"");
                    }
                }
            }
        }
        assertEquals(List.of(), problems.stream().limit(20).toList());
    }

    private static String header(Path file) throws IOException {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.findFirst().orElse("");
        }
    }

    /** The cells of an RFC 4180 line without line breaks inside quotes. */
    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted && ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (ch == '"') {
                quoted = !quoted;
            } else if (ch == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}

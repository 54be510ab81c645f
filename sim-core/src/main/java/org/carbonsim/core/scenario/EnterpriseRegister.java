package org.carbonsim.core.scenario;

import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.carbonsim.core.csv.CsvException;
import org.carbonsim.core.csv.CsvReader;
import org.carbonsim.core.csv.CsvRecord;
import org.carbonsim.core.model.AbatementCurve;
import org.carbonsim.core.model.Enterprise;
import org.carbonsim.core.model.HistoryYear;
import org.carbonsim.core.model.OutputProcess;
import org.carbonsim.core.model.ShockModel;

/**
 * Reads an enterprise register: a CSV file read by {@link CsvReader} (RFC 4180: comma-separated,
 * fields with commas, quotes or line breaks in double quotes, a quote doubled inside them; UTF-8
 * unless the loader was given another encoding; a byte-order mark) whose header row names the
 * columns. Problems are reported as {@code file.csv:LINE:COLUMN}, where LINE is the 1-based line the
 * record starts on and COLUMN is the 1-based field number. Columns:
 *
 * <ul>
 *   <li>required: {@code id, sector, baseOutput, emissionIntensity};
 *   <li>optional (a missing column or an empty cell takes the default): {@code name} (id),
 *       {@code baseYear} (start year), {@code growthRate} (0), {@code shockModel} (NONE),
 *       {@code shockSd} (0), {@code energyIntensity} (0), {@code heatRatio} (0),
 *       {@code operatingDays} (365), {@code macType} ({@code none}, {@code linear} or
 *       {@code quadratic}; default none), {@code macMaxCost} (CNY per t), {@code macMaxShare} (0..1),
 *       {@code openingYear}, {@code closureYear};
 *   <li>history, for any year YYYY: {@code emissionsYYYY} (t CO2e), {@code outputYYYY} (product
 *       units), {@code energyYYYY} (tce); a row with any of them filled has history for that year and
 *       needs {@code emissionsYYYY}.
 * </ul>
 */
final class EnterpriseRegister {
    static final List<String> REQUIRED = List.of("id", "sector", "baseOutput", "emissionIntensity");
    static final List<String> OPTIONAL = List.of(
            "name",
            "baseYear",
            "growthRate",
            "shockModel",
            "shockSd",
            "energyIntensity",
            "heatRatio",
            "operatingDays",
            "macType",
            "macMaxCost",
            "macMaxShare",
            "openingYear",
            "closureYear");
    private static final Pattern HISTORY = Pattern.compile("(emissions|output|energy)(\\d{4})");
    private static final int MAX_ROWS = 1_000_000;

    /**
     * Said of a line starting with {@code #} that is not a valid header or enterprise. A register has no
     * comments: every line after the header is an enterprise, since an {@code id} (or whatever column
     * comes first) may be any text, {@code #12} too, and reading such a line as a comment would drop an
     * enterprise from a register that loads today. Only a line that fails is told so.
     */
    private static final String NO_COMMENTS =
            "comments are not allowed in an enterprise register (a line starting with # is read as an enterprise)";

    private EnterpriseRegister() {}

    /** A record of the file: the line it starts on and its fields. */
    record Row(long line, List<String> fields) {}

    /**
     * The register {@code file} names, relative to {@code baseDir} (the scenario's folder), or as given
     * without one.
     *
     * @throws java.nio.file.InvalidPathException if {@code file} is no path
     */
    static Path resolve(Path baseDir, String file) {
        return baseDir == null ? Path.of(file) : baseDir.resolve(file);
    }

    /**
     * The name the problems of register {@code file} give it: the path it is read from as the user
     * would type it, beside the scenario as the scenario was named ({@code scenarios/firms.csv} for
     * {@code firms.csv} named by {@code scenarios/my.json}), so that the file a problem names is the one
     * read, from the working folder; as written when it is absolute or the scenario was named without
     * a folder (a bundled scenario, whose register is read relative to the working folder).
     */
    static String shownName(String scenarioName, String file) {
        try {
            Path parent = Path.of(scenarioName).getParent();
            return parent == null || Path.of(file).isAbsolute()
                    ? file
                    : parent.resolve(file).toString();
        } catch (InvalidPathException e) {
            return file;
        }
    }

    static void read(ScenarioLoader loader, String registerName, String jsonPath) {
        Problems problems = loader.problems();
        String file = registerName;
        Path resolved;
        if (file.isBlank()) {
            // resolved against the scenario's folder, a blank name would name that folder
            problems.add(jsonPath, "expected a file name, got " + Values.describe(new JsonPrimitive(file)));
            return;
        }
        try {
            resolved = resolve(loader.baseDir(), file);
        } catch (RuntimeException e) {
            problems.add(jsonPath, "expected a file name, got " + Values.describe(new JsonPrimitive(file)));
            return;
        }
        file = shownName(loader.source(), registerName);
        byte[] bytes;
        try {
            bytes = InputFiles.readRegularFile(resolved);
        } catch (NoSuchFileException e) {
            problems.add(jsonPath, "enterprise register " + resolved + " not found");
            return;
        } catch (IOException | SecurityException e) {
            problems.add(
                    jsonPath,
                    "enterprise register " + resolved + " " + ReadFailure.describe(resolved, e, "a CSV file"));
            return;
        }
        List<Row> rows = new ArrayList<>();
        try {
            for (CsvRecord r : CsvReader.readAll(bytes, file, loader.registerEncoding(), MAX_ROWS + 1)) {
                rows.add(new Row(r.line(), r.fields()));
            }
        } catch (CsvException e) {
            problems.add(e.location(), e.problem());
            return;
        }
        if (rows.isEmpty()) {
            problems.add(file + ":1:1", "empty register: expected a header row naming the columns");
            return;
        }
        new EnterpriseRegister.Reader(loader, file, rows).read();
    }

    /** Reads the rows of one register. */
    private static final class Reader {
        private final ScenarioLoader loader;
        private final Problems problems;
        private final String file;
        private final List<Row> rows;
        private final Map<String, Integer> columns = new LinkedHashMap<>();
        private final Map<Integer, Map<String, Integer>> historyColumns = new TreeMap<>();

        Reader(ScenarioLoader loader, String file, List<Row> rows) {
            this.loader = loader;
            this.problems = loader.problems();
            this.file = file;
            this.rows = rows;
        }

        void read() {
            Row header = rows.get(0);
            if (startsWithHash(header)) {
                // no column name starts with #: the first line is a note, and the header is not there
                problems.add(
                        file + ":" + header.line() + ":1",
                        "comments are not allowed in an enterprise register: expected the header row naming the"
                                + " columns (" + String.join(",", REQUIRED) + ", ...) as the first line, got "
                                + Values.describe(new JsonPrimitive(String.join(",", header.fields()))));
                return;
            }
            boolean headerOk = true;
            List<String> allowed = new ArrayList<>(REQUIRED);
            allowed.addAll(OPTIONAL);
            for (int c = 0; c < header.fields().size(); c++) {
                String name = header.fields().get(c).strip();
                String location = file + ":" + header.line() + ":" + (c + 1);
                Matcher m = HISTORY.matcher(name);
                if (columns.containsKey(name)) {
                    problems.add(location, "duplicate column \"" + name + "\"");
                    headerOk = false;
                } else if (allowed.contains(name)) {
                    columns.put(name, c);
                } else if (m.matches()
                        && (Integer.parseInt(m.group(2)) < Calendar.FIRST_YEAR
                                || Integer.parseInt(m.group(2)) > Calendar.LAST_YEAR)) {
                    // as inline history: a year outside FIRST_YEAR..LAST_YEAR is a typo, not a history to keep
                    problems.add(
                            location,
                            "column \"" + name + "\": expected a history year in " + Calendar.FIRST_YEAR + ".."
                                    + Calendar.LAST_YEAR + ", got " + m.group(2));
                    headerOk = false;
                } else if (m.matches()) {
                    columns.put(name, c);
                    historyColumns
                            .computeIfAbsent(Integer.parseInt(m.group(2)), y -> new HashMap<>())
                            .put(m.group(1), c);
                } else if (name.isEmpty()) {
                    // a spreadsheet writes a comma at the end of every line for a column it was given a format in
                    problems.add(
                            location,
                            "a column without a name (an empty header cell, or a comma at the end of the header"
                                    + " line): name it or remove the column");
                    headerOk = false;
                } else {
                    String suggestion = Values.suggestion(name, allowed);
                    problems.add(
                            location,
                            "unknown column " + Values.describe(new JsonPrimitive(name))
                                    + (suggestion == null ? "" : " (did you mean \"" + suggestion + "\"?)"));
                    headerOk = false;
                }
            }
            for (String required : REQUIRED) {
                if (!columns.containsKey(required)) {
                    problems.add(file + ":" + header.line() + ":1", "missing required column \"" + required + "\"");
                    headerOk = false;
                }
            }
            if (!headerOk) {
                return;
            }
            // a line of empty fields (",,,", as a spreadsheet writes a row it had cells of) holds no enterprise
            List<Row> enterprises =
                    rows.subList(1, rows.size()).stream().filter(r -> !blank(r)).toList();
            if (enterprises.isEmpty()) {
                problems.add(file + ":" + header.line() + ":1", "no enterprises: the register has only a header row");
            }
            for (Row row : enterprises) {
                readRow(row, header.fields().size());
            }
        }

        private String location(Row row, String column) {
            return file + ":" + row.line() + ":" + (columns.get(column) + 1);
        }

        private JsonElement cell(Row row, String column) {
            Integer c = columns.get(column);
            if (c == null || c >= row.fields().size()) {
                return null;
            }
            String text = row.fields().get(c).strip();
            if (text.isEmpty()) {
                return null;
            }
            if (text.length() < 400 && text.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d{1,4})?")) {
                return new JsonPrimitive(new BigDecimal(text));
            }
            return new JsonPrimitive(text);
        }

        private double number(Row row, String column, double fallback, Values.Range range, String unit) {
            JsonElement e = cell(row, column);
            return e == null
                    ? fallback
                    : Values.number(e, location(row, column), range, column + ", " + unit, problems, fallback);
        }

        private long integer(Row row, String column, long fallback, long min, long max, String unit) {
            JsonElement e = cell(row, column);
            return e == null
                    ? fallback
                    : Values.integer(e, location(row, column), min, max, column + ", " + unit, problems, fallback);
        }

        private void readRow(Row row, int width) {
            int before = problems.count();
            if (row.fields().size() != width) {
                problems.add(
                        file + ":" + row.line() + ":1",
                        (startsWithHash(row) ? NO_COMMENTS + ": " : "")
                                + "expected " + width + " fields (as in the header), got "
                                + row.fields().size());
                return;
            }
            readFields(row);
            if (problems.count() > before && startsWithHash(row)) {
                problems.add(file + ":" + row.line() + ":1", NO_COMMENTS);
            }
        }

        /** Whether every field of {@code row} is empty or blank. */
        private static boolean blank(Row row) {
            return row.fields().stream().allMatch(String::isBlank);
        }

        /** Whether the first field of {@code row} starts with {@code #}, as a comment would. */
        private static boolean startsWithHash(Row row) {
            return !row.fields().isEmpty() && row.fields().get(0).strip().startsWith("#");
        }

        private void readFields(Row row) {
            int before = problems.count();
            String idLocation = location(row, "id");
            JsonElement idCell = cell(row, "id");
            String id = idCell == null
                    ? null
                    : Values.id(
                            new JsonPrimitive(
                                    row.fields().get(columns.get("id")).strip()),
                            idLocation,
                            "id",
                            problems,
                            null);
            if (id != null) {
                loader.enterprises().noteId(id);
            }
            if (id == null) {
                if (idCell == null) {
                    problems.add(idLocation, "missing value for required column \"id\"");
                }
                return;
            }
            JsonElement nameCell = cell(row, "name");
            String name = nameCell == null
                    ? id
                    : row.fields().get(columns.get("name")).strip();
            if (!Values.isDisplayName(name)) {
                problems.add(
                        location(row, "name"),
                        "expected a name of at most " + Values.MAX_DISPLAY_NAME_CHARS + " characters, got "
                                + Values.describe(new JsonPrimitive(name)));
                name = id;
            }
            JsonElement sectorCell = cell(row, "sector");
            String unit = "product units";
            String sectorId = "";
            if (sectorCell == null) {
                problems.add(location(row, "sector"), "missing value for required column \"sector\"");
            } else {
                sectorId = row.fields().get(columns.get("sector")).strip();
                String u = loader.sectors().unit(sectorId, location(row, "sector"));
                unit = u == null ? unit : u;
            }
            int startYear = loader.calendar().startYear();
            int baseYear = (int) integer(row, "baseYear", startYear, Calendar.FIRST_YEAR, Calendar.LAST_YEAR, "year");
            double baseOutput =
                    required(row, "baseOutput", new Values.Range(0, false, Values.MAX_OUTPUT, false), unit + " a year");
            double growth = number(row, "growthRate", 0, new Values.Range(-1, true, 10, false), "growth per year");
            JsonElement shockCell = cell(row, "shockModel");
            ShockModel shock = shockCell == null
                    ? ShockModel.NONE
                    : Values.enumeration(
                            shockCell, location(row, "shockModel"), ShockModel.class, problems, ShockModel.NONE);
            double shockSd = number(row, "shockSd", 0, new Values.Range(0, false, 10, false), "standard deviation");
            double intensity =
                    required(row, "emissionIntensity", new Values.Range(0, false, 1e6, false), "tCO2e per " + unit);
            double energy =
                    number(row, "energyIntensity", 0, new Values.Range(0, false, 1e6, false), "tce per " + unit);
            double heat = number(row, "heatRatio", 0, new Values.Range(0, false, 1e6, false), "GJ per " + unit);
            int days = (int) integer(row, "operatingDays", 365, 1, 366, "days a year");
            AbatementCurve curve = curve(row);
            int opening = (int) integer(
                    row, "openingYear", Enterprise.ALWAYS_OPEN, Calendar.FIRST_YEAR, Calendar.LAST_YEAR, "year");
            int closure = (int) integer(
                    row, "closureYear", Enterprise.NEVER_CLOSES, Calendar.FIRST_YEAR, Calendar.LAST_YEAR, "year");
            if (problems.count() == before && closure < opening) {
                problems.add(
                        location(row, "closureYear"), "closure year " + closure + " is before opening year " + opening);
            }
            List<HistoryYear> history = new ArrayList<>();
            for (Map.Entry<Integer, Map<String, Integer>> entry : historyColumns.entrySet()) {
                int year = entry.getKey();
                boolean any = entry.getValue().keySet().stream().anyMatch(kind -> cell(row, kind + year) != null);
                if (!any) {
                    continue;
                }
                int hBefore = problems.count();
                if (year >= startYear && loader.calendar().yearsKnown()) {
                    problems.add(
                            file + ":" + row.line() + ":"
                                    + (entry.getValue().values().iterator().next() + 1),
                            "history year " + year + " is not before the start year " + startYear);
                    continue;
                }
                String emissionsColumn = "emissions" + year;
                long emissions = 0;
                if (!columns.containsKey(emissionsColumn) || cell(row, emissionsColumn) == null) {
                    problems.add(
                            file + ":" + row.line() + ":"
                                    + (entry.getValue().values().iterator().next() + 1),
                            "history for " + year + " needs a value in column \"" + emissionsColumn + "\"");
                } else {
                    emissions = integer(row, emissionsColumn, 0, 0, Values.MAX_TONNES, "t CO2e");
                }
                double output = columns.containsKey("output" + year)
                        ? number(row, "output" + year, 0, new Values.Range(0, false, 1e15, false), unit)
                        : 0;
                long energyTce = columns.containsKey("energy" + year)
                        ? integer(row, "energy" + year, 0, 0, Values.MAX_TONNES, "tce")
                        : 0;
                if (problems.count() == hBefore) {
                    history.add(new HistoryYear(year, output, emissions, energyTce));
                }
            }
            if (problems.count() > before) {
                return;
            }
            try {
                Enterprise enterprise = new Enterprise(
                        id,
                        name,
                        sectorId,
                        new OutputProcess(baseYear, baseOutput, growth, shock, shockSd),
                        intensity,
                        energy,
                        heat,
                        days,
                        curve,
                        opening,
                        closure,
                        history);
                loader.enterprises().add(enterprise, file + ":" + row.line(), idLocation);
            } catch (IllegalArgumentException e) {
                problems.add(file + ":" + row.line() + ":1", String.valueOf(e.getMessage()));
            }
        }

        private double required(Row row, String column, Values.Range range, String unit) {
            JsonElement e = cell(row, column);
            if (e == null) {
                problems.add(
                        location(row, column), "missing value for required column \"" + column + "\" (" + unit + ")");
                return 0;
            }
            return Values.number(e, location(row, column), range, column + ", " + unit, problems, 0);
        }

        private AbatementCurve curve(Row row) {
            JsonElement typeCell = cell(row, "macType");
            String type = typeCell == null
                    ? "none"
                    : row.fields().get(columns.get("macType")).strip().toLowerCase(Locale.ROOT);
            if (type.equals("none")) {
                for (String column : List.of("macMaxCost", "macMaxShare")) {
                    if (cell(row, column) != null) {
                        problems.add(location(row, column), "only used with macType linear or quadratic");
                    }
                }
                return AbatementCurve.none();
            }
            if (!type.equals("linear") && !type.equals("quadratic")) {
                problems.add(
                        location(row, "macType"),
                        "expected one of none, linear, quadratic, got " + Values.describe(typeCell));
                return AbatementCurve.none();
            }
            JsonElement costCell = cell(row, "macMaxCost");
            long cost = 0;
            if (costCell == null) {
                problems.add(
                        location(row, "macType"),
                        "macType " + type + " needs a value in column \"macMaxCost\" (CNY per t)");
            } else {
                cost = Values.money(costCell, location(row, "macMaxCost"), "macMaxCost, CNY per t abated", problems, 0);
            }
            JsonElement shareCell = cell(row, "macMaxShare");
            double share = 0;
            if (shareCell == null) {
                problems.add(
                        location(row, "macType"),
                        "macType " + type + " needs a value in column \"macMaxShare\" (0..1)");
            } else {
                share = Values.number(
                        shareCell,
                        location(row, "macMaxShare"),
                        Values.Range.SHARE,
                        "macMaxShare, share of emissions",
                        problems,
                        0);
            }
            return type.equals("linear")
                    ? new AbatementCurve.Linear(cost, share)
                    : new AbatementCurve.Quadratic(cost, share);
        }
    }
}

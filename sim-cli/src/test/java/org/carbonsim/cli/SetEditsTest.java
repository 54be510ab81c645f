package org.carbonsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code run --set} and {@code montecarlo --set}: a value changed on the command line gives the files
 * an edited copy of the scenario gives, is recorded in run.json and is part of the run's identity,
 * and bad input is refused in one line naming the {@code --set}.
 */
class SetEditsTest extends CommandLineTest {
    private static final List<String> RUN_FILES =
            List.of("summary.json", "daily.csv", "annual.csv", "sectors.csv", "enterprises.csv");

    private static final List<String> MONTE_CARLO_FILES =
            List.of("runs.csv", "montecarlo.json", "bands.csv", "convergence.csv");

    @TempDir
    Path dir;

    /** A copy of bundled {@code name} with {@code from} replaced by {@code to}, once. */
    private Path editedCopy(String name, String from, String to) throws IOException {
        String json = new String(ScenarioFiles.resolve(name).bytes(), StandardCharsets.UTF_8);
        assertTrue(json.contains(from), name + " has " + from);
        Path copy = dir.resolve(name + "-edited.json");
        Files.writeString(copy, json.replace(from, to), StandardCharsets.UTF_8);
        return copy;
    }

    private static JsonObject scenarioRecord(Path folder) throws IOException {
        return JsonParser.parseString(Files.readString(folder.resolve("run.json"), StandardCharsets.UTF_8))
                .getAsJsonObject()
                .getAsJsonArray("scenarios")
                .get(0)
                .getAsJsonObject();
    }

    @Test
    void aRunWithSetWritesWhatARunOfAnEditedCopyWrites() throws IOException {
        Path set = dir.resolve("set");
        Path copy = dir.resolve("copy");
        Path plain = dir.resolve("plain");
        Path edited = editedCopy("classroom-two-firms", "\"initialPrice\": 40.00", "\"initialPrice\": 55");
        String[] common = {"--seed", "3", "--quiet", "--no-charts", "--out"};
        assertEquals(
                0,
                run(concat(
                        concat(new String[] {"run", "classroom-two-firms", "--set", "market.initialPrice=55"}, common),
                        "" + set)),
                err.toString());
        assertEquals(0, run(concat(concat(new String[] {"run", "" + edited}, common), "" + copy)), err.toString());
        assertEquals(0, run(concat(concat(new String[] {"run", "classroom-two-firms"}, common), "" + plain)));
        for (String name : RUN_FILES) {
            assertArrayEquals(Files.readAllBytes(copy.resolve(name)), Files.readAllBytes(set.resolve(name)), name);
        }
        assertFalse(
                Arrays.equals(
                        Files.readAllBytes(plain.resolve("daily.csv")), Files.readAllBytes(set.resolve("daily.csv"))),
                "the edit changes the run, so the comparison above can fail");
        assertArrayEquals(
                ScenarioFiles.resolve("classroom-two-firms").bytes(),
                Files.readAllBytes(set.resolve("scenario.json")),
                "scenario.json is the file as read; run.json lists the edit");
    }

    @Test
    void runJsonRecordsTheEditsInPlainDecimalsAndAPlainRunRecordsNone() throws IOException {
        Path set = dir.resolve("set");
        Path plain = dir.resolve("plain");
        assertEquals(
                0,
                run(
                        "run",
                        "classroom-two-firms",
                        "--set",
                        "market.initialPrice=+5.5E1",
                        "--set",
                        "$.market.limitPct=5",
                        "--quiet",
                        "--no-charts",
                        "--out",
                        "" + set),
                err.toString());
        JsonArray edits = scenarioRecord(set).getAsJsonArray("edits");
        assertEquals(
                "[{\"path\":\"$.market.initialPrice\",\"value\":\"55\"},{\"path\":\"$.market.limitPct\",\"value\":\"5\"}]",
                edits.toString());
        assertEquals(0, run("run", "classroom-two-firms", "--quiet", "--no-charts", "--out", "" + plain));
        assertFalse(scenarioRecord(plain).has("edits"), "run.json without --set is as before");
    }

    @Test
    void aMonteCarloStudyWithSetWritesWhatOneOfAnEditedCopyWrites() throws IOException {
        Path set = dir.resolve("set");
        Path copy = dir.resolve("copy");
        Path edited = editedCopy("classroom-ten-firms", "\"limitPct\": 10", "\"limitPct\": 5");
        String[] common = {"--runs", "3", "--years", "1", "--seed", "11", "--threads", "2", "--quiet", "--no-charts"};
        assertEquals(
                0,
                run(concat(
                        concat(
                                new String[] {"montecarlo", "classroom-ten-firms", "--set", "market.limitPct=5"},
                                common),
                        "--out",
                        "" + set)),
                err.toString());
        assertEquals(
                0,
                run(concat(concat(new String[] {"montecarlo", "" + edited}, common), "--out", "" + copy)),
                err.toString());
        for (String name : MONTE_CARLO_FILES) {
            assertArrayEquals(Files.readAllBytes(copy.resolve(name)), Files.readAllBytes(set.resolve(name)), name);
        }
        assertEquals(
                "[{\"path\":\"$.market.limitPct\",\"value\":\"5\"}]",
                scenarioRecord(set).getAsJsonArray("edits").toString());
    }

    @Test
    void anotherSetIsAnotherRunAndTheSameSetReplacesItsFolder() {
        Path target = dir.resolve("same");
        String[] first = {"run", "classroom-two-firms", "--set", "market.limitPct=5", "--quiet", "--no-charts"};
        assertEquals(0, run(concat(first, "--out", "" + target)), err.toString());
        assertEquals(0, run(concat(first, "--out", "" + target)), "the same --set replaces silently: " + err);
        assertEquals(
                2, run("run", "classroom-two-firms", "--set", "market.limitPct=6", "--quiet", "--out", "" + target));
        assertTrue(
                err.toString()
                        .contains(
                                "holds a different run (design --set market.limitPct=5, now --set market.limitPct=6)"),
                err.toString());
        assertEquals(2, run("run", "classroom-two-firms", "--quiet", "--out", "" + target));
        assertTrue(
                err.toString().contains("holds a different run (design --set market.limitPct=5, now none)"),
                err.toString());
    }

    @Test
    void aPlainMonteCarloFolderIsNotReplacedByOneWithSet() {
        Path target = dir.resolve("mc");
        String[] common = {"montecarlo", "classroom-two-firms", "--runs", "2", "--quiet", "--no-charts", "--out"};
        assertEquals(0, run(concat(common, "" + target)), err.toString());
        assertEquals(2, run(concat(concat(common, "" + target), "--set", "market.limitPct=5")));
        assertTrue(
                err.toString().contains("holds a different run (design none, now --set market.limitPct=5)"),
                err.toString());
    }

    /**
     * A calendar edit is allowed in run (unlike in sweep, whose points would simulate different years):
     * the run simulates the edited calendar and run.json records its years.
     */
    /**
     * A --set or --param whose text has a line break is echoed on one line, the break written \\n:
     * echoed as typed, the message went on over two lines.
     */
    @Test
    void aSetOrParamWithALineBreakIsEchoedOnOneLine() {
        assertEquals(2, run("run", "classroom-two-firms", "--set", "name=a\nb", "--out", "" + dir.resolve("o")));
        assertTrue(err.toString().startsWith("carbonsim: --set name=a\\nb: $.name: "), err.toString());
        assertEquals(1, err.toString().lines().count(), err.toString());

        err.getBuffer().setLength(0);
        assertEquals(
                2, run("sensitivity", "classroom-two-firms", "--param", "market.initialPrice=1\n", "--out", "" + dir));
        assertTrue(err.toString().startsWith("carbonsim: --param market.initialPrice=1\\n: "), err.toString());
        assertEquals(1, err.toString().lines().count(), err.toString());
    }

    @Test
    void aRunMaySetTheCalendar() throws IOException {
        Path target = dir.resolve("two-years");
        assertEquals(
                0,
                run(
                        "run",
                        "classroom-two-firms",
                        "--set",
                        "calendar.years=2",
                        "--quiet",
                        "--no-charts",
                        "--out",
                        "" + target),
                err.toString());
        assertEquals(2, scenarioRecord(target).get("years").getAsInt());
        assertEquals(
                List.of("2024", "2025"),
                Files.readAllLines(target.resolve("annual.csv"), StandardCharsets.UTF_8).stream()
                        .skip(1)
                        .map(l -> l.substring(0, l.indexOf(',')))
                        .toList());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "run | market.limitPct | --set market.limitPct: expected PATH=VALUE such as market.limitPct=5",
                "run | =5 | --set =5: expected PATH=VALUE",
                "run | market.limitPct= | --set market.limitPct=: $.market.limitPct has an empty value",
                "run | market.nope=1 | --set market.nope=1: $.market.nope: unknown key (allowed: tick,",
                "run | sectors[9].id=a | --set sectors[9].id=a: $.sectors[9].id: names nothing in this file",
                "run | market.limitPct=ten | --set market.limitPct=ten: $.market.limitPct: expected a number (the file"
                        + " has 10 here), got \"ten\"",
                "run | market.limitPct=5,10 | --set market.limitPct=5,10: one value each (to run several, use carbonsim"
                        + " sweep): $.market.limitPct: expected a number",
                "run | market=1 | --set market=1: $.market: names an object; a number, a string or true/false cannot"
                        + " replace it: write an object in JSON, starting with {, to replace it whole",
                "run | enterprises[0].history=[{\"year\": 2023,}] | --set enterprises[0].history=[{\"year\": 2023,}]:"
                        + " $.enterprises[0].history: malformed JSON value (a value starting with [ or { is read as JSON):"
                        + " expected a double-quoted key at column 16 of the value",
                "run | allocation.cap.byYear={\"2024\": 1 | --set allocation.cap.byYear={\"2024\": 1:"
                        + " $.allocation.cap.byYear: malformed JSON value (a value starting with [ or { is read as JSON):"
                        + " unexpected end of input at column 11 of the value",
                // an emoji is one column, as an editor counts it (was 16: two UTF-16 units)
                "run | enterprises[0].history=[{\"year\": \"\uD83D\uDE00\" 1}] | --set enterprises[0].history=[{\"year\":"
                        + " \"\uD83D\uDE00\" 1}]: $.enterprises[0].history: malformed JSON value (a value starting with [ or { is"
                        + " read as JSON): expected ',' or '}' at column 15 of the value",
                // nesting too deep is named where its 65th level opens (was a path of 64 [0]s)
                "run | allocation.cap.byYear=[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[ |"
                        + " --set allocation.cap.byYear=[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[:"
                        + " $.allocation.cap.byYear: malformed JSON value (a value starting with [ or { is read as JSON):"
                        + " nesting deeper than 64 levels of objects and arrays at column 65 of the value",
                "run | enterprises[0].history={\"year\": 2023} | --set enterprises[0].history={\"year\": 2023}:"
                        + " $.enterprises[0].history: expected an array",
                "run | enterprises[0].history=[{\"year\": 2023, \"output\": 5}] | --set enterprises[0].history=[{\"year\":"
                        + " 2023, \"output\": 5}]: $.enterprises[0].history[0]: missing required key \"emissions\"",
                "run | market.limitPct=[5,10] | --set market.limitPct=[5,10]: $.market.limitPct: expected a number in",
                "run | seed=１２ | --set seed=１２: $.seed: \"１２\" has digits other than ASCII 0-9 (such as full-width"
                        + " ones); only ASCII digits are read as a number",
                "run | market.closingTrades=３ | --set market.closingTrades=３: $.market.closingTrades: \"３\" has digits"
                        + " other than ASCII 0-9",
                "montecarlo | market.initialPrice=５５ | --set market.initialPrice=５５: $.market.initialPrice: \"５５\""
                        + " has digits other than ASCII 0-9",
                "montecarlo | market.limitPct=-3 | --set market.limitPct=-3: $.market.limitPct: expected a number in",
                "montecarlo | market.limitPct | --set market.limitPct: expected PATH=VALUE such as market.limitPct=5",
                // a year's key after a dot: the path is named with its keys in quotes, as it must be written
                "run | allocation.cap.byYear.2024=5 | --set allocation.cap.byYear.2024=5: $.allocation.cap.byYear.2024:"
                        + " not a path such as $.market.initialPrice or $.coverage.thresholds[0].emissionsTonnes; a key"
                        + " that is not a name is written in quotes and brackets, as $.allocation.cap.byYear[\"2024\"]",
            })
    void aBadSetExitsWithTwoInOneLineNamingTheSet(String command, String set, String message) {
        Path target = dir.resolve("bad");
        String[] args = command.equals("run")
                ? new String[] {"run", "classroom-two-firms", "--set", set, "--out", "" + target}
                : new String[] {"montecarlo", "classroom-two-firms", "--runs", "2", "--set", set, "--out", "" + target};
        assertEquals(2, run(args), err.toString());
        assertTrue(err.toString().startsWith("carbonsim: " + message), err.toString());
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
        assertFalse(Files.exists(target), set);
    }

    /**
     * A value starting with [ or { is JSON and replaces the whole list or object at its path: the run
     * writes what a run of a copy with that list and object in the file writes, and run.json records
     * each value compactly, as it is typed again to repeat the run.
     */
    @Test
    void aJsonListOrObjectReplacesTheWholeValueAsInAnEditedCopy() throws IOException {
        String json = new String(ScenarioFiles.resolve("classroom-two-firms").bytes(), StandardCharsets.UTF_8);
        String history = "\"maxCost\": 40, \"maxShare\": 0.4},\n"
                + "      \"history\": [{\"year\": 2023, \"output\": 100000, \"emissions\": 100000}]";
        String cap = "\"byYear\": {\"2024\": 180000}";
        assertTrue(json.contains(history) && json.contains(cap), "the scenario has firm A's history and the cap");
        Path copy = dir.resolve("json-edited.json");
        Files.writeString(
                copy,
                json.replace(
                                history,
                                "\"maxCost\": 40, \"maxShare\": 0.4}, \"history\": [{\"year\": 2022, \"output\": 90000,"
                                        + " \"emissions\": 80000}, {\"year\": 2023, \"output\": 100000, \"emissions\":"
                                        + " 90000}]")
                        .replace(cap, "\"byYear\": {\"2024\": 170000}"),
                StandardCharsets.UTF_8);
        Path set = dir.resolve("json-set");
        Path edited = dir.resolve("json-copy");
        String[] common = {"--seed", "3", "--quiet", "--no-charts", "--out"};
        assertEquals(
                0,
                run(concat(
                        new String[] {
                            "run",
                            "classroom-two-firms",
                            "--set",
                            "enterprises[0].history= [ {\"year\": 2022, \"output\": 90000, \"emissions\": 80000},"
                                    + " {\"year\": 2023, \"output\": 100000, \"emissions\": 90000} ]",
                            "--set",
                            "$.allocation.cap.byYear={\"2024\": 170000}"
                        },
                        concat(common, "" + set))),
                err.toString());
        assertEquals(0, run(concat(concat(new String[] {"run", "" + copy}, common), "" + edited)), err.toString());
        for (String name : RUN_FILES) {
            assertArrayEquals(Files.readAllBytes(edited.resolve(name)), Files.readAllBytes(set.resolve(name)), name);
        }
        assertEquals(
                "[{\"path\":\"$.enterprises[0].history\",\"value\":\"[{\\\"year\\\":2022,\\\"output\\\":90000,"
                        + "\\\"emissions\\\":80000},{\\\"year\\\":2023,\\\"output\\\":100000,\\\"emissions\\\":90000}]\"},"
                        + "{\"path\":\"$.allocation.cap.byYear\",\"value\":\"{\\\"2024\\\":170000}\"}]",
                scenarioRecord(set).getAsJsonArray("edits").toString());
    }

    /** The report lists a long JSON value cut to its first characters with its length; run.json has it whole. */
    @Test
    void theReportCutsALongValueAndSaysHowLongItIs() throws IOException {
        StringBuilder history = new StringBuilder("[");
        for (int year = 2014; year <= 2023; year++) {
            history.append(year == 2014 ? "" : ", ")
                    .append("{\"year\": ")
                    .append(year)
                    .append(", \"output\": 100000, \"emissions\": 100000}");
        }
        history.append(']');
        Path set = dir.resolve("long");
        assertEquals(
                0,
                run(
                        "run",
                        "classroom-two-firms",
                        "--quiet",
                        "--lang",
                        "en",
                        "--set",
                        "enterprises[0].history=" + history,
                        "--out",
                        "" + set),
                err.toString());
        String value = scenarioRecord(set)
                .getAsJsonArray("edits")
                .get(0)
                .getAsJsonObject()
                .get("value")
                .getAsString();
        assertEquals(history.toString().replace(" ", ""), value, "run.json has the whole value, compact");
        String listed = "$.enterprises[0].history = " + value;
        String report = Files.readString(set.resolve("report.html"), StandardCharsets.UTF_8);
        String shown = listed.substring(0, 200).replace("\"", "&quot;");
        assertTrue(
                report.contains(shown + "… (" + String.format(Locale.ROOT, "%,d", listed.length())
                        + " characters; run.json has the whole value)"),
                report);
        assertFalse(report.contains(value.substring(200 - 27).replace("\"", "&quot;")), "the rest is not shown");
    }

    @Test
    void aPathSetTwiceIsRefusedWhateverItsSpelling() {
        assertEquals(
                2,
                run(
                        "run",
                        "classroom-two-firms",
                        "--set",
                        "market.limitPct=5",
                        "--set",
                        "$.market.limitPct=6",
                        "--out",
                        "" + dir.resolve("twice")));
        assertTrue(
                err.toString()
                        .startsWith("carbonsim: --set $.market.limitPct=6: $.market.limitPct is already set by"
                                + " --set market.limitPct=5"),
                err.toString());
    }

    /**
     * A path inside the value another --set replaces whole is refused, in either order: which of the
     * two the run had would depend on the order they were typed in.
     */
    @Test
    void aPathInsideAValueSetWholeIsRefusedInEitherOrder() {
        assertEquals(
                2,
                run(
                        "run",
                        "classroom-two-firms",
                        "--set",
                        "market={\"initialPrice\": 50}",
                        "--set",
                        "market.limitPct=5",
                        "--out",
                        "" + dir.resolve("inside")));
        assertEquals(
                "carbonsim: --set market.limitPct=5: $.market.limitPct lies within $.market, which --set"
                        + " market={\"initialPrice\": 50} replaces whole; write the value into that one",
                err.toString().strip());
        err.getBuffer().setLength(0);
        assertEquals(
                2,
                run(
                        "run",
                        "classroom-two-firms",
                        "--set",
                        "market.limitPct=5",
                        "--set",
                        "market={\"initialPrice\": 50}",
                        "--out",
                        "" + dir.resolve("inside")));
        assertEquals(
                "carbonsim: --set market={\"initialPrice\": 50}: $.market holds $.market.limitPct, which --set"
                        + " market.limitPct=5 sets; write that value into this one",
                err.toString().strip());
        assertFalse(Files.exists(dir.resolve("inside")));
    }

    @Test
    void editsTheLoaderRefusesOnlyTogetherAreNamedTogether() {
        assertEquals(
                2,
                run(
                        "run",
                        "classroom-two-firms",
                        "--set",
                        "allocation.governmentReserveShare=0.6",
                        "--set",
                        "allocation.newEntrantReserveShare=0.6",
                        "--out",
                        "" + dir.resolve("together")));
        assertTrue(
                err.toString()
                        .startsWith("carbonsim: --set allocation.governmentReserveShare=0.6 --set"
                                + " allocation.newEntrantReserveShare=0.6: together: $.allocation"),
                err.toString());
    }

    @Test
    void aProblemOfTheFileItselfIsReportedAsWithoutSet() throws IOException {
        Path broken = editedCopy("classroom-two-firms", "\"limitPct\": 10", "\"limitPct\": -10");
        assertEquals(2, run("run", "" + broken, "--out", "" + dir.resolve("x")));
        String without = err.toString();
        err.getBuffer().setLength(0);
        assertEquals(2, run("run", "" + broken, "--set", "market.initialPrice=50", "--out", "" + dir.resolve("x")));
        assertEquals(without, err.toString());
        assertFalse(without.contains("--set"), without);
    }

    @Test
    void aMonteCarloSetOfAPathTheUncertaintyBlockDrawsIsRefused() throws IOException {
        Path file = editedCopy(
                "classroom-two-firms",
                "\"market\":",
                "\"uncertainty\": {\"parameters\": [{\"path\": \"$.market.initialPrice\", \"distribution\":"
                        + " {\"type\": \"uniform\", \"low\": 30, \"high\": 50}}]}, \"market\":");
        Path target = dir.resolve("drawn");
        assertEquals(
                2,
                run("montecarlo", "" + file, "--runs", "2", "--set", "market.initialPrice=45", "--out", "" + target));
        assertTrue(
                err.toString()
                        .startsWith("carbonsim: --set market.initialPrice=45: $.market.initialPrice is drawn afresh in"
                                + " every run by the scenario's uncertainty block; set it or draw it, not both"),
                err.toString());
        assertFalse(Files.exists(target));
    }

    /**
     * A JSON object set whole that holds a value the uncertainty block draws is refused as setting that
     * value is: every replication would draw it afresh over the one set.
     */
    @Test
    void aMonteCarloSetOfAnObjectHoldingADrawnPathIsRefused() throws IOException {
        Path file = editedCopy(
                "classroom-two-firms",
                "\"market\":",
                "\"uncertainty\": {\"parameters\": [{\"path\": \"$.market.initialPrice\", \"distribution\":"
                        + " {\"type\": \"uniform\", \"low\": 30, \"high\": 50}}]}, \"market\":");
        Path target = dir.resolve("drawn-inside");
        assertEquals(
                2,
                run(
                        "montecarlo",
                        "" + file,
                        "--runs",
                        "2",
                        "--set",
                        "market={\"initialPrice\": 45, \"limitPct\": 10}",
                        "--out",
                        "" + target));
        assertEquals(
                "carbonsim: --set market={\"initialPrice\": 45, \"limitPct\": 10}: $.market holds"
                        + " $.market.initialPrice, which the scenario's uncertainty block draws afresh in every run; set"
                        + " $.market without it or draw it, not both",
                err.toString().strip());
        assertFalse(Files.exists(target));
    }

    @Test
    void helpShowsTheSetOptionAndAnExample() {
        assertEquals(0, run("run", "--help"));
        assertTrue(out.toString().contains("--set=PATH=VALUE"), out.toString());
        assertTrue(out.toString().contains("--set market.limitPct=2 --out out/band-2"), out.toString());
        assertEquals(0, run("montecarlo", "--help"));
        assertTrue(out.toString().contains("--set market.limitPct=5"), out.toString());
        assertEquals("", err.toString());
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void theReportSaysWhatTheSetChangedAndShowsTheEditedDescription() throws IOException {
        Path set = dir.resolve("report-set");
        Path plain = dir.resolve("report-plain");
        assertEquals(
                0,
                run(
                        "run",
                        "classroom-two-firms",
                        "--seed",
                        "3",
                        "--quiet",
                        "--lang",
                        "en",
                        "--set",
                        "market.initialPrice=55",
                        "--set",
                        "description=Two firms at a higher opening price",
                        "--out",
                        "" + set),
                err.toString());
        String report = Files.readString(set.resolve("report.html"), StandardCharsets.UTF_8);
        assertTrue(report.contains("Changed with --set"), "the report lists the edits");
        assertTrue(
                report.contains("$.market.initialPrice = 55; $.description = Two firms at a higher opening price"),
                "the edits as run.json records them");
        assertTrue(
                report.contains("class=\"description\">Two firms at a higher opening price"),
                "the description the run had, not the file's");
        assertEquals(
                0, run("run", "classroom-two-firms", "--seed", "3", "--quiet", "--lang", "en", "--out", "" + plain));
        assertFalse(
                Files.readString(plain.resolve("report.html"), StandardCharsets.UTF_8)
                        .contains("Changed with --set"),
                "a run without --set has no such row");
    }
}

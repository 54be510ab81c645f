package org.carbonsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.carbonsim.cli.files.MetricColumns;
import org.carbonsim.cli.format.OutputFolder;
import org.carbonsim.core.montecarlo.Metric;
import org.carbonsim.core.montecarlo.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SweepCommandTest extends CommandLineTest {
    private static final List<String> FILES = List.of(
            "grid.csv", "runs.csv", "sweep.json", "years.csv", "sectors.csv", "year-stats.csv", "sector-stats.csv");

    @TempDir
    Path dir;

    private List<String> lines(Path folder, String name) throws IOException {
        return Files.readAllLines(folder.resolve(name), StandardCharsets.UTF_8);
    }

    @Test
    void filesAreIdenticalWhateverTheThreadCount() throws IOException {
        Path one = dir.resolve("one");
        Path two = dir.resolve("two");
        String[] common = {
            "sweep",
            "classroom-ten-firms",
            "--years",
            "1",
            "--runs",
            "3",
            "--seed",
            "5",
            "--set",
            "market.limitPct=5,10",
            "--set",
            "$.market.initialPrice=40,60",
            "--quiet"
        };
        assertEquals(0, run(concat(common, "--threads", "1", "--out", "" + one)), err.toString());
        assertEquals(0, run(concat(common, "--threads", "2", "--out", "" + two)), err.toString());
        for (String name : FILES) {
            assertArrayEquals(Files.readAllBytes(one.resolve(name)), Files.readAllBytes(two.resolve(name)), name);
        }
        assertEquals("", out.toString(), "--quiet prints nothing");
        assertTrue(Files.exists(one.resolve(OutputFolder.MARKER)));
        List<String> grid = lines(one, "grid.csv");
        assertEquals("point,limit_pct,initial_price,metric,unit,n,mean,sd,ci95_low,ci95_high,p50", grid.get(0));
        int metrics = Metric.values().length;
        assertEquals(1 + 4 * metrics, grid.size(), "long: one row per grid point and metric");
        String[] points = {"0,5,40,", "1,5,60,", "2,10,40,", "3,10,60,"};
        for (int p = 0; p < 4; p++) {
            for (int m = 0; m < metrics; m++) {
                String row = grid.get(1 + p * metrics + m);
                assertTrue(row.startsWith(points[p] + MetricColumns.id(Metric.values()[m]) + ","), row);
            }
        }
        assertTrue(grid.get(1).startsWith("0,5,40,vwap,cny_per_t,3,"), grid.get(1));
        List<String> runs = lines(one, "runs.csv");
        assertEquals(1 + 4 * 3, runs.size());
        assertTrue(
                runs.get(0).startsWith("point,limit_pct,initial_price,replication,seed,vwap_cny_per_t,"), runs.get(0));
        for (int p = 0; p < 4; p++) {
            for (int i = 0; i < 3; i++) {
                String row = runs.get(1 + p * 3 + i);
                assertTrue(row.startsWith(points[p] + i + "," + Seeds.forReplication(5, i) + ","), row);
            }
        }
        String json = Files.readString(one.resolve("sweep.json"));
        assertTrue(
                json.contains("{\"column\": \"limit_pct\", \"path\": \"$.market.limitPct\", \"values\": [5, 10]}"),
                json);
        assertTrue(json.contains("\"seeds\": [\"" + Seeds.forReplication(5, 0) + "\", "), json);
    }

    @Test
    void aParameterThatChangesNothingGivesTheSameMetricsAtEveryPoint() throws IOException {
        Path target = dir.resolve("same");
        assertEquals(
                0,
                run(
                        "sweep",
                        "classroom-two-firms",
                        "--runs",
                        "3",
                        "--threads",
                        "2",
                        "--set",
                        "description=a,b,c",
                        "--out",
                        "" + target),
                err.toString());
        List<String> runs = lines(target, "runs.csv");
        for (int i = 1; i <= 3; i++) {
            String first = runs.get(i).substring(runs.get(i).indexOf(",a,") + 3);
            assertEquals(first, runs.get(i + 3).substring(runs.get(i + 3).indexOf(",b,") + 3), "run " + i);
            assertEquals(first, runs.get(i + 6).substring(runs.get(i + 6).indexOf(",c,") + 3), "run " + i);
        }
        List<String> grid = lines(target, "grid.csv");
        int metrics = Metric.values().length;
        for (int m = 1; m <= metrics; m++) {
            assertEquals(
                    grid.get(m).substring(grid.get(m).indexOf(",a,") + 3),
                    grid.get(m + metrics).substring(grid.get(m + metrics).indexOf(",b,") + 3));
        }
        assertTrue(out.toString().contains("3 point(s) x 3 run(s)"), out.toString());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "market.nope.x=1,2 | --set market.nope.x=1,2: $.market.nope.x=1: $.market.nope: unknown key (allowed: tick,",
                "sectors[9].id=a,b | --set sectors[9].id=a,b: $.sectors[9].id=a: $.sectors[9].id: names nothing in this file ($.sectors[9] is absent: $.sectors has 1 element)",
                "market.limitPct=5,ten | --set market.limitPct=5,ten: $.market.limitPct=ten: $.market.limitPct: expected a number (the file has 10 here), got \"ten\"",
                "market.limitPct=5,-3 | --set market.limitPct=5,-3: $.market.limitPct=-3: $.market.limitPct: ",
                "market=1 | --set market=1: $.market=1: $.market: names an object",
                "market.limitPct | --set market.limitPct: expected PATH=v1,v2,...",
                "market.limitPct=5,,6 | --set market.limitPct=5,,6: $.market.limitPct has an empty value",
                "market.limitPct= | --set market.limitPct=: $.market.limitPct has an empty value",
                "=5,6 | --set =5,6: expected PATH=v1,v2,... such as market.limitPct=5,10",
                "market.limitPct=5,5 | --set market.limitPct=5,5: $.market.limitPct lists 5 twice",
                "market.limitPct=10,１０ | --set market.limitPct=10,１０: $.market.limitPct=１０: $.market.limitPct:"
                        + " \"１０\" has digits other than ASCII 0-9 (such as full-width ones); only ASCII digits are read"
                        + " as a number",
                "enterprises[0].history=[{\"year\": 2023, \"output\": 1, \"emissions\": 1}] | --set"
                        + " enterprises[0].history=[{\"year\": 2023, \"output\": 1, \"emissions\": 1}]: sweep takes values"
                        + " separated by commas, each a number, text or true/false; a JSON list or object (starting with"
                        + " [ or {) is taken by run and montecarlo --set, one each",
                "market.limitPct=5,[10] | --set market.limitPct=5,[10]: sweep takes values separated by commas",
                "market.limitPct=5,5.0 | --set market.limitPct=5,5.0: $.market.limitPct lists 5.0 twice (as 5)",
                "market.limitPct=1e1,10 | --set market.limitPct=1e1,10: $.market.limitPct lists 10 twice (as 1e1)",
                "market.limitPct=5,1e999999999 | --set market.limitPct=5,1e999999999: $.market.limitPct=1e999999999: "
                        + "$.market.limitPct: expected a number in [0, 100)",
                "calendar.years=1,2 | --set calendar.years=1,2: $.calendar.years: the calendar says which years are"
                        + " simulated, not an input to fit or vary (every run of a study simulates the same years);"
                        + " to study other years, run carbonsim compare on scenario files with those calendars, or"
                        + " separate sweeps with --years",
                "$[\"calendar\"].startYear=2020,2021 | --set $[\"calendar\"].startYear=2020,2021: $.calendar.startYear:"
                        + " the calendar says which years are simulated"
            })
    void badSetsExitWithTwoNamingTheSetAndThePath(String set, String message) {
        Path target = dir.resolve("bad");
        assertEquals(2, run("sweep", "classroom-two-firms", "--runs", "2", "--set", set, "--out", "" + target));
        assertTrue(err.toString().startsWith("carbonsim: " + message), err.toString());
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
        assertFalse(Files.exists(target), set);
    }

    /**
     * A number typed with a sign or an exponent ({@code +0.01}, {@code 1e-2}) is what the scenario
     * gets as 0.01, and the files say so in plain decimals: a number in grid.csv, runs.csv and
     * sweep.json, not the text {@code '+0.01} (formula-neutralised) that pandas and R read as a string.
     */
    @Test
    void aNumberWithASignOrAnExponentIsWrittenInPlainDecimals() throws IOException {
        Path target = dir.resolve("signed");
        String sweep = "sweep classroom-two-firms --runs 2 --set enterprises[0].growthRate=-0.01,+0.01,2E-2";
        assertEquals(0, run((sweep + " --quiet --no-charts --out " + target).split(" ")), err.toString());
        List<String> grid = Files.readAllLines(target.resolve("grid.csv"), StandardCharsets.UTF_8);
        assertEquals(
                List.of("-0.01", "0.01", "0.02"),
                grid.stream().skip(1).map(l -> l.split(",")[1]).distinct().toList());
        List<String> runs = Files.readAllLines(target.resolve("runs.csv"), StandardCharsets.UTF_8);
        assertTrue(runs.get(3).startsWith("1,0.01,0,"), runs.get(3));
        String json = Files.readString(target.resolve("sweep.json"), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"values\": [-0.01, 0.01, 0.02]"), json);
    }

    @Test
    void aCombinationTheLoaderRejectsNamesItsGridPoint() {
        Path target = dir.resolve("combined");
        assertEquals(
                2,
                run(
                        "sweep",
                        "classroom-two-firms",
                        "--runs",
                        "2",
                        "--set",
                        "allocation.governmentReserveShare=0.1,0.6",
                        "--set",
                        "allocation.newEntrantReserveShare=0.6",
                        "--out",
                        "" + target));
        assertTrue(
                err.toString()
                        .startsWith("carbonsim: --set grid point 1 ($.allocation.governmentReserveShare=0.6,"
                                + " $.allocation.newEntrantReserveShare=0.6): $.allocation"),
                err.toString());
        assertFalse(Files.exists(target));
    }

    @Test
    void yearsBeyondTheScenarioAreRejected() {
        assertEquals(
                2,
                run(
                        "sweep",
                        "classroom-two-firms",
                        "--runs",
                        "2",
                        "--years",
                        "3",
                        "--set",
                        "market.limitPct=5",
                        "--out",
                        "" + dir.resolve("y")));
        assertTrue(err.toString().startsWith("carbonsim: --years must be between 1 and 1"), err.toString());
    }

    @Test
    void aPathSetTwiceIsRejected() {
        assertEquals(
                2,
                run(
                        "sweep",
                        "classroom-two-firms",
                        "--runs",
                        "2",
                        "--set",
                        "market.limitPct=5",
                        "--set",
                        "$.market.limitPct=10",
                        "--out",
                        "" + dir.resolve("x")));
        assertTrue(
                err.toString().contains("--set $.market.limitPct=10: $.market.limitPct is already swept by --set"),
                err.toString());
    }

    @Test
    void aPathDrawnByTheUncertaintyBlockIsRejected() throws IOException {
        String json = new String(ScenarioFiles.resolve("classroom-two-firms").bytes(), StandardCharsets.UTF_8);
        int end = json.lastIndexOf('}');
        Path file = dir.resolve("uncertain.json");
        Files.writeString(
                file,
                json.substring(0, end) + ", \"uncertainty\": {\"parameters\": [{\"path\": \"$.market.initialPrice\","
                        + " \"distribution\": {\"type\": \"uniform\", \"low\": 30, \"high\": 50}}]}\n}\n",
                StandardCharsets.UTF_8);
        assertEquals(
                2,
                run(
                        "sweep",
                        "" + file,
                        "--runs",
                        "2",
                        "--set",
                        "market.initialPrice=30,40",
                        "--out",
                        "" + dir.resolve("u")));
        assertTrue(err.toString().contains("$.market.initialPrice is drawn afresh in every run"), err.toString());
    }

    @Test
    void helpShowsTheExamplesWithoutFormattingWarnings() {
        assertEquals(0, run("sweep", "--help"));
        assertTrue(out.toString().contains("--set market.limitPct=5,10 --runs 100"), out.toString());
        assertEquals("", err.toString());
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}

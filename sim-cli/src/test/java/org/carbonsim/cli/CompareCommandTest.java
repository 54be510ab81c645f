package org.carbonsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.carbonsim.core.montecarlo.Metric;
import org.carbonsim.core.scenario.Scenario;
import org.carbonsim.core.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CompareCommandTest extends CommandLineTest {
    private static final List<String> FILES = List.of(
            "compare.csv",
            "runs.csv",
            "compare.json",
            "compare-years.csv",
            "compare-sectors.csv",
            "years.csv",
            "sectors.csv",
            "year-stats.csv",
            "sector-stats.csv");

    @TempDir
    Path dir;

    private Path lowerPriceBand() throws IOException {
        String json = new String(ScenarioFiles.resolve("classroom-ten-firms").bytes(), StandardCharsets.UTF_8);
        Path file = dir.resolve("narrow-band.json");
        Files.writeString(
                file,
                json.replace("\"limitPct\": 10", "\"limitPct\": 2")
                        .replace("\"name\": \"classroom-ten-firms\"", "\"name\": \"narrow-band\""),
                StandardCharsets.UTF_8);
        return file;
    }

    /**
     * A scenario whose uncertainty block draws values the scenario refuses is named by the file given,
     * as montecarlo names it: compare named it by the scenario's name, which an edited copy of a bundled
     * scenario shares with the bundled one beside it on the command line.
     */
    @Test
    void aRefusedUncertaintyBlockIsNamedByTheFileGiven() throws IOException {
        Path copy = StudyInputs.tenFirmsWithReserveShares(
                dir.resolve("copy.json"),
                "\"uncertainty\": {\"parameters\": [{\"path\": \"$.allocation.governmentReserveShare\","
                        + " \"distribution\": {\"type\": \"uniform\", \"low\": 0, \"high\": 1.5}}]},");
        assertRefusedInOneLine(
                "compare classroom-ten-firms " + copy + " --runs 2",
                "carbonsim: " + copy + ": $.uncertainty.parameters[0].distribution: its draws reach values this"
                        + " scenario does not accept",
                dir.resolve("refused"));
    }

    @Test
    void aScenarioAgainstItselfDiffersByExactlyZero() throws IOException {
        Path target = dir.resolve("self");
        assertEquals(
                0,
                run(
                        "compare",
                        "classroom-two-firms",
                        "classroom-two-firms",
                        "--runs",
                        "3",
                        "--threads",
                        "2",
                        "--out",
                        "" + target),
                err.toString());
        List<String> table = Files.readAllLines(target.resolve("compare.csv"), StandardCharsets.UTF_8);
        assertEquals(
                "metric,unit,policy,scenario,n,mean,ci95_low,ci95_high,diff_n,diff_mean,diff_ci95_low,"
                        + "diff_ci95_high,diff_excludes_zero",
                table.get(0));
        assertEquals(1 + 2 * Metric.values().length, table.size());
        int checked = 0;
        for (String row : table.subList(1, table.size())) {
            String[] f = row.split(",", -1);
            if (f[2].equals("0")) {
                assertEquals("", f[9], row);
            } else if (!f[8].isEmpty()) {
                assertEquals("0", f[9], row);
                assertEquals("0", f[10], row);
                assertEquals("0", f[11], row);
                assertEquals("false", f[12], row);
                checked++;
            }
        }
        assertTrue(checked >= 6, "differences checked: " + checked);
        assertTrue(out.toString().contains("2 policies, base seed"), out.toString());
    }

    /**
     * The printed table keeps its columns under their headings for every metric: a fixed layout
     * shifted each column after a metric name longer than its field (lastDaysVolumeShare,
     * costEffectiveness) or a figure wider than its own.
     */
    @Test
    void thePrintedTableKeepsEveryMeanUnderItsHeading() {
        Path o = dir.resolve("aligned");
        assertEquals(
                0,
                run(
                        "compare",
                        "classroom-two-firms",
                        "classroom-auction",
                        "--runs",
                        "2",
                        "--no-charts",
                        "--out",
                        "" + o),
                err.toString());
        List<String> lines = out.toString().lines().toList();
        int heading = 1;
        assertTrue(lines.get(heading).startsWith("metric"), out.toString());
        int meanEnd = lines.get(heading).indexOf("mean") + "mean".length();
        int rows = 0;
        for (String line : lines.subList(heading + 1, lines.size())) {
            if (line.startsWith("*")) {
                break;
            }
            assertTrue(line.length() > meanEnd, "a row reaching its mean: " + line);
            assertTrue(
                    (Character.isDigit(line.charAt(meanEnd - 1)) || line.charAt(meanEnd - 1) == '-')
                            && line.charAt(meanEnd) == ' ',
                    "the mean (- where undefined) ends under its heading at column " + meanEnd + ": " + line);
            rows++;
        }
        assertEquals(2 * Metric.values().length, rows, out.toString());
    }

    /**
     * classroom-two-firms runs 2024 only and classroom-ten-firms 2024 and 2025: their final-year
     * metrics are of different years, which stderr and compare.json say, naming each final year.
     */
    @Test
    void scenariosEndingInDifferentYearsAreWarnedOfOnStderrAndInCompareJson() throws IOException {
        JsonObject json = compareTenFirmsWithTwoFirms();
        String warning = "the scenarios end in different years (classroom-ten-firms 2025, classroom-two-firms 2024):"
                + " the final-year metrics (VWAP, close, volume, equilibrium price, turnover, no-trade days,"
                + " last-20-days share, spread) compare each scenario's own final year, so different calendar"
                + " years; compare-years.csv and compare-sectors.csv pair the same calendar years (--years N runs"
                + " every scenario's first N years)";
        assertEquals(
                1, err.toString().lines().filter(l -> l.contains("warning")).count(), err.toString());
        assertTrue(err.toString().contains("carbonsim: warning: " + warning + "\n"), err.toString());
        assertEquals("[2025,2024]", json.get("finalYears").toString());
        assertEquals(warning, json.getAsJsonArray("warnings").get(0).getAsString());
    }

    /**
     * A refused --out is one line: the warning about the scenarios' years came first, before the
     * output folder was checked, for a comparison that did not run.
     */
    @Test
    void aRefusedOutIsOneLineWithoutTheYearsWarning() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.txt"), "mine");
        assertEquals(
                2,
                run(
                        "compare",
                        "classroom-ten-firms",
                        "classroom-two-firms",
                        "--runs",
                        "2",
                        "--quiet",
                        "--out",
                        "" + file));
        assertEquals("carbonsim: " + file + ": exists and is not a folder; choose another --out\n", err.toString());
    }

    @Test
    void scenariosEndingTogetherAreNotWarnedOf() throws IOException {
        JsonObject json = compareTenFirmsWithTwoFirms("--years", "1");
        assertFalse(err.toString().contains("warning"), err.toString());
        assertEquals("[2024,2024]", json.get("finalYears").toString());
        assertEquals(0, json.getAsJsonArray("warnings").size());
    }

    /**
     * Two scenarios that both end in 2025, one starting in 2024 and one in 2025: the final-year metrics
     * are of one year, the whole-run ones of different spans, which is warned of; the same start is not.
     */
    @Test
    void scenariosStartingInDifferentYearsAreWarnedOfWhenTheyEndTogether() throws IOException {
        Path file = Path.of("..", "scenarios", "classroom-ten-firms.json");
        Scenario twoYears = ScenarioLoader.load(file);
        String json = Files.readString(file);
        Scenario lastYear = ScenarioLoader.parse(
                json.replace("\"startYear\": 2024,", "\"startYear\": 2025,").replace("\"years\": 2", "\"years\": 1"),
                "b",
                file.getParent());
        assertEquals(2025, lastYear.calendar().endYear());
        assertEquals(
                Optional.of("the scenarios start in different years (a 2024, b 2025): the whole-run metrics"
                        + " (compliance rate, penalties, abatement cost, efficiency, offsets, undetected gap, CBAM"
                        + " liability, cost-effectiveness) cover different spans of years; compare-years.csv and"
                        + " compare-sectors.csv pair the same calendar years"),
                CompareCommand.startYearsWarning(List.of("a", "b"), List.of(twoYears, lastYear)));
        assertEquals(
                Optional.empty(), CompareCommand.finalYearsWarning(List.of("a", "b"), List.of(twoYears, lastYear)));
        assertEquals(
                Optional.empty(), CompareCommand.startYearsWarning(List.of("a", "b"), List.of(twoYears, twoYears)));
    }

    /** compare classroom-ten-firms classroom-two-firms --runs 2 with {@code options}; its compare.json. */
    private JsonObject compareTenFirmsWithTwoFirms(String... options) throws IOException {
        Path target = dir.resolve("ten-two");
        List<String> args = new ArrayList<>(List.of(
                "compare",
                "classroom-ten-firms",
                "classroom-two-firms",
                "--runs",
                "2",
                "--quiet",
                "--out",
                "" + target));
        args.addAll(List.of(options));
        assertEquals(0, run(args.toArray(String[]::new)), err.toString());
        return JsonParser.parseString(Files.readString(target.resolve("compare.json"), StandardCharsets.UTF_8))
                .getAsJsonObject();
    }

    @Test
    void filesAreIdenticalWhateverTheThreadCount() throws IOException {
        Path narrow = lowerPriceBand();
        Path one = dir.resolve("one");
        Path two = dir.resolve("two");
        assertEquals(
                0,
                run(
                        "compare",
                        "classroom-ten-firms",
                        "" + narrow,
                        "--years",
                        "1",
                        "--runs",
                        "3",
                        "--threads",
                        "1",
                        "--quiet",
                        "--out",
                        "" + one),
                err.toString());
        assertEquals(
                0,
                run(
                        "compare",
                        "classroom-ten-firms",
                        "" + narrow,
                        "--years",
                        "1",
                        "--runs",
                        "3",
                        "--threads",
                        "2",
                        "--quiet",
                        "--out",
                        "" + two),
                err.toString());
        for (String name : FILES) {
            assertArrayEquals(Files.readAllBytes(one.resolve(name)), Files.readAllBytes(two.resolve(name)), name);
        }
        List<String> runs = Files.readAllLines(one.resolve("runs.csv"), StandardCharsets.UTF_8);
        assertEquals(7, runs.size());
        assertTrue(runs.get(0).startsWith("policy,scenario,replication,seed,vwap_cny_per_t,"), runs.get(0));
        for (int i = 1; i <= 3; i++) {
            String seedA = runs.get(i).split(",")[3];
            String seedB = runs.get(i + 3).split(",")[3];
            assertEquals(seedA, seedB, "replication " + (i - 1) + " is paired");
        }
        assertTrue(runs.get(4).startsWith("1,narrow-band,0,"), runs.get(4));
        String json = Files.readString(one.resolve("compare.json"));
        assertTrue(json.contains("\"scenarios\": [\"classroom-ten-firms\", \"narrow-band\"]"), json);
        assertEquals("", out.toString());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "classroom-two-firms --runs 3",
                "classroom-two-firms classroom-two-firms --runs 1",
                "classroom-two-firms classroom-two-firms --runs 3 --threads 0",
                "classroom-two-firms classroom-two-firms --runs 3 --years 4",
                "classroom-two-firms no-such-scenario --runs 3",
                "classroom-two-firms classroom-two-firms"
            })
    void badInputExitsWithTwo(String args) {
        Path target = dir.resolve("bad");
        String[] all = ("compare " + args + " --out " + target).split(" ");
        assertEquals(2, run(all), args);
        assertTrue(err.toString().startsWith("carbonsim: "), err.toString());
        assertFalse(Files.exists(target), args);
    }

    /**
     * One scenario is one policy short of a comparison: the message says so and names it, instead of
     * picocli's "Expected parameter 2 ... but found '--runs'", which blames the option after it.
     */
    @Test
    void oneScenarioIsRefusedWithAMessageThatSaysTwoAreNeeded() {
        assertEquals(2, run("compare", "classroom-two-firms", "--runs", "3", "--out", "" + dir.resolve("one")));
        assertEquals(
                "carbonsim: compare needs at least two scenarios, the baseline and a policy to compare with it;"
                        + " got one: classroom-two-firms\n",
                err.toString());
    }

    @Test
    void helpShowsTheExamplesWithoutFormattingWarnings() {
        assertEquals(0, run("compare", "--help"));
        assertTrue(out.toString().contains("--years 1 --runs 100 --out cmp\n"), out.toString());
        assertEquals("", err.toString());
    }
}

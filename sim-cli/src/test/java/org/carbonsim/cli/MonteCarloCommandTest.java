package org.carbonsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.carbonsim.cli.format.OutputFolder;
import org.carbonsim.core.montecarlo.Metric;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MonteCarloCommandTest extends CommandLineTest {
    private static final List<String> FILES = List.of(
            "runs.csv",
            "montecarlo.json",
            "bands.csv",
            "convergence.csv",
            "years.csv",
            "sectors.csv",
            "year-stats.csv",
            "sector-stats.csv");

    @TempDir
    Path dir;

    /**
     * The printed summary names each metric's unit as convergence.csv does, so a researcher reading
     * the terminal knows CNY/t from CNY, and every mean stands under its heading.
     */
    @Test
    void theSummaryPrintsEachMetricsUnitAsTheFilesNameIt() throws IOException {
        Path o = dir.resolve("units");
        assertEquals(0, run("montecarlo", "classroom-two-firms", "--runs", "3", "--no-charts", "--out", "" + o));
        java.util.Map<String, String> units = new java.util.HashMap<>();
        for (String row : Files.readAllLines(o.resolve("convergence.csv"), StandardCharsets.UTF_8)
                .subList(1, 1 + Metric.values().length)) {
            String[] cells = row.split(",", -1);
            units.put(cells[1], cells[2]);
        }
        List<String> lines = out.toString().lines().toList();
        String heading = lines.get(1);
        int unitAt = heading.indexOf("unit");
        int meanEnd = heading.indexOf("mean") + "mean".length();
        for (int k = 0; k < Metric.values().length; k++) {
            Metric metric = Metric.values()[k];
            String line = lines.get(2 + k);
            assertTrue(line.startsWith(metric.label() + " "), line);
            String unit = line.substring(unitAt, meanEnd).trim().split(" +")[0];
            String expected = units.get(org.carbonsim.cli.files.MetricColumns.id(metric));
            assertEquals(expected, unit.matches("[0-9.-]+") ? "" : unit, metric + ": " + line);
            assertTrue(
                    line.charAt(meanEnd - 1) != ' ' && line.charAt(meanEnd) == ' ',
                    "the mean under its heading: " + line);
        }
    }

    /**
     * A study of a market with block agreement trades lists each year's block volume, and a
     * replication's is what a run with its seed writes in annual.csv; a study of a market without
     * them lists no block volume at all.
     */
    @Test
    void aStudyOfAMarketWithBlockTradesListsTheYearsBlockVolumeAsTheRunWritesIt() throws IOException {
        Path mc = dir.resolve("blocks");
        assertEquals(0, run("montecarlo", "national-ets-industry", "--runs", "2", "--no-charts", "--out", "" + mc));
        List<String> years = Files.readAllLines(mc.resolve("years.csv"), StandardCharsets.UTF_8);
        List<String> header = List.of(years.get(0).split(","));
        int block = header.indexOf("block_volume_t");
        assertTrue(block > 0, "years.csv lists the block volume: " + header);
        assertEquals(header.size() - 1, block, "after every other figure: " + header);
        assertTrue(
                Files.readString(mc.resolve("year-stats.csv"), StandardCharsets.UTF_8)
                        .contains(",block_volume,t,"),
                "year-stats.csv has the block volume's interval");
        long total = 0;
        List<List<String>> dailyBlocks = new ArrayList<>();
        for (int r = 0; r < 2; r++) {
            String replication = r + ",";
            String seed = years.stream()
                    .skip(1)
                    .filter(line -> line.startsWith(replication))
                    .findFirst()
                    .orElseThrow()
                    .split(",")[1];
            Path one = dir.resolve("run-" + r);
            assertEquals(0, run("run", "national-ets-industry", "--seed", seed, "--no-charts", "--out", "" + one));
            dailyBlocks.add(column(one.resolve("daily.csv"), "block_volume_t"));
            List<String> annual = Files.readAllLines(one.resolve("annual.csv"), StandardCharsets.UTF_8);
            int annualBlock = List.of(annual.get(0).split(",")).indexOf("block_volume_t");
            for (String row : annual.subList(1, annual.size())) {
                String[] cells = row.split(",");
                String study = years.stream()
                        .filter(line -> line.startsWith(replication + seed + "," + cells[0] + ","))
                        .findFirst()
                        .orElseThrow()
                        .split(",")[block];
                assertEquals(cells[annualBlock], study, "seed=" + seed + " year " + cells[0]);
                total += Long.parseLong(study);
            }
        }
        assertTrue(total > 0, "some replication trades in blocks");
        // bands.csv: each day's median block volume over the two replications is the mean of their days
        List<String> median = column(mc.resolve("bands.csv"), "block_volume_p50_t");
        assertEquals(dailyBlocks.get(0).size(), median.size(), "a band per trading day");
        for (int d = 0; d < median.size(); d++) {
            double mean = (Long.parseLong(dailyBlocks.get(0).get(d))
                            + Long.parseLong(dailyBlocks.get(1).get(d)))
                    / 2.0;
            assertEquals(mean, Double.parseDouble(median.get(d)), 1e-6, "bands.csv day " + d + " block volume median");
        }
        Path book = dir.resolve("book");
        assertEquals(0, run("montecarlo", "classroom-two-firms", "--runs", "2", "--no-charts", "--out", "" + book));
        for (String file : List.of("years.csv", "year-stats.csv", "bands.csv")) {
            assertFalse(
                    Files.readString(book.resolve(file), StandardCharsets.UTF_8).contains("block_volume"),
                    file + " of a market without block trades");
        }
    }

    /** The cells of {@code column} of the CSV file {@code csv} (no quoted cells), in row order. */
    private static List<String> column(Path csv, String column) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        int i = List.of(lines.get(0).split(",")).indexOf(column);
        assertTrue(i >= 0, csv + " has " + column + ": " + lines.get(0));
        return lines.stream().skip(1).map(line -> line.split(",", -1)[i]).toList();
    }

    private Path scenarioWithUncertainty(String parameters) throws IOException {
        String json = new String(ScenarioFiles.resolve("classroom-ten-firms").bytes(), StandardCharsets.UTF_8);
        int end = json.lastIndexOf('}');
        Path file = dir.resolve("uncertain.json");
        Files.writeString(
                file,
                json.substring(0, end) + ", \"uncertainty\": {\"parameters\": [" + parameters + "]}\n}\n",
                StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void filesAreIdenticalWhateverTheThreadCount() throws IOException {
        Path scenario = scenarioWithUncertainty("{\"path\": \"$.market.initialPrice\","
                + " \"distribution\": {\"type\": \"triangular\", \"low\": 40, \"mode\": 50, \"high\": 60}}");
        Path one = dir.resolve("one");
        Path two = dir.resolve("two");
        assertEquals(
                0, run("montecarlo", "" + scenario, "--runs", "6", "--threads", "1", "--quiet", "--out", "" + one));
        assertEquals(
                0, run("montecarlo", "" + scenario, "--runs", "6", "--threads", "2", "--quiet", "--out", "" + two));
        for (String name : FILES) {
            assertArrayEquals(Files.readAllBytes(one.resolve(name)), Files.readAllBytes(two.resolve(name)), name);
        }
        assertTrue(Files.exists(one.resolve(OutputFolder.MARKER)));
        List<String> runs = Files.readAllLines(one.resolve("runs.csv"), StandardCharsets.UTF_8);
        assertEquals(
                "replication,seed,initial_price,vwap_cny_per_t,close_cny_per_t,volume_t,compliance_rate,"
                        + "penalties_cny,abatement_cost_cny,equilibrium_price_cny_per_t,efficiency,"
                        + "turnover_ratio,no_trade_days,last_20_days_volume_share,spread_cny_per_t,"
                        + "offsets_t,undetected_gap_t,cbam_liability_cny,cost_effectiveness",
                runs.get(0));
        assertEquals(7, runs.size());
        assertTrue(runs.get(1).startsWith("0,"), runs.get(1));
        String json = Files.readString(one.resolve("montecarlo.json"));
        assertTrue(
                json.contains("\"inputColumns\": {\"initial_price\": \"$.market.initialPrice\"}"),
                "the short column's path is kept: " + json);
        assertEquals("", out.toString(), "--quiet prints nothing");
    }

    @Test
    void theDrawsReloadAGbkRegisterInTheEncodingGiven() throws IOException {
        Files.write(
                dir.resolve("firms.csv"),
                "id,name,sector,baseOutput,emissionIntensity\r\nC9,\"湖北水泥, 一厂\",cement,1000,0.9\r\n"
                        .getBytes(java.nio.charset.Charset.forName("GBK")));
        // a path that is written into the scenario's text, so that every draw loads the scenario again
        Path scenario = scenarioWithUncertainty("{\"path\": \"$.market.limitPct\","
                + " \"distribution\": {\"type\": \"uniform\", \"low\": 5, \"high\": 15}}");
        Files.writeString(
                scenario,
                Files.readString(scenario)
                        .replaceFirst("\"enterprises\"", "\"enterpriseRegister\": \"firms.csv\", \"enterprises\""));
        Path target = dir.resolve("gbk");
        assertEquals(
                0,
                run(
                        "montecarlo",
                        "" + scenario,
                        "--encoding",
                        "GBK",
                        "--runs",
                        "2",
                        "--years",
                        "1",
                        "--no-charts",
                        "--quiet",
                        "--out",
                        "" + target),
                "every draw reloads the register as GBK, not UTF-8: " + err);
        assertEquals(3, Files.readAllLines(target.resolve("runs.csv")).size());
    }

    @Test
    void untilCiStopsAtABatchBoundaryAndSaysSo() throws IOException {
        Path target = dir.resolve("ci");
        assertEquals(
                0,
                run(
                        "montecarlo",
                        "classroom-two-firms",
                        "--runs",
                        "60",
                        "--threads",
                        "2",
                        "--until-ci",
                        "50%",
                        "--metric",
                        "close",
                        "--out",
                        "" + target));
        assertEquals(26, Files.readAllLines(target.resolve("runs.csv")).size());
        String json = Files.readString(target.resolve("montecarlo.json"));
        assertTrue(json.contains("\"stoppedEarly\": true"), json);
        assertTrue(json.contains("\"bandRuns\": 25"), json);
        assertTrue(json.contains("\"stopRule\": {\"metric\": \"close\", \"relativeHalfWidth\": 0.5}"), json);
        assertTrue(out.toString().contains("25 run(s) (stopped"), out.toString());
    }

    @Test
    void untilCiOnAMetricNoRunDefinesWarnsThatEveryRunWasMade() throws IOException {
        // classroom-two-firms has no quotes at the close, so its spread is undefined in every run
        Path target = quietUntilCi("50%", "spread");
        assertEquals(5, Files.readAllLines(target.resolve("runs.csv")).size());
        assertTrue(
                err.toString()
                        .contains("carbonsim: warning: --until-ci: spread is defined in fewer than 2 of the 4 runs"),
                "even with --quiet: " + err);
    }

    @Test
    void untilCiOnADefinedMetricDoesNotWarn() throws IOException {
        quietUntilCi("1%", "vwap");
        assertFalse(err.toString().contains("warning"), err.toString());
    }

    /** Four quiet runs of classroom-two-firms with {@code --until-ci width --metric metric}, which succeed. */
    private Path quietUntilCi(String width, String metric) {
        Path target = dir.resolve(metric);
        assertEquals(
                0,
                run(
                        "montecarlo",
                        "classroom-two-firms",
                        "--runs",
                        "4",
                        "--until-ci",
                        width,
                        "--metric",
                        metric,
                        "--no-charts",
                        "--quiet",
                        "--out",
                        "" + target));
        return target;
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "--runs 1",
                "--runs 5 --threads 0",
                "--runs 5 --until-ci abc",
                "--runs 5 --until-ci 0%",
                "--runs 5 --until-ci 150%",
                "--runs 5 --until-ci 5d",
                "--runs 5 --until-ci 0x1p2%",
                "--runs 5 --until-ci 2% --metric nope",
                "--runs 5 --metric close",
                "--runs 5 --years 9",
                "--runs x",
                "--threads 2"
            })
    void badOptionsExitWithTwo(String options) {
        String[] args = ("montecarlo classroom-two-firms --out " + dir.resolve("bad") + " " + options).split(" ");
        assertEquals(2, run(args), options);
        assertTrue(err.toString().startsWith("carbonsim: "), err.toString());
        assertFalse(Files.exists(dir.resolve("bad")), options);
    }

    @Test
    void anUncertainRangeTheScenarioRejectsIsBadInputNamingBothPaths() throws IOException {
        Path scenario = scenarioWithUncertainty("{\"path\": \"$.market.limitPct\", \"distribution\": {\"type\":"
                + " \"normal\", \"mean\": 10, \"sd\": 3}}");
        assertEquals(2, run("montecarlo", "" + scenario, "--runs", "3", "--out", "" + dir.resolve("u")));
        assertTrue(
                err.toString()
                        .contains(scenario + ": $.uncertainty.parameters[0].distribution: its draws reach values this"
                                + " scenario does not accept"),
                "named by the file the user gave, not the scenario's name: " + err);
        assertTrue(err.toString().contains("$.market.limitPct = -11.1"), err.toString());
        assertFalse(Files.exists(dir.resolve("u")));
    }

    @Test
    void anyNumberOfTheFileCanBeDrawnAndIsReportedAsApplied() throws IOException {
        Path scenario = scenarioWithUncertainty("{\"path\": \"$.market.limitPct\", \"distribution\": {\"type\":"
                + " \"uniform\", \"low\": 5, \"high\": 15}}");
        Path target = dir.resolve("drawn");
        assertEquals(
                0, run("montecarlo", "" + scenario, "--years", "1", "--runs", "3", "--out", "" + target, "--quiet"));
        List<String> runs = Files.readAllLines(target.resolve("runs.csv"));
        assertTrue(runs.get(0).startsWith("replication,seed,limit_pct,"), runs.get(0));
        double limit = Double.parseDouble(runs.get(1).split(",")[2]);
        assertTrue(limit >= 5 && limit <= 15, runs.get(1));
        assertEquals(Math.round(limit * 100) / 100.0, limit, 1e-9, "a price band is read to 0.01%: " + runs.get(1));
    }

    @Test
    void refusesAFolderThatIsNotCarbonsimOutput() throws IOException {
        Path target = dir.resolve("mine");
        Files.createDirectories(target);
        Files.writeString(target.resolve("notes.txt"), "keep");
        assertEquals(2, run("montecarlo", "classroom-two-firms", "--runs", "2", "--out", "" + target));
        assertEquals("keep", Files.readString(target.resolve("notes.txt")));
    }

    @Test
    void helpShowsTheExamplesWithoutFormattingWarnings() {
        assertEquals(0, run("montecarlo", "--help"));
        assertTrue(out.toString().contains("--runs 1000 --until-ci 1%\n"), out.toString());
        // the % must survive picocli's formatting; where the line wraps depends on the widest option
        assertTrue(out.toString().replaceAll("\\s+", " ").contains("is below X%"), out.toString());
        for (String label : Metric.labels()) {
            String help = out.toString();
            assertTrue(help.contains(" " + label + ",") || help.contains(" " + label + ";"), "help lists " + label);
        }
        assertEquals("", err.toString());
    }

    @Test
    void seedYearsAndForceAreHonoured() throws IOException {
        Path target = dir.resolve("mine");
        assertEquals(
                0,
                run(
                        "montecarlo",
                        "classroom-ten-firms",
                        "--runs",
                        "2",
                        "--threads",
                        "1",
                        "--seed",
                        "4",
                        "--years",
                        "1",
                        "--out",
                        "" + target),
                err.toString());
        out.getBuffer().setLength(0);
        assertEquals(
                0,
                run(
                        "montecarlo",
                        "classroom-ten-firms",
                        "--runs",
                        "2",
                        "--threads",
                        "1",
                        "--seed",
                        "5",
                        "--years",
                        "1",
                        "--force",
                        "--out",
                        "" + target),
                err.toString());
        String json = Files.readString(target.resolve("montecarlo.json"));
        assertTrue(json.contains("\"baseSeed\": \"5\""), json);
        List<String> bands = Files.readAllLines(target.resolve("bands.csv"));
        assertTrue(bands.stream().skip(1).allMatch(line -> line.startsWith("2024,")), "--years 1 keeps 2024 only");
        assertTrue(out.toString().startsWith("classroom-ten-firms, base seed 5, 2 run(s) -> "), out.toString());
        assertTrue(out.toString().contains("\nmetric "), out.toString());
        assertFalse(out.toString().contains("\u001B"), "plain text when stdout is not a terminal");
        assertEquals("", err.toString(), "no progress bar without a terminal");
    }

    /**
     * The summary table has a line for every metric, like {@code sweep}'s and {@code compare}'s: the
     * spread of {@code classroom-two-firms} (its book is never quoted on both sides, so no run defines
     * it) reads "-" instead of leaving the table one metric short.
     */
    @Test
    void theSummaryTableShowsAMetricNoRunDefinesAsADash() throws IOException {
        assertEquals(
                0,
                run("montecarlo", "classroom-two-firms", "--runs", "2", "--no-charts", "--out", "" + dir.resolve("mc")),
                err.toString());
        List<String> lines = out.toString().lines().toList();
        for (Metric m : Metric.values()) {
            assertEquals(
                    1, lines.stream().filter(l -> l.startsWith(m.label() + " ")).count(), m.label() + " in\n" + out);
        }
        assertTrue(lines.stream().anyMatch(l -> l.matches("spread +cny_per_t +- +- +-")), out.toString());
    }
}

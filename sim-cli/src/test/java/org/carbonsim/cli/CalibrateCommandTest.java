package org.carbonsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.carbonsim.core.calibration.Moment;
import org.carbonsim.core.calibration.Moments;
import org.carbonsim.core.calibration.Target;
import org.carbonsim.core.engine.Simulation;
import org.carbonsim.core.montecarlo.Seeds;
import org.carbonsim.core.scenario.Scenario;
import org.carbonsim.core.scenario.ScenarioEdit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CalibrateCommandTest extends CommandLineTest {
    private static final String SCENARIO = "classroom-ten-firms";
    /** The caps of the two years, t, which set each year's scarcity and so its price and volume. */
    private static final String CAP_2024 = "allocation.cap.byYear[\"2024\"]";

    private static final String CAP_2025 = "allocation.cap.byYear[\"2025\"]";
    /** The scenario's own caps: the known answer θ₀. */
    private static final double[] THETA_0 = {4_735_000, 4_582_000};
    /** The start: 30.3% below θ₀ for the 2024 cap and 30.1% above it for the 2025 cap. */
    private static final String[] START = {"3300000", "5960000"};

    private static final long SEED = 11;
    private static final int RUNS = 4;

    @TempDir
    Path dir;

    /** The moments of the bundled scenario (θ₀) over the calibration's own seeds, written as targets. */
    private Path targetsAtTheta0() throws IOException {
        Scenario scenario = ScenarioFiles.load(SCENARIO);
        List<Target> targets = new ArrayList<>();
        for (int year = 2024; year <= 2025; year++) {
            for (Moment m : Moment.values()) {
                targets.add(new Target(m, year, 0, 1));
            }
        }
        double[] sum = new double[targets.size()];
        int[] defined = new int[targets.size()];
        for (int i = 0; i < RUNS; i++) {
            double[] m = Moments.of(Simulation.run(scenario, Seeds.forReplication(SEED, i)), targets);
            for (int k = 0; k < m.length; k++) {
                if (!Double.isNaN(m[k])) {
                    sum[k] += m[k];
                    defined[k]++;
                }
            }
        }
        StringBuilder csv =
                new StringBuilder("# moments of classroom-ten-firms at its own caps\nmoment,year,value,weight\n");
        for (int k = 0; k < targets.size(); k++) {
            if (defined[k] > 0) {
                csv.append(String.format(
                        Locale.ROOT,
                        "%s,%d,%.10g,1%n",
                        targets.get(k).moment().label(),
                        targets.get(k).year(),
                        sum[k] / defined[k]));
            }
        }
        return Files.writeString(dir.resolve("targets.csv"), csv.toString());
    }

    /** The bundled scenario with the caps moved to the start, as a file. */
    private Path startScenario() throws IOException {
        String text = ScenarioFiles.resolve(SCENARIO)
                .source(StandardCharsets.UTF_8)
                .edited(List.of(new ScenarioEdit(CAP_2024, START[0]), new ScenarioEdit(CAP_2025, START[1])));
        return Files.writeString(dir.resolve("start.json"), text);
    }

    private static JsonObject json(Path file) throws IOException {
        return JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8))
                .getAsJsonObject();
    }

    @Test
    void recoversKnownCapsFromAStartThirtyPercentAway() throws IOException {
        Path targets = targetsAtTheta0();
        Path start = startScenario();
        Path out = dir.resolve("out");
        int code = run(
                "calibrate",
                start.toString(),
                "--targets",
                targets.toString(),
                "--param",
                CAP_2024 + "=3000000:6500000",
                "--param",
                CAP_2025 + "=3000000:6500000",
                "--runs",
                "" + RUNS,
                "--seed",
                "" + SEED,
                "--budget",
                "80",
                "--threads",
                "2",
                "--out",
                out.toString());
        assertEquals(0, code, err.toString());
        JsonObject calibration = json(out.resolve("calibration.json"));
        JsonArray parameters = calibration.getAsJsonArray("parameters");
        for (int j = 0; j < 2; j++) {
            JsonObject p = parameters.get(j).getAsJsonObject();
            double start0 = p.get("start").getAsDouble();
            assertTrue(Math.abs(start0 - THETA_0[j]) >= 0.30 * THETA_0[j], "the start is 30% away: " + p);
            double fitted = p.get("fitted").getAsDouble();
            JsonElement se = p.get("standardError");
            double tolerance = Math.max(0.05 * THETA_0[j], se.isJsonNull() ? 0 : se.getAsDouble());
            assertTrue(
                    Math.abs(fitted - THETA_0[j]) <= tolerance,
                    "fitted " + fitted + " vs theta0 " + THETA_0[j] + " (tolerance " + tolerance + "): " + p);
        }
        assertTrue(calibration.getAsJsonArray("trajectory").size() <= 80, "--budget bounds the evaluations");
        Scenario calibrated =
                ScenarioFiles.load(out.resolve("calibrated-scenario.json").toString());
        assertEquals("classroom-ten-firms", calibrated.name());
        assertTrue(Files.size(out.resolve("charts/fit-vwap_cny_per_t.png")) > 0);
        assertTrue(Files.size(out.resolve("charts/fit-vwap_cny_per_t.svg")) > 0);
        assertTrue(Files.size(out.resolve("charts/objective.svg")) > 0);
        Files.delete(out.resolve("charts/objective.svg"));
        assertEquals(0, run("chart", out.toString(), "--format", "svg"), err.toString());
        assertTrue(Files.size(out.resolve("charts/objective.svg")) > 0, "chart redraws a calibration folder");
    }

    @Test
    void langZhPrintsTheFitAndDrawsItsChartsInChinese() throws IOException {
        Path out = dir.resolve("zh");
        assertEquals(0, smallFit(out, "--threads", "2", "--lang", "zh"), err.toString());
        String printed = this.out.toString();
        assertTrue(printed.contains("classroom-ten-firms，基础种子 "), printed);
        assertTrue(printed.contains("参数") && printed.contains("拟合值") && printed.contains("目标函数 "), printed);
        List<String> fit = SensitivityCommandTest.svgTexts(out.resolve("charts/fit-vwap_cny_per_t.svg"));
        assertTrue(fit.contains("成交量加权均价（元/吨）：观测值与模拟值，拟合年份 2024-2025：classroom-ten-firms"), "title: " + fit);
        assertTrue(fit.contains("年份") && fit.contains("成交量加权均价（元/吨）"), "axes: " + fit);
        assertTrue(fit.contains("观测值") && fit.contains("模拟均值"), "legend: " + fit);
        List<String> objective = SensitivityCommandTest.svgTexts(out.resolve("charts/objective.svg"));
        assertTrue(objective.contains("校准目标函数（按评估次序）：classroom-ten-firms"), "title: " + objective);
        assertTrue(objective.contains("评估次序") && objective.contains("迄今最优"), "axis and legend: " + objective);
    }

    private int calibrate(Path targets, String... more) {
        String[] head = {
            "calibrate",
            SCENARIO,
            "--targets",
            targets.toString(),
            "--runs",
            "2",
            "--threads",
            "1",
            "--out",
            dir.resolve("bad").toString(),
            "--quiet"
        };
        String[] args = new String[head.length + more.length];
        System.arraycopy(head, 0, args, 0, head.length);
        System.arraycopy(more, 0, args, head.length, more.length);
        return run(args);
    }

    /** A fit of the initial price to {@link #goodTargets} with 2 runs and the smallest budget, into {@code out}. */
    private int smallFit(Path out, String... more) throws IOException {
        List<String> args = new ArrayList<>(List.of(
                "calibrate",
                SCENARIO,
                "--targets",
                goodTargets().toString(),
                "--param",
                "market.initialPrice=30:70",
                "--runs",
                "2",
                "--budget",
                "14",
                "--out",
                out.toString()));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }

    private Path goodTargets() throws IOException {
        return Files.writeString(dir.resolve("good.csv"), "moment,year,value,weight\nvwap_cny_per_t,2024,45,1\n");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "market.initialPrice|expected PATH=LO:HI",
                "market.initialPrice=40|expected PATH=LO:HI",
                "market.initialPrice=abc:60|LO is not a number",
                "market.initialPrice=60:40|the range is empty, LO (60) must be below HI (40)",
                "market.nothingHere=1:2|$.market.nothingHere: names no number in classroom-ten-firms",
                "market.closingRule=1:2|$.market.closingRule: names no number",
                "allocation.cap.byYear.2024=1:2|$.allocation.cap.byYear.2024: names no number in classroom-ten-firms;"
                        + " give the path of a number the file has, as in sweep --set; a key that is not a name is"
                        + " written in quotes and brackets, as $.allocation.cap.byYear[\"2024\"]",
                "market.initialPrice=-5:60|$.market.initialPrice = -5: ",
                "calendar.startYear=2020:2030|$.calendar.startYear: the calendar says which years are simulated"
            })
    void badParamIsLocatedAndExitsTwo(String param, String message) throws IOException {
        assertEquals(2, calibrate(goodTargets(), "--param", param));
        assertTrue(err.toString().contains("--param " + param + ": "), err.toString());
        assertTrue(err.toString().contains(message), err.toString());
        assertFalse(Files.exists(dir.resolve("bad")), "nothing is written");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "moment,year,value\\nvwap_cny_per_t,2024,45|t.csv:1: expected the header moment,year,value,weight",
                "moment,year,value,weight\\nprice,2024,45,1|t.csv:2: moment: unknown moment \"price\"",
                "moment,year,value,weight\\n# note\\nvwap_cny_per_t,2031,45,1|t.csv:3: year: 2031 is outside the",
                "moment,year,value,weight\\nvwap_cny_per_t,20x4,45,1|t.csv:2: year: expected a year",
                "moment,year,value,weight\\nvwap_cny_per_t,2024,4x5,1|t.csv:2: value: expected a finite number",
                "moment,year,value,weight\\nvwap_cny_per_t,２０２４,45,1|t.csv:2: year: expected a year such as 2024,"
                        + " got \"２０２４\" (only ASCII digits 0-9 are read as a number)",
                "moment,year,value,weight\\nvwap_cny_per_t,2024,４５,1|t.csv:2: value: expected a finite number, got"
                        + " \"４５\" (only ASCII digits 0-9 are read as a number)",
                "moment,year,value,weight\\nvwap_cny_per_t,2024,1e-400,1|t.csv:2: value: \"1e-400\" is too"
                        + " close to 0 to compute with",
                "moment,year,value,weight\\nvwap_cny_per_t,2024,45,1e-400\\nvolume_t,2024,9,1|t.csv:2: weight:"
                        + " \"1e-400\" is too close to 0 to compute with",
                "moment,year,value,weight\\nvwap_cny_per_t,2024,45,-1|t.csv:2: weight: expected a number in [0, 1000000]",
                "moment,year,value,weight\\nvwap_cny_per_t,2024,45,1e308\\nvolume_t,2024,9,1e308|t.csv:2: weight:"
                        + " expected a number in [0, 1000000], got 1e308",
                "moment,year,value,weight\\ncompliance_rate,2024,1.5,1|t.csv:2: value: compliance_rate is a share",
                "moment,year,value,weight\\nvwap_cny_per_t,2024,45,1\\nvwap_cny_per_t,2024,46,1|t.csv:3:"
                        + " vwap_cny_per_t 2024 is given twice",
                "moment,year,value,weight\\nvwap_cny_per_t,2024,45|t.csv:2: expected 4 cells"
            })
    void badTargetsFileIsLocatedAndExitsTwo(String text, String message) throws IOException {
        Path file = Files.writeString(dir.resolve("t.csv"), text.replace("\\n", "\n"));
        int code = calibrate(file, "--param", "market.initialPrice=30:70");
        assertEquals(2, code, err.toString());
        assertTrue(err.toString().contains(message.replace("t.csv", file.toString())), err.toString());
    }

    /** The study's replications are capped as the other studies' are, before anything runs. */
    @Test
    void aBudgetTimesRunsOverAMillionReplicationsIsRefused() throws IOException {
        assertEquals(
                2,
                run(
                        "calibrate",
                        SCENARIO,
                        "--targets",
                        goodTargets().toString(),
                        "--param",
                        "market.initialPrice=30:70",
                        "--budget",
                        "100000",
                        "--runs",
                        "11",
                        "--out",
                        dir.resolve("huge").toString(),
                        "--quiet"));
        assertTrue(
                err.toString()
                        .contains("--budget/--runs: 100000 evaluations x 11 runs is more than 1000000 replications"),
                err.toString());
        assertEquals(1, err.toString().lines().count(), err.toString());
        assertFalse(Files.exists(dir.resolve("huge")), "nothing written");
    }

    @Test
    void badBudgetAndFitYearsExitTwo() throws IOException {
        assertEquals(2, calibrate(goodTargets(), "--param", "market.initialPrice=30:70", "--budget", "13"));
        assertTrue(err.toString().contains("--budget must be between 14"), err.toString());
        assertEquals(2, calibrate(goodTargets(), "--param", "market.initialPrice=30:70", "--fit-years", "2020-2024"));
        assertTrue(err.toString().contains("--fit-years 2020-2024: expected years within"), err.toString());
        assertEquals(2, calibrate(goodTargets(), "--param", "market.initialPrice=30:70", "--fit-years", "２０２４-2024"));
        assertTrue(
                err.toString()
                        .contains("--fit-years: expected A-B such as 2024-2025, got \"２０２４-2024\" (only ASCII"
                                + " digits 0-9 are read as a number)"),
                err.toString());
        assertEquals(2, calibrate(goodTargets(), "--param", "market.initialPrice=30:70", "--fit-years", "2025-2025"));
        assertTrue(
                err.toString().contains("no target with a weight > 0 in the fitting years 2025-2025"), err.toString());
    }

    /**
     * The checks of each --param range load the scenario with its ends, and so read its register:
     * in the --encoding given, as the first load did, and not in UTF-8, which refused a GBK register
     * at its first Chinese byte.
     */
    @Test
    void theRangeChecksReadAGbkRegisterInTheEncodingGiven() throws IOException {
        Files.write(
                dir.resolve("firms.csv"),
                ("id,name,sector,baseOutput,emissionIntensity,output2023,emissions2023\r\n"
                                + "C9,\"湖北, 一厂\",industry,1000,0.9,1000,900\r\n")
                        .getBytes(java.nio.charset.Charset.forName("GBK")));
        Path scenario = Files.writeString(
                dir.resolve("gbk.json"),
                new String(ScenarioFiles.resolve("classroom-two-firms").bytes(), StandardCharsets.UTF_8)
                        .replaceFirst("\"enterprises\"", "\"enterpriseRegister\": \"firms.csv\", \"enterprises\""));
        Path targets = Files.writeString(dir.resolve("t.csv"), "moment,year,value,weight\nvwap_cny_per_t,2024,40,1\n");
        assertEquals(
                0,
                run(
                        "calibrate",
                        "" + scenario,
                        "--encoding",
                        "GBK",
                        "--targets",
                        "" + targets,
                        "--param",
                        "market.initialPrice=15:40",
                        "--runs",
                        "2",
                        "--budget",
                        "14",
                        "--no-charts",
                        "--quiet",
                        "--out",
                        "" + dir.resolve("gbk")),
                err.toString());
    }

    /**
     * {@code --years 1} simulates 2024 alone. The market's 2024 does not depend on the years after it
     * in this scenario, so a fit to 2024 targets is the same with or without it (it only costs less);
     * a target in a year not simulated is refused with its line.
     */
    @Test
    void yearsSimulatesOnlyTheKeptYearsAndRefusesTargetsBeyondThem() throws IOException {
        Path twoYears = Files.writeString(
                dir.resolve("two.csv"),
                "moment,year,value,weight\nvwap_cny_per_t,2024,45,1\nvwap_cny_per_t,2025,50,1\n");
        assertEquals(2, calibrate(twoYears, "--param", "market.initialPrice=30:70", "--years", "1"));
        assertTrue(
                err.toString().contains(twoYears + ":3: year: 2025 is outside the years simulated, 2024-2024"),
                err.toString());
        Path threeLater = Files.writeString(
                dir.resolve("later.csv"),
                "moment,year,value,weight\nvwap_cny_per_t,2024,45,1\nvwap_cny_per_t,2025,50,1\n"
                        + "volume_t,2025,9000,1\nvwap_cny_per_t,2026,55,1\n");
        err.getBuffer().setLength(0);
        assertEquals(2, calibrate(threeLater, "--param", "market.initialPrice=30:70", "--years", "1"));
        assertEquals(
                "carbonsim: " + threeLater + ":3: year: 3 targets (lines 3-5, years 2025-2026) are outside the years"
                        + " simulated, 2024-2024 (the scenario's, or --years): run more years, or leave those targets"
                        + " out",
                err.toString().strip(),
                "several targets beyond --years are one line");
        assertEquals(2, calibrate(twoYears, "--param", "market.initialPrice=30:70", "--years", "3"));
        assertTrue(err.toString().contains("--years must be between 1 and 2"), err.toString());
        assertEquals(
                2,
                calibrate(
                        goodTargets(),
                        "--param",
                        "market.initialPrice=30:70",
                        "--years",
                        "1",
                        "--fit-years",
                        "2024-2025"));
        assertTrue(
                err.toString()
                        .contains("--fit-years 2024-2025: expected years within the years simulated (--years 1),"
                                + " 2024-2024"),
                err.toString());

        Path full = dir.resolve("full");
        Path kept = dir.resolve("kept");
        assertEquals(0, smallFit(full, "--threads", "1", "--no-charts", "--quiet"), err.toString());
        assertEquals(0, smallFit(kept, "--threads", "1", "--no-charts", "--quiet", "--years", "1"), err.toString());
        JsonObject withAll = json(full.resolve("calibration.json"));
        JsonObject withOne = json(kept.resolve("calibration.json"));
        assertEquals(withAll.get("objective"), withOne.get("objective"));
        assertEquals(withAll.get("parameters"), withOne.get("parameters"));
        assertEquals(
                Files.readString(full.resolve("calibrated-scenario.json")),
                Files.readString(kept.resolve("calibrated-scenario.json")),
                "the calibrated scenario keeps both its years");
    }

    @Test
    void bundledHubeiTargetsAreReadWithTheirSourcedMomentsOnly() {
        List<Target> targets = TargetsFile.read(
                Path.of("../scenarios/hubei-pilot-targets.csv"), 2014, 2024, java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(30, targets.size(), "5 sourced moments x 2014-2019");
        assertTrue(
                targets.stream()
                        .noneMatch(
                                t -> t.moment() == Moment.LIMIT_HIT_SHARE || t.moment() == Moment.LAST20_VOLUME_SHARE),
                "unsourced moments are absent");
        assertEquals(23.80, targets.get(0).value(), 1e-9, "2014 VWAP, docs/facts.md 5.1");
    }
}

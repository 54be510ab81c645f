package org.carbonsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.carbonsim.cli.chart.ChartRenderer;
import org.carbonsim.core.montecarlo.Metric;
import org.carbonsim.core.montecarlo.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SensitivityCommandTest extends CommandLineTest {
    private static final List<String> FILES = List.of(
            "sensitivity.csv",
            "points.csv",
            "sensitivity.json",
            "sensitivity-years.csv",
            "years.csv",
            "sectors.csv",
            "charts/sensitivity-vwap.svg",
            "charts/sensitivity-vwap_2024.svg");

    /** Metrics of a one-year classroom study: every montecarlo metric and vwap_2024. */
    private static final int METRICS = Metric.values().length + 1;

    @TempDir
    Path dir;

    /**
     * Morris effects are in the metric's unit, millions of tonnes for hubei-pilot's volume: the printed
     * table keeps every figure under its heading however wide it is.
     */
    @Test
    void thePrintedIndicesStandUnderTheirHeadingsHoweverWide() {
        assertEquals(
                0,
                run(
                        "sensitivity",
                        "hubei-pilot",
                        "--years",
                        "1",
                        "--method",
                        "morris",
                        "--samples",
                        "2",
                        "--runs",
                        "1",
                        "--param",
                        "agents.compliance.procrastination=0.5:0.95",
                        "--param",
                        "market.initialPrice=15:35",
                        "--no-charts",
                        "--out",
                        "" + dir.resolve("morris")),
                err.toString());
        List<String> lines = out.toString().lines().toList();
        String heading = lines.get(1);
        int sigmaEnd = heading.indexOf("sigma") + "sigma".length();
        boolean wide = false;
        for (String line : lines.subList(2, lines.size())) {
            assertEquals(sigmaEnd, line.length(), "sigma ends under its heading: " + line);
            wide |= line.contains("volume") && line.split(" +")[2].length() > 10;
        }
        assertTrue(wide, "a volume effect wider than ten characters:\n" + out);
    }

    private static String[] study(String method, String... more) {
        String[] common = {
            "sensitivity",
            "classroom-ten-firms",
            "--years",
            "1",
            "--method",
            method,
            "--samples",
            "4",
            "--runs",
            "2",
            "--seed",
            "5",
            "--param",
            "market.limitPct=5:15",
            "--param",
            "$.market.initialPrice=30:60",
            "--quiet"
        };
        String[] all = Arrays.copyOf(common, common.length + more.length);
        System.arraycopy(more, 0, all, common.length, more.length);
        return all;
    }

    /** Runs the study with 1 and with 3 threads, checks the files are the same and returns the first folder. */
    private Path sameFilesWithOneAndThreeThreads(String method) throws IOException {
        Path one = dir.resolve(method + "-one");
        Path three = dir.resolve(method + "-three");
        assertEquals(0, run(study(method, "--threads", "1", "--out", "" + one)), err.toString());
        assertEquals(0, run(study(method, "--threads", "3", "--out", "" + three)), err.toString());
        for (String name : FILES) {
            assertArrayEquals(Files.readAllBytes(one.resolve(name)), Files.readAllBytes(three.resolve(name)), name);
        }
        return one;
    }

    @Test
    void sobolFilesAreIdenticalWhateverTheThreadCount() throws IOException {
        Path one = sameFilesWithOneAndThreeThreads("sobol");
        assertEquals("", out.toString(), "--quiet prints nothing");
        List<String> csv = Files.readAllLines(one.resolve("sensitivity.csv"), StandardCharsets.UTF_8);
        assertEquals(
                "metric,unit,parameter,first,first_ci_low,first_ci_high,total,total_ci_low,total_ci_high", csv.get(0));
        assertEquals(1 + METRICS * 2, csv.size());
        assertTrue(csv.get(1).startsWith("vwap,cny_per_t,limit_pct,"), csv.get(1));
        assertTrue(csv.get(2).startsWith("vwap,cny_per_t,initial_price,"), csv.get(2));
        assertTrue(csv.get(csv.size() - 1).startsWith("vwap_2024,cny_per_t,initial_price,"), csv.get(csv.size() - 1));
        List<String> points = Files.readAllLines(one.resolve("points.csv"), StandardCharsets.UTF_8);
        assertEquals(1 + 4 * (2 + 2), points.size(), "Sobol: N (k + 2) points");
        assertTrue(points.get(0).startsWith("point,limit_pct,initial_price,vwap_cny_per_t,"), points.get(0));
        String json = Files.readString(one.resolve("sensitivity.json"));
        assertTrue(
                json.contains("{\"name\": \"limit_pct\", \"path\": \"$.market.limitPct\", \"low\": 5, \"high\": 15}"),
                json);
        assertTrue(json.contains("\"seeds\": [\"" + Seeds.forReplication(5, 0) + "\", \""), json);
        assertTrue(json.contains("\"method\": \"sobol\""), json);
        BufferedImage png =
                ImageIO.read(one.resolve("charts/sensitivity-vwap.png").toFile());
        assertEquals(ChartRenderer.WIDTH * ChartRenderer.PNG_SCALE, png.getWidth());
    }

    @Test
    void aMetricThatDoesNotVaryHasBlankIndicesAndNoChart() throws IOException {
        Path one = sameFilesWithOneAndThreeThreads("sobol");
        List<String> offsets = Files.readAllLines(one.resolve("sensitivity.csv"), StandardCharsets.UTF_8).stream()
                .filter(line -> line.startsWith("offsets,"))
                .toList();
        assertEquals(
                List.of("offsets,t,limit_pct,,,,,,", "offsets,t,initial_price,,,,,,"),
                offsets,
                "the classroom market has no offset rule: no credit is surrendered at any point");
        assertFalse(Files.exists(one.resolve("charts/sensitivity-offsets.svg")), "an empty frame says nothing");
        assertTrue(Files.exists(one.resolve("charts/sensitivity-volume.svg")), "a metric that varies is drawn");
    }

    /**
     * classroom-two-firms over one year at 16 base samples: abatement_cost and efficiency get indices of
     * 2, and turnover_ratio moves only by rounding (indices 0 over a variance far below 1e-14 x its mean
     * squared): stderr and sensitivity.json name the three and say to raise --samples; the numbers stay.
     */
    @Test
    void metricsWithRoughSobolIndicesAreWarnedOfAndTheUserToldToRaiseSamples() throws IOException {
        Path target = dir.resolve("rough");
        assertEquals(
                0,
                run(
                        "sensitivity",
                        "classroom-two-firms",
                        "--years",
                        "1",
                        "--samples",
                        "16",
                        "--runs",
                        "1",
                        "--param",
                        "market.limitPct=5:15",
                        "--param",
                        "market.initialPrice=30:90",
                        "--quiet",
                        "--no-charts",
                        "--out",
                        "" + target),
                err.toString());
        String warning = "the Sobol indices of abatement_cost, efficiency, turnover_ratio are too rough to read: an"
                + " index outside [-0.5, 1.5], or a variance over the base samples under 1e-14 x the mean squared;"
                + " raise --samples (now 16)";
        assertEquals("carbonsim: warning: " + warning + "\n", err.toString());
        String json = Files.readString(target.resolve("sensitivity.json"), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"roughIndices\": [\"abatement_cost\", \"efficiency\", \"turnover_ratio\"],"), json);
        assertTrue(json.contains("\"warnings\": [\n    \"" + warning + "\"\n  ]"), json);
        assertTrue(
                Files.readAllLines(target.resolve("sensitivity.csv"), StandardCharsets.UTF_8)
                        .contains("abatement_cost,cny,initial_price,2,2,2,2,2,2"),
                "the indices are written as estimated");
    }

    @Test
    void aMorrisStudyHasNoRoughIndices() throws IOException {
        Path target = dir.resolve("morris-rough");
        assertEquals(0, run(study("morris", "--no-charts", "--out", "" + target)), err.toString());
        assertFalse(err.toString().contains("warning"), err.toString());
        String json = Files.readString(target.resolve("sensitivity.json"), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"roughIndices\": [],") && json.contains("\"warnings\": []"), json);
    }

    @Test
    void morrisWritesMuStarAndSigmaAndIsIdenticalWhateverTheThreadCount() throws IOException {
        Path one = sameFilesWithOneAndThreeThreads("morris");
        List<String> csv = Files.readAllLines(one.resolve("sensitivity.csv"), StandardCharsets.UTF_8);
        assertEquals("metric,unit,parameter,mu_star,sigma", csv.get(0));
        assertTrue(csv.get(1).startsWith("vwap,cny_per_t,limit_pct,"), csv.get(1));
        assertEquals(
                1 + 4 * (2 + 1), Files.readAllLines(one.resolve("points.csv")).size(), "Morris: r (k + 1)");
    }

    /**
     * A metric that does not vary over the plan has no chart with either method, as the README says:
     * Sobol's indices are blank there, Morris's effects 0, and a chart of bars of height 0 was drawn
     * for each such metric of a Morris study (offsets, penalties, the undetected gap, the CBAM
     * liability of classroom-ten-firms).
     */
    @ParameterizedTest
    @ValueSource(strings = {"sobol", "morris"})
    void aMetricThatDoesNotVaryHasNoChart(String method) throws IOException {
        Path target = dir.resolve(method + "-charts");
        assertEquals(0, run(study(method, "--out", "" + target)), err.toString());
        List<String> csv = Files.readAllLines(target.resolve("sensitivity.csv"), StandardCharsets.UTF_8);
        assertTrue(
                csv.contains(method.equals("sobol") ? "offsets,t,limit_pct,,,,,," : "offsets,t,limit_pct,0,0"),
                "offsets do not vary: " + csv);
        assertFalse(Files.exists(target.resolve("charts/sensitivity-offsets.png")), method);
        assertFalse(Files.exists(target.resolve("charts/sensitivity-offsets.svg")), method);
        assertTrue(Files.exists(target.resolve("charts/sensitivity-vwap.png")), method + ": the VWAP varies");
    }

    @Test
    void aSummaryIsPrintedWithoutQuiet() {
        Path target = dir.resolve("printed");
        String[] args = Arrays.stream(study("sobol", "--out", "" + target))
                .filter(a -> !a.equals("--quiet"))
                .toArray(String[]::new);
        assertEquals(0, run(args), err.toString());
        assertTrue(
                out.toString().contains("classroom-ten-firms, sobol, base seed 5, 16 point(s) x 2 run(s)"),
                out.toString());
        assertTrue(out.toString().contains("compliance_rate"), out.toString());
    }

    /** The text drawn in an SVG chart: each {@code <text>} element's content, in order. */
    static List<String> svgTexts(Path svg) throws IOException {
        List<String> texts = new ArrayList<>();
        Matcher m = Pattern.compile("<text[^>]*>([^<]*)</text>").matcher(Files.readString(svg, StandardCharsets.UTF_8));
        while (m.find()) {
            texts.add(m.group(1));
        }
        return texts;
    }

    @Test
    void langZhPrintsTheTableAndDrawsTheChartsInChineseAndChartRedrawsThemInEnglish() throws IOException {
        Path target = dir.resolve("zh");
        String[] args = Arrays.stream(study("sobol", "--lang", "zh", "--out", "" + target))
                .filter(a -> !a.equals("--quiet"))
                .toArray(String[]::new);
        assertEquals(0, run(args), err.toString());
        String printed = out.toString();
        assertTrue(printed.contains("classroom-ten-firms，sobol，基础种子 5，16 个样本点 x 2 次模拟"), printed);
        assertTrue(printed.contains("指标") && printed.contains("一阶") && printed.contains("总效应"), printed);
        List<String> zh = svgTexts(target.resolve("charts/sensitivity-vwap.svg"));
        assertTrue(zh.contains("vwap 的 Sobol 指数：classroom-ten-firms"), "title: " + zh);
        assertTrue(zh.contains("参数") && zh.contains("方差占比"), "axes: " + zh);
        assertTrue(zh.contains("一阶") && zh.contains("总效应"), "legend: " + zh);

        out.getBuffer().setLength(0);
        assertEquals(0, run("chart", "" + target, "--format", "svg", "--lang", "en"), err.toString());
        List<String> en = svgTexts(target.resolve("charts/sensitivity-vwap.svg"));
        assertTrue(en.contains("Sobol indices of vwap: classroom-ten-firms"), "title: " + en);
        assertTrue(en.contains("Parameter") && en.contains("Share of variance"), "axes: " + en);
        assertTrue(out.toString().startsWith("sensitivity folder: "), out.toString());

        out.getBuffer().setLength(0);
        assertEquals(0, run("chart", "" + target, "--format", "svg", "--lang", "zh"), err.toString());
        assertTrue(out.toString().startsWith("敏感性分析输出文件夹："), out.toString());
        assertTrue(out.toString().contains(" 个文件 -> "), out.toString());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "market.limitPct | --param market.limitPct: expected PATH=LO:HI such as market.initialPrice=20:60",
                "market.limitPct=5 | --param market.limitPct=5: expected PATH=LO:HI",
                "market.limitPct=5:x | --param market.limitPct=5:x: $.market.limitPct: HI is not a number (\"x\")",
                "market.limitPct=5:15:20 | --param market.limitPct=5:15:20: expected PATH=LO:HI, two ends, got 3"
                        + " values (\"5:15:20\"); a range is varied between its two ends",
                "market.limitPct=5:１５ | --param market.limitPct=5:１５: $.market.limitPct: HI (\"１５\") has digits"
                        + " other than ASCII 0-9 (such as full-width ones); only ASCII digits are read as a number",
                "market.limitPct=15:5 | --param market.limitPct=15:5: $.market.limitPct: the range is empty, LO (15)"
                        + " must be below HI (5)",
                "market.nope=1:2 | --param market.nope=1:2: $.market.nope does not name a number in this file",
                "market.closingRule=1:2 | --param market.closingRule=1:2: $.market.closingRule does not name a number",
                "allocation.cap.byYear.2024=1:2 | --param allocation.cap.byYear.2024=1:2: $.allocation.cap.byYear.2024"
                        + " does not name a number in this file; a key that is not a name is written in quotes and"
                        + " brackets, as $.allocation.cap.byYear[\"2024\"]",
                "market.limitPct=-5:10 | --param market.limitPct=-5:10: $.market.limitPct = -5: $.market.limitPct: ",
                "calendar.years=1:3 | --param calendar.years=1:3: $.calendar.years: the calendar says which years are"
                        + " simulated, not an input to fit or vary (every run of a study simulates the same years);"
                        + " use --years to simulate fewer",
                "$[\"calendar\"].years=1:3 | --param $[\"calendar\"].years=1:3: $.calendar.years: the calendar"
            })
    void badParamsExitWithTwoNamingTheParamAndThePath(String param, String message) {
        Path target = dir.resolve("bad");
        assertEquals(
                2, run("sensitivity", "classroom-two-firms", "--samples", "2", "--param", param, "--out", "" + target));
        assertTrue(err.toString().startsWith("carbonsim: " + message), err.toString());
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
        assertFalse(Files.exists(target), param);
    }

    /** The sampler is built once for the study: a point must not change the uncertainty block (#15). */
    @Test
    void aParamInTheUncertaintyBlockExitsWithTwo() {
        Path target = dir.resolve("bad");
        assertEquals(
                2,
                run(
                        "sensitivity",
                        "hubei-pilot-uncertain",
                        "--years",
                        "1",
                        "--param",
                        "uncertainty.parameters[1].distribution.high=3:4",
                        "--out",
                        "" + target));
        assertTrue(
                err.toString()
                        .startsWith("carbonsim: --param uncertainty.parameters[1].distribution.high=3:4:"
                                + " $.uncertainty.parameters[1].distribution.high is part of the uncertainty block"),
                err.toString());
        assertFalse(Files.exists(target));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "--param market.limitPct=5:10 --param $.market.limitPct=6:9"
                        + " | is already given by --param market.limitPct=5:10",
                "--method fast --param market.limitPct=5:10 | --method: expected sobol or morris, got \"fast\"",
                "--samples 1 --param market.limitPct=5:10 | --samples must be between 2 and 1000000, got 1",
                "--runs 0 --param market.limitPct=5:10 | --runs must be between 1 and "
            })
    void badOptionsExitWithTwo(String options, String message) {
        List<String> args = new ArrayList<>(List.of("sensitivity", "classroom-two-firms"));
        args.addAll(List.of(options.split(" ")));
        args.addAll(List.of("--out", "" + dir.resolve("bad")));
        assertEquals(2, run(args.toArray(String[]::new)), options);
        assertTrue(err.toString().contains(message), err.toString());
        assertFalse(Files.exists(dir.resolve("bad")), options);
    }

    /**
     * The data dictionary's worked example of a metric that barely varies (sensitivity.csv) states how
     * many plan points of its command have a close other than the most common one: the command, run as
     * written there, gives that count.
     */
    @Test
    void theDictionarysSobolExampleCountsThePointsTheCommandGives() throws IOException {
        String dictionary = Files.readString(DataDictionaryTest.DICTIONARY, StandardCharsets.UTF_8)
                .replace('\n', ' ');
        String command = "classroom-ten-firms` and `--param market.limitPct=5:15 --param market.initialPrice=30:60"
                + " --samples 16 --runs 2`";
        assertTrue(dictionary.contains(command), "the dictionary's example command: " + command);
        Matcher stated = Pattern.compile("the close differs at (\\d+) points").matcher(dictionary);
        assertTrue(stated.find(), "the dictionary states at how many points the close differs");
        Path folder = dir.resolve("dictionary-example");
        assertEquals(
                0,
                run(
                        "sensitivity",
                        "classroom-ten-firms",
                        "--param",
                        "market.limitPct=5:15",
                        "--param",
                        "market.initialPrice=30:60",
                        "--samples",
                        "16",
                        "--runs",
                        "2",
                        "--no-charts",
                        "--quiet",
                        "--out",
                        "" + folder),
                err.toString());
        List<String> lines = Files.readAllLines(folder.resolve("points.csv"), StandardCharsets.UTF_8);
        int column = Arrays.asList(lines.get(0).split(",")).indexOf("close_cny_per_t");
        Map<String, Long> closes = lines.subList(1, lines.size()).stream()
                .map(line -> line.split(",", -1)[column])
                .collect(Collectors.groupingBy(c -> c, Collectors.counting()));
        long most = closes.values().stream().mapToLong(Long::longValue).max().orElseThrow();
        assertEquals(
                Long.parseLong(stated.group(1)),
                lines.size() - 1 - most,
                "points whose close is not the most common one, " + closes);
    }
}

package org.carbonsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.carbonsim.cli.chart.ChartData;
import org.carbonsim.cli.chart.CompareCharts;
import org.carbonsim.cli.chart.CsvTable;
import org.carbonsim.cli.chart.StudyCharts;
import org.carbonsim.cli.report.CompareReport;
import org.carbonsim.cli.text.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sweep and compare draw each headline metric's mean and 95% CI per grid point or policy. */
class StudyChartsTest extends CommandLineTest {
    private static final List<String> METRICS =
            List.of("vwap", "volume", "compliance_rate", "abatement_cost", "equilibrium_price");

    @TempDir
    Path dir;

    @Test
    void aSweepChartsEveryMetricOverItsLabelledGridPoints() throws IOException {
        Path sweep = dir.resolve("sweep");
        assertEquals(
                0,
                run(
                        "sweep",
                        "classroom-two-firms",
                        "--runs",
                        "2",
                        "--set",
                        "market.limitPct=5,10",
                        "--set",
                        "market.initialPrice=30,40",
                        "--out",
                        sweep.toString(),
                        "--quiet"),
                err.toString());
        List<ChartData> charts = StudyCharts.sweep(sweep);
        assertEquals(
                METRICS.stream().map(m -> "sweep-" + m).toList(),
                charts.stream().map(ChartData::name).toList());
        ChartData vwap = charts.get(0);
        // in Chinese: the same layout under Chinese titles and axes
        ChartData vwapZh = StudyCharts.sweep(sweep, Lang.ZH).get(0);
        assertTrue(vwapZh.title().startsWith("成交量加权均价（元/吨），参数扫描："), vwapZh.title());
        assertEquals("成交量加权均价（元/吨），均值及 95% 置信区间", vwapZh.yLabel());
        assertEquals(vwap.pointLabels(), vwapZh.pointLabels());
        assertEquals(
                vwap.series().stream().map(ChartData.Series::name).toList(),
                vwapZh.series().stream().map(ChartData.Series::name).toList());
        // one series per value of the first swept path, the second along x: no line across the grid
        assertEquals(List.of("initial_price=30", "initial_price=40"), vwap.pointLabels());
        assertEquals(
                List.of("limit_pct=5", "limit_pct=10"),
                vwap.series().stream().map(ChartData.Series::name).toList());
        for (ChartData.Series series : vwap.series()) {
            assertEquals(ChartData.Style.WHISKER_LINE, series.style(), series.name());
            assertEquals(
                    List.of(0.0, 1.0),
                    series.points().stream().map(ChartData.Point::x).toList(),
                    series.name());
            for (ChartData.Point p : series.points()) {
                assertTrue(p.y() <= p.y2(), series.name() + ": the interval's low end is below its high end at " + p);
            }
        }
        for (String metric : METRICS) {
            BufferedImage png = ImageIO.read(
                    sweep.resolve("charts/sweep-" + metric + ".png").toFile());
            assertEquals(1600, png.getWidth(), metric);
            assertEquals(900, png.getHeight(), metric);
            assertTrue(Files.size(sweep.resolve("charts/sweep-" + metric + ".svg")) > 0, metric);
        }
    }

    @Test
    void aComparisonChartsEveryMetricByPolicyAndNoChartsSkipsThem() throws IOException {
        Path compare = dir.resolve("compare");
        assertEquals(
                0,
                run(
                        "compare",
                        "classroom-two-firms",
                        "classroom-ten-firms",
                        "--years",
                        "1",
                        "--runs",
                        "2",
                        "--out",
                        compare.toString(),
                        "--quiet"),
                err.toString());
        List<ChartData> charts = StudyCharts.compare(compare);
        // each metric by policy, then each metric's paired difference: dots and whiskers, no line across policies
        assertEquals(
                java.util.stream.Stream.concat(
                                METRICS.stream().map(m -> "compare-" + m),
                                METRICS.stream().map(m -> "compare-diff-" + m))
                        .toList(),
                charts.stream().map(ChartData::name).toList());
        assertEquals(
                List.of("classroom-two-firms", "classroom-ten-firms"),
                charts.get(0).pointLabels());
        for (ChartData chart : charts) {
            for (ChartData.Series series : chart.series()) {
                assertEquals(ChartData.Style.WHISKER, series.style(), chart.name());
            }
        }
        ChartData diff = charts.get(METRICS.size());
        assertEquals(List.of("classroom-ten-firms (1)"), diff.pointLabels());
        ChartData.Point d = diff.series().get(0).points().get(0);
        assertTrue(d.y() <= d.y2(), "the difference's interval: " + d);
        assertTrue(Files.exists(compare.resolve("charts/compare-vwap.png")));

        Path bare = twoFirmsWithoutCharts("bare");
        assertFalse(Files.exists(bare.resolve("charts")), "--no-charts");
        assertEquals(0, run("chart", bare.toString(), "--format", "svg"), err.toString());
        assertTrue(Files.exists(bare.resolve("charts/compare-vwap.svg")), "carbonsim chart redraws them");
    }

    /**
     * Studies of the national market, whose exchange has block agreement trades, chart its block volume:
     * a sweep the final year's mean and 95% CI per grid point (from year-stats.csv), a comparison the
     * paired difference per year, a sensitivity study each year's indices where the volume varies.
     */
    @Test
    void studiesOfAMarketWithBlockTradesChartTheBlockVolume() throws IOException {
        Path sweep = dir.resolve("sweep");
        assertEquals(
                0,
                run(
                        "sweep",
                        "national-ets-industry",
                        "--runs",
                        "2",
                        "--set",
                        "market.limitPct=5,10",
                        "--out",
                        sweep.toString(),
                        "--quiet",
                        "--no-charts"),
                err.toString());
        List<ChartData> charts = StudyCharts.sweep(sweep, Lang.ZH);
        ChartData block = charts.get(charts.size() - 1);
        assertEquals("sweep-block_volume", block.name());
        assertTrue(block.title().startsWith("最后一年大宗协议成交量（吨），参数扫描："), block.title());
        List<String> stats = Files.readAllLines(sweep.resolve("year-stats.csv"));
        List<String> header = List.of(stats.get(0).split(","));
        List<ChartData.Point> points = block.series().get(0).points();
        int p = 0;
        for (String line : stats) {
            List<String> cells = List.of(line.split(",", -1));
            if (line.contains(",2025,block_volume,")) {
                ChartData.Point point = points.get(p++);
                assertEquals(Double.parseDouble(cells.get(header.indexOf("ci95_low"))), point.y(), 1e-6, line);
                assertEquals(Double.parseDouble(cells.get(header.indexOf("ci95_high"))), point.y2(), 1e-6, line);
            }
        }
        assertEquals(2, p, "the final year's block volume of both grid points: " + points);
        // the bar spans the mean's 95% interval, which two runs leave wide: its middle is the mean
        assertTrue(
                points.get(0).y() + points.get(0).y2() > 0,
                "the national market trades in blocks in 2025, on average: " + points);

        Path compare = dir.resolve("compare");
        assertEquals(
                0,
                run(
                        "compare",
                        "national-ets-industry",
                        "national-ets-industry",
                        "--runs",
                        "2",
                        "--out",
                        compare.toString(),
                        "--quiet",
                        "--no-charts"),
                err.toString());
        List<String> names =
                CompareCharts.all(compare).stream().map(ChartData::name).toList();
        assertTrue(names.contains("compare-years-block_volume"), "" + names);
        assertFalse(names.contains("compare-sectors-block_volume"), "a sector has no block volume: " + names);
        String report = compareReport(compare);
        assertTrue(report.contains("block_volume (t)"), "the paired differences per year list the block volume");
        assertTrue(report.contains("大宗协议成交量"), "and say what it is");
        Path book = twoFirmsWithoutCharts("book");
        assertFalse(compareReport(book).contains("block_volume"), "a market without block trades");
        assertFalse(compareReport(book).contains("大宗协议"), "a market without block trades");

        Path sensitivity = dir.resolve("sensitivity");
        assertEquals(
                0,
                run(
                        "sensitivity",
                        "national-ets-industry",
                        "--samples",
                        "2",
                        "--runs",
                        "1",
                        "--param",
                        "market.initialPrice=30:90",
                        "--param",
                        "market.limitPct=5:15",
                        "--out",
                        sensitivity.toString(),
                        "--quiet",
                        "--no-charts"),
                err.toString());
        names = StudyCharts.sensitivity(sensitivity).stream()
                .map(ChartData::name)
                .toList();
        assertTrue(names.contains("sensitivity-block_volume_2024"), "" + names);
        assertTrue(names.contains("sensitivity-block_volume_2025"), "" + names);
        assertFalse(
                names.contains("sensitivity-penalties"), "no firm is fined in any sample, nothing varies: " + names);
    }

    /** A comparison of classroom-two-firms with itself in {@code name}, two runs, without charts. */
    private Path twoFirmsWithoutCharts(String name) {
        Path out = dir.resolve(name);
        String[] args = {
            "compare",
            "classroom-two-firms",
            "classroom-two-firms",
            "--runs",
            "2",
            "--out",
            "" + out,
            "--quiet",
            "--no-charts"
        };
        assertEquals(0, run(args), err.toString());
        return out;
    }

    /** The report of the comparison folder {@code compare}, without its charts. */
    private static String compareReport(Path compare) throws IOException {
        return CompareReport.html(
                CompareCharts.summary(compare),
                CsvTable.read(compare.resolve("compare.csv")),
                CsvTable.read(compare.resolve(CompareCharts.YEARS)),
                CsvTable.read(compare.resolve(CompareCharts.SECTORS)),
                Lang.EN,
                List.of(),
                List.of());
    }

    @Test
    void sweepLayoutGroupsGridPointsIntoOneSeriesPerFirstAxisValue() {
        // a 2 × 3 grid in the sweep's order (first axis outermost): two series of three points each
        StudyCharts.SweepLayout two = StudyCharts.SweepLayout.of(List.of(
                List.of("a=1", "b=x"),
                List.of("a=1", "b=y"),
                List.of("a=1", "b=z"),
                List.of("a=2", "b=x"),
                List.of("a=2", "b=y"),
                List.of("a=2", "b=z")));
        assertEquals(List.of("a=1", "a=2"), two.series());
        assertEquals(List.of("b=x", "b=y", "b=z"), two.xLabels());
        assertEquals(List.of(0, 0, 0, 1, 1, 1), two.seriesOf());
        assertEquals(List.of(0, 1, 2, 0, 1, 2), two.xOf());
        // three axes: the second and third together along x
        StudyCharts.SweepLayout three = StudyCharts.SweepLayout.of(List.of(
                List.of("a=1", "b=x", "c=0"),
                List.of("a=1", "b=x", "c=9"),
                List.of("a=2", "b=x", "c=0"),
                List.of("a=2", "b=x", "c=9")));
        assertEquals(List.of("b=x, c=0", "b=x, c=9"), three.xLabels());
        assertEquals(List.of(0, 0, 1, 1), three.seriesOf());
        assertEquals(List.of(0, 1, 0, 1), three.xOf());
        // one axis: a single series along its values
        StudyCharts.SweepLayout one = StudyCharts.SweepLayout.of(List.of(List.of("a=1"), List.of("a=2")));
        assertEquals(List.of("Mean and 95% CI"), one.series());
        assertEquals(
                List.of("均值及 95% 置信区间"),
                StudyCharts.SweepLayout.of(List.of(List.of("a=1")), Lang.ZH).series());
        assertEquals(List.of("a=1", "a=2"), one.xLabels());
        assertEquals(List.of(0, 1), one.xOf());
    }

    @Test
    void pointLabelsGoWithPointChartsOnly() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new ChartData("x", "x", ChartData.Kind.POINTS, "x", "y", "", List.of(), List.of(), List.of()));
        assertThrows(
                IllegalArgumentException.class,
                () -> new ChartData("x", "x", ChartData.Kind.YEARS, "x", "y", "", List.of(), List.of(), List.of("a")));
    }

    /**
     * Named by the path the command was given, as every other file chart reads and every file run and
     * replay read: the user finds it from where the command ran (was the file's name alone).
     */
    @Test
    void aStudyJsonWithoutItsScenarioIsNamedByItsPathAsEveryOtherFileIs() throws IOException {
        Files.writeString(dir.resolve("sweep.json"), "{}");
        Files.writeString(dir.resolve("sensitivity.json"), "{\"scenario\": null}");
        assertEquals(
                dir.resolve("sweep.json") + ":1: missing field \"scenario\"",
                assertThrows(UserInputException.class, () -> StudyCharts.sweep(dir))
                        .getMessage());
        assertEquals(
                dir.resolve("sensitivity.json") + ":1: missing field \"scenario\"",
                assertThrows(UserInputException.class, () -> StudyCharts.sensitivity(dir))
                        .getMessage());
        Files.writeString(dir.resolve("sweep.json"), "{\"scenario\": \"s\", \"axes\": [{}]}");
        assertEquals(
                dir.resolve("sweep.json") + ":1: missing field \"column\"",
                assertThrows(UserInputException.class, () -> StudyCharts.sweep(dir))
                        .getMessage());
        // an axis renamed in sweep.json, or its column renamed in grid.csv: both files are named
        Files.writeString(
                dir.resolve("sweep.json"), "{\"scenario\": \"s\", \"axes\": [1, {\"column\": \"limit_pct\"}]}");
        Files.writeString(dir.resolve("grid.csv"), "point,limit,metric,unit,n,mean,sd,ci95_low,ci95_high,p50\n");
        assertEquals(
                dir.resolve("grid.csv") + ":1: missing column limit_pct, which " + dir.resolve("sweep.json")
                        + " names at axes[1].column",
                assertThrows(UserInputException.class, () -> StudyCharts.sweep(dir))
                        .getMessage());
    }
}

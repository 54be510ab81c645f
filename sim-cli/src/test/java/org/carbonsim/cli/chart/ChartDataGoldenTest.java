package org.carbonsim.cli.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.carbonsim.cli.text.Lang;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.IntervalXYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The series data of every chart of the tiny fixture folders, compared with the golden files in
 * src/test/resources/org/carbonsim/cli/chart/golden. Run with {@code -Dgolden.update=true} to rewrite
 * them after an intended change, and review the diff.
 */
class ChartDataGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/org/carbonsim/cli/chart/golden");

    @Test
    void runChartsMatchTheGoldenFiles() throws IOException {
        List<ChartData> charts = RunCharts.all(RunOutput.read(Fixtures.folder(Fixtures.RUN)));
        assertEquals(
                List.of("price", "volume", "allocation", "coverage", "compliance"),
                charts.stream().map(ChartData::name).toList());
        check(charts);
    }

    @Test
    void monteCarloChartsMatchTheGoldenFiles() throws IOException {
        List<ChartData> charts = MonteCarloCharts.all(MonteCarloOutput.read(Fixtures.folder(Fixtures.MONTE_CARLO)));
        assertEquals(
                List.of("fan-price", "fan-volume"),
                charts.stream().map(ChartData::name).toList());
        check(charts);
    }

    @Test
    void aMonteCarloStudyWithBlockTradesFansTheBooksVolumeAndTheBlocksApart(@TempDir Path dir) throws IOException {
        List<ChartData> charts = MonteCarloCharts.all(
                MonteCarloOutput.read(Fixtures.monteCarloWithBlocks(dir.resolve("blocks"))), Lang.ZH);
        assertEquals(
                List.of("fan-price", "fan-volume", "fan-block-volume"),
                charts.stream().map(ChartData::name).toList());
        assertTrue(charts.get(1).title().startsWith("订单簿日成交量（"), charts.get(1).title());
        ChartData blocks = charts.get(2);
        assertTrue(blocks.title().startsWith("大宗协议日成交量（"), blocks.title());
        assertEquals(Palette.POLICY, blocks.series().get(0).colour(), "the run's volume chart's colour of the blocks");
        // day 3: p5 300, p25 310, median 320, p75 330, p95 340 t in blocks
        assertEquals(
                new ChartData.Point(3, 300, 340),
                blocks.series().get(0).points().get(3),
                "5-95%");
        assertEquals(
                new ChartData.Point(3, 310, 330),
                blocks.series().get(1).points().get(3),
                "25-75%");
        assertEquals(320.0, blocks.series().get(2).points().get(3).y(), "the median");
        // the book's fan is the fixture's volume, as without blocks
        assertEquals(
                MonteCarloCharts.all(MonteCarloOutput.read(Fixtures.folder(Fixtures.MONTE_CARLO)), Lang.ZH)
                        .get(1)
                        .series(),
                charts.get(1).series());
    }

    @Test
    void priceChartMarksDeadlinesInterventionsAndTheEquilibriumPerYear() throws IOException {
        ChartData price =
                RunCharts.all(RunOutput.read(Fixtures.folder(Fixtures.RUN))).get(0);
        assertTrue(price.markers().contains(ChartData.Marker.at(ChartData.MarkerKind.DEADLINE, 11, "deadline 2030")));
        assertTrue(price.markers().contains(ChartData.Marker.at(ChartData.MarkerKind.DEADLINE, 23, "deadline 2031")));
        assertTrue(price.markers().contains(ChartData.Marker.at(ChartData.MarkerKind.INTERVENTION, 5, "sell 20000 t")));
        ChartData.Series eq = price.series().stream()
                .filter(s -> s.name().startsWith("Equilibrium"))
                .findFirst()
                .orElseThrow();
        assertEquals(38.5, eq.points().get(0).y());
        assertEquals(44.1, eq.points().get(3).y());
        assertEquals(12, eq.points().get(3).x());
    }

    @Test
    void allocationStacksSectorsTheAuctionAndReserveSalesUnderTheCap() throws IOException {
        ChartData allocation =
                RunCharts.all(RunOutput.read(Fixtures.folder(Fixtures.RUN))).get(2);
        assertEquals("Allowances (Mt)", allocation.yLabel());
        assertEquals(
                List.of("水泥 Cement", "钢铁 steel", "Auctioned", "Reserve sales", RunCharts.capLegend(Lang.EN)),
                allocation.series().stream().map(ChartData.Series::name).toList());
        assertEquals(1.5, allocation.series().get(0).points().get(0).y());
    }

    @Test
    void aRunWithForwardsGainsTheForwardCurveAfterVolume(@TempDir Path dir) throws IOException {
        // the first day lists two contracts, the others one: the next contract's cells are blank
        Path run = Fixtures.withColumns(
                Fixtures.RUN,
                dir.resolve("run"),
                "daily.csv",
                ",forward_front_contract,forward_front_cny_per_t,forward_next_contract,forward_next_cny_per_t",
                i -> i == 0 ? ",HBEA3006,40.50,HBEA3012,41.25" : ",HBEA3012,42.00,,");
        List<ChartData> charts = RunCharts.all(RunOutput.read(run));
        assertEquals(
                List.of("price", "volume", "forward-curve", "allocation", "coverage", "compliance"),
                charts.stream().map(ChartData::name).toList());
        ChartData curve = charts.get(2);
        assertEquals(
                List.of("Spot close", "Front forward", "Next forward"),
                curve.series().stream().map(ChartData.Series::name).toList());
        assertEquals(38.54, curve.series().get(0).points().get(0).y());
        assertEquals(40.5, curve.series().get(1).points().get(0).y());
        assertEquals(42.0, curve.series().get(1).points().get(1).y());
        assertEquals(41.25, curve.series().get(2).points().get(0).y());
        assertTrue(Double.isNaN(curve.series().get(2).points().get(1).y()), "no next contract: a gap");
    }

    /** The tiny run, its exchange with block agreement trades: day {@code i} has {@code 100 × i} t in blocks. */
    private static Path withBlocks(Path dir) throws IOException {
        return Fixtures.withColumns(
                Fixtures.RUN,
                dir.resolve("blocks"),
                "daily.csv",
                ",block_volume_t,block_turnover_cny",
                i -> "," + 100 * i + ",0.00");
    }

    @Test
    void aRunWithBlockTradesStacksTheDaysBlockVolumeOnTheBooks(@TempDir Path dir) throws IOException {
        ChartData book =
                RunCharts.all(RunOutput.read(Fixtures.folder(Fixtures.RUN))).get(1);
        assertEquals(
                List.of("Daily volume", "Monthly volume"),
                book.series().stream().map(ChartData.Series::name).toList(),
                "a run without block trades has no block series");
        List<ChartData> charts = RunCharts.all(RunOutput.read(withBlocks(dir)), Lang.ZH, ScenarioCopy.NONE);
        ChartData volume = charts.get(1);
        assertEquals(
                List.of("日成交量：订单簿", "日成交量：大宗协议", "月成交量（订单簿与大宗协议）"),
                volume.series().stream().map(ChartData.Series::name).toList());
        ChartData.Series bookBars = volume.series().get(0);
        ChartData.Series blockBars = volume.series().get(1);
        assertEquals(ChartData.Style.STACKED, bookBars.style());
        assertEquals(ChartData.Style.STACKED, blockBars.style());
        assertEquals(1100.0, bookBars.points().get(1).y(), "day 1: the book's volume");
        assertEquals(100.0, blockBars.points().get(1).y(), "day 1: the block volume");
        // twelve days a year, a month each: the month's volume is the day's, book and blocks
        assertEquals(
                1200.0,
                volume.series().get(2).points().get(1).y(),
                "day 1's month: 1,100 t on the book, 100 t in blocks");
        XYPlot plot = (XYPlot) ChartRenderer.chart(volume, Lang.ZH).getPlot();
        IntervalXYDataset blocks = (IntervalXYDataset) plot.getDataset(1);
        assertEquals(1100.0, blocks.getStartYValue(0, 1), "the block bar starts on the book's");
        assertEquals(1200.0, blocks.getEndYValue(0, 1));
        assertEquals(1.0, blocks.getEndXValue(0, 1) - blocks.getStartXValue(0, 1), 1e-12, "a day wide");
    }

    private static void check(List<ChartData> charts) throws IOException {
        boolean update = Boolean.getBoolean("golden.update");
        List<String> mismatches = new ArrayList<>();
        for (ChartData chart : charts) {
            Path golden = GOLDEN.resolve(chart.name() + ".txt");
            String actual = chart.toText();
            if (update) {
                Files.createDirectories(GOLDEN);
                Files.writeString(golden, actual, StandardCharsets.UTF_8);
                continue;
            }
            assertTrue(Files.exists(golden), golden + " is missing; run with -Dgolden.update=true to create it");
            String expected = Files.readString(golden, StandardCharsets.UTF_8);
            if (!expected.equals(actual)) {
                mismatches.add(chart.name());
                assertEquals(
                        expected,
                        actual,
                        chart.name() + " differs from " + golden
                                + "; if intended, run with -Dgolden.update=true and review the diff");
            }
        }
        assertTrue(mismatches.isEmpty(), "charts differing from their golden files: " + mismatches);
    }
}

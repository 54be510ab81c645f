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
import org.carbonsim.cli.chart.StudyCharts;
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
        assertEquals(
                List.of(
                        "limit_pct=5, initial_price=30",
                        "limit_pct=5, initial_price=40",
                        "limit_pct=10, initial_price=30",
                        "limit_pct=10, initial_price=40"),
                vwap.pointLabels());
        ChartData.Series mean = vwap.series().get(0);
        ChartData.Series low = vwap.series().get(1);
        ChartData.Series high = vwap.series().get(2);
        for (int i = 0; i < 4; i++) {
            double m = mean.points().get(i).y();
            assertTrue(
                    low.points().get(i).y() <= m && m <= high.points().get(i).y(),
                    "the mean lies inside its interval at point " + i);
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
        assertEquals(5, charts.size());
        assertEquals(
                List.of("classroom-two-firms", "classroom-ten-firms"),
                charts.get(0).pointLabels());
        assertTrue(Files.exists(compare.resolve("charts/compare-vwap.png")));

        Path bare = dir.resolve("bare");
        assertEquals(
                0,
                run(
                        "compare",
                        "classroom-two-firms",
                        "classroom-two-firms",
                        "--runs",
                        "2",
                        "--out",
                        bare.toString(),
                        "--quiet",
                        "--no-charts"));
        assertFalse(Files.exists(bare.resolve("charts")), "--no-charts");
        assertEquals(0, run("chart", bare.toString(), "--format", "svg"), err.toString());
        assertTrue(Files.exists(bare.resolve("charts/compare-vwap.svg")), "carbonsim chart redraws them");
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
}

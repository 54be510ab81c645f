package org.carbonsim.cli.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.carbonsim.cli.chart.ChartData.Kind;
import org.carbonsim.cli.chart.ChartData.Point;
import org.carbonsim.cli.chart.ChartData.Series;
import org.carbonsim.cli.chart.ChartData.Style;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.Range;
import org.junit.jupiter.api.Test;

/**
 * An axis whose data are a single value gets a readable range: a run without penalties or shortfalls
 * drew its compliance chart on axes from -5E-9 to 5E-9.
 */
class FlatAxesTest {
    @Test
    void aComplianceChartOfZerosRunsFromZeroToOneOnBothAxes() {
        ChartData data = new ChartData(
                "compliance",
                "Compliance: a year without penalties",
                Kind.YEARS,
                "Year",
                "Allowances (t)",
                "Penalties (CNY)",
                List.of(
                        new Series("Shortfall", Style.BAR, false, Palette.ALERT, List.of(Point.of(2024, 0))),
                        new Series("Offsets used", Style.BAR, false, Palette.VOLUME, List.of(Point.of(2024, 0))),
                        new Series("Penalties", Style.LINE, true, Palette.POLICY, List.of(Point.of(2024, 0)))),
                List.of());
        CategoryPlot plot = (CategoryPlot) ChartRenderer.chart(data).getPlot();
        assertEquals(new Range(0, 1), plot.getRangeAxis(0).getRange(), "allowances axis");
        assertEquals(new Range(0, 1), plot.getRangeAxis(1).getRange(), "penalties axis");
    }

    @Test
    void aConstantPriceSpansTenPercentEitherSide() {
        ChartData data = new ChartData(
                "price",
                "A price that never moves",
                Kind.DAYS,
                "Trading day",
                "Price (CNY/t)",
                "",
                List.of(new Series(
                        "Close",
                        Style.LINE,
                        false,
                        Palette.PRICE,
                        List.of(Point.of(0, 15), Point.of(1, 15), Point.of(2, 15)))),
                List.of());
        JFreeChart chart = ChartRenderer.chart(data);
        Range range = ((XYPlot) chart.getPlot()).getRangeAxis().getRange();
        assertEquals(13.5, range.getLowerBound(), 1e-9, "lower bound of " + range);
        assertEquals(16.5, range.getUpperBound(), 1e-9, "upper bound of " + range);
    }

    @Test
    void anAxisWithSpreadDataKeepsItsAutomaticRange() {
        ChartData data = new ChartData(
                "compliance",
                "Compliance: a year with penalties",
                Kind.YEARS,
                "Year",
                "Allowances (t)",
                "Penalties (CNY)",
                List.of(
                        new Series(
                                "Shortfall",
                                Style.BAR,
                                false,
                                Palette.ALERT,
                                List.of(Point.of(2024, 0), Point.of(2025, 400))),
                        new Series(
                                "Penalties",
                                Style.LINE,
                                true,
                                Palette.POLICY,
                                List.of(Point.of(2024, 0), Point.of(2025, 12_000)))),
                List.of());
        CategoryPlot plot = (CategoryPlot) ChartRenderer.chart(data).getPlot();
        assertEquals(true, plot.getRangeAxis(0).isAutoRange(), "allowances axis");
        assertEquals(true, plot.getRangeAxis(1).isAutoRange(), "penalties axis");
    }
}

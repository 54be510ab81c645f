package org.carbonsim.cli.chart;

import java.util.ArrayList;
import java.util.List;
import org.carbonsim.cli.chart.ChartData.Kind;
import org.carbonsim.cli.chart.ChartData.Point;
import org.carbonsim.cli.chart.ChartData.Series;
import org.carbonsim.cli.chart.ChartData.Style;

/** The fan charts of a Monte Carlo folder as data: median, 25-75% and 5-95% of close and volume. */
public final class MonteCarloCharts {
    private MonteCarloCharts() {}

    /** Both fan charts of {@code mc}. */
    public static List<ChartData> all(MonteCarloOutput mc) {
        DayAxis days = new DayAxis(mc.bands());
        return List.of(
                fan(mc, days, "fan-price", "close", "_cny_per_t", "Close price", "Price (CNY/t)", Palette.PRICE),
                fan(mc, days, "fan-volume", "volume", "_t", "Daily volume", "Daily volume (t)", Palette.VOLUME));
    }

    static ChartData fan(
            MonteCarloOutput mc,
            DayAxis days,
            String name,
            String column,
            String unit,
            String what,
            String yLabel,
            int colour) {
        List<Point> outer = new ArrayList<>();
        List<Point> inner = new ArrayList<>();
        List<Point> median = new ArrayList<>();
        int x = 0;
        for (CsvTable.Row row : mc.bands().rows()) {
            double p5 = row.number(column + "_p5" + unit, true);
            double p25 = row.number(column + "_p25" + unit, true);
            double p50 = row.number(column + "_p50" + unit, true);
            double p75 = row.number(column + "_p75" + unit, true);
            double p95 = row.number(column + "_p95" + unit, true);
            if (!Double.isNaN(p5) && !Double.isNaN(p95)) {
                outer.add(new Point(x, p5, p95));
            }
            if (!Double.isNaN(p25) && !Double.isNaN(p75)) {
                inner.add(new Point(x, p25, p75));
            }
            median.add(Point.of(x, p50));
            x++;
        }
        return new ChartData(
                name,
                what + " over " + mc.bandRuns() + " runs: " + mc.scenario(),
                Kind.DAYS,
                "Trading days by year",
                yLabel,
                "",
                List.of(
                        new Series("5-95%", Style.RANGE, false, colour, outer),
                        new Series("25-75%", Style.RANGE, false, colour, inner),
                        new Series("Median", Style.LINE, false, colour, median)),
                RunCharts.dayMarkers(days, null));
    }
}

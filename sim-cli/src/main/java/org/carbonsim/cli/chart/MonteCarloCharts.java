package org.carbonsim.cli.chart;

import java.util.ArrayList;
import java.util.List;
import org.carbonsim.cli.chart.ChartData.Kind;
import org.carbonsim.cli.chart.ChartData.Point;
import org.carbonsim.cli.chart.ChartData.Series;
import org.carbonsim.cli.chart.ChartData.Style;
import org.carbonsim.cli.text.Lang;

/** The fan charts of a Monte Carlo folder as data: median, 25-75% and 5-95% of close and volume. */
public final class MonteCarloCharts {
    private MonteCarloCharts() {}

    /** Both fan charts of {@code mc} in English. */
    public static List<ChartData> all(MonteCarloOutput mc) {
        return all(mc, Lang.EN);
    }

    /** Both fan charts of {@code mc} in {@code lang}. */
    public static List<ChartData> all(MonteCarloOutput mc, Lang lang) {
        DayAxis days = new DayAxis(mc.bands());
        String close = lang.pick("Close price", "收盘价");
        String price = lang.pick("Price (CNY/t)", "价格（元/吨）");
        String volume = lang.pick("Daily volume", "日成交量");
        String tonnes = lang.pick("Daily volume (t)", "日成交量（吨）");
        return List.of(
                fan(mc, days, lang, "fan-price", "close", "_cny_per_t", close, price, Palette.PRICE),
                fan(mc, days, lang, "fan-volume", "volume", "_t", volume, tonnes, Palette.VOLUME));
    }

    static ChartData fan(
            MonteCarloOutput mc,
            DayAxis days,
            Lang lang,
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
                lang == Lang.EN
                        ? what + " over " + mc.bandRuns() + " runs: " + mc.scenario()
                        : what + "（" + mc.bandRuns() + " 次模拟）：" + mc.scenario(),
                Kind.DAYS,
                RunCharts.tradingDays(lang),
                yLabel,
                "",
                List.of(
                        new Series("5-95%", Style.RANGE, false, colour, outer),
                        new Series("25-75%", Style.RANGE, false, colour, inner),
                        new Series(lang.pick("Median", "中位数"), Style.LINE, false, colour, median)),
                RunCharts.dayMarkers(days, null, lang));
    }
}

package org.carbonsim.cli.chart;

import java.util.ArrayList;
import java.util.List;
import org.carbonsim.cli.chart.ChartData.Kind;
import org.carbonsim.cli.chart.ChartData.Point;
import org.carbonsim.cli.chart.ChartData.Series;
import org.carbonsim.cli.chart.ChartData.Style;
import org.carbonsim.cli.text.Lang;

/**
 * The fan charts of a Monte Carlo folder as data: median, 25-75% and 5-95% of close and volume, and of
 * the block agreements' volume where {@code bands.csv} has it (a market with block trades), as the run's
 * volume chart tells the order book's volume from the blocks'.
 */
public final class MonteCarloCharts {
    /** The first quantile column {@code bands.csv} has for a market with block agreement trades. */
    static final String BLOCK_VOLUME = "block_volume_p5_t";

    private MonteCarloCharts() {}

    /** The fan charts of {@code mc} in English. */
    public static List<ChartData> all(MonteCarloOutput mc) {
        return all(mc, Lang.EN);
    }

    /**
     * The fan charts of {@code mc} in {@code lang}: close and volume, and with block agreement trades the
     * order book's volume and the blocks' apart.
     */
    public static List<ChartData> all(MonteCarloOutput mc, Lang lang) {
        DayAxis days = new DayAxis(mc.bands());
        String close = lang.pick("Close price", "收盘价");
        String price = lang.pick("Price (CNY/t)", "价格（元/吨）");
        String tonnes = lang.pick("Daily volume (t)", "日成交量（吨）");
        ChartData closes = fan(mc, days, lang, "fan-price", "close", "_cny_per_t", close, price, Palette.PRICE);
        if (!mc.bands().has(BLOCK_VOLUME)) {
            String volume = lang.pick("Daily volume", "日成交量");
            return List.of(closes, fan(mc, days, lang, "fan-volume", "volume", "_t", volume, tonnes, Palette.VOLUME));
        }
        String book = lang.pick("Daily order book volume", "订单簿日成交量");
        String blocks = lang.pick("Daily block agreement volume", "大宗协议日成交量");
        return List.of(
                closes,
                fan(mc, days, lang, "fan-volume", "volume", "_t", book, tonnes, Palette.VOLUME),
                fan(mc, days, lang, "fan-block-volume", "block_volume", "_t", blocks, tonnes, Palette.POLICY));
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

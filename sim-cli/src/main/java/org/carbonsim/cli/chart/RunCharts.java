package org.carbonsim.cli.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.carbonsim.cli.chart.ChartData.Kind;
import org.carbonsim.cli.chart.ChartData.Marker;
import org.carbonsim.cli.chart.ChartData.MarkerKind;
import org.carbonsim.cli.chart.ChartData.Point;
import org.carbonsim.cli.chart.ChartData.Series;
import org.carbonsim.cli.chart.ChartData.Style;
import org.carbonsim.cli.text.Lang;

/** The charts of a run folder as data: price path, volume, allocation, coverage and compliance. */
public final class RunCharts {
    /** The column of {@code daily.csv} a run whose exchange has block agreement trades adds. */
    static final String BLOCK_VOLUME = "block_volume_t";

    private RunCharts() {}

    /** Every chart of {@code run} in English with the sectors' ids, in the report's order. */
    public static List<ChartData> all(RunOutput run) {
        return all(run, Lang.EN, ScenarioCopy.NONE);
    }

    /** Every chart of {@code run} in {@code lang}, sectors named as {@code copy} names them. */
    public static List<ChartData> all(RunOutput run, Lang lang, ScenarioCopy copy) {
        DayAxis days = new DayAxis(run.daily());
        List<ChartData> charts = new ArrayList<>(List.of(
                price(run, days, lang),
                volume(run, days, lang),
                allocation(run, lang, copy),
                coverage(run, lang),
                compliance(run, lang)));
        // only a run with forwards has the curve's columns, so other runs keep their five charts
        if (run.daily().has("forward_front_cny_per_t")) {
            charts.add(2, forwardCurve(run, days, lang));
        }
        return List.copyOf(charts);
    }

    /** The spot close and the front and next forward contracts' settlement prices, by trading day. */
    static ChartData forwardCurve(RunOutput run, DayAxis days, Lang lang) {
        List<Point> spot = new ArrayList<>();
        List<Point> front = new ArrayList<>();
        List<Point> next = new ArrayList<>();
        int x = 0;
        for (CsvTable.Row row : run.daily().rows()) {
            spot.add(Point.of(x, row.number("close_cny_per_t")));
            front.add(Point.of(x, row.number("forward_front_cny_per_t", true)));
            next.add(Point.of(x, row.number("forward_next_cny_per_t", true)));
            x++;
        }
        List<Series> series = List.of(
                new Series(lang.pick("Spot close", "现货收盘价"), Style.LINE, false, Palette.PRICE, spot),
                new Series(lang.pick("Front forward", "近月远期"), Style.LINE, false, Palette.REFERENCE, front),
                new Series(lang.pick("Next forward", "次月远期"), Style.DASHED, false, Palette.LIMIT, next));
        return pricesByDay("forward-curve", lang.pick("Forward curve: ", "远期曲线："), series, run, days, lang);
    }

    /** A chart of prices over the trading days, titled {@code title} and the scenario, with the day markers. */
    private static ChartData pricesByDay(
            String name, String title, List<Series> series, RunOutput run, DayAxis days, Lang lang) {
        return new ChartData(
                name,
                title + run.scenario(),
                Kind.DAYS,
                tradingDays(lang),
                lang.pick("Price (CNY/t)", "价格（元/吨）"),
                "",
                series,
                dayMarkers(days, run, lang));
    }

    /** The day markers: year starts, compliance deadlines (each year's last day), interventions. */
    static List<Marker> dayMarkers(DayAxis days, RunOutput run, Lang lang) {
        List<Marker> markers = new ArrayList<>();
        for (int year : days.years()) {
            markers.add(Marker.at(MarkerKind.YEAR, days.first(year), Integer.toString(year)));
            markers.add(Marker.at(MarkerKind.DEADLINE, days.last(year), lang.pick("deadline ", "履约截止 ") + year));
        }
        if (run != null && run.events().isPresent()) {
            for (CsvTable.Row row : run.events().get().rows()) {
                if (!row.text("kind").equals("intervention")) {
                    continue;
                }
                int x = days.x(row.integer("year"), row.integer("day"));
                if (x >= 0) {
                    markers.add(Marker.at(
                            MarkerKind.INTERVENTION,
                            x,
                            direction(row.text("direction"), lang) + " " + (long) row.number("quantity_t") + " t"));
                }
            }
        }
        return markers;
    }

    private static String direction(String direction, Lang lang) {
        String lower = direction.toLowerCase(Locale.ROOT);
        if (lang == Lang.EN) {
            return lower;
        }
        return switch (lower) {
            case "sell" -> "投放";
            case "buy" -> "回购";
            default -> lower;
        };
    }

    static ChartData price(RunOutput run, DayAxis days, Lang lang) {
        List<Point> range = new ArrayList<>();
        List<Point> close = new ArrayList<>();
        List<Point> limitUp = new ArrayList<>();
        List<Point> limitDown = new ArrayList<>();
        boolean hasBand = false;
        int x = 0;
        for (CsvTable.Row row : run.daily().rows()) {
            range.add(new Point(x, row.number("low_cny_per_t"), row.number("high_cny_per_t")));
            close.add(Point.of(x, row.number("close_cny_per_t")));
            double low = row.number("band_low_cny_per_t", true);
            double high = row.number("band_high_cny_per_t", true);
            hasBand |= !Double.isNaN(low) || !Double.isNaN(high);
            limitUp.add(Point.of(x, high));
            limitDown.add(Point.of(x, low));
            x++;
        }
        List<Point> equilibrium = new ArrayList<>();
        for (CsvTable.Row row : run.annual().rows()) {
            int year = row.integer("year");
            double eq = row.number("equilibrium_price_cny_per_t", true);
            if (days.has(year) && !Double.isNaN(eq)) {
                equilibrium.add(Point.of(days.first(year), eq));
                equilibrium.add(Point.of(days.last(year), eq));
                equilibrium.add(Point.of(days.last(year) + 0.5, Double.NaN));
            }
        }
        List<Series> series = new ArrayList<>();
        series.add(new Series(lang.pick("High-low range", "最高-最低价区间"), Style.RANGE, false, Palette.RANGE, range));
        if (hasBand) {
            series.add(new Series(lang.pick("Limit up", "涨停价"), Style.DASHED, false, Palette.LIMIT, limitUp));
            series.add(new Series(lang.pick("Limit down", "跌停价"), Style.DASHED, false, Palette.LIMIT, limitDown));
        }
        series.add(new Series(
                lang.pick("Equilibrium price (reference)", "均衡价格（参照）"),
                Style.DASHED,
                false,
                Palette.REFERENCE,
                equilibrium));
        series.add(new Series(lang.pick("Close", "收盘价"), Style.LINE, false, Palette.PRICE, close));
        return pricesByDay("price", lang.pick("Allowance price: ", "配额价格："), series, run, days, lang);
    }

    /** The x label of the charts over trading days. */
    static String tradingDays(Lang lang) {
        return lang.pick("Trading days by year", "交易日（按年）");
    }

    /**
     * The daily volume as bars and the monthly volume as a line. A run whose exchange has block
     * agreement trades ({@code daily.csv}'s {@code block_volume_t}) stacks the day's block volume on
     * the book's and counts it in the month's; any other run draws the book's bars alone.
     */
    static ChartData volume(RunOutput run, DayAxis days, Lang lang) {
        boolean blocks = run.daily().has(BLOCK_VOLUME);
        List<Point> daily = new ArrayList<>();
        List<Point> block = new ArrayList<>();
        TreeMap<Integer, double[]> months = new TreeMap<>();
        int x = 0;
        for (CsvTable.Row row : run.daily().rows()) {
            int year = row.integer("year");
            double volume = row.number("volume_t");
            daily.add(Point.of(x, volume));
            if (blocks) {
                double blockVolume = row.number(BLOCK_VOLUME);
                block.add(Point.of(x, blockVolume));
                volume += blockVolume;
            }
            int month = days.month(year, x);
            double[] m = months.computeIfAbsent(year * 12 + month, k -> new double[] {0, 0});
            m[0] += volume;
            m[1]++;
            x++;
        }
        List<Double> totals = new ArrayList<>();
        months.values().forEach(m -> totals.add(m[0]));
        Units monthUnits = Units.tonnes(totals, lang);
        List<Point> monthly = new ArrayList<>();
        for (Map.Entry<Integer, double[]> e : months.entrySet()) {
            int year = Math.floorDiv(e.getKey(), 12);
            int month = Math.floorMod(e.getKey(), 12);
            double start = days.monthStart(year, month);
            double mid = start + (e.getValue()[1] - 1) / 2.0;
            monthly.add(Point.of(mid, monthUnits.scale(e.getValue()[0])));
        }
        List<Marker> markers = new ArrayList<>();
        for (int year : days.years()) {
            markers.add(new Marker(
                    MarkerKind.SPAN,
                    days.monthStart(year, 11) - 0.5,
                    days.last(year) + 0.5,
                    lang.pick("deadline month", "履约前一个月")));
        }
        markers.addAll(dayMarkers(days, run, lang));
        List<Series> series = new ArrayList<>();
        if (blocks) {
            series.add(new Series(
                    lang.pick("Daily volume: order book", "日成交量：订单簿"), Style.STACKED, false, Palette.VOLUME, daily));
            series.add(new Series(
                    lang.pick("Daily volume: block agreements", "日成交量：大宗协议"),
                    Style.STACKED,
                    false,
                    Palette.POLICY,
                    block));
        } else {
            series.add(new Series(lang.pick("Daily volume", "日成交量"), Style.BAR, false, Palette.VOLUME, daily));
        }
        series.add(new Series(
                blocks
                        ? lang.pick("Monthly volume, book and blocks", "月成交量（订单簿与大宗协议）")
                        : lang.pick("Monthly volume", "月成交量"),
                Style.LINE,
                true,
                Palette.REFERENCE,
                monthly));
        return new ChartData(
                "volume",
                lang.pick("Trading volume: ", "成交量：") + run.scenario(),
                Kind.DAYS,
                tradingDays(lang),
                lang.pick("Daily volume (t)", "日成交量（吨）"),
                lang.pick("Monthly volume (", "月成交量（") + monthUnits.label() + lang.pick(")", "）"),
                series,
                markers);
    }

    static ChartData allocation(RunOutput run, Lang lang, ScenarioCopy copy) {
        Map<String, Map<Integer, Double>> bySector = new LinkedHashMap<>();
        List<Double> all = new ArrayList<>();
        for (CsvTable.Row row : run.sectors().rows()) {
            double allocation = row.number("allocation_t");
            bySector.computeIfAbsent(copy.sectorName(run.sectors(), row), k -> new TreeMap<>())
                    .merge(row.integer("year"), allocation, Double::sum);
        }
        Map<Integer, Double> auctioned = new TreeMap<>();
        Map<Integer, Double> cap = new TreeMap<>();
        Map<Integer, Double> stackTotal = new TreeMap<>();
        for (CsvTable.Row row : run.annual().rows()) {
            int year = row.integer("year");
            auctioned.put(year, row.number("auctioned_t"));
            if (run.annual().has("cap_t")) {
                cap.put(year, row.number("cap_t"));
            }
        }
        Map<Integer, Double> reserve = new TreeMap<>();
        if (run.events().isPresent()) {
            for (CsvTable.Row row : run.events().get().rows()) {
                if (row.text("kind").equals("intervention")
                        && row.text("direction").equalsIgnoreCase("sell")) {
                    reserve.merge(row.integer("year"), row.number("quantity_t"), Double::sum);
                }
            }
        }
        bySector.values().forEach(m -> m.forEach((y, v) -> stackTotal.merge(y, v, Double::sum)));
        auctioned.forEach((y, v) -> stackTotal.merge(y, v, Double::sum));
        reserve.forEach((y, v) -> stackTotal.merge(y, v, Double::sum));
        all.addAll(stackTotal.values());
        all.addAll(cap.values());
        Units units = Units.tonnes(all, lang);
        List<Series> series = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, Map<Integer, Double>> e : bySector.entrySet()) {
            series.add(
                    new Series(e.getKey(), Style.STACKED, false, Palette.category(i++), points(e.getValue(), units)));
        }
        if (auctioned.values().stream().anyMatch(v -> v > 0)) {
            series.add(new Series(
                    lang.pick("Auctioned", "拍卖"), Style.STACKED, false, Palette.POLICY, points(auctioned, units)));
        }
        if (reserve.values().stream().anyMatch(v -> v > 0)) {
            series.add(new Series(
                    lang.pick("Reserve sales", "储备投放"), Style.STACKED, false, Palette.ALERT, points(reserve, units)));
        }
        if (!cap.isEmpty()) {
            series.add(new Series(capLegend(lang), Style.LINE, false, Palette.LIMIT, points(cap, units)));
        }
        return new ChartData(
                "allocation",
                lang.pick("Allocation by sector: ", "分行业配额分配：") + run.scenario(),
                Kind.YEARS,
                year(lang),
                lang.pick("Allowances (", "配额（") + units.label() + lang.pick(")", "）"),
                "",
                series,
                List.of());
    }

    /**
     * The legend of the allocation chart's cap line, which says what it is: the bars show what was
     * handed out, and a reader otherwise takes the gap up to the line for an error.
     */
    static String capLegend(Lang lang) {
        return lang.pick("Cap: the year's total allowances, reserves included", "总量：当年配额总量（含储备）");
    }

    /** The x label of the charts over years. */
    static String year(Lang lang) {
        return lang.pick("Year", "年份");
    }

    static ChartData coverage(RunOutput run, Lang lang) {
        Map<Integer, Double> enterprises = new TreeMap<>();
        Map<Integer, Double> share = new TreeMap<>();
        for (CsvTable.Row row : run.annual().rows()) {
            int year = row.integer("year");
            enterprises.put(year, row.number("covered_enterprises"));
            double emissions = row.number("emissions_t");
            share.put(year, emissions > 0 ? 100 * row.number("covered_emissions_t") / emissions : Double.NaN);
        }
        String firms = lang.pick("Covered enterprises", "纳入企业数");
        String covered = lang.pick("Covered share of emissions", "纳入排放占比");
        return new ChartData(
                "coverage",
                lang.pick("Coverage: ", "覆盖范围：") + run.scenario(),
                Kind.YEARS,
                year(lang),
                firms,
                lang.pick("Covered share of emissions (%)", "纳入排放占比（%）"),
                List.of(
                        new Series(firms, Style.BAR, false, Palette.PRICE, points(enterprises, null)),
                        new Series(covered, Style.LINE, true, Palette.REFERENCE, points(share, null))),
                List.of());
    }

    static ChartData compliance(RunOutput run, Lang lang) {
        Map<Integer, Double> shortfall = new TreeMap<>();
        for (CsvTable.Row row : run.sectors().rows()) {
            shortfall.merge(row.integer("year"), row.number("shortfall_t"), Double::sum);
        }
        Map<Integer, Double> offsets = new TreeMap<>();
        Map<Integer, Double> penalties = new TreeMap<>();
        for (CsvTable.Row row : run.annual().rows()) {
            int year = row.integer("year");
            shortfall.putIfAbsent(year, 0.0);
            offsets.put(year, row.number("offsets_used_t"));
            penalties.put(year, row.number("penalties_cny"));
        }
        List<Double> tonnes = new ArrayList<>(shortfall.values());
        tonnes.addAll(offsets.values());
        Units units = Units.tonnes(tonnes, lang);
        Units money = Units.yuan(penalties.values(), lang);
        String shortName = lang.pick("Shortfall", "缺口");
        String used = lang.pick("Offsets used", "使用的抵销量");
        String fines = lang.pick("Penalties", "罚款");
        return new ChartData(
                "compliance",
                lang.pick("Compliance: ", "履约：") + run.scenario(),
                Kind.YEARS,
                year(lang),
                lang.pick("Allowances (", "配额（") + units.label() + lang.pick(")", "）"),
                lang.pick("Penalties (", "罚款（") + money.label() + lang.pick(")", "）"),
                List.of(
                        new Series(shortName, Style.BAR, false, Palette.ALERT, points(shortfall, units)),
                        new Series(used, Style.BAR, false, Palette.VOLUME, points(offsets, units)),
                        new Series(fines, Style.LINE, true, Palette.POLICY, points(penalties, money))),
                List.of());
    }

    private static List<Point> points(Map<Integer, Double> byYear, Units units) {
        List<Point> points = new ArrayList<>();
        byYear.forEach((year, v) -> points.add(Point.of(year, units == null ? v : units.scale(v))));
        return points;
    }
}

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

/** The charts of a run folder as data: price path, volume, allocation, coverage and compliance. */
public final class RunCharts {
    private RunCharts() {}

    /** Every chart of {@code run}, in the report's order. */
    public static List<ChartData> all(RunOutput run) {
        DayAxis days = new DayAxis(run.daily());
        return List.of(price(run, days), volume(run, days), allocation(run), coverage(run), compliance(run));
    }

    /** The day markers: year starts, compliance deadlines (each year's last day), interventions. */
    static List<Marker> dayMarkers(DayAxis days, RunOutput run) {
        List<Marker> markers = new ArrayList<>();
        for (int year : days.years()) {
            markers.add(Marker.at(MarkerKind.YEAR, days.first(year), Integer.toString(year)));
            markers.add(Marker.at(MarkerKind.DEADLINE, days.last(year), "deadline " + year));
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
                            row.text("direction").toLowerCase(Locale.ROOT) + " " + (long) row.number("quantity_t")
                                    + " t"));
                }
            }
        }
        return markers;
    }

    static ChartData price(RunOutput run, DayAxis days) {
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
        series.add(new Series("High-low range", Style.RANGE, false, Palette.RANGE, range));
        if (hasBand) {
            series.add(new Series("Limit up", Style.DASHED, false, Palette.LIMIT, limitUp));
            series.add(new Series("Limit down", Style.DASHED, false, Palette.LIMIT, limitDown));
        }
        series.add(new Series("Equilibrium price (reference)", Style.DASHED, false, Palette.REFERENCE, equilibrium));
        series.add(new Series("Close", Style.LINE, false, Palette.PRICE, close));
        return new ChartData(
                "price",
                "Allowance price: " + run.scenario(),
                Kind.DAYS,
                "Trading days by year",
                "Price (CNY/t)",
                "",
                series,
                dayMarkers(days, run));
    }

    static ChartData volume(RunOutput run, DayAxis days) {
        List<Point> daily = new ArrayList<>();
        TreeMap<Integer, double[]> months = new TreeMap<>();
        int x = 0;
        for (CsvTable.Row row : run.daily().rows()) {
            int year = row.integer("year");
            double volume = row.number("volume_t");
            daily.add(Point.of(x, volume));
            int month = days.month(year, x);
            double[] m = months.computeIfAbsent(year * 12 + month, k -> new double[] {0, 0});
            m[0] += volume;
            m[1]++;
            x++;
        }
        List<Double> totals = new ArrayList<>();
        months.values().forEach(m -> totals.add(m[0]));
        Units monthUnits = Units.tonnes(totals);
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
                    MarkerKind.SPAN, days.monthStart(year, 11) - 0.5, days.last(year) + 0.5, "deadline month"));
        }
        markers.addAll(dayMarkers(days, run));
        return new ChartData(
                "volume",
                "Trading volume: " + run.scenario(),
                Kind.DAYS,
                "Trading days by year",
                "Daily volume (t)",
                "Monthly volume (" + monthUnits.label() + ")",
                List.of(
                        new Series("Daily volume", Style.BAR, false, Palette.VOLUME, daily),
                        new Series("Monthly volume", Style.LINE, true, Palette.REFERENCE, monthly)),
                markers);
    }

    static ChartData allocation(RunOutput run) {
        Map<String, Map<Integer, Double>> bySector = new LinkedHashMap<>();
        List<Double> all = new ArrayList<>();
        for (CsvTable.Row row : run.sectors().rows()) {
            double allocation = row.number("allocation_t");
            bySector.computeIfAbsent(row.text("sector_id"), k -> new TreeMap<>())
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
        Units units = Units.tonnes(all);
        List<Series> series = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, Map<Integer, Double>> e : bySector.entrySet()) {
            series.add(
                    new Series(e.getKey(), Style.STACKED, false, Palette.category(i++), points(e.getValue(), units)));
        }
        if (auctioned.values().stream().anyMatch(v -> v > 0)) {
            series.add(new Series("Auctioned", Style.STACKED, false, Palette.POLICY, points(auctioned, units)));
        }
        if (reserve.values().stream().anyMatch(v -> v > 0)) {
            series.add(new Series("Reserve sales", Style.STACKED, false, Palette.ALERT, points(reserve, units)));
        }
        if (!cap.isEmpty()) {
            series.add(new Series("Cap", Style.LINE, false, Palette.LIMIT, points(cap, units)));
        }
        return new ChartData(
                "allocation",
                "Allocation by sector: " + run.scenario(),
                Kind.YEARS,
                "Year",
                "Allowances (" + units.label() + ")",
                "",
                series,
                List.of());
    }

    static ChartData coverage(RunOutput run) {
        Map<Integer, Double> enterprises = new TreeMap<>();
        Map<Integer, Double> share = new TreeMap<>();
        for (CsvTable.Row row : run.annual().rows()) {
            int year = row.integer("year");
            enterprises.put(year, row.number("covered_enterprises"));
            double emissions = row.number("emissions_t");
            share.put(year, emissions > 0 ? 100 * row.number("covered_emissions_t") / emissions : Double.NaN);
        }
        return new ChartData(
                "coverage",
                "Coverage: " + run.scenario(),
                Kind.YEARS,
                "Year",
                "Covered enterprises",
                "Covered share of emissions (%)",
                List.of(
                        new Series("Covered enterprises", Style.BAR, false, Palette.PRICE, points(enterprises, null)),
                        new Series(
                                "Covered share of emissions",
                                Style.LINE,
                                true,
                                Palette.REFERENCE,
                                points(share, null))),
                List.of());
    }

    static ChartData compliance(RunOutput run) {
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
        Units units = Units.tonnes(tonnes);
        Units money = Units.yuan(penalties.values());
        return new ChartData(
                "compliance",
                "Compliance: " + run.scenario(),
                Kind.YEARS,
                "Year",
                "Allowances (" + units.label() + ")",
                "Penalties (" + money.label() + ")",
                List.of(
                        new Series("Shortfall", Style.BAR, false, Palette.ALERT, points(shortfall, units)),
                        new Series("Offsets used", Style.BAR, false, Palette.VOLUME, points(offsets, units)),
                        new Series("Penalties", Style.LINE, true, Palette.POLICY, points(penalties, money))),
                List.of());
    }

    private static List<Point> points(Map<Integer, Double> byYear, Units units) {
        List<Point> points = new ArrayList<>();
        byYear.forEach((year, v) -> points.add(Point.of(year, units == null ? v : units.scale(v))));
        return points;
    }
}

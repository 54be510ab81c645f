package org.carbonsim.cli.chart;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * One chart as plain data, before any drawing: titles, axis labels with units, the series as lists of
 * points, and the markers. {@link #toText()} writes it as text for golden tests.
 *
 * @param name the file name of the chart without extension, such as {@code price}
 * @param title the chart's title
 * @param kind whether x is a trading day (a time line) or a year (categories)
 * @param xLabel the x axis label
 * @param yLabel the left y axis label, with its unit
 * @param y2Label the right y axis label with its unit, or empty when the chart has one axis
 * @param series the series, drawn in order
 * @param markers vertical lines and shaded spans on the x axis
 * @param pointLabels for {@link Kind#POINTS}, the label of each x (0, 1, ...); empty otherwise
 */
public record ChartData(
        String name,
        String title,
        Kind kind,
        String xLabel,
        String yLabel,
        String y2Label,
        List<Series> series,
        List<Marker> markers,
        List<String> pointLabels) {
    public ChartData {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        series = List.copyOf(series);
        markers = List.copyOf(markers);
        pointLabels = List.copyOf(pointLabels);
        if ((kind == Kind.POINTS) == pointLabels.isEmpty()) {
            throw new IllegalArgumentException("point labels go with Kind.POINTS, and only with it: " + name);
        }
    }

    /** A chart over days or years, without point labels. */
    public ChartData(
            String name,
            String title,
            Kind kind,
            String xLabel,
            String yLabel,
            String y2Label,
            List<Series> series,
            List<Marker> markers) {
        this(name, title, kind, xLabel, yLabel, y2Label, series, markers, List.of());
    }

    /** What the x axis is. */
    public enum Kind {
        /** x is the trading day counted from the run's first day; the marker labels name the years. */
        DAYS,
        /** x is a year, drawn as a category. */
        YEARS,
        /** x indexes a labelled point (a sweep's grid point, a compared policy), drawn as a category. */
        POINTS
    }

    /** How a series is drawn. */
    public enum Style {
        /** A line; NaN y breaks it. */
        LINE,
        /** A dashed line; NaN y breaks it. */
        DASHED,
        /** A filled band between y (low) and y2 (high). */
        RANGE,
        /** Bars. */
        BAR,
        /** Bars stacked on the other STACKED series. */
        STACKED,
        /**
         * A dot at the middle of y (low) and y2 (high) with a whisker from one to the other: a mean and
         * its symmetric confidence interval, with a line at 0 (charts over categories only).
         */
        WHISKER,
        /** As {@link #WHISKER}, with the series' means joined by a line in x order. */
        WHISKER_LINE
    }

    /**
     * A series.
     *
     * @param name the legend entry
     * @param style how it is drawn
     * @param rightAxis whether it is read on the right axis
     * @param colour its colour, from {@link Palette}
     * @param points its points in x order
     */
    public record Series(String name, Style style, boolean rightAxis, int colour, List<Point> points) {
        public Series {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(style, "style");
            points = List.copyOf(points);
        }
    }

    /**
     * A point; {@code y2} is the top of a {@link Style#RANGE} or a whisker and NaN otherwise.
     *
     * @param x the trading day or the year
     * @param y the value (the bottom of a range)
     * @param y2 the top of a range, or NaN
     */
    public record Point(double x, double y, double y2) {
        public static Point of(double x, double y) {
            return new Point(x, y, Double.NaN);
        }
    }

    /** What a marker shows. */
    public enum MarkerKind {
        /** The first day of a year. */
        YEAR,
        /** A compliance deadline. */
        DEADLINE,
        /** A government intervention. */
        INTERVENTION,
        /** A shaded span, such as the month before a deadline. */
        SPAN
    }

    /**
     * A vertical line at {@code x} or, for {@link MarkerKind#SPAN}, a shaded span from {@code x} to
     * {@code x2}.
     *
     * @param kind what it shows
     * @param x where it is
     * @param x2 the end of a span, or NaN
     * @param label its label, may be empty
     */
    public record Marker(MarkerKind kind, double x, double x2, String label) {
        public static Marker at(MarkerKind kind, double x, String label) {
            return new Marker(kind, x, Double.NaN, label);
        }
    }

    /** This chart with every text it draws (see {@link #words}) passed through {@code text}. */
    public ChartData withText(UnaryOperator<String> text) {
        return new ChartData(
                name,
                text.apply(title),
                kind,
                text.apply(xLabel),
                text.apply(yLabel),
                text.apply(y2Label),
                series.stream()
                        .map(x -> new Series(text.apply(x.name()), x.style(), x.rightAxis(), x.colour(), x.points()))
                        .toList(),
                markers.stream()
                        .map(m -> new Marker(m.kind(), m.x(), m.x2(), text.apply(m.label())))
                        .toList(),
                pointLabels.stream().map(text).toList());
    }

    /** Every text the chart draws (title, axis labels, legend, markers, point labels), one per line. */
    public String words() {
        StringBuilder s = new StringBuilder();
        s.append(title).append('\n').append(xLabel).append('\n').append(yLabel).append('\n');
        s.append(y2Label).append('\n');
        series.forEach(x -> s.append(x.name()).append('\n'));
        markers.forEach(m -> s.append(m.label()).append('\n'));
        pointLabels.forEach(p -> s.append(p).append('\n'));
        return s.toString();
    }

    /** The chart as text, one line per fact, numbers in a fixed format: for golden tests. */
    public String toText() {
        StringBuilder s = new StringBuilder();
        s.append("chart ").append(name).append('\n');
        s.append("title ").append(title).append('\n');
        s.append("kind ").append(kind).append('\n');
        s.append("x ").append(xLabel).append('\n');
        s.append("y ").append(yLabel).append('\n');
        s.append("y2 ").append(y2Label).append('\n');
        for (String label : pointLabels) {
            s.append("point ").append(label).append('\n');
        }
        for (Marker m : markers) {
            s.append("marker ")
                    .append(m.kind())
                    .append(' ')
                    .append(num(m.x()))
                    .append(' ')
                    .append(num(m.x2()))
                    .append(' ')
                    .append(m.label())
                    .append('\n');
        }
        for (Series series : series) {
            s.append("series ")
                    .append(series.name())
                    .append(" | ")
                    .append(series.style())
                    .append(series.rightAxis() ? " right" : " left")
                    .append(" colour ")
                    .append(series.colour())
                    .append(" points ")
                    .append(series.points().size())
                    .append('\n');
            for (Point p : series.points()) {
                s.append("  ").append(num(p.x())).append(' ').append(num(p.y()));
                if (!Double.isNaN(p.y2())) {
                    s.append(' ').append(num(p.y2()));
                }
                s.append('\n');
            }
        }
        return s.toString();
    }

    private static String num(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.6f", v);
    }
}
